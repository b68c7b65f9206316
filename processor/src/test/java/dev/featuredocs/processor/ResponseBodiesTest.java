package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Response bodies a signature hides ({@code Response}, {@code ResponseEntity<?>}, {@code Object},
 * a {@code String} of JSON), read from the handler's success return.
 */
class ResponseBodiesTest {
  private static final String VIEW = """
      package com.acme.orders;

      /** An order as clients see it. */
      public record OrderView(long id, String item) {}
      """;

  private static final String MAPPER = """
      package com.acme.orders;

      /** Stands in for Jackson's ObjectMapper. */
      public class JsonWriter {
        public String writeValueAsString(Object value) { return ""; }
      }
      """;

  private static final String EXPECTED_BODY = """
      **Response**: `OrderView` — model [OrderView](#orderview) (full example under Data Models)
      ```json
      {
        "id": 1,
        "item": "example"
      }
      ```
      """;

  @Test
  void jaxRsResponseOkEntityAndWriteValueAsString_documentTheViewWithItsSchema() {
    String summary = Compilations.summaryOf("orders", VIEW, MAPPER, """
        package com.acme.orders;

        import jakarta.ws.rs.GET;
        import jakarta.ws.rs.POST;
        import jakarta.ws.rs.Path;
        import jakarta.ws.rs.PathParam;
        import jakarta.ws.rs.core.Response;

        /** Orders. */
        @dev.featuredocs.annotations.Feature("Orders")
        @Path("/orders")
        public class Orders {
          private final JsonWriter mapper = new JsonWriter();

          /** One order. */
          @GET
          @Path("/{id}")
          public Response get(@PathParam("id") long id) {
            if (id < 0) {
              return Response.status(Response.Status.NOT_FOUND).entity("no such order").build();
            }
            OrderView view = new OrderView(id, "book");
            return Response.ok(view).build();
          }

          /** Places an order. */
          @POST
          public Response place(OrderView order) {
            return Response.status(Response.Status.CREATED).entity(order).build();
          }

          /** One order as JSON text. */
          @GET
          @Path("/{id}/json")
          public String json(@PathParam("id") long id) {
            var view = find(id);
            return mapper.writeValueAsString(view);
          }

          private OrderView find(long id) {
            return new OrderView(id, "book");
          }
        }
        """);

    for (String endpoint : new String[] {"GET /orders/{id}", "POST /orders", "GET /orders/{id}/json"}) {
      assertTrue(Summaries.endpoint(summary, endpoint).contains(EXPECTED_BODY), () -> endpoint + "\n" + summary);
    }
  }

  @Test
  void springResponseEntityWildcardAndObject_documentTheReturnedBody() {
    String summary = Compilations.summaryOf("orders", VIEW, """
        package com.acme.orders;

        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.GetMapping;
        import org.springframework.web.bind.annotation.PathVariable;
        import org.springframework.web.bind.annotation.RestController;

        /** Orders. */
        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class OrderController {
          /** One order. */
          @GetMapping("/orders/{id}")
          public ResponseEntity<?> get(@PathVariable long id) {
            return ResponseEntity.ok().body(new OrderView(id, "book"));
          }

          /** The latest order. */
          @GetMapping("/orders/latest")
          public Object latest() {
            OrderView latest = new OrderView(1, "book");
            return latest;
          }
        }
        """);

    for (String endpoint : new String[] {"GET /orders/{id}", "GET /orders/latest"}) {
      assertTrue(Summaries.endpoint(summary, endpoint).contains(EXPECTED_BODY), () -> endpoint + "\n" + summary);
    }
  }
}
