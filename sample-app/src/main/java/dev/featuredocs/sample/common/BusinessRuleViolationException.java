package dev.featuredocs.sample.common;

import java.util.Objects;

/**
 * Signals that a request breaks a business rule, naming the rule by its id.
 *
 * <p>{@link ApiExceptionHandler} answers it with {@code 422 Unprocessable Content} and the rule id
 * in the {@link ErrorResponse}, so clients and tests can tell which rule was broken.
 *
 * @fix Read {@code ruleId} in the 422 body and look the rule up under Business Logic in the
 *     feature's summary: it says what the request must respect, e.g. BR-SHARE-1's 50 recipients.
 */
public class BusinessRuleViolationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String ruleId;

  /**
   * Creates the exception for a broken rule.
   *
   * @param ruleId the id of the broken rule, such as {@code "BR-DOC-1"}
   * @param message what was wrong with the request, for the client
   */
  public BusinessRuleViolationException(String ruleId, String message) {
    super(message);
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
  }

  /**
   * The id of the broken rule.
   *
   * @return the rule id, such as {@code "BR-SHARE-1"}
   */
  public String ruleId() {
    return ruleId;
  }
}
