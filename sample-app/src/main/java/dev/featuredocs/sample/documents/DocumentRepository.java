package dev.featuredocs.sample.documents;

import dev.featuredocs.annotations.Phase;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Stores and finds {@link Document}s; the derived queries use the owner and status indexes.
 */
@Phase("Phase 1: Data model")
public interface DocumentRepository extends JpaRepository<Document, Long> {

  /**
   * A user's documents, newest first.
   *
   * @param owner the owner's e-mail address, in lower case
   * @return the owner's documents
   */
  List<Document> findByOwnerOrderByCreatedAtDesc(String owner);

  /**
   * All documents in one status, newest first.
   *
   * @param status the status
   * @return the documents in that status
   */
  List<Document> findByStatusOrderByCreatedAtDesc(DocumentStatus status);

  /**
   * A user's documents in one status, newest first.
   *
   * @param owner the owner's e-mail address, in lower case
   * @param status the status
   * @return the matching documents
   */
  List<Document> findByOwnerAndStatusOrderByCreatedAtDesc(String owner, DocumentStatus status);

  /**
   * One page of a user's documents, in the order and of the size the caller asks for.
   *
   * @param owner the owner's e-mail address, in lower case
   * @param pageable which page, how many per page, sorted by what
   * @return that page of the owner's documents
   */
  Page<Document> findByOwner(String owner, Pageable pageable);

  /**
   * All documents, newest first.
   *
   * @return every document
   */
  List<Document> findAllByOrderByCreatedAtDesc();

  /**
   * Whether the owner already has a document with this title, ignoring case.
   *
   * @param owner the owner's e-mail address, in lower case
   * @param title the title
   * @return true when such a document exists
   */
  boolean existsByOwnerAndTitleIgnoreCase(String owner, String title);

  /**
   * Whether the owner has another document with this title, ignoring case.
   *
   * @param owner the owner's e-mail address, in lower case
   * @param title the title
   * @param id the document to leave out
   * @return true when another such document exists
   */
  boolean existsByOwnerAndTitleIgnoreCaseAndIdNot(String owner, String title, Long id);
}
