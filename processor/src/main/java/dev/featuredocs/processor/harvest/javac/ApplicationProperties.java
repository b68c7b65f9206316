package dev.featuredocs.processor.harvest.javac;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The application's configuration as the build copied it to its output directory before compiling
 * ({@code application.properties}, {@code application.yml}/{@code .yaml}): Maven's resources step runs
 * first and its output directory is on javac's class path. Read once per compilation, for the few
 * settings that change what the summary says (base paths of health endpoints). Gradle keeps resources
 * apart from javac's class path: there, as in a compile outside such a build, there are none.
 * YAML is read for plain nested maps of scalars only, which is how these settings are written.
 */
public final class ApplicationProperties {
  public static final ApplicationProperties NONE = new ApplicationProperties(Map.of());

  private final Map<String, String> values;

  private ApplicationProperties(Map<String, String> values) {
    this.values = values;
  }

  public static ApplicationProperties read(Filer filer) {
    Map<String, String> values = new HashMap<>();
    for (String name : new String[] {"application.yaml", "application.yml"}) {
      read(filer, name).ifPresent(text -> values.putAll(yaml(text)));
    }
    read(filer, "application.properties").ifPresent(text -> {
      Properties properties = new Properties();
      try {
        properties.load(new java.io.StringReader(text));
      } catch (IOException | IllegalArgumentException e) {
        return; // a malformed file costs its settings
      }
      properties.forEach((k, v) -> values.put(k.toString(), v.toString().strip()));
    });
    return new ApplicationProperties(values);
  }

  /** For tests and callers that know the values. */
  public static ApplicationProperties of(Map<String, String> values) {
    return new ApplicationProperties(Map.copyOf(values));
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
  }

  private static Optional<String> read(Filer filer, String name) {
    try {
      // CLASS_PATH, not CLASS_OUTPUT: asking for an output file that does not exist creates it in some
      // file managers (compile-testing's in-memory one); Maven puts target/classes first on the class path
      FileObject file = filer.getResource(StandardLocation.CLASS_PATH, "", name);
      try (InputStream in = file.openInputStream()) {
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  /** {@code a:\n  b: c} → {@code a.b=c}; lists, anchors and multi-line scalars are skipped. */
  static Map<String, String> yaml(String text) {
    Map<String, String> result = new HashMap<>();
    Deque<int[]> indents = new ArrayDeque<>();
    Deque<String> keys = new ArrayDeque<>();
    for (String raw : text.split("\\R")) {
      String line = raw.replaceAll("\\s+#.*$", "");
      if (line.isBlank() || line.strip().startsWith("#") || line.strip().startsWith("-") || line.startsWith("---")) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      while (!indents.isEmpty() && indents.peek()[0] >= indent) {
        indents.pop();
        keys.pop();
      }
      String key = line.substring(indent, colon).strip();
      String value = line.substring(colon + 1).strip();
      String prefix = String.join(".", (Iterable<String>) () -> keys.descendingIterator());
      String full = prefix.isEmpty() ? key : prefix + "." + key;
      if (value.isEmpty()) {
        indents.push(new int[] {indent});
        keys.push(key);
      } else {
        result.put(full, unquote(value));
      }
    }
    return result;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
        || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
