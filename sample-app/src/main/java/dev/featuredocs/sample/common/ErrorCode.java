package dev.featuredocs.sample.common;

import org.springframework.http.HttpStatus;

/**
 * The platform's error codes, each with the HTTP status it is answered with: the one place a
 * failure's status is decided, for the exceptions that carry their own.
 */
public enum ErrorCode {
  /** An archived document was asked for something only live documents do. */
  DOCUMENT_ARCHIVED("DOC-ARCHIVED", HttpStatus.CONFLICT);

  private final String code;
  private final HttpStatus status;

  ErrorCode(String code, HttpStatus status) {
    this.code = code;
    this.status = status;
  }

  /** The code clients can switch on, e.g. {@code DOC-ARCHIVED}. */
  public String code() {
    return code;
  }

  /** The status the failure is answered with. */
  public HttpStatus status() {
    return status;
  }
}
