package dev.featuredocs.processor.render.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Spring's {@code ProblemDetail} as its Jackson mix-in writes it (RFC 9457): {@code type},
 * {@code title}, {@code status}, {@code detail}, {@code instance}, each left out when empty, and
 * the entries of its {@code properties} map as further members at the top level; Spring writes
 * it as {@code application/problem+json}. A library type the harvest does not read: its shape is
 * Spring's, written here once.
 */
final class ProblemDetails {
  static final String MEDIA_TYPE = "application/problem+json";
  static final Map<String, Object> SCHEMA = schema();

  private ProblemDetails() {}

  private static Map<String, Object> schema() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("type", new TreeMap<>(Map.of("type", "string", "format", "uri-reference")));
    properties.put("title", Map.of("type", "string"));
    properties.put("status", new TreeMap<>(Map.of("type", "integer", "format", "int32")));
    properties.put("detail", Map.of("type", "string"));
    properties.put("instance", new TreeMap<>(Map.of("type", "string", "format", "uri-reference")));
    Map<String, Object> schema = new TreeMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put("x-java-type", "org.springframework.http.ProblemDetail");
    return java.util.Collections.unmodifiableMap(schema);
  }
}
