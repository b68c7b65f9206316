package dev.featuredocs.sample.documents;

/**
 * Where a document is in its lifecycle; it only ever moves forward, DRAFT to PUBLISHED to ARCHIVED.
 */
public enum DocumentStatus {
  /** Being written; visible to its owner's tools but not yet final. */
  DRAFT,
  /** Final and in use. */
  PUBLISHED,
  /** Kept for the record; read-only and no longer shared. */
  ARCHIVED;

  /**
   * Whether a document in this status may move to the given one: it may stay, or move forward.
   *
   * @param next the requested status
   * @return true when {@code next} is this status or a later one
   */
  public boolean canMoveTo(DocumentStatus next) {
    return next.ordinal() >= ordinal();
  }
}
