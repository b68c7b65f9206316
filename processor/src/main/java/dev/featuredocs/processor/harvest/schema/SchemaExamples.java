package dev.featuredocs.processor.harvest.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON example built from a schema, so it is valid against it: strings within length, format
 * and pattern, numbers within bounds, a real enum value, the property's own {@code examples}
 * where a constraint has no keyword ({@code @Future}). A pattern no generated string satisfies
 * gives the marker {@code <matches REGEX>}, which says so instead of pretending.
 */
final class SchemaExamples {
  private static final int MAX_DEPTH = 8;

  private final Map<String, Map<String, Object>> defs;

  SchemaExamples(Map<String, Map<String, Object>> defs) {
    this.defs = defs;
  }

  Object example(Map<String, Object> node) {
    return example(node, 0);
  }

  @SuppressWarnings("unchecked")
  private Object example(Map<String, Object> node, int depth) {
    if (node.get("examples") instanceof List<?> examples && !examples.isEmpty()) {
      return examples.get(0);
    }
    if (node.containsKey("const")) {
      return node.get("const");
    }
    if (node.get("enum") instanceof List<?> values && !values.isEmpty()) {
      return values.get(0);
    }
    if (node.get("$ref") instanceof String ref) {
      Map<String, Object> target = defs.get(ref.substring(ref.lastIndexOf('/') + 1));
      return target == null || depth >= MAX_DEPTH ? Map.of() : example(target, depth + 1);
    }
    for (String combinator : List.of("anyOf", "oneOf")) {
      if (node.get(combinator) instanceof List<?> branches) {
        for (Object branch : branches) {
          Map<String, Object> schema = (Map<String, Object>) branch;
          if (!"null".equals(schema.get("type"))) {
            return example(schema, depth);
          }
        }
        return null;
      }
    }
    Object type = node.get("type");
    if ("string".equals(type)) {
      return string(node);
    }
    if ("integer".equals(type)) {
      return integer(node);
    }
    if ("number".equals(type)) {
      return number(node);
    }
    if ("boolean".equals(type)) {
      return false;
    }
    if ("array".equals(type)) {
      int count = Math.max(1, intValue(node, "minItems", 1));
      count = Math.min(count, intValue(node, "maxItems", count));
      List<Object> items = new ArrayList<>();
      Map<String, Object> item = (Map<String, Object>) node.getOrDefault("items", Map.of());
      for (int i = 0; i < count; i++) {
        items.add(depth >= MAX_DEPTH ? Map.of() : example(item, depth + 1));
      }
      return items;
    }
    if ("object".equals(type)) {
      Map<String, Object> object = new LinkedHashMap<>();
      if (node.get("properties") instanceof Map<?, ?> properties) {
        for (Map.Entry<?, ?> property : properties.entrySet()) {
          object.put(property.getKey().toString(),
              depth >= MAX_DEPTH ? null : example((Map<String, Object>) property.getValue(), depth + 1));
        }
      } else if (node.get("additionalProperties") instanceof Map<?, ?> value) {
        object.put("key", example((Map<String, Object>) value, depth + 1));
      }
      return object;
    }
    return Map.of();
  }

  private static String string(Map<String, Object> node) {
    int min = intValue(node, "minLength", 0);
    int max = intValue(node, "maxLength", Integer.MAX_VALUE);
    if (node.get("pattern") instanceof String pattern && !pattern.equals(Constraints.NOT_BLANK)) {
      return PatternExamples.example(pattern, min, max).orElse("<matches " + pattern + ">");
    }
    String text = switch (String.valueOf(node.get("format"))) {
      case "email" -> "user@example.com";
      case "date" -> "2026-01-01";
      case "date-time" -> "2026-01-01T00:00:00Z";
      case "time" -> "12:00:00Z";
      case "duration" -> "PT1H";
      case "uuid" -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
      case "uri" -> "https://example.com/";
      default -> node.containsKey("contentEncoding") ? "c3RyaW5n" : "string";
    };
    if (text.length() < min) {
      text = text + "x".repeat(min - text.length());
    }
    return text.length() > max ? text.substring(0, max) : text;
  }

  private static long integer(Map<String, Object> node) {
    long low = Long.MIN_VALUE;
    long high = Long.MAX_VALUE;
    if (node.get("minimum") instanceof Number n) {
      low = (long) Math.ceil(n.doubleValue());
    }
    if (node.get("exclusiveMinimum") instanceof Number n) {
      low = Math.max(low, (long) Math.floor(n.doubleValue()) + 1);
    }
    if (node.get("maximum") instanceof Number n) {
      high = (long) Math.floor(n.doubleValue());
    }
    if (node.get("exclusiveMaximum") instanceof Number n) {
      high = Math.min(high, (long) Math.ceil(n.doubleValue()) - 1);
    }
    long value = Math.max(0, low == Long.MIN_VALUE ? 0 : low);
    return Math.min(value, high);
  }

  private static BigDecimal number(Map<String, Object> node) {
    BigDecimal low = null;
    BigDecimal high = null;
    if (node.get("minimum") instanceof Number n) {
      low = new BigDecimal(n.toString());
    }
    if (node.get("exclusiveMinimum") instanceof Number n) {
      low = new BigDecimal(n.toString()).add(BigDecimal.ONE);
    }
    if (node.get("maximum") instanceof Number n) {
      high = new BigDecimal(n.toString());
    }
    if (node.get("exclusiveMaximum") instanceof Number n) {
      high = new BigDecimal(n.toString()).subtract(BigDecimal.ONE);
    }
    BigDecimal value = low != null ? low.max(BigDecimal.ZERO) : BigDecimal.ZERO;
    if (high != null && value.compareTo(high) > 0) {
      value = high;
    }
    return value.scale() <= 0 ? value.setScale(1) : value;
  }

  private static int intValue(Map<String, Object> node, String key, int otherwise) {
    return node.get(key) instanceof Number n ? n.intValue() : otherwise;
  }
}
