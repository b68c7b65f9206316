package dev.featuredocs.processor.harvest.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON example built from a schema, so it is valid against it: strings within length, format
 * and pattern (realistic values for the property's name where they fit), numbers within bounds, a
 * real enum value, the property's own {@code examples} where a constraint has no keyword
 * ({@code @Future}).
 *
 * <p>Nesting: models up to {@code fullModels} references deep get every property; deeper ones, and
 * a model met again inside itself (a parent, a reply to a reply), only their required properties
 * (a minimal valid object), so an example stays valid, finite and readable. A compact example (an endpoint's) is {@code fullModels = 1}:
 * the body's own properties, its nested models collapsed to their required fields, one element per
 * array. An optional string whose pattern no value is found for is left out rather than given a
 * value that does not validate.
 */
final class SchemaExamples {
  /** Full examples: models nested this deep are shown whole. */
  static final int FULL = 4;
  /** Compact examples: only the outermost model is shown whole. */
  static final int COMPACT = 1;
  /** Below this many model references, even required properties stop (a cycle of required properties has no finite document). */
  private static final int HARD_LIMIT = 16;
  /** A value no example can be given for; its property is left out. */
  private static final Object NONE = new Object();

  private final Map<String, Map<String, Object>> defs;
  private final int fullModels;
  private final PatternExamples patterns;
  /** The models being built, innermost first: a reference to one of them is a cycle. */
  private final java.util.Deque<String> chain = new java.util.ArrayDeque<>();

  SchemaExamples(Map<String, Map<String, Object>> defs) {
    this(defs, FULL);
  }

  SchemaExamples(Map<String, Map<String, Object>> defs, int fullModels) {
    this(defs, fullModels, new PatternExamples());
  }

  /** {@code patterns}: the compilation's pattern examples, so a pattern met again is not searched again. */
  SchemaExamples(Map<String, Map<String, Object>> defs, int fullModels, PatternExamples patterns) {
    this.defs = defs;
    this.fullModels = fullModels;
    this.patterns = patterns;
  }

  Object example(Map<String, Object> node) {
    return example(node, "");
  }

  /** The example of a model's own schema, {@code name} being the model's (so that a reference to it is a cycle). */
  Object example(Map<String, Object> node, String model) {
    if (!model.isEmpty()) {
      chain.push(model);
    }
    Object value = example(node, 0, "");
    return value == NONE ? null : value;
  }

  @SuppressWarnings("unchecked")
  private Object example(Map<String, Object> node, int models, String name) {
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
      String model = ref.substring(ref.lastIndexOf('/') + 1);
      Map<String, Object> target = defs.get(model);
      if (target == null || models >= HARD_LIMIT) {
        return Map.of();
      }
      // A model inside itself (a parent, a reply to a reply) is shown minimal: its required properties only.
      int depth = chain.contains(model) ? Math.max(models, fullModels) + 1 : models + 1;
      chain.push(model);
      try {
        return example(target, depth, name);
      } finally {
        chain.pop();
      }
    }
    for (String combinator : List.of("anyOf", "oneOf")) {
      if (node.get(combinator) instanceof List<?> branches) {
        boolean nullable = branches.stream().anyMatch(b -> "null".equals(((Map<String, Object>) b).get("type")));
        boolean model = branches.stream().anyMatch(b -> ((Map<String, Object>) b).get("$ref") instanceof String r
            && defs.getOrDefault(r.substring(r.lastIndexOf('/') + 1), Map.of()).containsKey("properties"));
        boolean recursive = branches.stream().anyMatch(b -> ((Map<String, Object>) b).get("$ref") instanceof String r
            && chain.contains(r.substring(r.lastIndexOf('/') + 1)));
        if (nullable && model && (models >= fullModels || recursive)) {
          return null; // an optional nested value below the full depth: left empty
        }
        for (Object branch : branches) {
          Map<String, Object> schema = (Map<String, Object>) branch;
          if (!"null".equals(schema.get("type"))) {
            Object value = example(schema, models, name);
            if (value != NONE) {
              return value;
            }
          }
        }
        return nullable ? null : NONE;
      }
    }
    Object type = node.get("type");
    if ("string".equals(type)) {
      return string(node, name);
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
      int min = intValue(node, "minItems", 0);
      int count = models > fullModels ? min : Math.max(1, min);
      count = Math.min(count, intValue(node, "maxItems", count));
      List<Object> items = new ArrayList<>();
      Map<String, Object> item = (Map<String, Object>) node.getOrDefault("items", Map.of());
      for (int i = 0; i < count; i++) {
        Object value = example(item, models, singular(name));
        if (value == NONE) {
          return min == 0 ? List.of() : NONE;
        }
        items.add(value);
      }
      if (Boolean.TRUE.equals(node.get("uniqueItems")) && items.size() > 1 && items.stream().distinct().count() < items.size()) {
        return NONE;
      }
      return items;
    }
    if ("object".equals(type)) {
      Map<String, Object> object = new LinkedHashMap<>();
      List<?> required = node.get("required") instanceof List<?> r ? r : List.of();
      if (node.get("properties") instanceof Map<?, ?> properties) {
        for (Map.Entry<?, ?> property : properties.entrySet()) {
          String key = property.getKey().toString();
          boolean mustHave = required.contains(key);
          if (!mustHave && models > fullModels) {
            continue; // a minimal object: required properties only
          }
          Object value = example((Map<String, Object>) property.getValue(), models, key);
          if (value == NONE) {
            if (mustHave) {
              return NONE;
            }
            continue;
          }
          object.put(key, value);
        }
      } else if (node.get("additionalProperties") instanceof Map<?, ?> value && models <= fullModels) {
        Object entry = example((Map<String, Object>) value, models, "");
        if (entry != NONE) {
          object.put("key", entry);
        }
      }
      return object;
    }
    return Map.of();
  }

  private static String singular(String name) {
    return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
  }

  private Object string(Map<String, Object> node, String name) {
    int min = intValue(node, "minLength", 0);
    int max = intValue(node, "maxLength", Integer.MAX_VALUE);
    if (node.get("pattern") instanceof String pattern && !pattern.equals(Constraints.NOT_BLANK)) {
      return patterns.cached(pattern, min, max, name).map(Object.class::cast).orElse(NONE);
    }
    String text = switch (String.valueOf(node.get("format"))) {
      case "email" -> "jane.doe@example.com";
      case "date" -> "2026-01-01";
      case "date-time" -> "2026-01-01T00:00:00Z";
      case "time" -> "12:00:00Z";
      case "duration" -> "PT1H";
      case "uuid" -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
      case "uri" -> "https://example.com/";
      default -> null;
    };
    if (text == null) {
      return node.containsKey("contentEncoding") ? fit("c3RyaW5n", min, max) : RealisticValues.plain(name, min, max);
    }
    return fit(text, min, max);
  }

  private static String fit(String text, int min, int max) {
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
    long value = Math.max(1, low == Long.MIN_VALUE ? 1 : low);
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
