package dev.featuredocs.processor.output;

import dev.featuredocs.processor.diag.Diagnostics;
import dev.featuredocs.processor.diag.Message;
import dev.featuredocs.processor.json.ModelJson;
import dev.featuredocs.processor.model.CompilationIndex;
import dev.featuredocs.processor.render.JsonRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The {@link CompilationIndex} in class output, {@code META-INF/featuredocs/compilation/index.json}
 * (a sub-directory: no feature slug can name it): read from the previous compile before it is
 * rewritten, as the fragments are ({@link FragmentStore}). Only class output is read: an upstream
 * module's index on the class path describes that module, not this one.
 */
public final class IndexStore {
  static final String NAME = "META-INF/featuredocs/compilation/index.json";

  private final Filer filer;
  private final Diagnostics diagnostics;

  public IndexStore(Filer filer, Diagnostics diagnostics) {
    this.filer = filer;
    this.diagnostics = diagnostics;
  }

  /** The previous compile's index; empty when there is none (a clean build) or it is unreadable (a warning). */
  public Optional<CompilationIndex> read() {
    FileObject file;
    String text;
    try {
      file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", NAME);
      text = file.getCharContent(true).toString();
    } catch (IOException | IllegalArgumentException | IllegalStateException notThere) {
      return Optional.empty();
    }
    try {
      return Optional.of(ModelJson.read(text, CompilationIndex.class));
    } catch (RuntimeException e) {
      diagnostics.warning(Message.FRAGMENT_UNREADABLE, file.toUri(), e.getMessage());
      return Optional.empty();
    }
  }

  public void write(CompilationIndex index, Element... originating) {
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", NAME, originating);
      try (Writer writer = file.openWriter()) {
        writer.write(JsonRenderer.render(index));
      }
    } catch (IOException | RuntimeException e) {
      diagnostics.error(Message.WRITE_FAILED, NAME, e.getMessage());
    }
  }
}
