package dev.featuredocs.sample.common;

import dev.featuredocs.sample.documents.DocumentManagementFeature;
import dev.featuredocs.sample.sharing.DocumentSharingFeature;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves each feature's Backend Feature Implementation Summary, as Markdown, at
 * {@code GET /docs/features/{slug}}, through the catalogs featuredocs generates
 * ({@code DocumentSharingFeature.summary()}).
 *
 * <p>A catalog reads {@code META-INF/featuredocs/<slug>.md} from the class path. The main compile
 * writes it with the Testing &amp; Validation blocks of the committed summary, which the test
 * compile regenerated and CI checks are current; when the tests run, the test compile's own copy,
 * written from the tests just compiled, comes first on the class path and is the one served. So
 * the answer always shows the tests as the last test compile found them.
 *
 * <p>Not part of the API the summaries document ({@link Hidden} from {@code /v3/api-docs}): it
 * serves documentation about the API. Like every path but {@code /v3/api-docs}, it needs a
 * signed-in user.
 */
@RestController
@Hidden
public class FeatureDocsController {
  /** {@code text/markdown; charset=UTF-8}. */
  static final MediaType MARKDOWN = new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8);

  private static final Map<String, Supplier<String>> SUMMARIES = Map.of(
      DocumentManagementFeature.SLUG, DocumentManagementFeature::summary,
      DocumentSharingFeature.SLUG, DocumentSharingFeature::summary);

  /**
   * The summary of one feature.
   *
   * @param slug the summary's file name stem, such as {@code document-sharing}
   * @return 200 with the Markdown, or 404 when no feature has that slug
   */
  @GetMapping("/docs/features/{slug}")
  public ResponseEntity<String> summary(@PathVariable String slug) {
    Supplier<String> summary = SUMMARIES.get(slug);
    if (summary == null) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok().contentType(MARKDOWN).body(summary.get());
  }
}
