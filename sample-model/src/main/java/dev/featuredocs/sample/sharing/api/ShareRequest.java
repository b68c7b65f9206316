package dev.featuredocs.sample.sharing.api;

import dev.featuredocs.annotations.Feature;
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
@Feature("Document Sharing")
public record ShareRequest(
    @NotBlank @Email @Size(max = ShareRequest.EMAIL_MAX) String recipientEmail,
    @NotNull SharePermission permission,
    @Future Instant expiresAt) {

  /** The longest e-mail address accepted (RFC 3696's 320 characters, as the app's columns store). */
  public static final int EMAIL_MAX = 320;
}
