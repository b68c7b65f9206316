package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Jakarta REST (and javax.ws.rs) resources, each construct asserted on the rendered endpoint. */
class JaxRsEndpointsTest {

  private static String summary(String... sources) {
    return Compilations.summaryOf("orders", sources);
  }

  @Test
  void everyHttpMethodAnnotation_onClassAndMethodPaths() {
    String summary = summary("""
        package com.shop;

        import jakarta.ws.rs.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @Path("/orders/")
        public class Orders {
          @GET public String list() { return ""; }
          @POST public String create(String body) { return ""; }
          @PUT @Path("{id}") public String put(@PathParam("id") long id, String body) { return ""; }
          @PATCH @Path("{id}") public String patch(@PathParam("id") long id, String body) { return ""; }
          @DELETE @Path("{id}") public void delete(@PathParam("id") long id) {}
          @HEAD public void head() {}
          @OPTIONS public String options() { return ""; }
        }
        """);

    assertEquals(List.of("GET /orders", "HEAD /orders", "POST /orders", "OPTIONS /orders", "PUT /orders/{id}",
        "PATCH /orders/{id}", "DELETE /orders/{id}"), Summaries.endpointHeadings(summary));
  }

  @Test
  void parameters_pathQueryHeaderCookieFormBeanParamAndDefaults() {
    String summary = summary("""
        package com.shop;

        import jakarta.ws.rs.*;
        import jakarta.ws.rs.core.Context;
        import jakarta.ws.rs.core.UriInfo;

        @dev.featuredocs.annotations.Feature("Orders")
        @Path("/orders")
        public class Orders {
          public static class Paging {
            @QueryParam("page") @DefaultValue("0") int page;
            @HeaderParam("X-Page-Size") int size;
          }

          /**
           * Searches orders.
           *
           * @param id the customer
           */
          @POST
          @Path("/{id: [0-9]+}/search")
          @Consumes("application/x-www-form-urlencoded")
          @Produces({"application/json"})
          public String search(@PathParam("id") long id, @QueryParam("q") @jakarta.validation.constraints.NotNull String q,
              @CookieParam("session") String session, @FormParam("note") String note,
              @BeanParam Paging paging, @Context UriInfo uri) { return ""; }
        }
        """);

    String search = Summaries.endpoint(summary, "POST /orders/{id}/search");
    assertTrue(search.contains("""
        **Consumes**: `application/x-www-form-urlencoded` \s
        **Produces**: `application/json` \s

        **Parameters**:

        | Name | In | Type | Required | Default | Constraints | Description |
        |---|---|---|---|---|---|---|
        | `id` | path | `long` | yes |  |  | the customer |
        | `q` | query | `String` | yes |  | `@NotNull` |  |
        | `session` | cookie | `String` | no |  |  |  |
        | `note` | form | `String` | no |  |  |  |
        | `page` | query | `int` | no | `0` |  |  |
        | `X-Page-Size` | header | `int` | no |  |  |  |

        **Request**: _no body_
        """), search);
  }

  @Test
  void subResourceLocator_isFollowedIntoTheClassItReturns_withItsPathParameters() {
    String summary = summary("""
        package com.shop;

        import jakarta.ws.rs.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @Path("/orders")
        public class Orders {
          @Path("/{orderId}/lines")
          public OrderLines lines(@PathParam("orderId") long orderId) { return new OrderLines(); }
        }
        """, """
        package com.shop;

        import jakarta.ws.rs.*;

        public class OrderLines {
          @GET public String all() { return ""; }

          @GET @Path("/{line}") public String one(@PathParam("line") int line) { return ""; }
        }
        """);

    assertEquals(List.of("GET /orders/{orderId}/lines", "GET /orders/{orderId}/lines/{line}"),
        Summaries.endpointHeadings(summary));
    String one = Summaries.endpoint(summary, "GET /orders/{orderId}/lines/{line}");
    assertTrue(one.contains("**Handler**: `Orders#one`  \n"), one);
    assertTrue(one.contains("| `orderId` | path | `long` | yes |  |  |  |\n| `line` | path | `int` | yes |  |  |  |\n"), one);
  }

  @Test
  void statuses_fromResponseFactories_voidIs204_andExceptionMappers() {
    String summary = summary("""
        package com.shop;

        import jakarta.ws.rs.*;
        import jakarta.ws.rs.core.Response;

        @dev.featuredocs.annotations.Feature("Orders")
        @Path("/orders")
        @jakarta.annotation.security.RolesAllowed("clerk")
        public class Orders {
          @POST
          public Response create(String body) {
            return Response.created(java.net.URI.create("/orders/1")).build();
          }

          @PUT
          public Response queue(String body) {
            if (body.isEmpty()) {
              throw new NotFoundException();
            }
            if (body.equals("x")) {
              throw new OrderClosed();
            }
            return Response.status(Response.Status.ACCEPTED).build();
          }

          @DELETE
          public void delete() {}
        }
        """, """
        package com.shop;

        public class OrderClosed extends RuntimeException {}
        """, """
        package com.shop;

        import jakarta.ws.rs.core.Response;
        import jakarta.ws.rs.ext.ExceptionMapper;
        import jakarta.ws.rs.ext.Provider;

        @Provider
        public class OrderClosedMapper implements ExceptionMapper<OrderClosed> {
          @Override
          public Response toResponse(OrderClosed e) {
            return Response.status(409).build();
          }
        }
        """);

    String create = Summaries.endpoint(summary, "POST /orders");
    assertTrue(create.contains("**Security**: `@RolesAllowed(\"clerk\")`  \n"), create);
    assertTrue(create.contains("**Response**: `Response`\n_its JSON shape is not visible in the signature_\n"), create);
    assertTrue(create.contains("- `201` — success (`Response.created(…)`)\n"), create);
    assertTrue(create.contains("- `401` — not authenticated\n- `403` — not authorised (`@RolesAllowed(\"clerk\")`)\n"), create);
    String queue = Summaries.endpoint(summary, "PUT /orders");
    assertTrue(queue.contains("- `202` — success (`Response.status(Response.Status.ACCEPTED)`)\n"), queue);
    assertTrue(queue.contains("- `404` — `NotFoundException` (`JAX-RS`)\n"), queue);
    assertTrue(queue.contains("- `409` — `OrderClosed` (`OrderClosedMapper#toResponse`)\n"), queue);
    assertTrue(Summaries.endpoint(summary, "DELETE /orders").contains("- `204` — success (`void resource method`)\n"));
  }

  @Test
  void javaxNamespace_andAnnotationsInheritedFromAnInterface() {
    String summary = summary("""
        package com.shop;

        import javax.ws.rs.*;

        public interface OrdersApi {
          @GET
          @Path("/{id}")
          String find(@PathParam("id") long id);
        }
        """, """
        package com.shop;

        @dev.featuredocs.annotations.Feature("Orders")
        @javax.ws.rs.Path("/legacy/orders")
        public class Orders implements OrdersApi {
          @Override
          public String find(long id) { return ""; }
        }
        """);

    assertEquals(List.of("GET /legacy/orders/{id}"), Summaries.endpointHeadings(summary));
    assertTrue(Summaries.endpoint(summary, "GET /legacy/orders/{id}").contains("| `id` | path | `long` | yes |  |  |  |\n"));
  }
}
