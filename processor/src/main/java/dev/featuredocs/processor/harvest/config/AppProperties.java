package dev.featuredocs.processor.harvest.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The properties an app's configuration files set, flattened ({@code server.servlet.context-path},
 * {@code list[0]}), with the file each came from. Keys are compared in Spring's relaxed form:
 * {@code contextPath}, {@code context-path} and {@code context_path} are one key.
 *
 * <p>Only what the files say: environment variables, system properties and command-line arguments
 * can override any value at run time, and the summary says where each value it uses comes from.
 */
public final class AppProperties {
  /** No configuration file found or named: every condition on a property is "cannot tell". */
  public static final AppProperties NONE = new AppProperties(Map.of(), List.of());

  /** A value and the file that set it ({@code application.properties}). */
  public record Value(String key, String value, String file) {}

  private final Map<String, Value> values;
  private final List<String> files;

  AppProperties(Map<String, Value> values, List<String> files) {
    this.values = Map.copyOf(values);
    this.files = List.copyOf(files);
  }

  /** The files read, in the order they were applied (later ones override). */
  public List<String> files() {
    return files;
  }

  /** Whether any configuration file was read: without one, a missing property means "cannot tell". */
  public boolean found() {
    return !files.isEmpty();
  }

  public Optional<Value> get(String key) {
    return Optional.ofNullable(values.get(canonical(key)));
  }

  public Optional<String> value(String key) {
    return get(key).map(Value::value);
  }

  /** Every value whose key starts with {@code prefix} ({@code quarkus.http.auth.permission.}), in key order. */
  public List<Value> startingWith(String prefix) {
    String canonical = canonical(prefix);
    List<Value> result = new ArrayList<>();
    values.entrySet().stream().filter(e -> e.getKey().startsWith(canonical))
        .sorted(Map.Entry.comparingByKey()).forEach(e -> result.add(e.getValue()));
    return result;
  }

  /** The profiles the files activate ({@code spring.profiles.active}), else Spring's {@code default}. */
  public List<String> activeProfiles() {
    List<String> active = value("spring.profiles.active").map(AppProperties::list).orElse(List.of());
    return active.isEmpty() ? value("spring.profiles.default").map(AppProperties::list).orElse(List.of("default")) : active;
  }

  static List<String> list(String commaSeparated) {
    return java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Spring's relaxed binding, reduced to what comparing keys needs: case, dashes and underscores do not count. */
  static String canonical(String key) {
    return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }

  static Map<String, Value> mutable() {
    return new LinkedHashMap<>();
  }
}
