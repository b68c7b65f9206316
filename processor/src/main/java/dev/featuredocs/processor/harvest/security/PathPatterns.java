package dev.featuredocs.processor.harvest.security;

import java.util.List;

/**
 * Whether a Spring path pattern ({@code /v3/api-docs/**}, {@code /api/*}/items, {@code /files/{name}})
 * matches every request to an endpoint path written OpenAPI style ({@code /api/documents/{id}}).
 * A variable segment of the endpoint matches only a pattern segment that accepts any value
 * ({@code *}, {@code {var}}, {@code **}): a literal pattern segment covers only some requests.
 */
public final class PathPatterns {
  private PathPatterns() {}

  public static boolean covers(String pattern, String path) {
    return covers(segments(pattern), 0, segments(path), 0);
  }

  private static List<String> segments(String path) {
    return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }

  private static boolean covers(List<String> pattern, int p, List<String> path, int s) {
    if (p == pattern.size()) {
      return s == path.size();
    }
    String segment = pattern.get(p);
    if (segment.equals("**") || segment.startsWith("{*")) {
      for (int next = s; next <= path.size(); next++) {
        if (covers(pattern, p + 1, path, next)) {
          return true;
        }
      }
      return false;
    }
    return s < path.size() && segmentCovers(segment, path.get(s)) && covers(pattern, p + 1, path, s + 1);
  }

  private static boolean segmentCovers(String pattern, String segment) {
    boolean variable = segment.startsWith("{") && segment.endsWith("}");
    if (pattern.equals("*") || (pattern.startsWith("{") && pattern.endsWith("}") && !pattern.contains(":"))) {
      return true;
    }
    if (variable) {
      return false;
    }
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> regex.append("[^/]*");
        case '?' -> regex.append("[^/]");
        default -> regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
      }
    }
    return segment.matches(regex.toString());
  }
}
