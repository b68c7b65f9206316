package dev.featuredocs.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON helpers of {@link Mutations}: paths into a document (a list of property names and
 * array indexes), copies of a document with one value changed, small node builders, what a schema
 * says about types, and the short form of a value for a message.
 */
final class JsonNodes {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonNodes() {}

  static List<String> types(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type == null) {
      return List.of();
    }
    if (type.isArray()) {
      List<String> types = new ArrayList<>();
      type.forEach(t -> types.add(t.asString()));
      return types;
    }
    return List.of(type.asString());
  }

  static boolean isNullOnly(JsonNode schema) {
    return types(schema).equals(List.of("null")) || schema.path("const").isNull();
  }

  static JsonNode at(JsonNode doc, List<Object> path) {
    JsonNode node = doc;
    for (Object segment : path) {
      node = segment instanceof Integer i ? node.path(i) : node.path((String) segment);
    }
    return node;
  }

  /** A copy of {@code doc} with the value at {@code path} replaced (or removed, for null). */
  static JsonNode with(JsonNode doc, List<Object> path, JsonNode value) {
    if (path.isEmpty()) {
      return value;
    }
    JsonNode copy = doc.deepCopy();
    JsonNode parent = at(copy, path.subList(0, path.size() - 1));
    Object last = path.get(path.size() - 1);
    if (parent instanceof ObjectNode object) {
      if (value == null) {
        object.remove((String) last);
      } else {
        object.set((String) last, value);
      }
    } else if (parent instanceof ArrayNode array) {
      int index = (Integer) last;
      if (value == null) {
        array.remove(index);
      } else if (index < array.size()) {
        array.set(index, value);
      } else {
        array.add(value);
      }
    }
    return copy;
  }

  static JsonNode without(JsonNode doc, List<Object> path) {
    return with(doc, path, null);
  }

  static ObjectNode withEntry(ObjectNode object, String key, JsonNode value) {
    ObjectNode copy = object.deepCopy();
    copy.set(key, value);
    return copy;
  }

  static List<Object> append(List<Object> path, Object segment) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(segment);
    return List.copyOf(longer);
  }

  static List<JsonNode> nonNull(JsonNode node) {
    return node == null ? List.of() : List.of(node);
  }

  static JsonNode text(String s) {
    return NODES.stringNode(s);
  }

  static JsonNode number(BigDecimal value) {
    BigDecimal n = value.stripTrailingZeros();
    if (n.scale() <= 0) {
      return NODES.numberNode(n.toBigIntegerExact());
    }
    return NODES.numberNode(n);
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** A value for a message: long strings and arrays are shortened. */
  static String text(JsonNode value) {
    if (value == null) {
      return "(absent)";
    }
    if (value.isString() && value.asString().length() > 24) {
      String s = value.asString();
      return "\"" + s.substring(0, 12) + "…\" (" + s.length() + " characters)";
    }
    String json = value.toString();
    if (value.isArray() && json.length() > 40) {
      return "[" + value.size() + " items]";
    }
    return json.length() > 60 ? json.substring(0, 57) + "…" : json;
  }
}
