package dev.featuredocs.sample.documents;

import java.util.List;
import org.springframework.data.domain.Page;

/**
 * One page of documents, with where it is in the whole list.
 *
 * @param content the documents of this page, in the requested order
 * @param page the zero-based index of this page
 * @param size the number of documents per page that was asked for
 * @param totalElements how many documents there are on all pages
 * @param totalPages how many pages there are
 */
public record DocumentPage(
    List<DocumentResponse> content, int page, int size, long totalElements, int totalPages) {

  /**
   * Copies a page of stored documents into a response.
   *
   * @param documents the page as Spring Data returned it
   * @return its response
   */
  public static DocumentPage from(Page<Document> documents) {
    return new DocumentPage(
        documents.getContent().stream().map(DocumentResponse::from).toList(),
        documents.getNumber(),
        documents.getSize(),
        documents.getTotalElements(),
        documents.getTotalPages());
  }
}
