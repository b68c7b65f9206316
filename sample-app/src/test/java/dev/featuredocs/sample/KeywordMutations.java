package dev.featuredocs.sample;

import static dev.featuredocs.sample.JsonNodes.NODES;
import static dev.featuredocs.sample.JsonNodes.number;
import static dev.featuredocs.sample.JsonNodes.plain;
import static dev.featuredocs.sample.JsonNodes.text;
import static dev.featuredocs.sample.JsonNodes.types;
import static dev.featuredocs.sample.Mutations.NOT_A_VALUE;
import static dev.featuredocs.sample.SampleValues.MAX_GENERATED_LENGTH;
import static dev.featuredocs.sample.SampleValues.generate;
import static dev.featuredocs.sample.SampleValues.malformed;
import static dev.featuredocs.sample.SampleValues.steps;
import static dev.featuredocs.sample.SampleValues.stringsOfLength;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The mutations of the keywords that constrain one value of the example as a whole: {@code enum},
 * {@code const}, {@code type}, and the string and number keywords. {@link Mutations} calls them
 * for each value it walks to; what they make is described there.
 */
final class KeywordMutations {

  private final MutationRecorder recorder;

  KeywordMutations(MutationRecorder recorder) {
    this.recorder = recorder;
  }

  void enumeration(
      String where, JsonNode schema, ArrayNode values, JsonNode doc, List<Object> path) {
    List<String> names = new ArrayList<>();
    boolean strings = false;
    BigDecimal largest = BigDecimal.ZERO;
    for (JsonNode v : values) {
      names.add(v.isString() ? v.asString() : v.toString());
      strings |= v.isString();
      if (v.isNumber() && v.decimalValue().compareTo(largest) > 0) {
        largest = v.decimalValue();
      }
    }
    JsonNode outside = strings ? text(NOT_A_VALUE) : number(largest.add(BigDecimal.ONE));
    recorder.violate(where + ": enum " + names, "enum", schema, doc, path, List.of(outside));
    for (JsonNode v : values) {
      recorder.conform(where + ": enum value " + (v.isString() ? v.asString() : v), "enum",
          schema, doc, path, List.of(v));
    }
  }

  void constant(String where, JsonNode schema, JsonNode doc, List<Object> path) {
    JsonNode value = schema.get("const");
    JsonNode other;
    if (value.isBoolean()) {
      other = NODES.booleanNode(!value.asBoolean());
    } else if (value.isNumber()) {
      other = number(value.decimalValue().add(BigDecimal.ONE));
    } else if (value.isString()) {
      other = text("NOT_" + value.asString());
    } else {
      other = text(NOT_A_VALUE);
    }
    recorder.violate(where + ": const " + value, "const", schema, doc, path, List.of(other));
  }

  void type(String where, JsonNode schema, JsonNode doc, List<Object> path) {
    List<String> types = types(schema);
    List<JsonNode> candidates = new ArrayList<>();
    for (String type : types) {
      switch (type) {
        // Jackson turns numbers and booleans into strings, so only an object or array is wrong.
        case "string" -> candidates.add(NODES.objectNode());
        // Jackson parses numeric strings ("42") into numbers, so the string is not numeric.
        case "integer", "number" -> candidates.add(text("not-a-number"));
        case "boolean" -> candidates.add(text("not-a-boolean"));
        case "array" -> candidates.add(text("not-an-array"));
        case "object" -> candidates.add(text("not-an-object"));
        default -> {}
      }
    }
    candidates.addAll(List.of(NODES.objectNode(), text("not-a-value"), NODES.arrayNode()));
    recorder.violate(where + ": type " + String.join("|", types), "type", schema, doc, path,
        candidates);
  }

  void strings(String where, JsonNode schema, JsonNode doc, List<Object> path) {
    int min = schema.path("minLength").asInt(0);
    if (schema.has("minLength") && min > 0) {
      recorder.violate(where + ": minLength " + min, "minLength", schema, doc, path,
          stringsOfLength(schema, min - 1));
    }
    if (schema.has("maxLength")) {
      int max = schema.get("maxLength").asInt();
      if (max < MAX_GENERATED_LENGTH) {
        recorder.violate(where + ": maxLength " + max, "maxLength", schema, doc, path,
            stringsOfLength(schema, max + 1));
        recorder.conform(where + ": at maxLength " + max, "maxLength", schema, doc, path,
            stringsOfLength(schema, max));
      }
    }
    if (schema.has("pattern")) {
      String pattern = schema.get("pattern").asString();
      List<JsonNode> misses = new ArrayList<>();
      Random random = new Random(pattern.hashCode());
      for (int i = 0; i < 5; i++) {
        generate(pattern, random, false).map(JsonNodes::text).ifPresent(misses::add);
      }
      int length = Math.max(1, min);
      for (String s : List.of(" ".repeat(length), "~".repeat(length), "NOT A MATCH", "", "x",
          "0")) {
        misses.add(text(s));
      }
      recorder.violate(where + ": pattern " + pattern, "pattern", schema, doc, path, misses);
      List<JsonNode> matches = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        generate(pattern, random, true).ifPresent(s -> {
          matches.add(text(s));
          // A pattern without ^...$ matches anywhere; @Pattern must match the whole string.
          matches.add(text("~ " + s + " ~"));
        });
      }
      recorder.conform(where + ": matching pattern " + pattern, "pattern", schema, doc, path,
          matches);
    }
    if (schema.has("format")) {
      String format = schema.get("format").asString();
      JsonNode malformed = malformed(format);
      if (malformed != null) {
        recorder.violate(where + ": format " + format, "format", schema, doc, path,
            List.of(malformed));
      }
    }
    if (types(schema).contains("string")) {
      recorder.conform(where + (min > 0 ? ": at minLength " + min : ": empty string"), "minLength",
          schema, doc, path, stringsOfLength(schema, min));
      recorder.conform(where + ": blank string", "pattern", schema, doc, path,
          List.of(text(" ".repeat(Math.max(1, min)))));
    }
  }

  void numbers(String where, JsonNode schema, JsonNode doc, List<Object> path) {
    boolean integer = types(schema).contains("integer");
    if (schema.path("minimum").isNumber()) {
      BigDecimal min = schema.get("minimum").decimalValue();
      recorder.violate(where + ": minimum " + plain(min), "minimum", schema, doc, path,
          List.of(number(min.subtract(BigDecimal.ONE))));
      recorder.conform(where + ": at minimum " + plain(min), "minimum", schema, doc, path,
          List.of(number(min)));
    }
    if (schema.path("maximum").isNumber()) {
      BigDecimal max = schema.get("maximum").decimalValue();
      recorder.violate(where + ": maximum " + plain(max), "maximum", schema, doc, path,
          List.of(number(max.add(BigDecimal.ONE))));
      recorder.conform(where + ": at maximum " + plain(max), "maximum", schema, doc, path,
          List.of(number(max)));
    }
    if (schema.path("exclusiveMinimum").isNumber()) {
      BigDecimal min = schema.get("exclusiveMinimum").decimalValue();
      recorder.violate(where + ": exclusiveMinimum " + plain(min), "exclusiveMinimum", schema,
          doc, path, List.of(number(min)));
      recorder.conform(where + ": just above exclusiveMinimum " + plain(min), "exclusiveMinimum",
          schema, doc, path, steps(min, integer, BigDecimal.ONE));
    }
    if (schema.path("exclusiveMaximum").isNumber()) {
      BigDecimal max = schema.get("exclusiveMaximum").decimalValue();
      recorder.violate(where + ": exclusiveMaximum " + plain(max), "exclusiveMaximum", schema,
          doc, path, List.of(number(max)));
      recorder.conform(where + ": just below exclusiveMaximum " + plain(max), "exclusiveMaximum",
          schema, doc, path, steps(max, integer, BigDecimal.ONE.negate()));
    }
  }
}
