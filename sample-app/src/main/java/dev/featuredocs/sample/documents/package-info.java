/**
 * Document management: owners create, read, list, update and delete their documents through
 * {@code /api/documents}.
 */
@Feature(
    value = "Document Management",
    businessValue =
        "Teams keep their working documents in one place, with a clear owner and a"
            + " draft-published-archived lifecycle, instead of scattered files.",
    implementedOn = "2026-11-18",
    owner = "Docs platform team",
    prp = "docs/PRPs/document-management-backend-prp.md",
    prd = "docs/PRDs/documents.md#management")
@Phase(
    value = "Phase 1: Data model",
    order = 1,
    duration = "1 day",
    tasks = {
      "Document entity on table documents with owner and status indexes",
      "DocumentRepository with derived queries by owner and status"
    },
    openTasks = {"Schema migrations (Flyway) instead of Hibernate ddl-auto"},
    tests = {"Hibernate creates the schema on H2 at start-up"})
@Phase(
    value = "Phase 2: CRUD API",
    order = 2,
    duration = "2 days",
    tasks = {
      "POST, GET, PUT and DELETE under /api/documents",
      "List filtered by owner and status",
      "Validated request and response records",
      "Shared JSON error body for 400 and 404"
    },
    openTasks = {"Pagination of the document list"},
    tests = {
      "Create returns 201 with Location and body",
      "Invalid body returns 400 naming the field",
      "Unknown document returns 404",
      "Delete returns 204"
    })
@Phase(
    value = "Phase 3: Lifecycle rules",
    order = 3,
    duration = "1 day",
    tasks = {
      "Title unique per owner",
      "Status moves forward only",
      "Archived documents are read-only",
      "Only the owner edits or deletes"
    },
    tests = {"Each rule violation returns 422 with its rule id"},
    openTests = {"Concurrent updates of one document (optimistic locking)"})
package dev.featuredocs.sample.documents;

import dev.featuredocs.annotations.Feature;
import dev.featuredocs.annotations.Phase;
