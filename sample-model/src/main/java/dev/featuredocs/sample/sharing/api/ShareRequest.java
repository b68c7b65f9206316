package dev.featuredocs.sample.sharing.api;

import dev.featuredocs.annotations.Feature;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The body of a request to share a document with one recipient.
 *
 * @param recipientEmail the recipient's e-mail address; not the owner's
 * @param permission what the recipient may do: VIEW, COMMENT or EDIT
 * @param expiresAt when the share stops applying; in the future, or absent for never
 * @param recipientName how the notification greets the recipient: letters in any script, with
 *     single spaces, apostrophes or hyphens between names (at most three names); absent for none
 */
@Feature("Document Sharing")
public record ShareRequest(
    @NotBlank @Email @Size(max = ShareRequest.EMAIL_MAX) String recipientEmail,
    @NotNull SharePermission permission,
    @Future Instant expiresAt,
    @Pattern(regexp = "^[\\p{L}]+([ '-][\\p{L}]+){0,2}$") String recipientName) {

  /** The longest e-mail address accepted (RFC 3696's 320 characters, as the app's columns store). */
  public static final int EMAIL_MAX = 320;
}
