package dev.featuredocs.sample.sharing;

/**
 * Signals that a document has no share with the requested id; answered with {@code 404 Not Found}.
 *
 * @fix List the document's shares with {@code GET /api/documents/{documentId}/shares} and use an id
 *     from there; a revoked share is deleted, so revoking twice answers 404 the second time.
 */
public class ShareNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a missing share.
   *
   * @param documentId the document's id
   * @param shareId the share's id that was looked up
   */
  public ShareNotFoundException(long documentId, long shareId) {
    super("Share " + shareId + " of document " + documentId + " not found");
  }
}
