package dev.featuredocs.processor.source;

/**
 * Where a comment or a literal that starts at a position of Java source text ends: what the small
 * lexers over source text ({@link SourceComments}, {@link TypeOutline}) step over so that a brace,
 * a semicolon or a {@code TODO} inside a string, character or text-block literal, or inside a
 * comment, is never taken for code.
 */
final class JavaText {
  private JavaText() {}

  /**
   * The index just after the string, character or text-block literal that starts at {@code i}, or
   * -1 when none starts there. An unterminated literal ends after its line (text blocks: at the end).
   */
  static int literalEnd(CharSequence source, int i) {
    int n = source.length();
    char c = source.charAt(i);
    if (c == '"' && i + 2 < n && source.charAt(i + 1) == '"' && source.charAt(i + 2) == '"') {
      int j = i + 3; // text block: to the next unescaped """
      while (j < n && !(source.charAt(j) == '"' && j + 2 < n && source.charAt(j + 1) == '"'
          && source.charAt(j + 2) == '"' && source.charAt(j - 1) != '\\')) {
        j++;
      }
      return Math.min(n, j + 3);
    }
    if (c == '"' || c == '\'') {
      int j = i + 1;
      while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
        j += source.charAt(j) == '\\' ? 2 : 1;
      }
      return Math.min(n, j + 1);
    }
    return -1;
  }

  /**
   * The index just after the comment that starts at {@code i} (a line comment: its line, without
   * the line break), or -1 when none starts there.
   */
  static int commentEnd(CharSequence source, int i) {
    int n = source.length();
    if (source.charAt(i) != '/' || i + 1 >= n) {
      return -1;
    }
    int j = i + 2;
    if (source.charAt(i + 1) == '/') {
      while (j < n && source.charAt(j) != '\n' && source.charAt(j) != '\r') {
        j++;
      }
      return j;
    }
    if (source.charAt(i + 1) == '*') {
      while (j < n && !(source.charAt(j) == '*' && j + 1 < n && source.charAt(j + 1) == '/')) {
        j++;
      }
      return Math.min(n, j + 2);
    }
    return -1;
  }
}
