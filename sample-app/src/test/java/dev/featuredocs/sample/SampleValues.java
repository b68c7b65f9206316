package dev.featuredocs.sample;

import static dev.featuredocs.sample.JsonNodes.NODES;
import static dev.featuredocs.sample.JsonNodes.isNullOnly;
import static dev.featuredocs.sample.JsonNodes.number;
import static dev.featuredocs.sample.JsonNodes.text;
import static dev.featuredocs.sample.JsonNodes.types;

import com.github.curiousoddman.rgxgen.RgxGen;
import dev.featuredocs.sample.ModelSchemas.ModelSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The values {@link Mutations} puts into a model's example: samples that a part of the schema
 * accepts (for properties the example leaves out, array items and map values), strings of a given
 * length, arrays and maps of a given size, strings that match or miss a pattern, well-formed and
 * malformed values of a format, and the steps just inside an exclusive bound.
 *
 * <p>Sampling pushes onto the stack of schemas that {@link Mutations} is walking, so that its
 * depth bound counts the walk's depth too.
 */
final class SampleValues {

  static final int MAX_DEPTH = 12;
  static final int MAX_GENERATED_LENGTH = 200_000;

  private final ModelSchema model;
  private final Deque<JsonNode> walking;

  SampleValues(ModelSchema model, Deque<JsonNode> walking) {
    this.model = model;
    this.walking = walking;
  }

  /**
   * A value the part of the schema accepts, for properties the example leaves out, array items
   * and map values; {@code variant} makes items differ.
   */
  JsonNode sample(JsonNode schema, int variant) {
    JsonNode s = model.resolve(schema);
    if (!s.isObject() || walking.size() > MAX_DEPTH) {
      return null;
    }
    walking.push(s);
    try {
      JsonNode candidate = rawSample(s, variant);
      return candidate != null && model.errorsAgainst(s, candidate).isEmpty() ? candidate : null;
    } finally {
      walking.pop();
    }
  }

  private JsonNode rawSample(JsonNode s, int variant) {
    if (s.has("const")) {
      return s.get("const");
    }
    if (s.get("enum") instanceof ArrayNode values && !values.isEmpty()) {
      return values.get(variant % values.size());
    }
    for (String keyword : List.of("anyOf", "oneOf")) {
      if (s.get(keyword) instanceof ArrayNode branches) {
        for (JsonNode branch : branches) {
          if (!isNullOnly(model.resolve(branch))) {
            return sample(branch, variant);
          }
        }
        return NODES.nullNode();
      }
    }
    JsonNode example = s.path("examples").path(0);
    if (variant == 0 && !example.isMissingNode() && model.errorsAgainst(s, example).isEmpty()) {
      return example;
    }
    List<String> types = types(s);
    String type = types.stream().filter(t -> !t.equals("null")).findFirst()
        .orElse(s.has("properties") ? "object" : types.isEmpty() ? "string" : "null");
    return switch (type) {
      case "string" -> firstAccepted(s, stringCandidates(s, variant));
      case "integer", "number" -> firstAccepted(s, numberCandidates(s, variant));
      case "boolean" -> NODES.booleanNode(true);
      case "array" -> filledArray(NODES.arrayNode(), s.get("items"),
          Math.max(1, s.path("minItems").asInt(0)));
      case "object" -> objectSample(s, variant);
      default -> NODES.nullNode();
    };
  }

  private JsonNode objectSample(JsonNode s, int variant) {
    ObjectNode object = NODES.objectNode();
    for (var property : s.path("properties").properties()) {
      JsonNode value = sample(property.getValue(), variant);
      if (value != null) {
        object.set(property.getKey(), value);
      }
    }
    JsonNode additional = s.get("additionalProperties");
    if (additional != null && additional.isObject() && !s.has("properties")) {
      return filledMap(object, additional, Math.max(1, s.path("minProperties").asInt(0)));
    }
    return object;
  }

  private List<JsonNode> stringCandidates(JsonNode s, int variant) {
    List<JsonNode> candidates = new ArrayList<>();
    if (s.has("pattern")) {
      Random random = new Random(s.get("pattern").asString().hashCode() + 31L * variant);
      for (int i = 0; i < 30; i++) {
        generate(s.get("pattern").asString(), random, true).map(JsonNodes::text)
            .ifPresent(candidates::add);
      }
    }
    if (s.has("format")) {
      JsonNode formatted = wellFormed(s.get("format").asString(), variant);
      if (formatted != null) {
        candidates.add(formatted);
      }
    }
    int min = s.path("minLength").asInt(0);
    String letters = letters(variant);
    candidates.add(text(letters + "x".repeat(Math.max(0, min - letters.length()))));
    return candidates;
  }

  private List<JsonNode> numberCandidates(JsonNode s, int variant) {
    BigDecimal low = BigDecimal.ZERO;
    if (s.path("minimum").isNumber()) {
      low = s.get("minimum").decimalValue();
    } else if (s.path("exclusiveMinimum").isNumber()) {
      low = s.get("exclusiveMinimum").decimalValue().add(BigDecimal.ONE);
    }
    BigDecimal step = BigDecimal.valueOf(variant);
    return List.of(number(low.add(step)), number(low), number(low.add(new BigDecimal("0.5"))));
  }

  /** Strings of exactly {@code length} characters that satisfy the rest of the part. */
  static List<JsonNode> stringsOfLength(JsonNode schema, int length) {
    if (length < 0 || length > MAX_GENERATED_LENGTH) {
      return List.of();
    }
    List<JsonNode> candidates = new ArrayList<>();
    if (schema.has("pattern")) {
      String pattern = schema.get("pattern").asString();
      Random random = new Random(pattern.hashCode() + length);
      for (int i = 0; i < 200 && candidates.size() < 3; i++) {
        generate(pattern, random, true).filter(s -> s.length() == length)
            .map(JsonNodes::text).ifPresent(candidates::add);
      }
    }
    if ("email".equals(schema.path("format").asString(""))) {
      String email = email(length);
      if (email != null) {
        candidates.add(text(email));
      }
    }
    candidates.add(text("x".repeat(length)));
    return candidates;
  }

  /** An array of {@code count} items: the existing ones first, then distinct samples. */
  ArrayNode filledArray(ArrayNode existing, JsonNode items, int count) {
    ArrayNode array = NODES.arrayNode();
    for (int i = 0; i < existing.size() && array.size() < count; i++) {
      array.add(existing.get(i));
    }
    for (int variant = 0; array.size() < count && variant < count + 50; variant++) {
      if (items == null) {
        array.add(text(letters(variant)));
        continue;
      }
      JsonNode item = sample(items, variant);
      if (item == null) {
        return null;
      }
      boolean duplicate = false;
      for (JsonNode e : array) {
        duplicate |= e.equals(item);
      }
      if (!duplicate) {
        array.add(item);
      }
    }
    return array.size() == count ? array : null;
  }

  /** A map of {@code count} entries: the existing ones first, then samples. */
  ObjectNode filledMap(ObjectNode existing, JsonNode values, int count) {
    ObjectNode map = NODES.objectNode();
    for (var entry : existing.properties()) {
      if (map.size() < count) {
        map.set(entry.getKey(), entry.getValue());
      }
    }
    for (int variant = 0; map.size() < count; variant++) {
      JsonNode value = sample(values, variant);
      if (value == null) {
        return null;
      }
      map.set("key" + variant, value);
    }
    return map;
  }

  private JsonNode firstAccepted(JsonNode schema, List<JsonNode> candidates) {
    for (JsonNode candidate : candidates) {
      if (model.errorsAgainst(schema, candidate).isEmpty()) {
        return candidate;
      }
    }
    return null;
  }

  static List<JsonNode> steps(BigDecimal bound, boolean integer, BigDecimal direction) {
    List<JsonNode> steps = new ArrayList<>();
    steps.add(number(bound.add(direction)));
    if (!integer) {
      steps.add(number(bound.add(direction.multiply(new BigDecimal("0.5")))));
      steps.add(number(bound.add(direction.multiply(new BigDecimal("0.001")))));
    }
    return steps;
  }

  /** A value that the format rejects, or {@code null} for formats that are only annotations. */
  static JsonNode malformed(String format) {
    return switch (format) {
      case "email" -> text("not-an-email");
      case "date" -> text("2026-13-45");
      case "date-time" -> text("not-a-date-time");
      case "time" -> text("25:99:99");
      case "duration" -> text("not-a-duration");
      case "uuid" -> text("not-a-uuid");
      case "uri" -> text("not a uri");
      default -> null;
    };
  }

  private static JsonNode wellFormed(String format, int variant) {
    int n = variant % 28;
    return switch (format) {
      case "email" -> text("user" + variant + "@example.com");
      case "date" -> text(String.format("2099-01-%02d", n + 1));
      case "date-time" -> text(String.format("2099-01-01T00:00:%02dZ", variant % 60));
      case "time" -> text(String.format("12:00:%02dZ", variant % 60));
      case "duration" -> text("PT" + (variant + 1) + "H");
      case "uuid" -> text(String.format("00000000-0000-4000-8000-%012d", variant));
      case "uri" -> text("https://example.com/" + variant);
      default -> null;
    };
  }

  /** An e-mail address of exactly {@code length} characters, or {@code null} if too short. */
  private static String email(int length) {
    int hostLength = length - "u@.com".length();
    if (hostLength < 1) {
      return null;
    }
    StringBuilder host = new StringBuilder();
    while (host.length() < hostLength) {
      if (host.length() > 0) {
        host.append('.');
      }
      int left = hostLength - host.length();
      int label = Math.min(63, left);
      if (left - label == 1) {
        label--; // leave room for ".x" rather than a trailing dot
      }
      host.append("x".repeat(label));
    }
    return "u@" + host + ".com";
  }

  /** A string that matches (or misses) a pattern; empty when RgxGen cannot handle it. */
  static Optional<String> generate(String pattern, Random random, boolean hit) {
    try {
      RgxGen generator = RgxGen.parse(pattern);
      String s = hit ? generator.generate(random) : generator.generateNotMatching(random);
      return s.length() > MAX_GENERATED_LENGTH ? Optional.empty() : Optional.of(s);
    } catch (RuntimeException unsupported) {
      return Optional.empty();
    }
  }

  /** a, b, ..., z, ba, bb, ...: short distinct strings. */
  private static String letters(int variant) {
    StringBuilder s = new StringBuilder();
    int n = variant;
    do {
      s.insert(0, (char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return s.toString();
  }
}
