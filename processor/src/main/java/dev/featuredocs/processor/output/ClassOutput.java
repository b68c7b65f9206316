package dev.featuredocs.processor.output;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The files featuredocs writes to class output (summaries, JSON models, fragments), one compile's
 * view of it.
 *
 * <p>javac's {@code Filer} checks each file created through it against every source file of the
 * compilation and every file created before it ({@code JavacFiler.checkFileReopening}): a cost that
 * grows with sources × files, the one step of the processor that grew faster than the features.
 * With a docs directory the processor declares no Gradle incremental category (it reads and writes
 * files Gradle does not track, so Gradle recompiles fully), and nothing needs the {@code Filer}'s
 * record of the class-output files: the first file goes through the {@code Filer}, which shows where
 * class output is on disk, and the others are written there directly — the same bytes at the same
 * paths, through the same temporary file and move ({@link AtomicFiles}). Without a docs directory
 * (Gradle's aggregating category needs every file and its originating elements through the
 * {@code Filer}), or when class output is not on disk (an in-memory file manager), every file goes
 * through the {@code Filer}.
 */
public final class ClassOutput {
  private final Filer filer;
  private final boolean direct;
  /** Class output's directory on disk, once a file created through the {@code Filer} showed it. */
  private Path root;

  /** {@code direct}: files after the first may bypass the {@code Filer} (only with a docs directory). */
  public ClassOutput(Filer filer, boolean direct) {
    this.filer = filer;
    this.direct = direct;
  }

  /** Writes {@code <package dir>/<relativeName>} in class output; {@code pkg} is empty for the root. */
  void write(String pkg, String relativeName, String content, Element... originating) throws IOException {
    String relative = (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + relativeName;
    if (root != null) {
      Path target = root.resolve(relative).normalize();
      if (!target.startsWith(root)) {
        throw new IOException(relative + " resolves outside class output");
      }
      Files.createDirectories(target.getParent());
      AtomicFiles.write(target, content);
      return;
    }
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, pkg, relativeName, originating);
    AtomicFiles.write(file, content);
    if (direct) {
      root = rootOf(file.toUri(), relative);
    }
  }

  /** The directory {@code uri} is {@code relative} in, or null when it is not a file on disk or not so named. */
  static Path rootOf(URI uri, String relative) {
    if (!"file".equals(uri.getScheme())) {
      return null;
    }
    Path file = Path.of(uri).normalize();
    Path tail = Path.of(relative).normalize();
    if (!file.endsWith(tail)) {
      return null;
    }
    Path root = file;
    for (int i = 0; i < tail.getNameCount(); i++) {
      root = root.getParent();
    }
    return root;
  }
}
