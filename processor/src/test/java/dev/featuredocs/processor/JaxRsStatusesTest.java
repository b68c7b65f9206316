package dev.featuredocs.processor;

import org.junit.jupiter.api.Test;

/**
 * JAX-RS statuses: exceptions carrying their status, the most specific {@code ExceptionMapper}, and
 * parameters the runtime cannot convert (404 or 400 as the specification fixes).
 */
class JaxRsStatusesTest {

  private static String summary(String... sources) {
    return Compilations.summaryOf("orders", sources);
  }

  @Test
  void jaxRs_ownSubclassOfNotAuthorized_andWebApplicationSubclass_carryTheirStatus() {
    String summary = summary("""
        package com.shop;

        import jakarta.ws.rs.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @Path("/orders")
        public class Orders {
          @GET
          @Path("/token")
          public String token() { throw new TokenMissing(); }

          @GET
          @Path("/conflict")
          public String conflict() { throw new OrderConflict(); }
        }
        """, """
        package com.shop;

        public class TokenMissing extends jakarta.ws.rs.NotAuthorizedException {
          public TokenMissing() { super("Bearer"); }
        }
        """, """
        package com.shop;

        import jakarta.ws.rs.core.Response;

        public class OrderConflict extends jakarta.ws.rs.WebApplicationException {
          public OrderConflict() { super("taken", Response.Status.CONFLICT); }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /orders/token",
        "- `200` — success\n- `401` — `TokenMissing` (`JAX-RS NotAuthorizedException`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /orders/conflict", "- `200` — success\n- `409` — `OrderConflict` (`new OrderConflict(…)`)\n\n");
  }

  @Test
  void jaxRs_mostSpecificMapperWins_instanceofDispatch_andAMapperReadingTheExceptionDecidesAtRunTime() {
    String summary = summary("""
        package com.shop;

        import jakarta.ws.rs.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @Path("/orders")
        public class Orders {
          @GET
          @Path("/bad")
          public String bad() { throw new IllegalArgumentException("bad"); }

          @GET
          @Path("/state")
          public String state() { throw new IllegalStateException("state"); }

          @GET
          @Path("/web")
          public String web() { throw new WebApplicationException(418); }
        }
        """, """
        package com.shop;

        import jakarta.ws.rs.core.Response;
        import jakarta.ws.rs.ext.*;

        @Provider
        public class AnyMapper implements ExceptionMapper<RuntimeException> {
          @Override
          public Response toResponse(RuntimeException e) {
            return Response.status(e instanceof IllegalStateException ? 409 : 500).build();
          }
        }
        """, """
        package com.shop;

        import jakarta.ws.rs.core.Response;
        import jakarta.ws.rs.ext.*;

        @Provider
        public class WebMapper implements ExceptionMapper<jakarta.ws.rs.WebApplicationException> {
          @Override
          public Response toResponse(jakarta.ws.rs.WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return Response.status(status).entity("failed").build();
          }
        }
        """, """
        package com.shop;

        import jakarta.ws.rs.core.Response;
        import jakarta.ws.rs.ext.*;

        @Provider
        public class BadArgumentMapper implements ExceptionMapper<IllegalArgumentException> {
          @Override
          public Response toResponse(IllegalArgumentException e) {
            Response.Status status = Response.Status.BAD_REQUEST;
            return Response.status(status).build();
          }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /orders/bad",
        "- `200` — success\n- `400` — `IllegalArgumentException` (`BadArgumentMapper#toResponse`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /orders/state",
        "- `200` — success\n- `409` — `IllegalStateException` (`AnyMapper#toResponse`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /orders/web", """
        - `200` — success
        - `?` — `WebApplicationException`: decided at run time by `WebMapper#toResponse`

        """);
  }

  /**
   * JAX-RS answers a path, query or matrix parameter it cannot convert with 404 and a header, cookie or
   * form parameter with 400 (Jakarta REST 3.1, section 3.2); text parameters cannot fail; a project
   * mapper of the exception (or a supertype) answers instead.
   */
  @Test
  void jaxRs_unconvertibleParameters_404ForPathAndQuery_400ForHeaders_andAMapperAnswersInstead() {
    String summary = summary("""
        package com.shop;

        import jakarta.ws.rs.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @Path("/orders")
        public class Orders {
          @GET
          @Path("/{id}")
          public String one(@PathParam("id") long id, @QueryParam("lang") String lang) { return ""; }

          @GET
          @Path("/by-name/{name}")
          public String named(@PathParam("name") String name, @QueryParam("tags") java.util.List<String> tags) {
            return "";
          }

          @GET
          @Path("/since")
          public String since(@HeaderParam("X-Version") int version) { return ""; }
        }
        """);
    Summaries.assertStatusCodes(summary, "GET /orders/{id}", """
        - `200` — success
        - `404` — path or query parameter that cannot be converted (`JAX-RS NotFoundException`)

        """);
    Summaries.assertStatusCodes(summary, "GET /orders/by-name/{name}", "- `200` — success\n\n");
    Summaries.assertStatusCodes(summary, "GET /orders/since", """
        - `200` — success
        - `400` — header, cookie or form parameter that cannot be converted (`JAX-RS BadRequestException`)

        """);

    String mapped = summary("""
        package com.shop;

        import jakarta.ws.rs.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @Path("/orders")
        public class Orders {
          @GET
          @Path("/{id}")
          public String one(@PathParam("id") long id) { return ""; }
        }
        """, """
        package com.shop;

        import jakarta.ws.rs.core.Response;
        import jakarta.ws.rs.ext.*;

        @Provider
        public class Failures implements ExceptionMapper<Throwable> {
          @Override
          public Response toResponse(Throwable e) {
            return Response.status(Response.Status.INTERNAL_SERVER_ERROR).build();
          }
        }
        """);
    Summaries.assertStatusCodes(mapped, "GET /orders/{id}", """
        - `200` — success
        - `500` — `NotFoundException` (`Failures#toResponse`)

        """);
  }
}
