/**
 * Document sharing: a document's owner shares it with other users by e-mail address, with a
 * permission and an optional expiry, and revokes those shares.
 */
@Feature(
    value = "Document Sharing",
    businessValue =
        "Teams share documents with the people who need them, at the right permission, without"
            + " e-mailing copies that go stale.",
    implementedOn = "2026-11-20",
    owner = "Docs platform team",
    prp = "docs/PRPs/document-sharing-backend-prp.md",
    prd = "docs/PRDs/sharing.md")
@Phase(
    value = "Phase 1: Share model",
    order = 1,
    duration = "1 day",
    tasks = {
      "DocumentShare entity on table document_shares",
      "Unique (document_id, recipient_email) constraint and lookup indexes",
      "Shares deleted with their document (ON DELETE CASCADE)"
    },
    tests = {"Deleting a document removes its shares"})
@Phase(
    value = "Phase 2: Sharing API",
    order = 2,
    duration = "2 days",
    tasks = {
      "Share, list and revoke under /api/documents/{documentId}/shares",
      "Shares received by a user under /api/shares",
      "Validated ShareRequest with permission and optional future expiry"
    },
    openTasks = {"Change the permission of an existing share"},
    tests = {
      "Share returns 201 with Location and body",
      "Expiry in the past returns 400 naming expiresAt",
      "Revoke returns 204"
    })
@Phase(
    value = "Phase 3: Sharing rules",
    order = 3,
    duration = "1 day",
    tasks = {
      "At most 50 recipients per document",
      "No sharing with the owner",
      "One share per recipient and document",
      "Archived documents are not shared",
      "Only the owner shares and revokes",
      "Share events posted to the notification service, when one is configured",
      "Expired shares purged nightly"
    },
    openTasks = {"Index expires_at for the nightly purge"},
    tests = {"Each rule violation returns 422 with its rule id"},
    openTests = {"Two concurrent shares at the 50-recipient limit"})
package dev.featuredocs.sample.sharing;

import dev.featuredocs.annotations.Feature;
import dev.featuredocs.annotations.Phase;
