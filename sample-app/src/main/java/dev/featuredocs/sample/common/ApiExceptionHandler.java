package dev.featuredocs.sample.common;

import dev.featuredocs.sample.documents.DocumentNotFoundException;
import dev.featuredocs.sample.sharing.ShareNotFoundException;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Maps exceptions from every controller to HTTP status codes and an {@link ErrorResponse} body.
 *
 * <ul>
 *   <li>a missing document or share: {@code 404 Not Found};
 *   <li>a broken business rule: {@code 422 Unprocessable Content}, with the rule id;
 *   <li>an invalid request body: {@code 400 Bad Request}, with the rejected fields;
 *   <li>an unreadable body, or a malformed or missing parameter: {@code 400 Bad Request};
 *   <li>a call that a controller's {@code @PreAuthorize} rule refuses: {@code 403 Forbidden};
 *   <li>anything else: the status a Spring {@code ErrorResponse} carries, else {@code 500}.
 * </ul>
 *
 * <p>Requests without valid credentials never reach a controller: {@link SecurityConfig} answers
 * them with {@code 401 Unauthorized} and the same body.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

  /**
   * Answers a request for a document or share that does not exist.
   *
   * @param exception the exception naming what was not found
   * @return the error body
   */
  @ExceptionHandler({DocumentNotFoundException.class, ShareNotFoundException.class})
  @ResponseStatus(HttpStatus.NOT_FOUND)
  public ErrorResponse notFound(RuntimeException exception) {
    return error(HttpStatus.NOT_FOUND, exception.getMessage(), null, List.of());
  }

  /**
   * Answers a request that breaks a business rule, naming the rule.
   *
   * @param exception the exception carrying the rule id
   * @return the error body, with {@code ruleId} set
   */
  @ExceptionHandler(BusinessRuleViolationException.class)
  @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
  public ErrorResponse businessRuleViolated(BusinessRuleViolationException exception) {
    return error(
        HttpStatus.UNPROCESSABLE_CONTENT, exception.getMessage(), exception.ruleId(), List.of());
  }

  /**
   * Answers a request body that fails Bean Validation, listing each rejected field.
   *
   * @param exception the validation failure of a {@code @Valid @RequestBody}
   * @return the error body, with {@code fieldErrors} sorted by field name
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public ErrorResponse invalidBody(MethodArgumentNotValidException exception) {
    List<ErrorResponse.FieldError> fields =
        exception.getBindingResult().getFieldErrors().stream()
            .map(e -> new ErrorResponse.FieldError(e.getField(), e.getDefaultMessage()))
            .sorted(
                Comparator.comparing(ErrorResponse.FieldError::field)
                    .thenComparing(ErrorResponse.FieldError::message))
            .toList();
    return error(HttpStatus.BAD_REQUEST, "Request body is invalid", null, fields);
  }

  /**
   * Answers a request whose body is not readable JSON of the expected shape, such as an unknown
   * enum value.
   *
   * @param exception the parse failure
   * @return the error body
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public ErrorResponse unreadableBody(HttpMessageNotReadableException exception) {
    return error(HttpStatus.BAD_REQUEST, "Request body is not readable", null, List.of());
  }

  /**
   * Answers a path or query parameter that cannot be converted, such as {@code status=LOST}.
   *
   * @param exception the conversion failure
   * @return the error body, naming the parameter
   */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public ErrorResponse badParameter(MethodArgumentTypeMismatchException exception) {
    return error(
        HttpStatus.BAD_REQUEST,
        "Parameter '" + exception.getName() + "' has an invalid value",
        null,
        List.of());
  }

  /**
   * Answers a request that lacks a required query parameter, such as {@code recipient}.
   *
   * @param exception the missing-parameter failure
   * @return the error body, naming the parameter
   */
  @ExceptionHandler(MissingServletRequestParameterException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public ErrorResponse missingParameter(MissingServletRequestParameterException exception) {
    return error(
        HttpStatus.BAD_REQUEST,
        "Parameter '" + exception.getParameterName() + "' is required",
        null,
        List.of());
  }

  /**
   * Answers a call that method security refused, such as a user without role ADMIN calling an
   * administrators' endpoint.
   *
   * <p>Only authenticated callers get here: without credentials the request stops at
   * {@link SecurityConfig}'s {@code 401}.
   *
   * @param exception the refusal
   * @return the error body
   */
  @ExceptionHandler(AccessDeniedException.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  public ErrorResponse forbidden(AccessDeniedException exception) {
    return error(HttpStatus.FORBIDDEN, "Access is denied", null, List.of());
  }

  /**
   * Answers every other failure: with the status the exception carries when it is one of Spring's
   * {@link org.springframework.web.ErrorResponse}s (an unknown path's {@code 404}, an archived
   * document's {@code 409}), else {@code 500 Internal Server Error} without internals.
   *
   * @param exception the failure
   * @return the status and the error body
   */
  @ExceptionHandler(Exception.class)
  public ResponseEntity<ErrorResponse> unexpected(Exception exception) {
    HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
    String message = "Unexpected error";
    if (exception instanceof org.springframework.web.ErrorResponse known) {
      status = HttpStatus.valueOf(known.getStatusCode().value());
      message = known.getBody().getDetail();
    }
    return ResponseEntity.status(status).body(error(status, message, null, List.of()));
  }

  private static ErrorResponse error(
      HttpStatus status, String message, String ruleId, List<ErrorResponse.FieldError> fields) {
    return new ErrorResponse(status.value(), status.getReasonPhrase(), message, ruleId, fields);
  }
}
