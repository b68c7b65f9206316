package dev.featuredocs.sample.documents;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A document as the API returns it.
 *
 * @param id the document's id
 * @param title the title
 * @param content the body text
 * @param language the language tag
 * @param owner the owner's e-mail address
 * @param status the lifecycle status
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 * @param stats counts over the content, without the per-word counts (which only the stats type's
 *     other users need)
 */
public record DocumentResponse(
    long id,
    String title,
    String content,
    String language,
    String owner,
    DocumentStatus status,
    Instant createdAt,
    Instant updatedAt,
    @JsonIgnoreProperties("words") DocumentStats stats) {

  /**
   * Copies a stored document into a response.
   *
   * @param document the stored document
   * @return its response
   */
  public static DocumentResponse from(Document document) {
    return new DocumentResponse(
        document.getId(),
        document.getTitle(),
        document.getContent(),
        document.getLanguage(),
        document.getOwner(),
        document.getStatus(),
        document.getCreatedAt(),
        document.getUpdatedAt(),
        DocumentStats.of(document.getContent() == null ? "" : document.getContent()));
  }
}
