package dev.featuredocs.sample.documents;

/**
 * A document rendered for reading outside the platform.
 *
 * @param documentId the document's id
 * @param markdown the document as Markdown
 */
public record DocumentExport(long documentId, String markdown) {}
