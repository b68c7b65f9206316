package dev.featuredocs.processor.model.web;

/**
 * A status code an endpoint answers with, and why.
 *
 * @param code the HTTP status code, or {@link #RUN_TIME} when only the running code decides it
 * @param success whether this is the endpoint's success status
 * @param reason plain text ({@code success}, {@code invalid request}), empty when {@link #cause} says it all
 * @param cause the exception that leads to it, simple name, or empty
 * @param source the code it comes from ({@code ResponseEntity.created(…)}, {@code ApiExceptionHandler#notFound}), or empty
 * @param body for an error status, the type of the body the code that answers it returns ({@code ErrorResponse},
 *     {@code ProblemDetail}), simple name; empty when none or not stated in code (the success body is the endpoint's
 *     response)
 */
public record StatusDoc(int code, boolean success, String reason, String cause, String source, String body) {
  /** The code of a status the app computes at run time (from the exception, a parameter, another object): no number is claimed. */
  public static final int RUN_TIME = 0;

  /** A status whose body is not stated. */
  public StatusDoc(int code, boolean success, String reason, String cause, String source) {
    this(code, success, reason, cause, source, "");
  }

  /** Whether only the running code decides this status ({@link #source} names that code). */
  public boolean decidedAtRunTime() {
    return code == RUN_TIME;
  }

  /** This status with the body its answering code returns. */
  public StatusDoc withBody(String type) {
    return new StatusDoc(code, success, reason, cause, source, type);
  }
}
