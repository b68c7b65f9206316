package dev.featuredocs.sample.documents;

import dev.featuredocs.annotations.BusinessRule;
import dev.featuredocs.annotations.Phase;
import dev.featuredocs.sample.common.BusinessRuleViolationException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, reads, lists, updates and deletes documents, enforcing the document lifecycle rules.
 *
 * <p>Callers are identified by e-mail address (the authenticated user's name); addresses are
 * stored and compared in lower case.
 */
@Service
@Phase("Phase 2: CRUD API")
public class DocumentService {

  /** The cache of {@link #get} results by id; updates and deletes evict their entry. */
  public static final String DOCUMENT_CACHE = "documents";

  private final DocumentRepository documents;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param documents where documents are stored
   * @param clock the clock that creation and update times come from
   */
  public DocumentService(DocumentRepository documents, Clock clock) {
    this.documents = documents;
    this.clock = clock;
  }

  /**
   * Creates a draft document owned by the caller.
   *
   * @param caller the caller's e-mail address, who becomes the owner
   * @param request the title, content and language
   * @return the stored document
   * @throws BusinessRuleViolationException BR-DOC-1 when the owner already has a document with
   *     that title
   */
  @Transactional
  @BusinessRule(id = "BR-DOC-1")
  public DocumentResponse create(String caller, CreateDocumentRequest request) {
    String owner = normalize(caller);
    String title = request.title().strip();
    requireTitleFree(owner, title, null);
    String language = request.language() == null ? "en" : request.language();
    Document document =
        new Document(title, request.content(), language, owner, clock.instant());
    return DocumentResponse.from(documents.save(document));
  }

  /**
   * Finds one document.
   *
   * @param id the document's id
   * @return the document
   * @throws DocumentNotFoundException when no document has that id
   */
  @Transactional(readOnly = true)
  @Cacheable(cacheNames = DOCUMENT_CACHE, key = "#id")
  public DocumentResponse get(long id) {
    return DocumentResponse.from(require(id));
  }

  /**
   * Lists documents, newest first, optionally only one owner's and only in one status.
   *
   * @param owner the owner's e-mail address, or {@code null} for every owner
   * @param status the status, or {@code null} for every status
   * @return the matching documents
   */
  @Transactional(readOnly = true)
  public List<DocumentResponse> list(String owner, DocumentStatus status) {
    // TODO Paginate (open task of Phase 2): every matching document is read and returned at once.
    List<Document> found;
    if (owner != null && status != null) {
      found = documents.findByOwnerAndStatusOrderByCreatedAtDesc(normalize(owner), status);
    } else if (owner != null) {
      found = documents.findByOwnerOrderByCreatedAtDesc(normalize(owner));
    } else if (status != null) {
      found = documents.findByStatusOrderByCreatedAtDesc(status);
    } else {
      found = documents.findAllByOrderByCreatedAtDesc();
    }
    return found.stream().map(DocumentResponse::from).toList();
  }

  /**
   * One page of the caller's documents.
   *
   * @param caller the caller's e-mail address
   * @param pageable which page, how many per page, sorted by what
   * @return that page
   */
  @Transactional(readOnly = true)
  public DocumentPage page(String caller, Pageable pageable) {
    return DocumentPage.from(documents.findByOwner(normalize(caller), pageable));
  }

  /**
   * Replaces a document's title, content, language and status.
   *
   * @param id the document's id
   * @param caller the caller's e-mail address; must be the owner
   * @param request the new values
   * @return the updated document
   * @throws DocumentNotFoundException when no document has that id
   * @throws BusinessRuleViolationException BR-DOC-3 when the caller is not the owner, BR-DOC-2
   *     when the document is archived, BR-DOC-4 when the status would move backwards, BR-DOC-1
   *     when the owner has another document with the new title
   */
  @Transactional
  @CacheEvict(cacheNames = DOCUMENT_CACHE, key = "#id")
  @Phase("Phase 3: Lifecycle rules")
  @BusinessRule(value = "An archived document cannot be edited.", id = "BR-DOC-2")
  @BusinessRule(
      value = "A document's status only moves forward: DRAFT, then PUBLISHED, then ARCHIVED.",
      id = "BR-DOC-4")
  @BusinessRule(id = "BR-DOC-1")
  @BusinessRule(id = "BR-DOC-3")
  public DocumentResponse update(long id, String caller, UpdateDocumentRequest request) {
    Document document = require(id);
    requireOwner(document, caller);
    if (document.getStatus() == DocumentStatus.ARCHIVED) {
      throw new BusinessRuleViolationException(
          "BR-DOC-2", "Document " + id + " is archived and cannot be edited");
    }
    if (!document.getStatus().canMoveTo(request.status())) {
      throw new BusinessRuleViolationException(
          "BR-DOC-4",
          "Document " + id + " cannot move from " + document.getStatus() + " back to "
              + request.status());
    }
    String title = request.title().strip();
    requireTitleFree(document.getOwner(), title, document.getId());
    document.edit(title, request.content(), request.language(), request.status(), clock.instant());
    return DocumentResponse.from(document);
  }

  /**
   * Deletes a document; its shares go with it.
   *
   * @param id the document's id
   * @param caller the caller's e-mail address; must be the owner
   * @throws DocumentNotFoundException when no document has that id
   * @throws BusinessRuleViolationException BR-DOC-3 when the caller is not the owner
   */
  @Transactional
  @CacheEvict(cacheNames = DOCUMENT_CACHE, key = "#id")
  @Phase("Phase 3: Lifecycle rules")
  @BusinessRule(id = "BR-DOC-3")
  public void delete(long id, String caller) {
    Document document = require(id);
    requireOwner(document, caller);
    documents.delete(document);
  }

  /**
   * Finds the stored document for another feature's service, such as sharing.
   *
   * @param id the document's id
   * @return the stored document
   * @throws DocumentNotFoundException when no document has that id
   */
  @Transactional(readOnly = true)
  public Document require(long id) {
    return documents.findById(id).orElseThrow(() -> new DocumentNotFoundException(id));
  }

  @BusinessRule(value = "A document's title is unique among its owner's documents, ignoring case.",
      id = "BR-DOC-1")
  private void requireTitleFree(String owner, String title, Long exceptId) {
    boolean taken =
        exceptId == null
            ? documents.existsByOwnerAndTitleIgnoreCase(owner, title)
            : documents.existsByOwnerAndTitleIgnoreCaseAndIdNot(owner, title, exceptId);
    if (taken) {
      throw new BusinessRuleViolationException(
          "BR-DOC-1", "You already have a document titled '" + title + "'");
    }
  }

  @BusinessRule(value = "Only a document's owner can edit or delete it.", id = "BR-DOC-3")
  private static void requireOwner(Document document, String caller) {
    if (!document.isOwnedBy(caller)) {
      throw new BusinessRuleViolationException(
          "BR-DOC-3", "Only the owner of document " + document.getId() + " can change it");
    }
  }

  private static String normalize(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
