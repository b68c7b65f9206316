package dev.featuredocs.sample.sharing.api;

import dev.featuredocs.annotations.Feature;

/**
 * What a recipient may do with a document shared with them.
 */
@Feature("Document Sharing")
public enum SharePermission {
  /** Read the document. */
  VIEW,
  /** Read the document and comment on it. */
  COMMENT,
  /** Read, comment on and change the document. */
  EDIT
}
