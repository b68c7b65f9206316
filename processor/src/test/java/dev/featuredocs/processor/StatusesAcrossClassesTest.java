package dev.featuredocs.processor;

import org.junit.jupiter.api.Test;

/**
 * Statuses read across classes: another project class's constants, its static helpers (with the
 * arguments bound to their parameters), a project enum's status accessor on one of its constants;
 * in controller handlers, advice handlers and {@code ExceptionMapper}s alike. What a class without
 * source here or a value read at run time decides stays decided at run time.
 */
class StatusesAcrossClassesTest {

  private static final String API_STATUSES = """
      package com.shop.web;

      import org.springframework.http.HttpStatus;

      public final class ApiStatuses {
        public static final HttpStatus QUEUED = HttpStatus.ACCEPTED;
        public static final int CONFLICT = 409;
        public static final HttpStatus ARCHIVED = Legacy.ARCHIVED;

        private ApiStatuses() {}

        public static HttpStatus of(String kind) {
          return switch (kind) {
            case "created" -> HttpStatus.CREATED;
            default -> HttpStatus.OK;
          };
        }

        public static HttpStatus exactly(int code) {
          return HttpStatus.valueOf(code);
        }

        static final class Legacy {
          static final HttpStatus ARCHIVED = HttpStatus.RESET_CONTENT;
        }
      }
      """;

  private static final String ERROR_CODES = """
      package com.shop.web;

      import org.springframework.http.HttpStatus;

      public enum ErrorCodes {
        BAD_INPUT("E1", HttpStatus.BAD_REQUEST),
        TAKEN("E2", HttpStatus.CONFLICT);

        private final String code;
        private final HttpStatus status;

        ErrorCodes(String code, HttpStatus status) {
          this.code = code;
          this.status = status;
        }

        public HttpStatus status() {
          return status;
        }
      }
      """;

  @Test
  void controllerStatus_fromAnotherClassesConstantsAndHelpers() {
    String summary = Compilations.summaryOf("orders", """
        package com.shop;

        import com.shop.web.ApiStatuses;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @PostMapping("/queue")
          public ResponseEntity<Void> queue() {
            return ResponseEntity.status(ApiStatuses.QUEUED).build();
          }

          @PostMapping("/archive")
          public ResponseEntity<Void> archive() {
            return ResponseEntity.status(ApiStatuses.ARCHIVED).build();
          }

          @PutMapping("/conflict")
          public ResponseEntity<Void> conflict(@RequestParam boolean ok) {
            return ResponseEntity.status(ok ? 200 : ApiStatuses.CONFLICT).build();
          }

          @PutMapping("/kinds")
          public ResponseEntity<Void> kinds() {
            return ResponseEntity.status(ApiStatuses.of("created")).build();
          }

          @PutMapping("/exact")
          public ResponseEntity<Void> exact() {
            return ResponseEntity.status(ApiStatuses.exactly(208)).build();
          }
        }
        """, API_STATUSES);

    Summaries.assertStatusCodes(summary, "POST /queue", "- `202` — success (`ResponseEntity.status(ApiStatuses.QUEUED)`)\n\n");
    Summaries.assertStatusCodes(summary, "POST /archive",
        "- `205` — success (`ResponseEntity.status(ApiStatuses.ARCHIVED)`)\n\n");
    Summaries.assertStatusCodes(summary, "PUT /conflict", """
        - `200` — success (`ResponseEntity.status(ok ? 200 : ApiStatuses.CONFLICT)`)
        - `400` — missing or malformed parameter
        - `409` — returned by the handler (`ResponseEntity.status(ok ? 200 : ApiStatuses.CONFLICT)`)

        """);
    Summaries.assertStatusCodes(summary, "PUT /kinds", """
        - `200` — also success (`ResponseEntity.status(ApiStatuses.of("created"))`)
        - `201` — success (`ResponseEntity.status(ApiStatuses.of("created"))`)

        """);
    Summaries.assertStatusCodes(summary, "PUT /exact", "- `208` — success (`ResponseEntity.status(ApiStatuses.exactly(208))`)\n\n");
  }

  @Test
  void adviceStatus_fromAProjectEnumsStatusAccessor_throughItsConstructorArguments() {
    String summary = Compilations.summaryOf("orders", """
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @GetMapping("/bad")
          public String bad() { throw new IllegalArgumentException(); }

          @GetMapping("/taken")
          public String taken() { throw new IllegalStateException(); }

          @GetMapping("/unsupported")
          public String unsupported() { throw new UnsupportedOperationException(); }
        }
        """, ERROR_CODES, """
        package com.shop.web;

        public enum Failure {
          UNSUPPORTED(501);

          private final int status;

          Failure(int status) {
            this.status = status;
          }

          public org.springframework.http.HttpStatus httpStatus() {
            return org.springframework.http.HttpStatus.valueOf(this.status);
          }
        }
        """, """
        package com.shop;

        import com.shop.web.ErrorCodes;
        import com.shop.web.Failure;
        import org.springframework.http.*;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        public class Errors {
          @ExceptionHandler
          public ResponseEntity<String> bad(IllegalArgumentException e) {
            return ResponseEntity.status(ErrorCodes.BAD_INPUT.status()).body("bad");
          }

          @ExceptionHandler
          public ProblemDetail taken(IllegalStateException e) {
            return ProblemDetail.forStatus(ErrorCodes.TAKEN.status());
          }

          @ExceptionHandler
          public ResponseEntity<String> unsupported(UnsupportedOperationException e) {
            return ResponseEntity.status(Failure.UNSUPPORTED.httpStatus()).body("no");
          }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /bad", "- `200` — success\n- `400` — `IllegalArgumentException` (`Errors#bad`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /taken", "- `200` — success\n- `409` — `IllegalStateException` (`Errors#taken`)\n\n");
    Summaries.assertStatusCodes(summary, "GET /unsupported",
        "- `200` — success\n- `501` — `UnsupportedOperationException` (`Errors#unsupported`)\n\n");
  }

  @Test
  void exceptionMapperStatus_fromAnotherClassesHelper() {
    String summary = Compilations.summaryOf("orders", """
        package com.shop;

        import jakarta.ws.rs.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @Path("/orders")
        public class Orders {
          @GET
          public String list() { throw new IllegalStateException(); }
        }
        """, """
        package com.shop;

        import jakarta.ws.rs.core.Response;

        final class Statuses {
          private Statuses() {}

          static Response.Status of(int code) {
            return Response.Status.fromStatusCode(code);
          }
        }
        """, """
        package com.shop;

        import jakarta.ws.rs.core.Response;
        import jakarta.ws.rs.ext.*;

        @Provider
        public class StateMapper implements ExceptionMapper<IllegalStateException> {
          @Override
          public Response toResponse(IllegalStateException e) {
            return Response.status(Statuses.of(423)).build();
          }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /orders",
        "- `200` — success\n- `423` — `IllegalStateException` (`StateMapper#toResponse`)\n\n");
  }

  @Test
  void classesWithoutSourceHere_andValuesReadAtRunTime_stayDecidedAtRunTime() {
    String summary = Compilations.summaryOf("orders", """
        package com.shop;

        import com.shop.web.ApiStatuses;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @PostMapping("/jdk")
          public ResponseEntity<Void> jdk() {
            return ResponseEntity.status(Math.abs(-409)).build();
          }

          @PostMapping("/echo")
          public ResponseEntity<Void> echo(@RequestParam int code) {
            return ResponseEntity.status(ApiStatuses.exactly(code)).build();
          }
        }
        """, API_STATUSES);

    Summaries.assertStatusCodes(summary, "POST /jdk", """
        - `?` — success, decided at run time by `ResponseEntity.status(Math.abs(-409))`

        """);
    Summaries.assertStatusCodes(summary, "POST /echo", """
        - `400` — missing or malformed parameter
        - `?` — success, decided at run time by `ResponseEntity.status(ApiStatuses.exactly(code))`

        """);
  }
}
