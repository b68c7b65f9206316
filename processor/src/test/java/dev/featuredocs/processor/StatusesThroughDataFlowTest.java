package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Statuses as the running app decides them, read through the code's data flow: variables,
 * constants, fields, conditional and switch expressions, helper methods, the framework's status
 * builders, redirects and the servlet response. What only the running code decides is documented
 * as decided at run time, naming that code.
 */
class StatusesThroughDataFlowTest {

  private static String summary(String... sources) {
    return Compilations.summaryOf("orders", sources);
  }

  @Test
  void successStatus_throughLocalVariableConstantFieldConditionalAndHelper() {
    String summary = summary("""
        package com.shop;

        import java.security.Principal;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          private static final HttpStatus QUEUED = HttpStatus.ACCEPTED;
          private final HttpStatus archived = HttpStatus.RESET_CONTENT;

          @PostMapping("/queue")
          public ResponseEntity<String> queue() {
            HttpStatus status = HttpStatus.ACCEPTED;
            return new ResponseEntity<>("queued", status);
          }

          @PostMapping("/constant")
          public ResponseEntity<Void> constant() {
            return ResponseEntity.status(QUEUED).build();
          }

          @PostMapping("/field")
          public ResponseEntity<Void> field() {
            return ResponseEntity.status(this.archived.value()).build();
          }

          @DeleteMapping("/session")
          public ResponseEntity<Void> logout(Principal principal) {
            return ResponseEntity.status(principal == null ? HttpStatus.UNAUTHORIZED : HttpStatus.NO_CONTENT).build();
          }

          @PutMapping("/kinds")
          public ResponseEntity<Void> kinds() {
            return ResponseEntity.status(statusFor("a")).build();
          }

          private HttpStatus statusFor(String kind) {
            if (kind.isEmpty()) {
              return HttpStatus.OK;
            }
            return switch (kind) {
              case "b" -> HttpStatus.CREATED;
              default -> {
                yield HttpStatus.valueOf(202);
              }
            };
          }
        }
        """);

    Summaries.assertStatusCodes(summary, "POST /queue", "- `202` — success (`new ResponseEntity(…, status)`)\n\n");
    Summaries.assertStatusCodes(summary, "POST /constant", "- `202` — success (`ResponseEntity.status(QUEUED)`)\n\n");
    Summaries.assertStatusCodes(summary, "POST /field", "- `205` — success (`ResponseEntity.status(this.archived.value())`)\n\n");
    Summaries.assertStatusCodes(summary, "DELETE /session", """
        - `204` — success (`ResponseEntity.status(principal == null ? HttpStatus.UNAUTHORIZED : HttpStatus.NO_CONTENT)`)
        - `401` — returned by the handler (`ResponseEntity.status(principal == null ? HttpStatus.UNAUTHORIZED : HttpStatus.NO_CONTENT)`)

        """);
    Summaries.assertStatusCodes(summary, "PUT /kinds", """
        - `200` — success (`ResponseEntity.status(statusFor("a"))`)
        - `201` — also success (`ResponseEntity.status(statusFor("a"))`)
        - `202` — also success (`ResponseEntity.status(statusFor("a"))`)

        """);
  }

  @Test
  void handlerStatusFromAParameter_isDecidedAtRunTime_neverTheDefault200() {
    String summary = summary("""
        package com.shop;

        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @PostMapping("/echo")
          public ResponseEntity<Void> echo(@RequestBody Integer code) {
            return ResponseEntity.status(code).build();
          }
        }
        """);

    Summaries.assertStatusCodes(summary, "POST /echo", """
        - `400` — unreadable request body
        - `?` — success, decided at run time by `ResponseEntity.status(code)`

        """);
  }

  @Test
  void adviceStatus_throughVariable_problemDetailAndErrorResponseBuilder() {
    String summary = summary("""
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @GetMapping("/locked")
          public String locked() { throw new Locked(); }

          @GetMapping("/taken")
          public String taken() { throw new Taken(); }

          @GetMapping("/unpaid")
          public String unpaid() { throw new Unpaid(); }
        }
        """, """
        package com.shop;

        public class Locked extends RuntimeException {}
        """, """
        package com.shop;

        public class Taken extends RuntimeException {}
        """, """
        package com.shop;

        public class Unpaid extends RuntimeException {}
        """, """
        package com.shop;

        import org.springframework.http.*;
        import org.springframework.web.ErrorResponse;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        public class Errors {
          @ExceptionHandler(Locked.class)
          public ResponseEntity<String> locked(Locked e) {
            HttpStatus status = HttpStatus.LOCKED;
            return ResponseEntity.status(status).body("locked");
          }

          @ExceptionHandler
          public ProblemDetail taken(Taken e) {
            return ProblemDetail.forStatus(HttpStatus.CONFLICT);
          }

          @ExceptionHandler
          public ErrorResponse unpaid(Unpaid e) {
            return ErrorResponse.builder(e, HttpStatus.PAYMENT_REQUIRED, "pay first").build();
          }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /locked", "- `200` — success\n- `423` — `Locked` (`Errors#locked`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /taken", "- `200` — success\n- `409` — `Taken` (`Errors#taken`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /unpaid", "- `200` — success\n- `402` — `Unpaid` (`Errors#unpaid`)\n\n");
  }

  @Test
  void catchAllHandlerComputingTheStatus_answersItsFallback_andWhatItReadsFromTheExceptionIsDecidedAtRunTime() {
    String summary = summary("""
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @GetMapping("/orders")
          public String list() { throw new IllegalStateException("closed"); }

          @GetMapping("/gone")
          public String gone() {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.GONE);
          }

          @GetMapping("/archived")
          public String archived() { throw new Archived(); }
        }
        """, """
        package com.shop;

        public class Archived extends org.springframework.web.server.ResponseStatusException {
          public Archived() { super(org.springframework.http.HttpStatus.GONE, "archived"); }
        }
        """, """
        package com.shop;

        import org.springframework.http.*;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.server.ResponseStatusException;

        @RestControllerAdvice
        public class ExceptionTranslator {
          @ExceptionHandler(Throwable.class)
          public ResponseEntity<String> handleAnyException(Throwable failure) {
            return ResponseEntity.status(statusOf(failure)).body("failed");
          }

          private HttpStatusCode statusOf(Throwable failure) {
            return failure instanceof ResponseStatusException known ? known.getStatusCode() : HttpStatus.BAD_REQUEST;
          }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /orders",
        "- `200` — success\n- `400` — `IllegalStateException` (`ExceptionTranslator#handleAnyException`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /archived",
        "- `200` — success\n- `410` — `Archived` (`ExceptionTranslator#handleAnyException`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /gone", """
        - `200` — success
        - `?` — `ResponseStatusException`: decided at run time by `ExceptionTranslator#handleAnyException`

        """);
    assertTrue(!summary.contains("nothing maps it"), summary);
  }

  @Test
  void catchAllHandlerReturningAComputedEntity_isDecidedAtRunTime() {
    String summary = summary("""
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @GetMapping("/orders")
          public String list() { throw new IllegalStateException("closed"); }
        }
        """, """
        package com.shop;

        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        public class Translator {
          @ExceptionHandler
          public ResponseEntity<Object> any(Exception e) {
            return translate(e);
          }

          private static ResponseEntity<Object> translate(Exception e) {
            return null;
          }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /orders", """
        - `200` — success
        - `?` — `IllegalStateException`: decided at run time by `Translator#any`

        """);
  }

  @Test
  void dispatchTables_mapOfClassAndInstanceofChain_giveOneStatusPerException() {
    String summary = summary("""
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @GetMapping("/gone")
          public String gone() { throw new Gone(); }

          @GetMapping("/taken")
          public String taken() { throw new Taken(); }

          @GetMapping("/unpaid")
          public String unpaid() { throw new Unpaid(); }

          @GetMapping("/state")
          public String state() { throw new IllegalStateException(); }

          @GetMapping("/locked")
          public String locked() { throw new Locked(); }
        }
        """, """
        package com.shop;

        public class Gone extends RuntimeException {}
        """, """
        package com.shop;

        public class Locked extends RuntimeException {}
        """, """
        package com.shop;

        public class Taken extends RuntimeException {}
        """, """
        package com.shop;

        public class Unpaid extends Taken {}
        """, """
        package com.shop;

        import java.util.Map;
        import org.springframework.http.*;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        public class Errors {
          private static final Map<Class<? extends Exception>, HttpStatus> STATUSES = Map.of(
              Gone.class, HttpStatus.GONE);

          @ExceptionHandler({Gone.class, Locked.class})
          public ResponseEntity<String> table(Exception e) {
            return ResponseEntity.status(STATUSES.getOrDefault(e.getClass(), HttpStatus.INTERNAL_SERVER_ERROR)).body("x");
          }

          @ExceptionHandler({Taken.class, IllegalStateException.class})
          public ResponseEntity<String> chain(RuntimeException e) {
            HttpStatus status;
            if (e instanceof Unpaid) {
              status = HttpStatus.PAYMENT_REQUIRED;
            } else if (e instanceof Taken) {
              status = HttpStatus.CONFLICT;
            } else {
              status = HttpStatus.SERVICE_UNAVAILABLE;
            }
            return ResponseEntity.status(status).body("x");
          }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /gone", "- `200` — success\n- `410` — `Gone` (`Errors#table`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /locked", "- `200` — success\n- `500` — `Locked` (`Errors#table`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /taken", "- `200` — success\n- `409` — `Taken` (`Errors#chain`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /unpaid", "- `200` — success\n- `402` — `Unpaid` (`Errors#chain`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /state", "- `200` — success\n- `503` — `IllegalStateException` (`Errors#chain`)\n\n");
  }
}
