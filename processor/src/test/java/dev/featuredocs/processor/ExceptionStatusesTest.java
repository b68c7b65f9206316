package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spring exceptions that carry their status, the handler Spring picks (the controller's own before
 * advice), calls through interfaces to their implementations, class-level {@code @Validated}, and
 * redirects.
 */
class ExceptionStatusesTest {

  private static String summary(String... sources) {
    return Compilations.summaryOf("orders", sources);
  }

  @Test
  void springExceptionsCarryingTheirStatus_superCallResponseStatusInheritedAndCreationSite() {
    String summary = summary("""
        package com.shop;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @GetMapping("/quota")
          public String quota() { throw new QuotaExceeded(); }

          @GetMapping("/archived")
          public String archived() { throw new Archived("old"); }

          @GetMapping("/duplicate")
          public String duplicate() { throw new DuplicateOrder(); }

          @GetMapping("/missing")
          public String missing() { throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no order"); }

          @GetMapping("/flexible")
          public String flexible() { throw new Flexible(HttpStatus.I_AM_A_TEAPOT); }
        }
        """, """
        package com.shop;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.ErrorResponseException;

        public class QuotaExceeded extends ErrorResponseException {
          public QuotaExceeded() { super(HttpStatus.TOO_MANY_REQUESTS); }
        }
        """, """
        package com.shop;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.server.ResponseStatusException;

        public class Archived extends ResponseStatusException {
          public Archived(String reason) { super(HttpStatus.GONE, reason); }
        }
        """, """
        package com.shop;

        import org.springframework.http.HttpStatusCode;
        import org.springframework.web.server.ResponseStatusException;

        public class Flexible extends ResponseStatusException {
          public Flexible(HttpStatusCode status) { super(status); }
        }
        """, """
        package com.shop;

        @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
        public class Conflict extends RuntimeException {}
        """, """
        package com.shop;

        public class DuplicateOrder extends Conflict {}
        """);

    Summaries.assertStatusCodes(summary, "GET /quota", "- `200` — success\n- `429` — `QuotaExceeded` (`new QuotaExceeded(…)`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /archived", "- `200` — success\n- `410` — `Archived` (`new Archived(…)`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /duplicate",
        "- `200` — success\n- `409` — `DuplicateOrder` (`@ResponseStatus on DuplicateOrder`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /missing", """
        - `200` — success
        - `404` — `ResponseStatusException` (`new ResponseStatusException(HttpStatus.NOT_FOUND, …)`)

        """);
    Summaries.assertStatusCodes(summary, "GET /flexible", """
        - `200` — success
        - `?` — `Flexible`: decided at run time by `new Flexible(…)`

        """);
  }

  @Test
  void controllerLocalHandler_winsOverAMoreSpecificAdviceHandler_forThatControllerOnly() {
    String summary = summary("""
        package com.shop;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @GetMapping("/orders")
          public String list() { throw new IllegalStateException("closed"); }

          @ExceptionHandler(RuntimeException.class)
          @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
          public String closed(RuntimeException e) { return "closed"; }
        }
        """, """
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Carts {
          @GetMapping("/carts")
          public String list() { throw new IllegalStateException("closed"); }
        }
        """, """
        package com.shop;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        public class Errors {
          @ExceptionHandler(IllegalStateException.class)
          @ResponseStatus(HttpStatus.CONFLICT)
          public String state(IllegalStateException e) { return "state"; }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /orders", "- `200` — success\n- `503` — `IllegalStateException` (`Orders#closed`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /carts", "- `200` — success\n- `409` — `IllegalStateException` (`Errors#state`)\n\n");
  }

  @Test
  void exceptionThrownBehindAServiceInterface_isFoundInItsImplementation() {
    String summary = summary("""
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          private final PlaceOrder placeOrder;

          public Orders(PlaceOrder placeOrder) { this.placeOrder = placeOrder; }

          @PostMapping("/orders")
          public String place() { return placeOrder.place("x"); }
        }
        """, """
        package com.shop;

        public interface PlaceOrder {
          String place(String sku);
        }
        """, """
        package com.shop;

        @org.springframework.stereotype.Service
        public class PlaceOrderService implements PlaceOrder {
          @Override
          public String place(String sku) { throw new OutOfStock(); }
        }
        """, """
        package com.shop;

        @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
        public class OutOfStock extends RuntimeException {}
        """);

    Summaries.assertStatusCodes(summary, "POST /orders", "- `200` — success\n- `409` — `OutOfStock` (`@ResponseStatus on OutOfStock`)\n\n");
  }

  @Test
  void classLevelValidated_unmapped_is500WithAWarningOnTheAnnotation() {
    Compilation compilation = Compilations.compile(List.of(JavaFileObjects.forSourceString("com.shop.Orders", """
        package com.shop;

        import jakarta.validation.constraints.Min;
        import org.springframework.validation.annotation.Validated;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        @Validated
        public class Orders {
          @GetMapping("/orders")
          public String list(@RequestParam @Min(1) int page) { return ""; }
        }
        """)));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[FD830] @Validated on Orders makes Spring validate its parameters"
        + " through a proxy that throws ConstraintViolationException, and no @ExceptionHandler or @ResponseStatus"
        + " maps it: the app answers 500 for a parameter that fails its constraints. Map"
        + " ConstraintViolationException to 400 in an @ExceptionHandler, or remove class-level @Validated (Spring"
        + " then answers 400 itself)")
        .inFile(compilation.sourceFiles().stream().filter(f -> f.getName().contains("Orders")).findFirst().orElseThrow())
        .onLineContaining("@Validated");
    Summaries.assertStatusCodes(Compilations.summary(compilation, "orders"), "GET /orders", """
        - `200` — success
        - `400` — missing or malformed parameter
        - `500` — parameter fails its constraints, unhandled `ConstraintViolationException` (`@Validated on Orders`)

        """);
  }

  @Test
  void classLevelValidated_mapped_isWhatTheHandlerAnswers() {
    String summary = summary("""
        package com.shop;

        import jakarta.validation.constraints.Min;
        import org.springframework.validation.annotation.Validated;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        @Validated
        public class Orders {
          @GetMapping("/orders")
          public String list(@RequestParam @Min(1) int page) { return ""; }
        }
        """, """
        package com.shop;

        import jakarta.validation.ConstraintViolationException;
        import org.springframework.http.ProblemDetail;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        public class Errors {
          @ExceptionHandler
          public ProblemDetail violation(ConstraintViolationException e) {
            return ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid");
          }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /orders", """
        - `200` — success
        - `400` — missing or malformed parameter
        - `400` — parameter fails its constraints `ConstraintViolationException` (`Errors#violation`)

        """);
  }

  @Test
  void redirectsAndTheServletResponse_areTheSuccessStatus() {
    String summary = summary("""
        package com.shop;

        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import java.net.URI;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.servlet.view.RedirectView;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @GetMapping("/legacy")
          public void legacy(HttpServletResponse response) throws IOException {
            response.sendRedirect("/orders");
          }

          @GetMapping("/old")
          public RedirectView old() {
            return new RedirectView("/orders");
          }

          @PostMapping("/checkout")
          public ResponseEntity<Void> checkout() {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/orders/1")).build();
          }

          @PostMapping("/later")
          public void later(HttpServletResponse response) {
            response.setStatus(HttpServletResponse.SC_ACCEPTED);
          }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /legacy", "- `302` — success (`response.sendRedirect(…)`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /old", "- `302` — success (`Location: /orders`)\n\n");
    Summaries.assertStatusCodes(summary, "POST /checkout", "- `303` — success (`ResponseEntity.status(HttpStatus.SEE_OTHER)`)\n\n");
    Summaries.assertStatusCodes(summary, "POST /later", "- `202` — success (`response.setStatus(HttpServletResponse.SC_ACCEPTED)`)\n\n");
  }
}
