package dev.featuredocs.sample.sharing;

import java.time.Instant;

/**
 * A share as the API returns it.
 *
 * @param id the share's id
 * @param documentId the shared document's id
 * @param recipientEmail the recipient's e-mail address
 * @param permission what the recipient may do
 * @param sharedBy who shared it
 * @param createdAt when it was shared
 * @param expiresAt when it stops applying; {@code null} for never
 */
public record ShareResponse(
    long id,
    long documentId,
    String recipientEmail,
    SharePermission permission,
    String sharedBy,
    Instant createdAt,
    Instant expiresAt) {

  /**
   * Copies a stored share into a response.
   *
   * @param share the stored share
   * @return its response
   */
  public static ShareResponse from(DocumentShare share) {
    return new ShareResponse(
        share.getId(),
        share.getDocument().getId(),
        share.getRecipientEmail(),
        share.getPermission(),
        share.getSharedBy(),
        share.getCreatedAt(),
        share.getExpiresAt());
  }
}
