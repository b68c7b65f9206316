package dev.featuredocs.sample.documents;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Short links to documents, for mails and chat messages: a link answers with a redirect to the
 * document, so the link stays valid when the API's paths move.
 *
 * <p>A Spring MVC {@code @Controller} whose handler returns a {@code "redirect:"} view name:
 * Spring answers {@code 302 Found} with the target as {@code Location}. springdoc leaves such
 * view handlers out of {@code /v3/api-docs}; the summary lists it because it redirects.
 */
@Controller
@PreAuthorize("hasRole('USER')")
public class DocumentLinkController {

  /**
   * Sends the caller to the document.
   *
   * @param id the document's id
   * @return the redirect to the document
   */
  @GetMapping("/api/links/documents/{id}")
  public String open(@PathVariable long id) {
    return "redirect:/api/documents/" + id;
  }
}
