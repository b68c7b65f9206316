package dev.featuredocs.processor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The comment lexer: tags in comments, not in literals, with their lines. */
class SourceCommentsTest {
  @Test
  void tagsInLineAndBlockCommentsAreFoundWithTheirLines() {
    String source = "class A {\n"
        + "  // TODO: first\n"
        + "  /*\n"
        + "   * FIXME - second */\n"
        + "  String s = \"// TODO not a comment\"; char c = '\"'; // XXX third\n"
        + "  String t = \"\"\"\n"
        + "      /* TODO not a comment */\n"
        + "      \"\"\";\r\n"
        + "  /** TODOS are not tags. */ // TODO fourth\n"
        + "}\n";

    assertEquals(List.of(
        new SourceComments.Tagged("TODO", "first", 2),
        new SourceComments.Tagged("FIXME", "second", 4),
        new SourceComments.Tagged("XXX", "third", 5),
        new SourceComments.Tagged("TODO", "fourth", 9)), SourceComments.scan(source));
  }
}
