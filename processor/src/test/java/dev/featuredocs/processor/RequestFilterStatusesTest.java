package dev.featuredocs.processor;

import org.junit.jupiter.api.Test;

/**
 * JAX-RS request filters in the status list: what a name-bound filter aborts with or throws is a
 * status of every method the binding reaches (on the method, on the resource class, on the
 * {@code Application} subclass); a filter without a binding, {@code @PreMatching} included, is in
 * front of every resource method. The abort's status is read through the data flow.
 */
class RequestFilterStatusesTest {

  private static final String SECURED = """
      package com.acme.security;

      @jakarta.ws.rs.NameBinding
      @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
      @java.lang.annotation.Target({java.lang.annotation.ElementType.TYPE, java.lang.annotation.ElementType.METHOD})
      public @interface Secured {}
      """;

  private static final String TOKEN_FILTER = """
      package com.acme.security;

      import jakarta.ws.rs.container.ContainerRequestContext;
      import jakarta.ws.rs.container.ContainerRequestFilter;
      import jakarta.ws.rs.core.Response;

      @jakarta.ws.rs.ext.Provider
      @Secured
      public class TokenFilter implements ContainerRequestFilter {
        private static final Response.Status DENIED = Response.Status.UNAUTHORIZED;

        @Override
        public void filter(ContainerRequestContext request) {
          if (request.getHeaderString("Authorization") == null) {
            Response.Status status = DENIED;
            request.abortWith(Response.status(status).build());
          }
        }
      }
      """;

  @Test
  void nameBoundFilter_addsItsAbortStatus_toTheMethodsAndClassesItIsBoundTo() {
    String summary = Compilations.summaryOf("orders", SECURED, TOKEN_FILTER, """
        package com.acme.security;

        @jakarta.ws.rs.NameBinding
        @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
        public @interface AdminOnly {}
        """, """
        package com.acme.security;

        import jakarta.ws.rs.ForbiddenException;
        import jakarta.ws.rs.container.ContainerRequestContext;
        import jakarta.ws.rs.container.ContainerRequestFilter;

        @jakarta.ws.rs.ext.Provider
        @AdminOnly
        public class AdminFilter implements ContainerRequestFilter {
          @Override
          public void filter(ContainerRequestContext request) {
            if (!request.getSecurityContext().isUserInRole("admin")) {
              throw new ForbiddenException();
            }
          }
        }
        """, """
        package com.acme.orders;

        import jakarta.ws.rs.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @Path("/orders")
        public class Orders {
          @GET
          public String list() { return ""; }

          @DELETE
          @Path("/{id}")
          @com.acme.security.Secured
          public void delete(@PathParam("id") long id) {}
        }
        """, """
        package com.acme.orders;

        import jakarta.ws.rs.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @Path("/admin")
        @com.acme.security.AdminOnly
        public class Admin {
          @POST
          @Path("/reindex")
          public void reindex() {}
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /orders", "- `200` — success\n\n");
    Summaries.assertStatusCodes(summary, "DELETE /orders/{id}", """
        - `204` — success (`void resource method`)
        - `401` — not authenticated (`TokenFilter#filter`)
        - `404` — path or query parameter that cannot be converted (`JAX-RS NotFoundException`)

        """);
    Summaries.assertStatusCodes(summary, "POST /admin/reindex", """
        - `204` — success (`void resource method`)
        - `403` — not authorised `ForbiddenException` (`AdminFilter#filter`)

        """);
  }

  @Test
  void globalFilters_preMatchingOrBoundOnTheApplication_applyToEveryResourceMethod_andAComputedAbortIsDecidedAtRunTime() {
    String summary = Compilations.summaryOf("orders", SECURED, TOKEN_FILTER, """
        package com.acme.security;

        import jakarta.ws.rs.container.ContainerRequestContext;
        import jakarta.ws.rs.container.ContainerRequestFilter;
        import jakarta.ws.rs.container.PreMatching;
        import jakarta.ws.rs.core.Response;

        @jakarta.ws.rs.ext.Provider
        @PreMatching
        public class RateLimit implements ContainerRequestFilter {
          @Override
          public void filter(ContainerRequestContext request) {
            if (request.getHeaderString("X-Over-Limit") != null) {
              request.abortWith(Response.status(429).build());
            }
          }
        }
        """, """
        package com.acme.security;

        import jakarta.ws.rs.container.ContainerRequestContext;
        import jakarta.ws.rs.container.ContainerRequestFilter;
        import jakarta.ws.rs.core.Response;

        @jakarta.ws.rs.ext.Provider
        @Secured
        public class Maintenance implements ContainerRequestFilter {
          @Override
          public void filter(ContainerRequestContext request) {
            Object status = request.getProperty("maintenance-status");
            if (status != null) {
              request.abortWith(Response.status((Integer) status).build());
            }
          }
        }
        """, """
        package com.acme.orders;

        @jakarta.ws.rs.ApplicationPath("/api")
        @com.acme.security.Secured
        public class ShopApplication extends jakarta.ws.rs.core.Application {}
        """, """
        package com.acme.orders;

        import jakarta.ws.rs.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @Path("/orders")
        public class Orders {
          @GET
          public String list() { return ""; }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /orders", """
        - `200` — success
        - `401` — not authenticated (`TokenFilter#filter`)
        - `429` — aborted by a request filter (`RateLimit#filter`)
        - `?` — aborted by a request filter, decided at run time by `Maintenance#filter`

        """);
  }
}
