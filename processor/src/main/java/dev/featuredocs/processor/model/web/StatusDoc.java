package dev.featuredocs.processor.model.web;

/**
 * A status code an endpoint answers with, and why.
 *
 * @param code the HTTP status code
 * @param success whether this is the endpoint's success status
 * @param reason plain text ({@code success}, {@code invalid request}), empty when {@link #cause} says it all
 * @param cause the exception that leads to it, simple name, or empty
 * @param source the code it comes from ({@code ResponseEntity.created(…)}, {@code ApiExceptionHandler#notFound}), or empty
 */
public record StatusDoc(int code, boolean success, String reason, String cause, String source) {}
