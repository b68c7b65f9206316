package dev.featuredocs.sample.documents;

/** Renders a document for reading outside the platform. */
public interface DocumentExporter {

  /**
   * Renders a live document.
   *
   * @param document the stored document
   * @param width the longest line, in characters
   * @return the rendered text
   * @throws DocumentArchivedException when the document is archived
   */
  String export(Document document, int width);
}
