package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Base paths set in configuration: shown above the endpoints, and prepended on request. */
class BasePathsTest {
  @TempDir
  Path resources;

  private static final String CONTROLLER = """
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
      """;

  private static final String SECURITY = """
      package com.acme.config;

      import org.springframework.context.annotation.Bean;
      import org.springframework.context.annotation.Configuration;
      import org.springframework.security.config.annotation.web.builders.HttpSecurity;
      import org.springframework.security.web.SecurityFilterChain;

      /** Orders need a user. */
      @Configuration
      public class WebSecurity {
        @Bean
        public SecurityFilterChain api(HttpSecurity http) {
          return http.authorizeHttpRequests(r -> r.requestMatchers("/orders/**").hasRole("USER")).build();
        }
      }
      """;

  private String summary(String properties, String... options) throws IOException {
    Files.writeString(resources.resolve("application.properties"), properties);
    String[] all = new String[options.length + 1];
    all[0] = "-Afeaturedocs.appConfig=" + resources;
    System.arraycopy(options, 0, all, 1, options.length);
    Compilation compilation = Compilations.compile(SecurityConfiguredTest.sources(CONTROLLER, SECURITY), all);
    assertThat(compilation).succeeded();
    return Compilations.summary(compilation, "orders");
  }

  @Test
  void contextAndServletPath_shownAboveTheEndpoints_pathsRelativeToThem() throws IOException {
    String summary = summary("server.servlet.context-path=/shop/\nspring.mvc.servlet.path=/api\n");

    assertTrue(summary.contains("""
        **Base paths** (from the app's configuration):

        - servlet context path: `/shop` (`server.servlet.context-path in application.properties`)
        - API path: `/api` (`spring.mvc.servlet.path in application.properties`)
        - health check: `/shop/api/actuator/health` (`server.servlet.context-path in application.properties, spring.mvc.servlet.path in application.properties`)

        Every path below is relative to `/shop/api`: a request to `GET /x` goes to `GET /shop/api/x`.

        #### GET /orders
        """), summary);
  }

  @Test
  void prependOption_everyPathCarriesTheBase_filterChainRulesStillMatchTheMappedPath() throws IOException {
    String summary = summary("server.servlet.context-path=/shop\n", "-Afeaturedocs.prependBasePath=true");

    assertEquals(java.util.List.of("GET /shop/orders"), Summaries.endpointHeadings(summary));
    assertTrue(summary.contains("Every path below includes `/shop`.\n"), summary);
    assertTrue(summary.contains(
        "| `GET /shop/orders` | `hasRole(\"USER\")` | `WebSecurity#api: requestMatchers(\"/orders/**\").hasRole(\"USER\")` |"),
        summary);
  }

  @Test
  void actuatorMovedToItsOwnPortAndBasePath_healthPathSaysWhere() throws IOException {
    String summary = summary("management.server.port=9090\nmanagement.endpoints.web.base-path=/management\n");

    assertTrue(summary.contains("- health check: `/management/health` (`management.server.port in application.properties,"
        + " management.endpoints.web.base-path in application.properties`)\n"), summary);
    assertTrue(summary.contains("at `GET /management/health` on port 9090 (management.server.port in application.properties)"),
        summary);
  }

  @Test
  void jaxRsApplicationPathAndQuarkusRootPath_andQuarkusHealth() throws IOException {
    Files.writeString(resources.resolve("application.properties"), "quarkus.http.root-path=/svc\n");
    Compilation compilation = Compilations.compile(java.util.List.of(
        com.google.testing.compile.JavaFileObjects.forSourceString("com.acme.RestApplication", """
            package com.acme;

            /** The JAX-RS application. */
            @jakarta.ws.rs.ApplicationPath("/api")
            public class RestApplication extends jakarta.ws.rs.core.Application {}
            """),
        com.google.testing.compile.JavaFileObjects.forSourceString("com.acme.Orders", """
            package com.acme;

            /** Orders. */
            @dev.featuredocs.annotations.Feature("Orders")
            @jakarta.ws.rs.Path("/orders")
            public class Orders {
              /** Lists the orders. */
              @jakarta.ws.rs.GET
              public String list() { return ""; }
            }
            """)), "-Afeaturedocs.appConfig=" + resources);
    assertThat(compilation).succeeded();
    String summary = Compilations.summary(compilation, "orders");

    assertTrue(summary.contains("""
        - servlet context path: `/svc` (`quarkus.http.root-path in application.properties`)
        - JAX-RS application path: `/api` (`@ApplicationPath on RestApplication`)
        - health check: `/svc/q/health` (`quarkus.http.root-path in application.properties`)

        Every path below is relative to `/svc/api`: a request to `GET /x` goes to `GET /svc/api/x`.
        """), summary);
  }
}
