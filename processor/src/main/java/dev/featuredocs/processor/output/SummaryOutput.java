package dev.featuredocs.processor.output;

import dev.featuredocs.processor.diag.Diagnostics;
import dev.featuredocs.processor.diag.Message;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Where a feature's rendered files go: always into class output through the {@code Filer}
 * ({@code META-INF/featuredocs/<slug>.md} and {@code .json}), and with a docs directory also to
 * {@code <dir>/<slug>.md}, written or verified.
 *
 * <p>Writes to the docs directory go to a temporary file that is then moved over the old one, so
 * a failure never leaves half a file; an unchanged file is not touched, so its timestamp stays.
 */
public final class SummaryOutput {
  private static final String RESOURCE_DIR = "META-INF/featuredocs/";

  private final Filer filer;
  private final Diagnostics diagnostics;
  private final Optional<Path> docsDir;
  private final Mode mode;

  public SummaryOutput(Filer filer, Diagnostics diagnostics, Optional<Path> docsDir, Mode mode) {
    this.filer = filer;
    this.diagnostics = diagnostics;
    this.docsDir = docsDir;
    this.mode = mode;
  }

  public void emit(String slug, String markdown, String json, Element... originating) {
    resource(slug + ".md", markdown, originating);
    resource(slug + ".json", json, originating);
    docsDir.ifPresent(dir -> {
      Path target = dir.resolve(slug + ".md").normalize();
      if (!target.getParent().equals(dir.normalize())) {
        throw new IllegalArgumentException("slug escapes the docs directory: " + slug);
      }
      if (mode == Mode.VERIFY) {
        verify(target, markdown);
      } else {
        write(target, markdown);
      }
    });
  }

  /**
   * A model's JSON Schema: {@code META-INF/featuredocs/schemas/<file>} in class output, and
   * {@code <dir>/schemas/<file>} beside the committed summaries, which link to it.
   */
  public void emitSchema(String file, String json, Element... originating) {
    resource("schemas/" + file, json, originating);
    docsDir.ifPresent(dir -> {
      Path target = dir.resolve("schemas").resolve(file).normalize();
      if (!target.getParent().getParent().equals(dir.normalize())) {
        throw new IllegalArgumentException("schema file escapes the docs directory: " + file);
      }
      if (mode == Mode.VERIFY) {
        verify(target, json);
      } else {
        write(target, json);
      }
    });
  }

  private void resource(String name, String content, Element... originating) {
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE_DIR + name, originating);
      try (Writer writer = file.openWriter()) {
        writer.write(content);
      }
    } catch (IOException | RuntimeException e) {
      diagnostics.error(Message.WRITE_FAILED, RESOURCE_DIR + name, e.getMessage());
    }
  }

  private void write(Path target, String content) {
    try {
      byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
      if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
        return;
      }
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try {
        Files.write(temp, bytes);
        try {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException | RuntimeException e) {
      diagnostics.error(Message.WRITE_FAILED, target, e.getMessage());
    }
  }

  private void verify(Path target, String expected) {
    try {
      if (!Files.isRegularFile(target)) {
        diagnostics.error(Message.SUMMARY_MISSING, target);
        return;
      }
      String actual = Files.readString(target, StandardCharsets.UTF_8).replace("\r\n", "\n");
      if (actual.equals(expected)) {
        diagnostics.note(Message.SUMMARY_CURRENT, target);
      } else {
        diagnostics.error(Message.SUMMARY_STALE, target, firstDifferentLine(expected, actual));
      }
    } catch (IOException e) {
      diagnostics.error(Message.WRITE_FAILED, target, e.getMessage());
    }
  }

  static int firstDifferentLine(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int i = 0;
    while (i < a.length && i < b.length && a[i].equals(b[i])) {
      i++;
    }
    return i + 1;
  }
}
