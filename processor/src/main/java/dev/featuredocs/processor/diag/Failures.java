package dev.featuredocs.processor.diag;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read or written, in words: {@code java.nio}'s exceptions often carry only
 * the path ({@code AccessDeniedException: /docs/a.md}), which says nothing the message does not
 * already say.
 */
public final class Failures {
  private Failures() {}

  public static String reason(Throwable failure) {
    Throwable e = failure instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : failure;
    if (e instanceof AccessDeniedException denied) {
      return "permission denied" + on(denied);
    }
    if (e instanceof NotDirectoryException notDir) {
      return notDir.getFile() + " is not a directory";
    }
    if (e instanceof NoSuchFileException missing) {
      return "no such file or directory" + on(missing);
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException exists) {
      return exists.getFile() + " exists and is not a directory";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason() + on(fs); // "No space left on device", "File too large", "Not a directory"...
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static String on(FileSystemException e) {
    return e.getFile() == null ? "" : " (" + e.getFile() + (e.getOtherFile() == null ? "" : ", " + e.getOtherFile()) + ")";
  }
}
