package dev.featuredocs.sample.sharing;

import dev.featuredocs.annotations.BusinessRule;
import dev.featuredocs.annotations.Phase;
import dev.featuredocs.sample.common.BusinessRuleViolationException;
import dev.featuredocs.sample.documents.Document;
import dev.featuredocs.sample.documents.DocumentNotFoundException;
import dev.featuredocs.sample.documents.DocumentService;
import dev.featuredocs.sample.documents.DocumentStatus;
import dev.featuredocs.sample.sharing.api.ShareRequest;
import dev.featuredocs.sample.sharing.api.ShareResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shares documents with recipients, lists and revokes shares, enforcing the sharing rules.
 *
 * <p>Looks documents up through the documents feature's {@link DocumentService}; e-mail addresses
 * are stored and compared in lower case.
 */
@Service
@Phase("Phase 2: Sharing API")
public class DocumentSharingService {

  /** The most recipients one document may be shared with (rule BR-SHARE-1). */
  public static final int MAX_RECIPIENTS_PER_DOCUMENT = 50;

  private final DocumentShareRepository shares;
  private final DocumentService documentService;
  private final ShareNotifier notifier;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param shares where shares are stored
   * @param documentService the documents feature, to find the shared document
   * @param notifier tells the notification service about new shares, when one is configured
   * @param clock the clock that share times come from
   */
  public DocumentSharingService(
      DocumentShareRepository shares,
      DocumentService documentService,
      ShareNotifier notifier,
      Clock clock) {
    this.shares = shares;
    this.documentService = documentService;
    this.notifier = notifier;
    this.clock = clock;
  }

  /**
   * Shares a document with one recipient.
   *
   * @param documentId the document's id
   * @param caller the caller's e-mail address; must be the document's owner
   * @param request the recipient, permission and optional expiry
   * @return the stored share
   * @throws DocumentNotFoundException when no document has that id
   * @throws BusinessRuleViolationException BR-SHARE-5 when the caller is not the owner,
   *     BR-SHARE-4 when the document is archived, BR-SHARE-2 when the recipient is the owner,
   *     BR-SHARE-3 when the recipient already has a share, BR-SHARE-1 when the document already
   *     has {@value #MAX_RECIPIENTS_PER_DOCUMENT} recipients
   */
  @Transactional
  @Phase("Phase 3: Sharing rules")
  @BusinessRule(value = "A document is shared with at most 50 people.", id = "BR-SHARE-1")
  @BusinessRule(value = "A document cannot be shared with its owner.", id = "BR-SHARE-2")
  @BusinessRule(value = "A recipient gets at most one share per document.", id = "BR-SHARE-3")
  @BusinessRule(value = "An archived document cannot be shared.", id = "BR-SHARE-4")
  public ShareResponse share(long documentId, String caller, ShareRequest request) {
    Document document = documentService.require(documentId);
    requireOwner(document, caller);
    if (document.getStatus() == DocumentStatus.ARCHIVED) {
      throw new BusinessRuleViolationException(
          "BR-SHARE-4", "Document " + documentId + " is archived and cannot be shared");
    }
    String recipient = normalize(request.recipientEmail());
    if (document.isOwnedBy(recipient)) {
      throw new BusinessRuleViolationException(
          "BR-SHARE-2", "A document cannot be shared with its owner");
    }
    if (shares.existsByDocumentIdAndRecipientEmail(documentId, recipient)) {
      throw new BusinessRuleViolationException(
          "BR-SHARE-3", "Document " + documentId + " is already shared with " + recipient);
    }
    if (shares.countByDocumentId(documentId) >= MAX_RECIPIENTS_PER_DOCUMENT) {
      throw new BusinessRuleViolationException(
          "BR-SHARE-1",
          "Document " + documentId + " is already shared with "
              + MAX_RECIPIENTS_PER_DOCUMENT + " people");
    }
    DocumentShare share =
        new DocumentShare(
            document,
            recipient,
            request.permission(),
            document.getOwner(),
            clock.instant(),
            request.expiresAt());
    ShareResponse stored = shares.save(share).toResponse();
    notifier.shared(stored);
    return stored;
  }

  /**
   * Lists a document's shares, oldest first, expired ones included.
   *
   * @param documentId the document's id
   * @return the document's shares
   * @throws DocumentNotFoundException when no document has that id
   */
  @Transactional(readOnly = true)
  public List<ShareResponse> sharesOf(long documentId) {
    documentService.require(documentId);
    return shares.findByDocumentIdOrderByCreatedAtAsc(documentId).stream()
        .map(DocumentShare::toResponse)
        .toList();
  }

  /**
   * Lists the shares a recipient has received that have not expired, newest first.
   *
   * @param recipientEmail the recipient's e-mail address, in any case
   * @return the recipient's current shares
   */
  @Transactional(readOnly = true)
  public List<ShareResponse> sharesReceivedBy(String recipientEmail) {
    Instant now = clock.instant();
    return shares.findByRecipientEmailOrderByCreatedAtDesc(normalize(recipientEmail)).stream()
        .filter(share -> share.getExpiresAt() == null || share.getExpiresAt().isAfter(now))
        .map(DocumentShare::toResponse)
        .toList();
  }

  /**
   * Revokes one share of a document.
   *
   * @param documentId the document's id
   * @param shareId the share's id
   * @param caller the caller's e-mail address; must be the document's owner
   * @throws DocumentNotFoundException when no document has that id
   * @throws ShareNotFoundException when the document has no share with that id
   * @throws BusinessRuleViolationException BR-SHARE-5 when the caller is not the owner
   */
  @Transactional
  public void revoke(long documentId, long shareId, String caller) {
    Document document = documentService.require(documentId);
    requireOwner(document, caller);
    DocumentShare share =
        shares
            .findByIdAndDocumentId(shareId, documentId)
            .orElseThrow(() -> new ShareNotFoundException(documentId, shareId));
    shares.delete(share);
  }

  /**
   * Deletes the shares that have expired, every night at 03:00 (server time) unless
   * {@code sharing.purge-cron} says otherwise.
   *
   * @return how many shares were deleted
   */
  @Scheduled(cron = "${sharing.purge-cron:0 0 3 * * *}")
  @Transactional
  @Phase("Phase 3: Sharing rules")
  public long purgeExpired() {
    // TODO Index expires_at once document_shares grows: this nightly delete reads the whole table.
    return shares.deleteByExpiresAtBefore(clock.instant());
  }

  @BusinessRule(value = "Only a document's owner can share it or revoke its shares.",
      id = "BR-SHARE-5")
  private static void requireOwner(Document document, String caller) {
    if (!document.isOwnedBy(caller)) {
      throw new BusinessRuleViolationException(
          "BR-SHARE-5",
          "Only the owner of document " + document.getId() + " can share it or revoke its shares");
    }
  }

  private static String normalize(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
