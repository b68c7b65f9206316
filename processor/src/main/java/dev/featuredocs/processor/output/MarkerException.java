package dev.featuredocs.processor.output;

import dev.featuredocs.processor.diag.Message;
import java.util.List;

/**
 * Manual-block markers that do not pair up. Carries the message for a committed file (its
 * arguments after the file and the line) and a short description for a template that renders them.
 */
public final class MarkerException extends Exception {
  private final Message message;
  private final int line;
  private final List<Object> details;

  MarkerException(Message message, int line, String description, Object... details) {
    super(description);
    this.message = message;
    this.line = line;
    this.details = List.of(details);
  }

  /** The message for a committed file: its arguments are the file, {@link #line()}, then {@link #details()}. */
  public Message message() {
    return message;
  }

  /** The 1-based line of the marker at fault. */
  public int line() {
    return line;
  }

  public Object[] details() {
    return details.toArray();
  }
}
