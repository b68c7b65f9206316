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

/**
 * Status codes of Spring endpoints: the success status (annotation, factory in the body, default),
 * validation, method security, exceptions along calls mapped by advice, and {@code @ApiResponse}.
 */
class SpringStatusesTest {

  private static String summary(String... sources) {
    return Compilations.summaryOf("orders", sources);
  }

  @Test
  void monoOfResponseEntity_statusComesFromTheFactoryInsideTheLambda() {
    String summary = summary("""
        package com.shop;

        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import reactor.core.publisher.Mono;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @PostMapping("/orders")
          public Mono<ResponseEntity<String>> create(@RequestBody Mono<String> body) {
            return body.map(b -> ResponseEntity.status(org.springframework.http.HttpStatus.ACCEPTED).body(b));
          }
        }
        """);

    assertTrue(Summaries.endpoint(summary, "POST /orders")
        .contains("- `202` — success (`ResponseEntity.status(org.springframework.http.HttpStatus.ACCEPTED)`)\n"), summary);
  }

  @Test
  void successStatus_fromResponseStatusOnMethodOrClass_elseDefault200EvenForVoid() {
    String summary = summary("""
        package com.shop;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        @ResponseStatus(HttpStatus.ACCEPTED)
        public class Orders {
          @PostMapping("/created")
          @ResponseStatus(code = HttpStatus.CREATED)
          public String created() { return ""; }

          @PostMapping("/queued")
          public String queued() { return ""; }
        }
        """, """
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Pings {
          @PostMapping("/ping")
          public void ping() {}
        }
        """);

    assertTrue(Summaries.endpoint(summary, "POST /created").contains("- `201` — success (`@ResponseStatus`)\n"));
    assertTrue(Summaries.endpoint(summary, "POST /queued").contains("- `202` — success (`@ResponseStatus`)\n"));
    String ping = Summaries.endpoint(summary, "POST /ping");
    assertTrue(ping.contains("**Response**: _no body_\n") && ping.contains("- `200` — success\n"), ping);
  }

  @Test
  void validatedBody_isA400_andAdviceThatRemapsValidationChangesTheCode() {
    String summary = summary("""
        package com.shop;

        import jakarta.validation.Valid;
        import jakarta.validation.constraints.NotBlank;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          public record NewOrder(@NotBlank String number) {}

          @PostMapping("/orders")
          public String create(@Valid @RequestBody NewOrder order) { return ""; }

          @PutMapping("/orders")
          public String replace(@RequestBody NewOrder order) { return ""; }
        }
        """, """
        package com.shop;

        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.MethodArgumentNotValidException;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        public class Errors {
          @ExceptionHandler(MethodArgumentNotValidException.class)
          public ResponseEntity<String> invalid(MethodArgumentNotValidException e) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body("invalid");
          }
        }
        """);

    assertTrue(Summaries.endpoint(summary, "POST /orders")
        .contains("- `422` — invalid request body (`@Valid, Errors#invalid`)\n"), summary);
    assertTrue(Summaries.endpoint(summary, "PUT /orders").contains("- `400` — unreadable request body\n"), summary);
  }

  @Test
  void methodSecurity_methodOverridesClass_andGives401And403() {
    String summary = summary("""
        package com.shop;

        import jakarta.annotation.security.PermitAll;
        import org.springframework.security.access.prepost.PreAuthorize;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        @PreAuthorize("isAuthenticated()")
        public class Orders {
          @GetMapping("/orders")
          public String list() { return ""; }

          @DeleteMapping("/orders")
          @PreAuthorize("hasRole('ADMIN')")
          public void purge() {}

          @GetMapping("/health")
          @PermitAll
          public String health() { return "up"; }

          @GetMapping("/secret")
          @jakarta.annotation.security.RolesAllowed({"auditor", "admin"})
          public String secret() { return ""; }

          @GetMapping("/never")
          @jakarta.annotation.security.DenyAll
          public String never() { return ""; }

          @GetMapping("/audit")
          @org.springframework.security.access.annotation.Secured("ROLE_AUDITOR")
          public String audit() { return ""; }

          @GetMapping("/mine")
          @org.springframework.security.access.prepost.PostAuthorize("returnObject == authentication.name")
          public String mine() { return ""; }
        }
        """);

    String list = Summaries.endpoint(summary, "GET /orders");
    assertTrue(list.contains("**Security**: `@PreAuthorize(\"isAuthenticated()\")`  \n"), list);
    assertTrue(list.contains("- `401` — not authenticated\n") && !list.contains("`403`"), list);
    String purge = Summaries.endpoint(summary, "DELETE /orders");
    assertTrue(purge.contains("**Security**: `@PreAuthorize(\"hasRole('ADMIN')\")`  \n"), purge);
    assertTrue(purge.contains("- `401` — not authenticated\n- `403` — not authorised (`hasRole('ADMIN')`)\n"), purge);
    String health = Summaries.endpoint(summary, "GET /health");
    assertTrue(health.contains("**Security**: `@PermitAll`  \n") && !health.contains("`401`"), health);
    assertTrue(Summaries.endpoint(summary, "GET /secret")
        .contains("- `403` — not authorised (`@RolesAllowed({\"auditor\", \"admin\"})`)\n"), summary);
    assertTrue(Summaries.endpoint(summary, "GET /never").contains("- `403` — denied to everyone (`@DenyAll`)\n"), summary);
    assertTrue(Summaries.endpoint(summary, "GET /audit")
        .contains("- `403` — not authorised (`@Secured(\"ROLE_AUDITOR\")`)\n"), summary);
    assertTrue(Summaries.endpoint(summary, "GET /mine")
        .contains("- `403` — not authorised (`returnObject == authentication.name`)\n"), summary);
  }

  @Test
  void exceptionsThrownAlongCalls_areMappedByTheMostSpecificAdviceHandlerElseResponseStatusOnTheException() {
    String summary = summary("""
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          private final OrderService service;

          public Orders(OrderService service) {
            this.service = service;
          }

          @GetMapping("/orders/{id}")
          public String find(@PathVariable long id) throws Forbidden {
            return service.find(id);
          }
        }
        """, """
        package com.shop;

        @org.springframework.stereotype.Service
        public class OrderService {
          public String find(long id) throws Forbidden {
            if (id == 0) {
              throw new IllegalStateException("zero");
            }
            return lookUp(id).orElseThrow(() -> new OrderMissing(id));
          }

          private java.util.Optional<String> lookUp(long id) throws Forbidden {
            if (id < 0) {
              throw new Forbidden();
            }
            return java.util.Optional.empty();
          }
        }
        """, """
        package com.shop;

        public class OrderMissing extends RuntimeException {
          public OrderMissing(long id) { super("no order " + id); }
        }
        """, """
        package com.shop;

        @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.FORBIDDEN)
        public class Forbidden extends Exception {}
        """, """
        package com.shop;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        public class Errors {
          @ExceptionHandler(RuntimeException.class)
          @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
          public String any(RuntimeException e) { return "oops"; }

          @ExceptionHandler
          @ResponseStatus(HttpStatus.NOT_FOUND)
          public String missing(OrderMissing e) { return "missing"; }
        }
        """);

    String find = Summaries.endpoint(summary, "GET /orders/{id}");
    assertTrue(find.contains("""
        - `200` — success
        - `400` — missing or malformed parameter
        - `403` — `Forbidden` (`@ResponseStatus on Forbidden`)
        - `404` — `OrderMissing` (`Errors#missing`)
        - `500` — `IllegalStateException` (`Errors#any`)
        """), find);
  }

  @Test
  void apiResponseAnnotations_addTheirCodes() {
    String summary = summary("""
        package com.shop;

        import io.swagger.v3.oas.annotations.responses.ApiResponse;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @GetMapping("/orders")
          @ApiResponse(responseCode = "429", description = "rate limited")
          @ApiResponse(responseCode = "200", description = "the orders")
          public String list() { return ""; }
        }
        """);

    String list = Summaries.endpoint(summary, "GET /orders");
    assertTrue(list.contains("- `200` — success\n- `429` — rate limited (`@ApiResponse`)\n"), list);
  }
}
