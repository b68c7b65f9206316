package dev.featuredocs.sample.documents;

import dev.featuredocs.annotations.Phase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A document stored on the platform: its title, content, owner and lifecycle status.
 *
 * <p>The owner is the e-mail address of the user who created it, stored in lower case. The
 * unique constraint on (owner, title) backs rule BR-DOC-1, which {@link DocumentService} checks
 * ignoring case before the database sees the row.
 */
@Entity
@Table(
    name = "documents",
    indexes = {
      @Index(name = "idx_documents_owner", columnList = "owner"),
      @Index(name = "idx_documents_status", columnList = "status"),
      @Index(name = "idx_documents_created_at", columnList = "created_at")
    },
    uniqueConstraints =
        @UniqueConstraint(name = "uk_documents_owner_title", columnNames = {"owner", "title"}))
@Phase("Phase 1: Data model")
public class Document {

  /** Longest title, in characters. */
  public static final int TITLE_MAX = 200;

  /** Longest content, in characters. */
  public static final int CONTENT_MAX = 20_000;

  /** Longest e-mail address, in characters (RFC 5321). */
  public static final int EMAIL_MAX = 320;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Lob
  @Column(nullable = false, length = CONTENT_MAX)
  private String content;

  @Column(nullable = false, length = 5)
  private String language;

  @Column(nullable = false, length = EMAIL_MAX)
  private String owner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private DocumentStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** For JPA only. */
  protected Document() {}

  /**
   * Creates a new draft document.
   *
   * @param title the title
   * @param content the body text
   * @param language the language tag, such as {@code "en"} or {@code "en-GB"}
   * @param owner the owner's e-mail address, in lower case
   * @param now the creation time
   */
  public Document(String title, String content, String language, String owner, Instant now) {
    this.title = title;
    this.content = content;
    this.language = language;
    this.owner = owner;
    this.status = DocumentStatus.DRAFT;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /**
   * Replaces the editable fields and stamps the update time.
   *
   * @param title the new title
   * @param content the new body text
   * @param language the new language tag
   * @param status the new status
   * @param now the update time
   */
  public void edit(
      String title, String content, String language, DocumentStatus status, Instant now) {
    this.title = title;
    this.content = content;
    this.language = language;
    this.status = status;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getContent() {
    return content;
  }

  public String getLanguage() {
    return language;
  }

  public String getOwner() {
    return owner;
  }

  public DocumentStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /**
   * Whether the given user owns this document.
   *
   * @param user an e-mail address, in any case
   * @return true when {@code user} is the owner
   */
  public boolean isOwnedBy(String user) {
    return owner.equalsIgnoreCase(user.trim());
  }
}
