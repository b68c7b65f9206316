package dev.featuredocs.processor.harvest.schema;

import dev.featuredocs.processor.harvest.javac.SourcePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Whether Jackson wraps root values in their root name ({@code WRAP_ROOT_VALUE}: responses are
 * written as {@code {"user": {…}}}) and expects requests wrapped ({@code UNWRAP_ROOT_VALUE}),
 * read once per compilation from the app's mapper configuration: {@code enable(…)},
 * {@code featuresToEnable(…)} and {@code configure(…, true)} calls in the methods of its
 * {@code @Configuration} classes, and Spring's {@code spring.jackson.serialization.wrap-root-value}
 * and {@code spring.jackson.deserialization.unwrap-root-value} in {@code application.properties}
 * or {@code application.yml} beside their sources.
 *
 * @param responses responses are wrapped
 * @param requests requests must be wrapped
 */
public record RootWrapping(boolean responses, boolean requests) {
  public static final RootWrapping NONE = new RootWrapping(false, false);

  private static final Pattern WRAP_CALL = call("WRAP_ROOT_VALUE");
  private static final Pattern UNWRAP_CALL = call("UNWRAP_ROOT_VALUE");
  private static final Pattern WRAP_PROPERTY =
      Pattern.compile("(?im)^\\s*(spring\\.jackson\\.serialization\\.)?(wrap-root-value|WRAP_ROOT_VALUE)\\s*[:=]\\s*true\\s*$");
  private static final Pattern UNWRAP_PROPERTY =
      Pattern.compile("(?im)^\\s*(spring\\.jackson\\.deserialization\\.)?(unwrap-root-value|UNWRAP_ROOT_VALUE)\\s*[:=]\\s*true\\s*$");

  private static Pattern call(String feature) {
    String unprefixed = "(?<!UN)" + feature; // WRAP_ROOT_VALUE, not UNWRAP_ROOT_VALUE
    return Pattern.compile("(?s)((enable|featuresToEnable)\\s*\\([^;)]*?" + unprefixed
        + "|configure\\s*\\(\\s*[\\w.]*" + unprefixed + "\\s*,\\s*true)");
  }

  /** The wrapping the configuration classes (and the Spring properties beside them) turn on. */
  public static RootWrapping of(Collection<TypeElement> configurations, SourcePaths sources) {
    boolean wrap = false;
    boolean unwrap = false;
    Path resources = null;
    for (TypeElement configuration : configurations) {
      for (ExecutableElement method : ElementFilter.methodsIn(configuration.getEnclosedElements())) {
        String body = sources.method(method).flatMap(SourcePaths.MethodSource::tree).map(Object::toString).orElse("");
        if (body.contains("ROOT_VALUE")) {
          wrap |= WRAP_CALL.matcher(body).find();
          unwrap |= UNWRAP_CALL.matcher(body).find();
        }
      }
      if (resources == null) {
        resources = resources(configuration, sources);
      }
    }
    if (resources != null) {
      for (String name : List.of("application.properties", "application.yml", "application.yaml")) {
        String text = read(resources.resolve(name));
        wrap |= WRAP_PROPERTY.matcher(text).find();
        unwrap |= UNWRAP_PROPERTY.matcher(text).find();
      }
    }
    return new RootWrapping(wrap, unwrap);
  }

  /** {@code src/main/resources} beside the {@code src/main/java} root of the type's source file. */
  private static Path resources(TypeElement type, SourcePaths sources) {
    try {
      Path file = sources.sourceFile(type).map(f -> Path.of(f.toUri())).orElse(null);
      for (Path dir = file == null ? null : file.getParent(); dir != null; dir = dir.getParent()) {
        if (dir.getFileName() != null && dir.getFileName().toString().equals("java")) {
          return dir.resolveSibling("resources");
        }
      }
    } catch (RuntimeException notAFile) { // a source in memory (tests) or another file system
      return null;
    }
    return null;
  }

  private static String read(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file) : "";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
