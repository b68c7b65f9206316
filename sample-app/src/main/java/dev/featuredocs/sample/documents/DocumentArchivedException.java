package dev.featuredocs.sample.documents;

import dev.featuredocs.sample.common.ErrorCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An archived document was asked for something only live documents do, such as an export.
 *
 * <p>It carries its status, {@code 409 Conflict} as {@link ErrorCode#DOCUMENT_ARCHIVED} decides it,
 * as Spring's {@link ErrorResponseException}s do; {@code ApiExceptionHandler#unexpected} answers with
 * that status.
 */
public class DocumentArchivedException extends ErrorResponseException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an archived document.
   *
   * @param id the document's id
   */
  public DocumentArchivedException(long id) {
    super(
        ErrorCode.DOCUMENT_ARCHIVED.status(),
        ProblemDetail.forStatusAndDetail(
            ErrorCode.DOCUMENT_ARCHIVED.status(), "Document " + id + " is archived and cannot be exported"),
        null);
  }
}
