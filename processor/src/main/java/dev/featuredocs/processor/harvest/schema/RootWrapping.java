package dev.featuredocs.processor.harvest.schema;

import dev.featuredocs.processor.harvest.config.AppProperties;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import java.util.Collection;
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
 * and {@code spring.jackson.deserialization.unwrap-root-value} in the app's configuration
 * ({@link AppProperties}: {@code application.properties} or {@code application.yml}).
 *
 * @param responses responses are wrapped
 * @param requests requests must be wrapped
 */
public record RootWrapping(boolean responses, boolean requests) {
  public static final RootWrapping NONE = new RootWrapping(false, false);

  private static final Pattern WRAP_CALL = call("WRAP_ROOT_VALUE");
  private static final Pattern UNWRAP_CALL = call("UNWRAP_ROOT_VALUE");
  private static Pattern call(String feature) {
    String unprefixed = "(?<!UN)" + feature; // WRAP_ROOT_VALUE, not UNWRAP_ROOT_VALUE
    return Pattern.compile("(?s)((enable|featuresToEnable)\\s*\\([^;)]*?" + unprefixed
        + "|configure\\s*\\(\\s*[\\w.]*" + unprefixed + "\\s*,\\s*true)");
  }

  /** The wrapping the configuration classes and the app's Spring properties turn on. */
  public static RootWrapping of(Collection<TypeElement> configurations, SourcePaths sources, AppProperties properties) {
    boolean wrap = enabled(properties, "spring.jackson.serialization.", "wrap-root-value", "WRAP_ROOT_VALUE");
    boolean unwrap = enabled(properties, "spring.jackson.deserialization.", "unwrap-root-value", "UNWRAP_ROOT_VALUE");
    for (TypeElement configuration : configurations) {
      for (ExecutableElement method : ElementFilter.methodsIn(configuration.getEnclosedElements())) {
        String body = sources.method(method).flatMap(SourcePaths.MethodSource::tree).map(Object::toString).orElse("");
        if (body.contains("ROOT_VALUE")) {
          wrap |= WRAP_CALL.matcher(body).find();
          unwrap |= UNWRAP_CALL.matcher(body).find();
        }
      }
    }
    return new RootWrapping(wrap, unwrap);
  }

  /** Spring Boot binds the feature by its kebab-case or its enum name. */
  private static boolean enabled(AppProperties properties, String prefix, String kebab, String constant) {
    return properties.value(prefix + kebab).or(() -> properties.value(prefix + constant))
        .map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
  }
}
