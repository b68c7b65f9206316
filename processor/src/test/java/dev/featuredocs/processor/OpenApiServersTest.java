package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.featuredocs.processor.json.Json;
import dev.featuredocs.processor.json.ModelJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code servers} of {@code openapi.json}: the configured base path as a relative URL, so that
 * server + path is what a request carries; nothing when there is no base path or when
 * {@code featuredocs.prependBasePath} already put it in every path.
 */
class OpenApiServersTest {
  @TempDir
  Path resources;

  private static final JavaFileObject SPRING = JavaFileObjects.forSourceString("com.acme.orders.OrderController", """
      package com.acme.orders;

      import org.springframework.web.bind.annotation.GetMapping;
      import org.springframework.web.bind.annotation.RequestMapping;
      import org.springframework.web.bind.annotation.RestController;

      /** Orders. */
      @dev.featuredocs.annotations.Feature("Orders")
      @RestController
      @RequestMapping("/orders")
      public class OrderController {
        /** Lists the orders. */
        @GetMapping
        public String list() { return ""; }
      }
      """);

  private static final List<JavaFileObject> JAX_RS = List.of(
      JavaFileObjects.forSourceString("com.acme.RestApplication", """
          package com.acme;

          /** The JAX-RS application. */
          @jakarta.ws.rs.ApplicationPath("/api")
          public class RestApplication extends jakarta.ws.rs.core.Application {}
          """),
      JavaFileObjects.forSourceString("com.acme.Orders", """
          package com.acme;

          /** Orders. */
          @dev.featuredocs.annotations.Feature("Orders")
          @jakarta.ws.rs.Path("/orders")
          public class Orders {
            /** Lists the orders. */
            @jakarta.ws.rs.GET
            public String list() { return ""; }
          }
          """));

  private Map<String, Object> document(List<JavaFileObject> sources, String properties, String... options)
      throws IOException {
    Files.writeString(resources.resolve("application.properties"), properties);
    String[] all = new String[options.length + 1];
    all[0] = "-Afeaturedocs.appConfig=" + resources;
    System.arraycopy(options, 0, all, 1, options.length);
    Compilation compilation = Compilations.compile(sources, all);
    assertThat(compilation).succeeded();
    @SuppressWarnings("unchecked")
    Map<String, Object> document =
        (Map<String, Object>) ModelJson.parse(Compilations.output(compilation, "openapi.json").orElseThrow());
    return document;
  }

  @Test
  void springContextAndServletPath_oneRelativeServer_pathsAsMapped() throws IOException {
    Map<String, Object> document = document(List.of(SPRING),
        "server.servlet.context-path=/shop/\nspring.mvc.servlet.path=/api\n");

    assertEquals("""
        [
          {
            "description": "the base path from the app's configuration: servlet context path /shop\
         (server.servlet.context-path in application.properties), API path /api (spring.mvc.servlet.path in\
         application.properties)",
            "url": "/shop/api"
          }
        ]""", Json.write(document.get("servers")));
    assertEquals(List.of("/orders"), List.copyOf(paths(document).keySet()));
  }

  @Test
  void prependBasePath_pathsCarryTheBase_noServerAddsItTwice() throws IOException {
    Map<String, Object> document = document(List.of(SPRING), "server.servlet.context-path=/shop\n",
        "-Afeaturedocs.prependBasePath=true");

    assertEquals(null, document.get("servers"));
    assertEquals(List.of("/shop/orders"), List.copyOf(paths(document).keySet()));
  }

  @Test
  void noBasePath_noServers() throws IOException {
    Map<String, Object> document = document(List.of(SPRING), "server.port=8081\n");

    assertEquals(null, document.get("servers"));
  }

  @Test
  void quarkusRootPathAndApplicationPath_oneRelativeServer() throws IOException {
    Map<String, Object> document = document(JAX_RS, "quarkus.http.root-path=/svc\n");

    assertEquals("""
        [
          {
            "description": "the base path from the app's configuration: servlet context path /svc\
         (quarkus.http.root-path in application.properties), JAX-RS application path /api (@ApplicationPath on\
         RestApplication)",
            "url": "/svc/api"
          }
        ]""", Json.write(document.get("servers")));
    assertEquals(List.of("/orders"), List.copyOf(paths(document).keySet()));
  }

  @Test
  void quarkusRestPathWithPrepend_pathsCarryIt_noServers() throws IOException {
    Map<String, Object> document = document(List.of(JAX_RS.get(1)), "quarkus.rest.path=/rest\n",
        "-Afeaturedocs.prependBasePath=true");

    assertEquals(null, document.get("servers"));
    assertEquals(List.of("/rest/orders"), List.copyOf(paths(document).keySet()));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> paths(Map<String, Object> document) {
    return (Map<String, Object>) document.get("paths");
  }
}
