package dev.featuredocs.processor.harvest.config;

import dev.featuredocs.processor.harvest.javac.SourcePaths;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Finds and reads the app's {@code application.properties} / {@code application.yml}, once per compilation.
 *
 * <p>Where: the file or directory the {@code featuredocs.appConfig} option names, else the
 * conventional resources directory beside the sources — {@code src/main/resources} next to the
 * {@code src/main/java} that holds a compiled type, found from that type's source file path
 * ({@link SourcePaths}). Not through the {@code Filer}: {@code StandardLocation.SOURCE_PATH} is
 * unset in Maven and Gradle builds (they pass files, not a source path), and
 * {@code CLASS_OUTPUT} holds the resources only after the build copies them, which Maven does
 * before compiling but Gradle does after.
 *
 * <p>What: {@code application.properties}, then {@code application.yml}/{@code .yaml} (YAML
 * documents guarded by {@code spring.config.activate.on-profile} only when that profile is
 * active), then {@code application-<profile>.*} of each active profile; Quarkus'
 * {@code %prod.} keys override (the packaged app runs the prod profile), other {@code %profile.}
 * keys are ignored. {@code ${key:default}} placeholders resolve against the files, else to their default.
 */
public final class AppPropertiesReader {
  private static final List<String> EXTENSIONS = List.of(".properties", ".yml", ".yaml");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

  private final BiConsumer<String, String> problems;
  private final Map<String, AppProperties.Value> values = AppProperties.mutable();
  private final List<String> files = new ArrayList<>();

  /** {@code problems} receives the file and what is wrong with it, for a warning. */
  private AppPropertiesReader(BiConsumer<String, String> problems) {
    this.problems = problems;
  }

  /**
   * The app's properties: from {@code given} (a file or a directory) when set, else from the
   * resources directory beside the first of {@code anchors} that comes from a source file.
   */
  public static AppProperties read(Optional<Path> given, SourcePaths sources, Collection<? extends Element> anchors,
      BiConsumer<String, String> problems) {
    Optional<Path> where = given.or(() -> resourcesBeside(sources, anchors));
    if (where.isEmpty()) {
      return AppProperties.NONE;
    }
    AppPropertiesReader reader = new AppPropertiesReader(problems);
    if (Files.isRegularFile(where.get())) {
      reader.file(where.get(), List.of());
    } else {
      reader.directory(where.get());
    }
    reader.resolvePlaceholders();
    return new AppProperties(reader.values, reader.files);
  }

  /** {@code …/src/main/resources} for a type whose source is {@code …/src/main/java/com/acme/Foo.java}. */
  static Optional<Path> resourcesBeside(SourcePaths sources, Collection<? extends Element> anchors) {
    for (Element anchor : anchors) {
      Optional<String> relative;
      Optional<URI> uri;
      try {
        relative = sources.relativePath(anchor);
        uri = sources.sourceFile(anchor).map(f -> f.toUri());
      } catch (RuntimeException unknown) {
        continue; // where this type's source is cannot be told: try the next; the feature reports its own failure
      }
      if (relative.isEmpty() || uri.isEmpty() || !"file".equals(uri.get().getScheme())) {
        continue;
      }
      String path = Path.of(uri.get()).toString().replace('\\', '/');
      String suffix = "/" + relative.get();
      if (path.endsWith(suffix)) {
        Path root = Path.of(path.substring(0, path.length() - suffix.length()));
        if (root.getFileName() != null && root.getFileName().toString().equals("java") && root.getParent() != null) {
          Path resources = root.getParent().resolve("resources");
          if (Files.isDirectory(resources)) {
            return Optional.of(resources);
          }
        }
      }
    }
    return Optional.empty();
  }

  private void directory(Path dir) {
    for (String extension : EXTENSIONS) {
      file(dir.resolve("application" + extension), List.of());
    }
    List<String> profiles = new AppProperties(values, files).activeProfiles();
    for (String profile : profiles) {
      for (String extension : EXTENSIONS) {
        file(dir.resolve("application-" + profile + extension), profiles);
      }
    }
  }

  private void file(Path path, List<String> profiles) {
    if (!Files.isRegularFile(path)) {
      return;
    }
    String name = path.getFileName().toString();
    try {
      String text = Files.readString(path);
      if (name.endsWith(".properties")) {
        properties(text, name);
      } else {
        yaml(text, name);
      }
      files.add(name);
    } catch (IOException | RuntimeException unreadable) {
      // SnakeYAML's YAMLException, Properties' IllegalArgumentException on a bad \\u escape
      problems.accept(path.toString(), String.valueOf(unreadable.getMessage()).lines().findFirst().orElse(""));
    }
  }

  private void properties(String text, String file) throws IOException {
    Properties properties = new Properties();
    properties.load(new StringReader(text));
    List<String> keys = new ArrayList<>(properties.stringPropertyNames());
    keys.sort(null);
    List<String> prod = new ArrayList<>();
    for (String key : keys) {
      if (key.startsWith("%prod.")) {
        prod.add(key);
      } else if (!key.startsWith("%")) {
        put(key, properties.getProperty(key), file);
      }
    }
    for (String key : prod) {
      put(key.substring("%prod.".length()), properties.getProperty(key), file);
    }
  }

  private void yaml(String text, String file) {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    List<Map<String, String>> guarded = new ArrayList<>();
    try (Reader reader = new StringReader(text)) {
      for (Object document : yaml.loadAll(reader)) {
        Map<String, String> flat = new java.util.LinkedHashMap<>();
        flatten("", document, flat);
        if (flat.keySet().stream().anyMatch(AppPropertiesReader::profileGuard)) {
          guarded.add(flat);
        } else {
          flat.forEach((k, v) -> put(k, v, file));
        }
      }
    } catch (IOException closing) {
      throw new java.io.UncheckedIOException(closing);
    }
    List<String> active = new AppProperties(values, files).activeProfiles();
    for (Map<String, String> document : guarded) {
      String guard = document.entrySet().stream().filter(e -> profileGuard(e.getKey())).map(Map.Entry::getValue)
          .findFirst().orElse("");
      if (AppProperties.list(guard).stream().anyMatch(active::contains)) {
        document.forEach((k, v) -> put(k, v, file + " (profile " + guard + ")"));
      }
    }
  }

  private static boolean profileGuard(String key) {
    String canonical = AppProperties.canonical(key);
    return canonical.equals("spring.config.activate.onprofile") || canonical.equals("spring.profiles");
  }

  private static void flatten(String prefix, Object node, Map<String, String> into) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, into));
    } else if (node instanceof List<?> list) {
      // Spring binds a YAML list to a comma-separated value as well as to key[0], key[1]
      List<String> scalars = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        flatten(prefix + "[" + i + "]", list.get(i), into);
        if (!(list.get(i) instanceof Map<?, ?>) && !(list.get(i) instanceof List<?>)) {
          scalars.add(String.valueOf(list.get(i)));
        }
      }
      into.put(prefix, String.join(",", scalars));
    } else if (!prefix.isEmpty()) {
      into.put(prefix, node == null ? "" : String.valueOf(node));
    }
  }

  private void put(String key, String value, String file) {
    values.put(AppProperties.canonical(key), new AppProperties.Value(key, value.strip(), file));
  }

  private void resolvePlaceholders() {
    for (Map.Entry<String, AppProperties.Value> entry : values.entrySet()) {
      AppProperties.Value value = entry.getValue();
      Matcher matcher = PLACEHOLDER.matcher(value.value());
      StringBuilder resolved = new StringBuilder();
      List<String> overridable = new ArrayList<>();
      while (matcher.find()) {
        AppProperties.Value referenced = values.get(AppProperties.canonical(matcher.group(1)));
        String replacement = referenced != null ? referenced.value() : matcher.group(2);
        if (referenced == null && matcher.group(2) != null) {
          overridable.add(matcher.group(1));
        }
        matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement == null ? matcher.group() : replacement));
      }
      matcher.appendTail(resolved);
      if (!resolved.toString().equals(value.value())) {
        String file = value.file() + (overridable.isEmpty() ? ""
            : ", unless the environment sets " + String.join(", ", overridable));
        entry.setValue(new AppProperties.Value(value.key(), resolved.toString(), file));
      }
    }
  }
}
