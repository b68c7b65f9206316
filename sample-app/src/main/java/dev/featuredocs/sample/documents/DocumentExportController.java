package dev.featuredocs.sample.documents;

import dev.featuredocs.sample.common.ErrorResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports documents as Markdown.
 *
 * <p>Its parameters are validated by class-level {@link Validated}: Spring checks them through a
 * proxy that throws {@link ConstraintViolationException}, which this controller's own handler
 * answers with {@code 400}.
 */
@RestController
@RequestMapping("/api/documents/{id}/export")
@PreAuthorize("hasRole('USER')")
@Validated
public class DocumentExportController {

  private final DocumentService documentService;
  private final DocumentExporter exporter;

  public DocumentExportController(DocumentService documentService, DocumentExporter exporter) {
    this.documentService = documentService;
    this.exporter = exporter;
  }

  /**
   * Renders a live document as Markdown.
   *
   * @param id the document's id
   * @param width the longest line, in characters
   * @return the rendered document
   */
  @GetMapping
  public DocumentExport export(
      @PathVariable long id, @RequestParam(defaultValue = "80") @Min(20) @Max(200) int width) {
    return new DocumentExport(id, exporter.export(documentService.require(id), width));
  }

  /**
   * Sends the caller to the document's export, for links that outlive the export's options.
   *
   * @param id the document's id
   * @return a redirect to the export
   */
  @GetMapping("/latest")
  public ResponseEntity<Void> latest(@PathVariable long id) {
    return ResponseEntity.status(HttpStatus.FOUND)
        .location(URI.create("/api/documents/" + id + "/export"))
        .build();
  }

  /**
   * Answers a parameter that fails its constraints, such as {@code width=5}.
   *
   * @param exception the violations
   * @return the error body
   */
  @ExceptionHandler(ConstraintViolationException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public ErrorResponse invalidParameter(ConstraintViolationException exception) {
    return new ErrorResponse(
        HttpStatus.BAD_REQUEST.value(),
        HttpStatus.BAD_REQUEST.getReasonPhrase(),
        "A parameter is out of range",
        null,
        List.of());
  }
}
