package dev.featuredocs.processor.model.web;

/**
 * A status code an endpoint answers with, and why.
 *
 * @param code the HTTP status code, or {@link #RUN_TIME} when only the running code decides it
 * @param success whether this is the endpoint's success status
 * @param reason plain text ({@code success}, {@code invalid request}), empty when {@link #cause} says it all
 * @param cause the exception that leads to it, simple name, or empty
 * @param source the code it comes from ({@code ResponseEntity.created(…)}, {@code ApiExceptionHandler#notFound}), or empty
 */
public record StatusDoc(int code, boolean success, String reason, String cause, String source) {
  /** The code of a status the app computes at run time (from the exception, a parameter, another object): no number is claimed. */
  public static final int RUN_TIME = 0;

  /** Whether only the running code decides this status ({@link #source} names that code). */
  public boolean decidedAtRunTime() {
    return code == RUN_TIME;
  }
}
