package dev.featuredocs.sample.sharing;

import dev.featuredocs.annotations.Phase;
import dev.featuredocs.sample.sharing.api.ShareRequest;
import dev.featuredocs.sample.sharing.api.ShareResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * REST endpoints for sharing a document with recipients, listing its shares and revoking them.
 *
 * <p>Every endpoint needs a signed-in user with role USER, except the look-up of any recipient's
 * shares, which needs role ADMIN. The caller is the authenticated principal, whose name is an
 * e-mail address.
 */
@RestController
@RequestMapping("/api")
@PreAuthorize("hasRole('USER')")
@Phase("Phase 2: Sharing API")
public class DocumentSharingController {

  private final DocumentSharingService sharingService;

  /**
   * Creates the controller.
   *
   * @param sharingService the sharing operations
   */
  public DocumentSharingController(DocumentSharingService sharingService) {
    this.sharingService = sharingService;
  }

  /**
   * Shares a document with one recipient.
   *
   * @param documentId the document's id
   * @param caller the authenticated caller; must be the owner
   * @param request the recipient, permission and optional expiry
   * @return {@code 201 Created} with the share and its {@code Location}
   */
  @PostMapping("/documents/{documentId}/shares")
  public ResponseEntity<ShareResponse> share(
      @PathVariable long documentId,
      Authentication caller,
      @Valid @RequestBody ShareRequest request) {
    ShareResponse created = sharingService.share(documentId, caller.getName(), request);
    URI location =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .path("/{shareId}")
            .buildAndExpand(created.id())
            .toUri();
    return ResponseEntity.created(location).body(created);
  }

  /**
   * Lists a document's shares, oldest first.
   *
   * @param documentId the document's id
   * @return the document's shares, expired ones included
   */
  @GetMapping("/documents/{documentId}/shares")
  public List<ShareResponse> sharesOf(@PathVariable long documentId) {
    return sharingService.sharesOf(documentId);
  }

  /**
   * Revokes one share of a document.
   *
   * @param documentId the document's id
   * @param shareId the share's id
   * @param caller the authenticated caller; must be the owner
   */
  @DeleteMapping("/documents/{documentId}/shares/{shareId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void revoke(
      @PathVariable long documentId, @PathVariable long shareId, Authentication caller) {
    sharingService.revoke(documentId, shareId, caller.getName());
  }

  /**
   * Lists the unexpired shares a recipient has received, newest first; for administrators only,
   * since it reveals what anyone has been sent.
   *
   * <p>This method's rule replaces the class's: Spring's method security uses the annotation on
   * the method when there is one, so role ADMIN is required (and enough).
   *
   * @param recipient the recipient's e-mail address
   * @return the recipient's current shares
   */
  @GetMapping("/shares")
  @PreAuthorize("hasRole('ADMIN')")
  public List<ShareResponse> sharesReceivedBy(@RequestParam String recipient) {
    return sharingService.sharesReceivedBy(recipient);
  }
}
