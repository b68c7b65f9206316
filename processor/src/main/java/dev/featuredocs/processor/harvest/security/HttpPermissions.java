package dev.featuredocs.processor.harvest.security;

import dev.featuredocs.processor.harvest.config.AppProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Quarkus' path-based authorization from the app's properties: each
 * {@code quarkus.http.auth.permission.<name>.paths/.policy/.methods} set, with
 * {@code quarkus.http.auth.policy.<name>.roles-allowed} role policies. As Quarkus decides: the most
 * specific matching path wins (an exact path over {@code /prefix/*}, a longer prefix over a shorter one),
 * a permission naming the request's method over one naming none; {@code .enabled=false} sets are skipped.
 * These checks run before the resource's own annotations, and both must pass.
 */
final class HttpPermissions {
  private static final String PERMISSION = "quarkus.http.auth.permission.";
  private static final String POLICY = "quarkus.http.auth.policy.";

  /** One permission set: its name, paths, methods (empty for all) and policy as the summary writes it. */
  record Permission(String name, List<String> paths, List<String> methods, String rule, boolean open, String file) {}

  /** The permission that decides a request, with the path pattern that matched. */
  record Decision(Permission permission, String pattern) {
    String source() {
      return permission.file() + ": " + PERMISSION + permission.name() + " (paths " + pattern
          + (permission.methods().isEmpty() ? "" : ", methods " + String.join(",", permission.methods())) + ")";
    }
  }

  private final List<Permission> permissions = new ArrayList<>();

  HttpPermissions(AppProperties properties) {
    Map<String, Map<String, AppProperties.Value>> sets = new TreeMap<>();
    for (AppProperties.Value value : properties.startingWith(PERMISSION)) {
      String rest = value.key().substring(PERMISSION.length());
      int dot = rest.indexOf('.');
      if (dot > 0) {
        sets.computeIfAbsent(rest.substring(0, dot), k -> new TreeMap<>()).put(rest.substring(dot + 1), value);
      }
    }
    for (Map.Entry<String, Map<String, AppProperties.Value>> set : sets.entrySet()) {
      Map<String, AppProperties.Value> attributes = set.getValue();
      AppProperties.Value paths = attributes.get("paths");
      if (paths == null || attributes.containsKey("enabled") && attributes.get("enabled").value().equalsIgnoreCase("false")) {
        continue;
      }
      String policy = Optional.ofNullable(attributes.get("policy")).map(AppProperties.Value::value).orElse("");
      String rule = switch (policy) {
        case "permit" -> "permit";
        case "deny" -> "deny";
        case "authenticated" -> "authenticated";
        case "" -> "no policy set";
        default -> properties.value(POLICY + policy + ".roles-allowed").map(r -> "roles-allowed=" + r + " (policy " + policy + ")")
            .orElse("policy " + policy + " (decided in code: a custom HttpSecurityPolicy)");
      };
      List<String> methods = Optional.ofNullable(attributes.get("methods"))
          .map(m -> split(m.value().toUpperCase(java.util.Locale.ROOT))).orElse(List.of());
      permissions.add(new Permission(set.getKey(), split(paths.value()), methods, rule, policy.equals("permit"),
          paths.file()));
    }
  }

  private static List<String> split(String list) {
    return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  boolean isEmpty() {
    return permissions.isEmpty();
  }

  /** The permission that covers every request to {@code method path} (the full path, base paths included). */
  Optional<Decision> decide(String method, String path) {
    Decision best = null;
    int bestScore = -1;
    for (Permission permission : permissions) {
      if (!permission.methods().isEmpty() && !permission.methods().contains(method)) {
        continue;
      }
      for (String pattern : permission.paths()) {
        int score = covers(pattern, path);
        if (score < 0) {
          continue;
        }
        score = score * 2 + (permission.methods().isEmpty() ? 0 : 1);
        if (score > bestScore) {
          bestScore = score;
          best = new Decision(permission, pattern);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * How specifically {@code pattern} covers every request to {@code path}: -1 when it does not;
   * an exact path scores above any prefix, a longer prefix above a shorter one.
   */
  static int covers(String pattern, String path) {
    if (pattern.equals("/*") || pattern.equals("*")) {
      return 0;
    }
    if (pattern.endsWith("/*")) {
      String prefix = pattern.substring(0, pattern.length() - 2);
      return PathPatterns.covers(prefix + "/**", path) ? 1 + prefix.length() : -1;
    }
    String exact = pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
    return PathPatterns.covers(exact, path) ? 10_000 + exact.length() : -1;
  }
}
