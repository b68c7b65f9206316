package dev.featuredocs.sample.documents;

import dev.featuredocs.annotations.Phase;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * REST endpoints for creating, reading, listing, updating and deleting documents.
 *
 * <p>Every endpoint needs a signed-in user with role USER; the caller is the authenticated
 * principal, whose name is an e-mail address, and becomes the owner of the documents they create.
 */
@RestController
@RequestMapping("/api/documents")
@PreAuthorize("hasRole('USER')")
@Phase("Phase 2: CRUD API")
public class DocumentController {

  private final DocumentService documentService;

  /**
   * Creates the controller.
   *
   * @param documentService the document operations
   */
  public DocumentController(DocumentService documentService) {
    this.documentService = documentService;
  }

  /**
   * Creates a draft document owned by the caller.
   *
   * @param caller the authenticated caller, who becomes the owner
   * @param request the title, content and language
   * @return {@code 201 Created} with the document and its {@code Location}
   */
  @PostMapping
  public ResponseEntity<DocumentResponse> create(
      Authentication caller, @Valid @RequestBody CreateDocumentRequest request) {
    DocumentResponse created = documentService.create(caller.getName(), request);
    URI location =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .path("/{id}")
            .buildAndExpand(created.id())
            .toUri();
    return ResponseEntity.created(location).body(created);
  }

  /**
   * Returns one document.
   *
   * @param id the document's id
   * @return the document
   */
  @GetMapping("/{id}")
  public DocumentResponse get(@PathVariable long id) {
    return documentService.get(id);
  }

  /**
   * Lists documents, newest first, optionally filtered by owner and status.
   *
   * @param owner only this owner's documents (an e-mail address); all owners when absent
   * @param status only documents in this status; all statuses when absent
   * @return the matching documents
   */
  @GetMapping
  public List<DocumentResponse> list(
      @RequestParam(required = false) String owner,
      @RequestParam(required = false) DocumentStatus status) {
    return documentService.list(owner, status);
  }

  /**
   * Pages through the caller's own documents.
   *
   * @param caller the authenticated caller, whose documents are listed
   * @param pageable which page, how many per page and in which order; newest first by default
   * @return one page of the caller's documents
   */
  @GetMapping("/mine")
  public DocumentPage mine(
      Authentication caller,
      @ParameterObject @PageableDefault(size = 10, sort = "createdAt", direction = Sort.Direction.DESC)
          Pageable pageable) {
    return documentService.page(caller.getName(), pageable);
  }

  /**
   * Replaces a document's title, content, language and status.
   *
   * @param id the document's id
   * @param caller the authenticated caller; must be the owner
   * @param request the new values
   * @return the updated document
   */
  @PutMapping("/{id}")
  public DocumentResponse update(
      @PathVariable long id,
      Authentication caller,
      @Valid @RequestBody UpdateDocumentRequest request) {
    return documentService.update(id, caller.getName(), request);
  }

  /**
   * Deletes a document and its shares.
   *
   * @param id the document's id
   * @param caller the authenticated caller; must be the owner
   */
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void delete(@PathVariable long id, Authentication caller) {
    documentService.delete(id, caller.getName());
  }
}
