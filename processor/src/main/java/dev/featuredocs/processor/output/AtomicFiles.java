package dev.featuredocs.processor.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The one way featuredocs writes a file on disk: the whole text into a temporary file beside it,
 * then one move over the target, so that a failure (disk full, a file-size limit, a killed compile)
 * never leaves a half file; the previous file stays whole.
 *
 * <p>The temporary file is created as any new file is, so it gets what the umask gives (0644
 * typically), not {@code Files.createTempFile}'s owner-only 0600; an existing target's mode is
 * copied onto it before the move.
 */
final class AtomicFiles {
  /** {@code .<name>.featuredocs-<n>.tmp}, and {@code .<name><n>.tmp} of versions that used {@code createTempFile}. */
  private static final Pattern TEMP = Pattern.compile("\\..+\\.(md|json)(\\.featuredocs-\\d+|\\d+)\\.tmp");
  /** Older than any compile takes: a temp file this old belongs to a compile that was killed. */
  static final Duration STALE = Duration.ofMinutes(10);

  private AtomicFiles() {}

  /**
   * Writes a file the {@code Filer} created: on disk (javac's class output) through the temporary
   * file and the move, so that a failure leaves the previous compile's copy whole; elsewhere (an
   * in-memory file manager) through its writer.
   */
  static void write(javax.tools.FileObject file, String content) throws IOException {
    java.net.URI uri = file.toUri();
    if ("file".equals(uri.getScheme())) {
      Path path = Path.of(uri);
      Files.createDirectories(path.getParent());
      write(path, content);
      return;
    }
    try (java.io.Writer writer = file.openWriter()) {
      writer.write(content);
    }
  }

  static void write(Path file, String content) throws IOException {
    Path temp = temp(file);
    try {
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      keepMode(file, temp);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static Path temp(Path file) throws IOException {
    for (int attempt = 0; ; attempt++) {
      long n = ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
      Path temp = file.resolveSibling("." + file.getFileName() + ".featuredocs-" + n + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      }
    }
  }

  private static void keepMode(Path file, Path temp) throws IOException {
    PosixFileAttributeView existing = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (existing == null || !Files.exists(file)) {
      return;
    }
    Files.setPosixFilePermissions(temp, existing.readAttributes().permissions());
  }

  /** A temporary file of featuredocs' naming, older than {@link #STALE}. */
  static boolean isStaleTemp(Path file) {
    if (!TEMP.matcher(file.getFileName().toString()).matches()) {
      return false;
    }
    try {
      long age = System.currentTimeMillis() - Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis();
      return age > STALE.toMillis() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return false;
    }
  }
}
