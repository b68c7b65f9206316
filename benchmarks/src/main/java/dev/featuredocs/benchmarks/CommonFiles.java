package dev.featuredocs.benchmarks;

import java.util.Map;

/**
 * The {@value ProjectGenerator#COMMON_FILES} files every feature uses: URL and limit constants, a text
 * helper, two exceptions and the {@code @RestControllerAdvice} that maps them to statuses.
 */
final class CommonFiles {
  private CommonFiles() {}

  static void write(SourceWriter w, String base) {
    Map<String, String> v = Map.of("BASE", base);
    w.write(base + ".common", "ApiPaths", v, """
        package «BASE».common;

        /** URL prefixes shared by all controllers. */
        public final class ApiPaths {
          /** Version 1 of the public API. */
          public static final String V1 = "/api/v1";

          private ApiPaths() {}
        }
        """);
    w.write(base + ".common", "Limits", v, """
        package «BASE».common;

        /** Sizes and durations that annotations across the code base refer to. */
        public final class Limits {
          public static final int NAME_MAX = 120;
          public static final int EMAIL_MAX = 320;
          public static final int NOTE_MAX = 2_000;
          public static final long QUANTITY_MAX = 10_000L;
          public static final long PAGE_MAX = 100L;
          public static final String SPRINT = "2 weeks";
          public static final String CURRENCY = "^[A-Z]{3}$";

          private Limits() {}
        }
        """);
    w.write(base + ".common", "Texts", v, """
        package «BASE».common;

        import java.text.Normalizer;
        import java.util.Locale;

        /** Text helpers. */
        public final class Texts {
          private Texts() {}

          /** Trims, collapses inner white space and normalises to NFC. */
          public static String normalize(String text) {
            if (text == null) {
              return null;
            }
            return Normalizer.normalize(text.strip().replaceAll("\\\\s+", " "), Normalizer.Form.NFC);
          }

          /** Lower case, for comparisons. */
          public static String key(String text) {
            return normalize(text).toLowerCase(Locale.ROOT);
          }
        }
        """);
    w.write(base + ".common", "NotFoundException", v, """
        package «BASE».common;

        /** Something the request names does not exist. */
        public class NotFoundException extends RuntimeException {
          public NotFoundException(String what, long id) {
            super(what + " " + id + " does not exist");
          }
        }
        """);
    w.write(base + ".common", "BusinessRuleException", v, """
        package «BASE».common;

        /** A request breaks a business rule; carries the rule's id. */
        public class BusinessRuleException extends RuntimeException {
          private final String ruleId;

          public BusinessRuleException(String ruleId, String message) {
            super(message);
            this.ruleId = ruleId;
          }

          public String ruleId() {
            return ruleId;
          }
        }
        """);
    w.write(base + ".common", "ApiExceptionHandler", v, """
        package «BASE».common;

        import org.springframework.http.HttpStatus;
        import org.springframework.http.ProblemDetail;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.MethodArgumentNotValidException;
        import org.springframework.web.bind.annotation.ExceptionHandler;
        import org.springframework.web.bind.annotation.ResponseStatus;
        import org.springframework.web.bind.annotation.RestControllerAdvice;

        /** Maps exceptions of every controller to statuses and RFC 9457 problem bodies. */
        @RestControllerAdvice
        public class ApiExceptionHandler {

          /** 404 for anything that does not exist. */
          @ExceptionHandler(NotFoundException.class)
          @ResponseStatus(HttpStatus.NOT_FOUND)
          public ProblemDetail notFound(NotFoundException exception) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
          }

          /** 422 with the rule id for a broken business rule. */
          @ExceptionHandler(BusinessRuleException.class)
          public ResponseEntity<ProblemDetail> ruleBroken(BusinessRuleException exception) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, exception.getMessage());
            problem.setProperty("ruleId", exception.ruleId());
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
          }

          /** 400 for a body that fails validation. */
          @ExceptionHandler(MethodArgumentNotValidException.class)
          @ResponseStatus(HttpStatus.BAD_REQUEST)
          public ProblemDetail invalid(MethodArgumentNotValidException exception) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "invalid request body");
          }
        }
        """);
  }
}
