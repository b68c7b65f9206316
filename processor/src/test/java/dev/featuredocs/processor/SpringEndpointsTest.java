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

/** Spring MVC and WebFlux endpoints: mappings, paths, parameters, bodies, membership; asserted on the rendered text. */
class SpringEndpointsTest {

  private static String summary(String... sources) {
    return Compilations.summaryOf("orders", sources);
  }

  @Test
  void multiPathClassMapping_timesMultiMethodMethodMapping_givesEveryCombination() {
    String summary = summary("""
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        @RequestMapping({"/orders/", "/v2/orders"})
        public class Orders {
          @RequestMapping(path = {"/{id}", "/by-id/{id:[0-9]+}"}, method = {RequestMethod.GET, RequestMethod.HEAD})
          public String find(@PathVariable long id) { return ""; }
        }
        """);

    assertEquals(List.of("GET /orders/by-id/{id}", "HEAD /orders/by-id/{id}", "GET /orders/{id}", "HEAD /orders/{id}",
        "GET /v2/orders/by-id/{id}", "HEAD /v2/orders/by-id/{id}", "GET /v2/orders/{id}", "HEAD /v2/orders/{id}"),
        Summaries.endpointHeadings(summary));
  }

  @Test
  void methodMappingWithoutPath_servesTheClassPath_andRequestMappingWithoutMethodServesAllMethods() {
    String summary = summary("""
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        @RequestMapping("/orders")
        public class Orders {
          @GetMapping
          public String list() { return ""; }

          @RequestMapping("/ping")
          public String ping() { return ""; }
        }
        """);

    assertEquals(List.of("GET /orders", "GET /orders/ping", "HEAD /orders/ping", "POST /orders/ping",
        "PUT /orders/ping", "PATCH /orders/ping", "DELETE /orders/ping", "OPTIONS /orders/ping"),
        Summaries.endpointHeadings(summary));
  }

  @Test
  void mappingsDeclaredOnAnInterface_areServedByTheImplementingController() {
    String summary = summary("""
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        /** The API as an API-first generator writes it. */
        @RequestMapping("/api")
        public interface OrdersApi {
          /**
           * Finds one order.
           *
           * @param id the order's id
           */
          @GetMapping("/orders/{id}")
          String find(@PathVariable("id") long id, @RequestParam(defaultValue = "en") String lang);
        }
        """, """
        package com.shop;

        @dev.featuredocs.annotations.Feature("Orders")
        @org.springframework.web.bind.annotation.RestController
        public class Orders implements OrdersApi {
          @Override
          public String find(long id, String lang) { return ""; }
        }
        """);

    assertEquals("""
        #### GET /api/orders/{id}
        **Purpose**: Finds one order. \s
        **Handler**: `Orders#find` \s
        **Security**: _no method security annotation_ \s

        **Parameters**:

        | Name | In | Type | Required | Default | Constraints | Description |
        |---|---|---|---|---|---|---|
        | `id` | path | `long` | yes |  |  | the order's id |
        | `lang` | query | `String` | no | `en` |  |  |

        **Request**: _no body_

        **Response**: `String`
        ```json
        "example"
        ```

        **Status Codes**:
        - `200` — success
        - `400` — missing or malformed parameter

        """, Summaries.endpoint(summary, "GET /api/orders/{id}"));
  }

  @Test
  void genericBaseController_resolvesTypeVariablesForTheConcreteController() {
    String summary = summary("""
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        public abstract class CrudController<T, ID> {
          @GetMapping("/{id}")
          public T get(@PathVariable ID id) { return null; }

          @PostMapping
          public T create(@RequestBody T body) { return body; }
        }
        """, """
        package com.shop;

        public record Order(String number, int quantity) {}
        """, """
        package com.shop;

        @dev.featuredocs.annotations.Feature("Orders")
        @org.springframework.web.bind.annotation.RestController
        @org.springframework.web.bind.annotation.RequestMapping("/orders")
        public class Orders extends CrudController<Order, Long> {}
        """);

    assertEquals(List.of("POST /orders", "GET /orders/{id}"), Summaries.endpointHeadings(summary));
    String get = Summaries.endpoint(summary, "GET /orders/{id}");
    assertTrue(get.contains("| `id` | path | `Long` | yes |  |  |  |\n"), get);
    assertTrue(get.contains("**Response**: `Order` — model [Order](#order) (full example under Data Models)\n```json\n{\n  \"number\": \"example\",\n  \"quantity\": 1\n}\n```\n"), get);
    assertTrue(Summaries.endpoint(summary, "POST /orders").contains("**Request**: `Order` — model [Order](#order) (full example under Data Models)\n"));
  }

  @Test
  void controllerWithResponseBodyOnMethod_isAnEndpoint_butAViewMethodAndAnHttpExchangeClientAreNot() {
    String summary = summary("""
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @org.springframework.stereotype.Controller
        public class Orders {
          @GetMapping("/orders.json")
          @ResponseBody
          public String json() { return ""; }

          @GetMapping("/orders")
          public String page() { return "orders-view"; }
        }
        """, """
        package com.shop;

        import org.springframework.web.service.annotation.GetExchange;
        import org.springframework.web.service.annotation.HttpExchange;

        @dev.featuredocs.annotations.Feature("Orders")
        @HttpExchange("/remote")
        public interface StockClient {
          @GetExchange("/stock")
          String stock();
        }
        """);

    assertEquals(List.of("GET /orders.json"), Summaries.endpointHeadings(summary));
  }

  @Test
  void pathsAreNormalised_noTrailingSlashNoDoubleSlashNoRegex() {
    String summary = summary("""
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        @RequestMapping("files/")
        public class Orders {
          @GetMapping("//{name:.+}/")
          public String file(@PathVariable String name) { return ""; }

          @GetMapping("/{code:[A-Z]{2}}/x")
          public String code(@PathVariable String code) { return ""; }
        }
        """);

    assertEquals(List.of("GET /files/{code}/x", "GET /files/{name}"), Summaries.endpointHeadings(summary));
  }

  @Test
  void parameters_queryHeaderCookieOptionalAndUnannotated_withDefaultsAndConstraints() {
    String summary = summary("""
        package com.shop;

        import jakarta.validation.constraints.Max;
        import jakarta.validation.constraints.Min;
        import java.util.Optional;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          /**
           * Lists orders.
           *
           * @param page the page, from 0
           * @param tenant the caller's tenant
           */
          @GetMapping("/orders")
          public String list(@RequestParam(defaultValue = "0") @Min(0) int page,
              @RequestParam(name = "size", required = false) @Max(100) Integer size,
              @RequestParam Optional<String> sort,
              @RequestHeader("X-Tenant") String tenant,
              @CookieValue(value = "session", required = false) String session,
              String q,
              java.security.Principal caller) { return ""; }
        }
        """);

    assertTrue(summary.contains("""
        | `page` | query | `int` | no | `0` | `@Min(0)` | the page, from 0 |
        | `size` | query | `Integer` | no |  | `@Max(100)` |  |
        | `sort` | query | `String` | no |  |  |  |
        | `X-Tenant` | header | `String` | yes |  |  | the caller's tenant |
        | `session` | cookie | `String` | no |  |  |  |
        | `q` | query | `String` | no |  |  |  |

        """), summary);
    assertTrue(summary.contains("- `400` — parameter fails its constraints\n"), summary);
  }

  @Test
  void responseTypes_areUnwrapped() {
    String summary = summary("""
        package com.shop;

        import java.util.concurrent.CompletableFuture;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import reactor.core.publisher.Flux;
        import reactor.core.publisher.Mono;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          public record Order(String number) {}

          @GetMapping("/a")
          public Mono<ResponseEntity<Order>> a() { return Mono.empty(); }

          @GetMapping("/b")
          public Flux<Order> b() { return Flux.empty(); }

          @GetMapping("/c")
          public CompletableFuture<java.util.Optional<Order>> c() { return null; }

          @GetMapping("/d")
          public ResponseEntity<Void> d() { return ResponseEntity.noContent().build(); }

          @GetMapping("/e")
          public org.springframework.data.domain.Page<Order> e() { return null; }

          @PostMapping("/f")
          public Mono<Void> f(@RequestBody Mono<Order> order) { return Mono.empty(); }
        }
        """);

    assertTrue(Summaries.endpoint(summary, "GET /a").contains("**Response**: `Orders.Order` — model [Orders.Order](#ordersorder) (full example under Data Models)\n```json\n{\n  \"number\": \"example\"\n}\n"));
    assertTrue(Summaries.endpoint(summary, "GET /b").contains("**Response**: `List<Orders.Order>` — model [Orders.Order](#ordersorder) (full example under Data Models)\n```json\n[\n  {\n"));
    assertTrue(Summaries.endpoint(summary, "GET /c").contains("**Response**: `Orders.Order` — model [Orders.Order](#ordersorder) (full example under Data Models)\n"));
    String d = Summaries.endpoint(summary, "GET /d");
    assertTrue(d.contains("**Response**: _no body_\n") && d.contains("- `204` — success (`ResponseEntity.noContent()`)\n"), d);
    assertTrue(Summaries.endpoint(summary, "GET /e").contains("**Response**: `Page<Orders.Order>` — model [PageOfOrders.Order](#pageofordersorder) (full example under Data Models)\n```json\n{\n  \"content\": [\n"));
    String f = Summaries.endpoint(summary, "POST /f");
    assertTrue(f.contains("**Request**: `Orders.Order` — model [Orders.Order](#ordersorder) (full example under Data Models)\n") && f.contains("**Response**: _no body_\n"), f);
  }

  @Test
  void requestExample_satisfiesTheBodysConstraints() {
    String summary = summary("""
        package com.shop;

        import jakarta.validation.constraints.*;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          public record NewOrder(
              @NotBlank @Size(min = 8, max = 12) String number,
              @Email String contact,
              @Pattern(regexp = "^[A-Z]{3}-[0-9]{2}$") String code,
              @Min(5) @Max(9) int quantity,
              @Positive java.math.BigDecimal price,
              @Future java.time.LocalDate due,
              @Pattern(regexp = "(?=x)y") String impossible) {}

          @PostMapping("/orders")
          public String create(@RequestBody NewOrder order) { return ""; }
        }
        """);

    assertTrue(Summaries.endpoint(summary, "POST /orders").contains("""
        ```json
        {
          "number": "examplex",
          "contact": "jane.doe@example.com",
          "code": "AAA-00",
          "quantity": 5,
          "price": 1.0,
          "due": "2099-01-01",
          "impossible": null
        }
        ```
        """), summary);
  }

  @Test
  void consumesAndProduces_methodOverridesClass() {
    String summary = summary("""
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        @RequestMapping(path = "/orders", produces = "application/json")
        public class Orders {
          @PostMapping(consumes = {"application/json", "application/xml"})
          public String create(@RequestBody String body) { return ""; }

          @GetMapping(produces = "text/csv")
          public String export() { return ""; }
        }
        """);

    String create = Summaries.endpoint(summary, "POST /orders");
    assertTrue(create.contains("**Consumes**: `application/json`, `application/xml`  \n**Produces**: `application/json`  \n"), create);
    assertTrue(Summaries.endpoint(summary, "GET /orders").contains("**Produces**: `text/csv`  \n"));
  }

  @Test
  void endpointMethodWithItsOwnFeature_movesThere_andControllersOfNoFeatureAreNotDocumented() {
    List<JavaFileObject> files = List.of(
        JavaFileObjects.forSourceString("com.shop.Orders", """
            package com.shop;

            import org.springframework.web.bind.annotation.*;

            @dev.featuredocs.annotations.Feature("Orders")
            @RestController
            public class Orders {
              @GetMapping("/orders")
              public String list() { return ""; }

              @dev.featuredocs.annotations.Feature("Billing")
              @GetMapping("/orders/invoices")
              public String invoices() { return ""; }
            }
            """),
        JavaFileObjects.forSourceString("com.shop.Health", """
            package com.shop;

            @org.springframework.web.bind.annotation.RestController
            public class Health {
              @org.springframework.web.bind.annotation.GetMapping("/health")
              public String health() { return "up"; }
            }
            """));

    Compilation compilation = Compilations.compile(files);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of("GET /orders"), Summaries.endpointHeadings(Compilations.summary(compilation, "orders")));
    assertEquals(List.of("GET /orders/invoices"), Summaries.endpointHeadings(Compilations.summary(compilation, "billing")));
  }
}
