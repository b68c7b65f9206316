package dev.featuredocs.processor.render.openapi;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * JSON Schemas for what the model states as Java type text: parameter types ({@code long},
 * {@code List<String>}, {@code DocumentStatus}) and body types ({@code List<ShareResponse>}), and
 * the Bean Validation constraints of a parameter as written ({@code @Min(1) @Size(max = 10)}).
 * A type that is neither a JSON scalar, a container nor a known model gets no invented shape: an
 * empty schema (any JSON) naming the Java type in {@code x-java-type}.
 */
final class ParameterSchemas {
  private static final Map<String, Map<String, Object>> SCALARS = new TreeMap<>();

  static {
    scalar("string", null, "String", "CharSequence", "char", "Character");
    scalar("integer", "int32", "int", "Integer", "short", "Short", "byte", "Byte");
    scalar("integer", "int64", "long", "Long");
    scalar("integer", null, "BigInteger");
    scalar("number", "float", "float", "Float");
    scalar("number", "double", "double", "Double");
    scalar("number", null, "BigDecimal", "Number");
    scalar("boolean", null, "boolean", "Boolean");
    scalar("string", "uuid", "UUID");
    scalar("string", "date", "LocalDate");
    scalar("string", "date-time", "Instant", "OffsetDateTime", "ZonedDateTime", "Date");
    scalar("string", "duration", "Duration");
    scalar("string", "uri", "URI");
    scalar("string", "binary", "MultipartFile", "Part", "FilePart", "InputStream", "byte[]");
  }

  private static void scalar(String type, String format, String... javaTypes) {
    Map<String, Object> schema = new TreeMap<>();
    schema.put("type", type);
    if (format != null) {
      schema.put("format", format);
    }
    for (String javaType : javaTypes) {
      SCALARS.put(javaType, schema);
    }
  }

  private static final java.util.Set<String> ARRAYS =
      java.util.Set.of("List", "Set", "Collection", "Iterable", "Flux", "Stream", "SortedSet", "ArrayList");
  private static final java.util.Set<String> WRAPPERS = java.util.Set.of("Optional", "Mono");

  /** Model name → {@code $ref} target, for the models the compilation knows. */
  private final Function<String, String> models;

  ParameterSchemas(Function<String, String> models) {
    this.models = models;
  }

  /** The schema of a Java type as written with simple names. */
  Map<String, Object> of(String javaType) {
    String type = javaType.strip();
    String ref = models.apply(type);
    if (ref != null) {
      return Map.of("$ref", ref);
    }
    if (SCALARS.containsKey(type)) {
      return new TreeMap<>(SCALARS.get(type));
    }
    if (type.endsWith("[]")) {
      return array(of(type.substring(0, type.length() - 2)), false);
    }
    int open = type.indexOf('<');
    if (open > 0 && type.endsWith(">")) {
      String raw = type.substring(0, open);
      java.util.List<String> arguments = arguments(type.substring(open + 1, type.length() - 1));
      if (ARRAYS.contains(raw) && arguments.size() == 1) {
        return array(of(arguments.get(0)), raw.endsWith("Set"));
      }
      if (WRAPPERS.contains(raw) && arguments.size() == 1) {
        return of(arguments.get(0));
      }
      if (raw.endsWith("Map") && arguments.size() == 2) {
        Map<String, Object> map = new TreeMap<>();
        map.put("type", "object");
        map.put("additionalProperties", of(arguments.get(1)));
        return map;
      }
    }
    Map<String, Object> unknown = new TreeMap<>();
    unknown.put("x-java-type", type);
    return unknown;
  }

  private static Map<String, Object> array(Map<String, Object> items, boolean unique) {
    Map<String, Object> array = new TreeMap<>();
    array.put("type", "array");
    array.put("items", items);
    if (unique) {
      array.put("uniqueItems", true);
    }
    return array;
  }

  /** Top-level type arguments: {@code Map<String, List<X>>} → {@code String}, {@code List<X>}. */
  private static java.util.List<String> arguments(String text) {
    java.util.List<String> result = new java.util.ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (c == ',' && depth == 0) {
        result.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    result.add(text.substring(start).strip());
    return result;
  }

  /**
   * {@code schema} with the keywords that the constraints as written mean, for the ones with a
   * JSON Schema equivalent; the others ({@code @Future}, custom constraints) stay in the
   * parameter's description only.
   */
  static Map<String, Object> constrained(Map<String, Object> schema, String constraints) {
    if (constraints.isBlank() || schema.containsKey("$ref")) {
      return schema;
    }
    Map<String, Object> result = new TreeMap<>(schema);
    boolean array = "array".equals(schema.get("type"));
    for (Constraint c : Constraint.parse(constraints)) {
      switch (c.name()) {
        case "Min", "DecimalMin" -> number(c.value("value")).ifPresent(n -> result.put("minimum", n));
        case "Max", "DecimalMax" -> number(c.value("value")).ifPresent(n -> result.put("maximum", n));
        case "Positive" -> result.put("exclusiveMinimum", 0);
        case "PositiveOrZero" -> result.put("minimum", 0);
        case "Negative" -> result.put("exclusiveMaximum", 0);
        case "NegativeOrZero" -> result.put("maximum", 0);
        case "Size", "Length" -> {
          number(c.value("min")).ifPresent(n -> result.put(array ? "minItems" : "minLength", n));
          number(c.value("max")).ifPresent(n -> result.put(array ? "maxItems" : "maxLength", n));
        }
        case "NotEmpty" -> result.put(array ? "minItems" : "minLength", 1);
        case "NotBlank" -> {
          result.put("minLength", 1);
          result.put("pattern", "\\S");
        }
        case "Pattern" -> {
          String regexp = c.value("regexp");
          if (regexp != null) {
            result.put("pattern", regexp);
          }
        }
        case "Email" -> result.put("format", "email");
        default -> { }
      }
    }
    return result;
  }

  private static java.util.Optional<Object> number(String text) {
    if (text == null) {
      return java.util.Optional.empty();
    }
    try {
      BigDecimal value = new BigDecimal(text.replaceAll("[LlDdFf]$", ""));
      return java.util.Optional.of(value.scale() <= 0 ? (Object) value.toBigIntegerExact() : value);
    } catch (NumberFormatException | ArithmeticException e) {
      return java.util.Optional.empty(); // a constant's name: its value is not in the model
    }
  }

  /** Scalar default values as JSON: numbers and booleans by the schema's type, else the text. */
  static Object defaultValue(Map<String, Object> schema, String text) {
    Object type = schema.get("type");
    if ("integer".equals(type) || "number".equals(type)) {
      return number(text).orElse(text);
    }
    if ("boolean".equals(type) && (text.equals("true") || text.equals("false"))) {
      return Boolean.valueOf(text);
    }
    return text;
  }
}
