package dev.featuredocs.sample.sharing;

import dev.featuredocs.annotations.Phase;
import dev.featuredocs.sample.documents.Document;
import dev.featuredocs.sample.sharing.api.SharePermission;
import dev.featuredocs.sample.sharing.api.ShareResponse;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * One document shared with one recipient, at a permission, until an optional expiry.
 *
 * <p>The unique constraint on (document_id, recipient_email) backs rule BR-SHARE-3. The foreign
 * key to {@code documents} cascades on delete, so deleting a document removes its shares without
 * the documents feature knowing about sharing.
 */
@Entity
@Table(
    name = "document_shares",
    indexes = {
      @Index(name = "idx_document_shares_document", columnList = "document_id"),
      @Index(name = "idx_document_shares_recipient", columnList = "recipient_email")
    },
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_document_shares_document_recipient",
            columnNames = {"document_id", "recipient_email"}))
@Phase("Phase 1: Share model")
public class DocumentShare {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "document_id", nullable = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  private Document document;

  @Column(name = "recipient_email", nullable = false, length = Document.EMAIL_MAX)
  private String recipientEmail;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SharePermission permission;

  @Column(name = "shared_by", nullable = false, length = Document.EMAIL_MAX)
  private String sharedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  /** For JPA only. */
  protected DocumentShare() {}

  /**
   * Creates a share.
   *
   * @param document the shared document
   * @param recipientEmail the recipient's e-mail address, in lower case
   * @param permission what the recipient may do
   * @param sharedBy who shared it (the document's owner)
   * @param createdAt when it was shared
   * @param expiresAt when it stops applying, or {@code null} for never
   */
  public DocumentShare(
      Document document,
      String recipientEmail,
      SharePermission permission,
      String sharedBy,
      Instant createdAt,
      Instant expiresAt) {
    this.document = document;
    this.recipientEmail = recipientEmail;
    this.permission = permission;
    this.sharedBy = sharedBy;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public Long getId() {
    return id;
  }

  public Document getDocument() {
    return document;
  }

  public String getRecipientEmail() {
    return recipientEmail;
  }

  public SharePermission getPermission() {
    return permission;
  }

  public String getSharedBy() {
    return sharedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  /**
   * This share as the API returns it.
   *
   * @return its response
   */
  public ShareResponse toResponse() {
    return new ShareResponse(id, document.getId(), recipientEmail, permission, sharedBy, createdAt, expiresAt);
  }
}
