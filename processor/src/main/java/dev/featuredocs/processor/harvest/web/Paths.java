package dev.featuredocs.processor.harvest.web;

/** Request paths the way OpenAPI writes them. */
final class Paths {
  private Paths() {}

  /**
   * Joins a prefix and a path: leading {@code /}, no trailing {@code /} (except the root), no
   * {@code //}, and {@code {name:regex}} reduced to {@code {name}}.
   */
  static String join(String prefix, String path) {
    String joined = "/" + stripRegex(prefix) + "/" + stripRegex(path);
    String collapsed = joined.replaceAll("/{2,}", "/");
    return collapsed.length() > 1 && collapsed.endsWith("/") ? collapsed.substring(0, collapsed.length() - 1) : collapsed;
  }

  /** {@code /files/{name:.+}} → {@code /files/{name}}; braces inside the regex are balanced. */
  static String stripRegex(String path) {
    StringBuilder out = new StringBuilder(path.length());
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int depth = 0;
      int colon = -1;
      int end = i;
      for (; end < path.length(); end++) {
        char d = path.charAt(end);
        if (d == '{') {
          depth++;
        } else if (d == '}' && --depth == 0) {
          break;
        } else if (d == ':' && depth == 1 && colon < 0) {
          colon = end;
        }
      }
      if (end >= path.length()) {
        out.append(path, i, path.length()); // unbalanced: leave as written
        break;
      }
      out.append('{').append(path, i + 1, colon < 0 ? end : colon).append('}');
      i = end + 1;
    }
    return out.toString();
  }
}
