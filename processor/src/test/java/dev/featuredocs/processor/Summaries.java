package dev.featuredocs.processor;

import java.util.ArrayList;
import java.util.List;

/** Reads parts of a rendered summary, for assertions on whole blocks. */
final class Summaries {
  private Summaries() {}

  /** The headings {@code #### METHOD /path} of the endpoints section, in order. */
  static List<String> endpointHeadings(String summary) {
    List<String> headings = new ArrayList<>();
    for (String line : section(summary, "### API Endpoints Implemented").split("\n")) {
      if (line.startsWith("#### ")) {
        headings.add(line.substring(5));
      }
    }
    return headings;
  }

  /** From the line {@code heading} (exactly) up to the next heading of the same or a higher level. */
  static String section(String summary, String heading) {
    int start = summary.indexOf(heading + "\n");
    if (start < 0) {
      throw new AssertionError("no heading '" + heading + "' in:\n" + summary);
    }
    String level = heading.substring(0, heading.indexOf(' ') + 1);
    int end = summary.length();
    int from = start + heading.length() + 1;
    for (String prefix = level; prefix.length() >= 2; prefix = prefix.substring(1)) {
      int next = summary.indexOf("\n" + prefix, from);
      if (next >= 0 && next < end) {
        end = next + 1;
      }
    }
    return summary.substring(start, end);
  }

  /** The endpoint block that starts with {@code #### METHOD path}. */
  static String endpoint(String summary, String methodAndPath) {
    return section(summary, "#### " + methodAndPath);
  }

  /** The endpoint's Status Codes list starts with exactly these lines. */
  static void assertStatusCodes(String summary, String methodAndPath, String lines) {
    String section = endpoint(summary, methodAndPath);
    org.junit.jupiter.api.Assertions.assertTrue(section.contains("**Status Codes**:\n" + lines), section);
  }
}
