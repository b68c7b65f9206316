package dev.featuredocs.processor.output;

import dev.featuredocs.processor.diag.Diagnostics;
import dev.featuredocs.processor.diag.Message;
import dev.featuredocs.processor.json.ModelJson;
import dev.featuredocs.processor.model.FeatureSummary;
import java.io.IOException;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Feature models that an earlier compilation left on the class path, as
 * {@code META-INF/featuredocs/<slug>.json}: the main compile's, read by the test compile. Looked up
 * by slug through the {@code Filer} ({@code StandardLocation.CLASS_PATH}), which javac answers with
 * the first class-path entry that has the file: with Maven, the module's own {@code target/classes}
 * comes before its dependencies.
 */
public final class ClasspathModels {
  private static final String RESOURCE_DIR = "META-INF/featuredocs/";

  private final Filer filer;
  private final Diagnostics diagnostics;

  public ClasspathModels(Filer filer, Diagnostics diagnostics) {
    this.filer = filer;
    this.diagnostics = diagnostics;
  }

  /** The model of feature {@code slug}, empty when none is on the class path (or it is not a model: a warning). */
  public Optional<FeatureSummary> read(String slug) {
    return read(slug, StandardLocation.CLASS_PATH);
  }

  /** The model of feature {@code slug} that this module's previous compile left in class output. */
  public Optional<FeatureSummary> previous(String slug) {
    return read(slug, StandardLocation.CLASS_OUTPUT);
  }

  private Optional<FeatureSummary> read(String slug, StandardLocation location) {
    String name = RESOURCE_DIR + slug + ".json";
    String json;
    try {
      FileObject file = filer.getResource(location, "", name);
      json = file.getCharContent(true).toString();
    } catch (IOException | IllegalArgumentException | IllegalStateException notThere) {
      return Optional.empty();
    }
    try {
      return Optional.of(ModelJson.read(json, FeatureSummary.class));
    } catch (RuntimeException e) {
      diagnostics.warning(Message.MODEL_UNREADABLE, name, e.getMessage());
      return Optional.empty();
    }
  }
}
