package dev.featuredocs.sample;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson as the sample app reads request bodies, for tests that run without a Spring context.
 *
 * <p>Spring Boot 4.0.7 with no {@code spring.jackson.*} properties builds its {@code JsonMapper}
 * with Jackson 3's defaults (plus two modules for {@code @JsonMixin} and {@code @JsonComponent}
 * beans, of which the app has none); {@link ResponseSchemaTruthTest} checks that the app's mapper
 * has the same features as {@link #MAPPER}. The defaults that decide what a body may contain:
 *
 * <ul>
 *   <li>unknown properties are ignored ({@code FAIL_ON_UNKNOWN_PROPERTIES} is off in Jackson 3);
 *   <li>{@code null} or an <em>absent</em> property for a primitive record component fails
 *       ({@code FAIL_ON_NULL_FOR_PRIMITIVES} is on in Jackson 3), so primitives are required;
 *   <li>scalars are coerced: {@code "42"} into an {@code int}, {@code 42} or {@code true} into a
 *       {@code String}, {@code 1.5} into an {@code int} (truncated), {@code ""} into {@code null}
 *       for boxed numbers and {@code java.time} types, and an enum accepts its index ({@code 0} or
 *       {@code "1"}) besides its name;
 *   <li>{@code java.time} types are built in and read and written as ISO-8601 strings.
 * </ul>
 */
final class AppJson {

  /** Reads request bodies like the app does. */
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * Like {@link #MAPPER}, but fails on a property the target class does not have: a documented
   * example must not carry properties that the app silently ignores.
   */
  static final JsonMapper STRICT =
      MAPPER.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private AppJson() {}
}
