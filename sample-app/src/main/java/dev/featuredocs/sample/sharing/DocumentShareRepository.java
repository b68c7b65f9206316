package dev.featuredocs.sample.sharing;

import dev.featuredocs.annotations.Phase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Stores and finds {@link DocumentShare}s by document and by recipient.
 */
@Phase("Phase 1: Share model")
public interface DocumentShareRepository extends JpaRepository<DocumentShare, Long> {

  /**
   * A document's shares, oldest first.
   *
   * @param documentId the document's id
   * @return its shares
   */
  List<DocumentShare> findByDocumentIdOrderByCreatedAtAsc(Long documentId);

  /**
   * The shares a recipient has received, newest first.
   *
   * @param recipientEmail the recipient's e-mail address, in lower case
   * @return the recipient's shares
   */
  List<DocumentShare> findByRecipientEmailOrderByCreatedAtDesc(String recipientEmail);

  /**
   * One share of one document.
   *
   * @param id the share's id
   * @param documentId the document's id
   * @return the share, when it exists and belongs to that document
   */
  Optional<DocumentShare> findByIdAndDocumentId(Long id, Long documentId);

  /**
   * How many recipients a document is shared with.
   *
   * @param documentId the document's id
   * @return the number of shares
   */
  long countByDocumentId(Long documentId);

  /**
   * Whether a document is already shared with a recipient.
   *
   * @param documentId the document's id
   * @param recipientEmail the recipient's e-mail address, in lower case
   * @return true when a share exists
   */
  boolean existsByDocumentIdAndRecipientEmail(Long documentId, String recipientEmail);

  /**
   * Deletes the shares that expired before a time.
   *
   * @param cutoff shares whose expiry is before this are deleted
   * @return how many were deleted
   */
  long deleteByExpiresAtBefore(Instant cutoff);
}
