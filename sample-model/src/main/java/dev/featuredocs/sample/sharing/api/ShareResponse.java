package dev.featuredocs.sample.sharing.api;

import dev.featuredocs.annotations.Feature;
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
@Feature("Document Sharing")
public record ShareResponse(
    long id,
    long documentId,
    String recipientEmail,
    SharePermission permission,
    String sharedBy,
    Instant createdAt,
    Instant expiresAt) {}
