package dev.featuredocs.sample.sharing;

import dev.featuredocs.sample.documents.Document;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The body of a request to share a document with one recipient.
 *
 * @param recipientEmail the recipient's e-mail address; not the owner's
 * @param permission what the recipient may do: VIEW, COMMENT or EDIT
 * @param expiresAt when the share stops applying; in the future, or absent for never
 */
public record ShareRequest(
    @NotBlank @Email @Size(max = Document.EMAIL_MAX) String recipientEmail,
    @NotNull SharePermission permission,
    @Future Instant expiresAt) {}
