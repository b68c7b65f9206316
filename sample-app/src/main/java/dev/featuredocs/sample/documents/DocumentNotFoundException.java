package dev.featuredocs.sample.documents;

/**
 * Signals that no document has the requested id; answered with {@code 404 Not Found}.
 *
 * @fix Check the id against {@code GET /api/documents}: it lists the caller's documents. A deleted
 *     document is gone for good, and an id from another H2 run does not survive a restart.
 */
public class DocumentNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a missing document.
   *
   * @param id the id that was looked up
   */
  public DocumentNotFoundException(long id) {
    super("Document " + id + " not found");
  }
}
