package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security that code writes in the project's own terms: Quarkus HTTP permissions in
 * application.properties, JAX-RS name-bound request filters, Spring meta-annotations over
 * {@code @PreAuthorize}, and the authentication method the properties switch on.
 */
class CustomSecurityTest {
  @TempDir
  Path resources;

  private static final String RESOURCE = """
      package com.acme.orders;

      import jakarta.ws.rs.DELETE;
      import jakarta.ws.rs.GET;
      import jakarta.ws.rs.Path;
      import jakarta.ws.rs.PathParam;

      /** Orders. */
      @dev.featuredocs.annotations.Feature("Orders")
      @Path("/orders")
      public class Orders {
        /** Lists the orders. */
        @GET
        public String list() { return ""; }

        /** One order. */
        @GET
        @Path("/{id}")
        public String get(@PathParam("id") long id) { return ""; }

        /** Deletes an order. */
        @DELETE
        @Path("/{id}")
        public void delete(@PathParam("id") long id) {}

        /** Health of the shop. */
        @GET
        @Path("/status")
        public String status() { return "UP"; }
      }
      """;

  private String summary(String properties, String... sources) throws IOException {
    Files.writeString(resources.resolve("application.properties"), properties);
    Compilation compilation = Compilations.compile(SecurityConfiguredTest.sources(sources),
        "-Afeaturedocs.appConfig=" + resources);
    assertThat(compilation).succeeded();
    return Summaries.section(Compilations.summary(compilation, "orders"), "### Authentication & Authorization");
  }

  @Test
  void quarkusPermissions_mostSpecificPathAndMethodDecide_underTheRootPath() throws IOException {
    String auth = summary("""
        quarkus.http.root-path=/shop
        quarkus.http.auth.permission.api.paths=/shop/orders/*
        quarkus.http.auth.permission.api.policy=authenticated
        quarkus.http.auth.permission.status.paths=/shop/orders/status
        quarkus.http.auth.permission.status.policy=permit
        quarkus.http.auth.permission.admin.paths=/shop/orders/*
        quarkus.http.auth.permission.admin.methods=DELETE
        quarkus.http.auth.permission.admin.policy=admins
        quarkus.http.auth.policy.admins.roles-allowed=admin
        quarkus.oidc.auth-server-url=https://id.example.com/realms/shop
        """, RESOURCE);

    assertTrue(auth.contains("""
        | `GET /orders` | `authenticated` | `application.properties: quarkus.http.auth.permission.api (paths /shop/orders/*)` |
        | `GET /orders/status` | `permit` (open) | `application.properties: quarkus.http.auth.permission.status (paths /shop/orders/status)` |
        | `GET /orders/{id}` | `authenticated` | `application.properties: quarkus.http.auth.permission.api (paths /shop/orders/*)` |
        | `DELETE /orders/{id}` | `roles-allowed=admin (policy admins)` | `application.properties: quarkus.http.auth.permission.admin (paths /shop/orders/*, methods DELETE)` |
        """), auth);
    assertTrue(auth.contains("- OIDC bearer tokens (JWT) (`quarkus.oidc.auth-server-url in application.properties`)\n"), auth);
  }

  @Test
  void nameBoundFilterThatAbortsWith401_makesItsMethodsAuthenticated() throws IOException {
    String auth = summary("", """
        package com.acme.security;

        /** Marks resources that need a signed-in caller. */
        @jakarta.ws.rs.NameBinding
        @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
        @java.lang.annotation.Target({java.lang.annotation.ElementType.TYPE, java.lang.annotation.ElementType.METHOD})
        public @interface Secured {}
        """, """
        package com.acme.security;

        import jakarta.ws.rs.container.ContainerRequestContext;
        import jakarta.ws.rs.container.ContainerRequestFilter;
        import jakarta.ws.rs.core.Response;

        /** Checks the bearer token. */
        @jakarta.ws.rs.ext.Provider
        @Secured
        public class TokenFilter implements ContainerRequestFilter {
          @Override
          public void filter(ContainerRequestContext request) {
            if (request.getHeaderString("Authorization") == null) {
              request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            }
          }
        }
        """, RESOURCE.replace("  /** Deletes an order. */\n  @DELETE", "  /** Deletes an order. */\n  @com.acme.security.Secured\n  @DELETE"));

    assertTrue(auth.contains(
        "| `DELETE /orders/{id}` | `authenticated` | `@Secured → TokenFilter#filter (aborts with 401 UNAUTHORIZED)` |\n"), auth);
    assertTrue(auth.contains("| `GET /orders` | **no rule in code** |  |\n"), auth);
  }

  @Test
  void springMetaAnnotationOverPreAuthorize_isTheRuleWithItsName() throws IOException {
    String auth = summary("", """
        package com.acme.orders;

        /** Only administrators. */
        @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
        @org.springframework.security.access.prepost.PreAuthorize("hasRole('ADMIN')")
        public @interface IsAdmin {}
        """, """
        package com.acme.orders;

        import org.springframework.web.bind.annotation.DeleteMapping;
        import org.springframework.web.bind.annotation.PathVariable;
        import org.springframework.web.bind.annotation.RestController;

        /** Orders. */
        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class OrderController {
          /** Deletes an order. */
          @IsAdmin
          @DeleteMapping("/orders/{id}")
          public void delete(@PathVariable long id) {}
        }
        """);

    assertTrue(auth.contains(
        "| `DELETE /orders/{id}` | `@IsAdmin → @PreAuthorize(\"hasRole('ADMIN')\")` | `method security` |\n"), auth);
  }

  @Test
  void springResourceServerProperties_nameJwtWhenNoChainInCode() throws IOException {
    String auth = summary("spring.security.oauth2.resourceserver.jwt.issuer-uri=https://id.example.com\n", """
        package com.acme.orders;

        import org.springframework.web.bind.annotation.GetMapping;
        import org.springframework.web.bind.annotation.RestController;

        /** Orders. */
        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class OrderController {
          /** Lists the orders. */
          @GetMapping("/orders")
          public String list() { return ""; }
        }
        """);

    assertTrue(auth.contains("- OAuth2 resource server with JWT bearer tokens (Spring Boot's default chain: every request"
        + " authenticated) (`spring.security.oauth2.resourceserver.jwt.issuer-uri in application.properties`)\n"), auth);
  }
}
