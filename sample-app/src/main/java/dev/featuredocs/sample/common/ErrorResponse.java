package dev.featuredocs.sample.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The JSON body of every error answer: status, reason, message, and the broken rule or fields.
 *
 * @param status the HTTP status code, repeated in the body
 * @param error the HTTP reason phrase, such as {@code "Not Found"}
 * @param message what went wrong, for a human
 * @param ruleId the id of the broken business rule; absent unless a rule was broken
 * @param fieldErrors the request fields that failed validation; absent unless validation failed
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorResponse(
    int status, String error, String message, String ruleId, List<FieldError> fieldErrors) {

  /**
   * An error body with no rule and no field errors.
   *
   * @param status the HTTP status
   * @param message what went wrong, for a human
   * @return the error body
   */
  public static ErrorResponse of(HttpStatus status, String message) {
    return new ErrorResponse(status.value(), status.getReasonPhrase(), message, null, List.of());
  }

  /**
   * One request field that failed validation.
   *
   * @param field the field's name in the request body, such as {@code "title"}
   * @param message why its value was rejected
   */
  public record FieldError(String field, String message) {}
}
