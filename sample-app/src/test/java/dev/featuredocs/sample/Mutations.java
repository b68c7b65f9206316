package dev.featuredocs.sample;

import com.github.curiousoddman.rgxgen.RgxGen;
import com.networknt.schema.Error;
import dev.featuredocs.sample.ModelSchemas.ModelSchema;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Changed copies of a model's documented example, one per constraint of its schema.
 *
 * <p>Walking the schema (top-level properties, nested objects, array items, map values, the
 * alternatives of {@code anyOf}/{@code oneOf}, and {@code $ref}s into {@code $defs}), it produces
 * two kinds of {@link Mutation}:
 *
 * <ul>
 *   <li><b>violating</b>: breaks exactly one constraint and must be rejected, by the schema and by
 *       the app. {@code minLength n} → a string of length n-1; {@code maxLength n} → n+1;
 *       {@code pattern} → a string that does not match; {@code format} → a malformed value such as
 *       {@code "not-an-email"}; {@code minimum}/{@code maximum} → one beyond;
 *       {@code exclusiveMinimum}/{@code exclusiveMaximum} → the bound itself; a required property →
 *       removed; a property that is not nullable → {@code null}; {@code enum} (also behind a
 *       {@code $ref}) → {@code "NOT_A_VALUE"}; {@code const} → another value (the opposite
 *       boolean); {@code minItems}/{@code maxItems} and {@code minProperties}/{@code maxProperties}
 *       → one too few or too many; {@code additionalProperties: false} → an extra property;
 *       {@code type} → a value of another JSON type; {@code anyOf}/{@code oneOf} → a value no
 *       alternative accepts.
 *   <li><b>conforming</b>: a value the schema accepts, at an edge, which the app must then accept
 *       too: at {@code minLength}/{@code maxLength}, the empty and the blank string, strings
 *       generated from {@code pattern}, at {@code minimum}/{@code maximum}, just inside an
 *       exclusive bound, at {@code minItems}/{@code maxItems}, every {@code enum} value,
 *       {@code null} where the property is nullable, and absent where it is not required. A schema
 *       that claims a looser bound than the code ({@code maxLength 500} for
 *       {@code @Size(max = 200)}) is caught here: its violating mutation (501 characters) is
 *       rejected by both, but 500 characters are accepted only by the schema.
 * </ul>
 *
 * <p>Values are chosen so that Jackson's coercions cannot rescue them (see {@link AppJson}): a
 * wrong {@code type} is an object for a string and a non-numeric string for a number, never
 * {@code "42"} or {@code 1.5}. {@code uniqueItems} gets no violating mutation: the app reads arrays
 * into {@code Set}s, which silently drop duplicates, so it accepts them by design. The formats
 * {@code int32} and {@code int64} are annotations without a check.
 */
final class Mutations {

  /**
   * One changed copy of the example.
   *
   * @param label what was changed, such as {@code CreateDocumentRequest.title: maxLength 200}
   * @param keyword the schema keyword it breaks (violating) or sits at (conforming), such as
   *     {@code maxLength}; {@code null} when any error of the schema will do
   * @param instance the whole changed example
   * @param value the changed value; {@code null} when the property was removed
   * @param violating whether it breaks the constraint (and must be rejected)
   */
  record Mutation(
      String label, String keyword, JsonNode instance, JsonNode value, boolean violating) {

    /** The changed value, short enough for a message. */
    String valueText() {
      return Mutations.text(value);
    }
  }

  /** What no enum of the app is expected to contain. */
  static final String NOT_A_VALUE = "NOT_A_VALUE";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 12;
  private static final int MAX_GENERATED_LENGTH = 200_000;
  private static final int MAX_GENERATED_ITEMS = 1_000;

  /** Each model's mutations, computed once: several checks walk the same ones. */
  private static final Map<ModelSchema, List<Mutation>> CACHE = new IdentityHashMap<>();

  private final ModelSchema model;
  private final List<Mutation> found = new ArrayList<>();
  private final Deque<JsonNode> walking = new ArrayDeque<>();

  private Mutations(ModelSchema model) {
    this.model = model;
  }

  /** The mutations of a model's example that break one constraint each. */
  static List<Mutation> violating(ModelSchema model) {
    return all(model).stream().filter(Mutation::violating).toList();
  }

  /** The values at the edges of the schema's constraints, which the schema accepts. */
  static List<Mutation> conforming(ModelSchema model) {
    return all(model).stream().filter(m -> !m.violating()).toList();
  }

  /**
   * Every mutation of a model's example, in the schema's order.
   *
   * @param model the schema
   * @return the mutations; empty when the schema has no example
   */
  static List<Mutation> all(ModelSchema model) {
    synchronized (CACHE) {
      return CACHE.computeIfAbsent(model, Mutations::generate);
    }
  }

  private static List<Mutation> generate(ModelSchema model) {
    JsonNode example = model.example();
    if (example.isMissingNode()) {
      return List.of();
    }
    Mutations mutations = new Mutations(model);
    mutations.walk(model.name(), model.root(), example, List.of());
    return List.copyOf(mutations.found);
  }

  // ---------------------------------------------------------------------------------------------
  // Walking the schema

  private void walk(String where, JsonNode schema, JsonNode doc, List<Object> path) {
    if (!schema.isObject() || walking.size() > MAX_DEPTH) {
      return;
    }
    if (schema.has("$ref")) {
      JsonNode target = model.resolve(schema);
      if (target.isObject() && walking.stream().noneMatch(s -> s == target)) {
        walking.push(target);
        walk(where, target, doc, path);
        walking.pop();
      }
    }
    for (String keyword : List.of("anyOf", "oneOf")) {
      if (schema.get(keyword) instanceof ArrayNode branches) {
        alternatives(where, schema, keyword, branches, doc, path);
      }
    }
    if (schema.get("enum") instanceof ArrayNode values) {
      enumeration(where, schema, values, doc, path);
    }
    if (schema.has("const")) {
      constant(where, schema, doc, path);
    }
    if (schema.has("type")) {
      type(where, schema, doc, path);
    }
    JsonNode value = at(doc, path);
    if (value.isString()) {
      strings(where, schema, doc, path);
    } else if (value.isNumber()) {
      numbers(where, schema, doc, path);
    } else if (value.isArray()) {
      arrays(where, schema, doc, path);
    } else if (value.isObject()) {
      objects(where, schema, doc, path);
    }
  }

  private void alternatives(
      String where, JsonNode schema, String keyword, ArrayNode branches, JsonNode doc,
      List<Object> path) {
    List<JsonNode> others = new ArrayList<>();
    for (JsonNode branch : branches) {
      if (!isNullOnly(model.resolve(branch))) {
        others.add(branch);
      }
    }
    if (others.isEmpty()) {
      return;
    }
    JsonNode value = at(doc, path);
    if (value.isNull() || value.isMissingNode()) {
      value = sample(others.get(0), 0);
      if (value == null) {
        return;
      }
      doc = with(doc, path, value);
    }
    if (others.size() > 1) {
      violate(where + ": " + keyword + " (no alternative matches)", keyword, schema, doc, path,
          List.of(text(NOT_A_VALUE), NODES.objectNode(), NODES.arrayNode(), NODES.booleanNode(true),
              NODES.numberNode(new BigDecimal("0.5"))));
    }
    for (int i = 0; i < others.size(); i++) {
      JsonNode branch = others.get(i);
      if (model.errorsAgainst(branch, value).isEmpty()) {
        String here = others.size() == 1 ? where : where + "<" + branchName(branch, i) + ">";
        walk(here, branch, doc, path);
        return;
      }
    }
  }

  private void enumeration(
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
    violate(where + ": enum " + names, "enum", schema, doc, path, List.of(outside));
    for (JsonNode v : values) {
      conform(where + ": enum value " + (v.isString() ? v.asString() : v), "enum", schema, doc,
          path, List.of(v));
    }
  }

  private void constant(String where, JsonNode schema, JsonNode doc, List<Object> path) {
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
    violate(where + ": const " + value, "const", schema, doc, path, List.of(other));
  }

  private void type(String where, JsonNode schema, JsonNode doc, List<Object> path) {
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
    violate(where + ": type " + String.join("|", types), "type", schema, doc, path, candidates);
  }

  private void strings(String where, JsonNode schema, JsonNode doc, List<Object> path) {
    int min = schema.path("minLength").asInt(0);
    if (schema.has("minLength") && min > 0) {
      violate(where + ": minLength " + min, "minLength", schema, doc, path,
          stringsOfLength(schema, min - 1));
    }
    if (schema.has("maxLength")) {
      int max = schema.get("maxLength").asInt();
      if (max < MAX_GENERATED_LENGTH) {
        violate(where + ": maxLength " + max, "maxLength", schema, doc, path,
            stringsOfLength(schema, max + 1));
        conform(where + ": at maxLength " + max, "maxLength", schema, doc, path,
            stringsOfLength(schema, max));
      }
    }
    if (schema.has("pattern")) {
      String pattern = schema.get("pattern").asString();
      List<JsonNode> misses = new ArrayList<>();
      Random random = new Random(pattern.hashCode());
      for (int i = 0; i < 5; i++) {
        generate(pattern, random, false).map(Mutations::text).ifPresent(misses::add);
      }
      int length = Math.max(1, min);
      for (String s : List.of(" ".repeat(length), "~".repeat(length), "NOT A MATCH", "", "x",
          "0")) {
        misses.add(text(s));
      }
      violate(where + ": pattern " + pattern, "pattern", schema, doc, path, misses);
      List<JsonNode> matches = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        generate(pattern, random, true).ifPresent(s -> {
          matches.add(text(s));
          // A pattern without ^...$ matches anywhere; @Pattern must match the whole string.
          matches.add(text("~ " + s + " ~"));
        });
      }
      conform(where + ": matching pattern " + pattern, "pattern", schema, doc, path, matches);
    }
    if (schema.has("format")) {
      String format = schema.get("format").asString();
      JsonNode malformed = malformed(format);
      if (malformed != null) {
        violate(where + ": format " + format, "format", schema, doc, path, List.of(malformed));
      }
    }
    if (types(schema).contains("string")) {
      conform(where + (min > 0 ? ": at minLength " + min : ": empty string"), "minLength",
          schema, doc, path, stringsOfLength(schema, min));
      conform(where + ": blank string", "pattern", schema, doc, path,
          List.of(text(" ".repeat(Math.max(1, min)))));
    }
  }

  private void numbers(String where, JsonNode schema, JsonNode doc, List<Object> path) {
    boolean integer = types(schema).contains("integer");
    if (schema.path("minimum").isNumber()) {
      BigDecimal min = schema.get("minimum").decimalValue();
      violate(where + ": minimum " + plain(min), "minimum", schema, doc, path,
          List.of(number(min.subtract(BigDecimal.ONE))));
      conform(where + ": at minimum " + plain(min), "minimum", schema, doc, path,
          List.of(number(min)));
    }
    if (schema.path("maximum").isNumber()) {
      BigDecimal max = schema.get("maximum").decimalValue();
      violate(where + ": maximum " + plain(max), "maximum", schema, doc, path,
          List.of(number(max.add(BigDecimal.ONE))));
      conform(where + ": at maximum " + plain(max), "maximum", schema, doc, path,
          List.of(number(max)));
    }
    if (schema.path("exclusiveMinimum").isNumber()) {
      BigDecimal min = schema.get("exclusiveMinimum").decimalValue();
      violate(where + ": exclusiveMinimum " + plain(min), "exclusiveMinimum", schema, doc, path,
          List.of(number(min)));
      conform(where + ": just above exclusiveMinimum " + plain(min), "exclusiveMinimum", schema,
          doc, path, steps(min, integer, BigDecimal.ONE));
    }
    if (schema.path("exclusiveMaximum").isNumber()) {
      BigDecimal max = schema.get("exclusiveMaximum").decimalValue();
      violate(where + ": exclusiveMaximum " + plain(max), "exclusiveMaximum", schema, doc, path,
          List.of(number(max)));
      conform(where + ": just below exclusiveMaximum " + plain(max), "exclusiveMaximum", schema,
          doc, path, steps(max, integer, BigDecimal.ONE.negate()));
    }
  }

  private void arrays(String where, JsonNode schema, JsonNode doc, List<Object> path) {
    ArrayNode value = (ArrayNode) at(doc, path);
    JsonNode items = schema.get("items");
    int min = schema.path("minItems").asInt(0);
    if (items != null && items.isObject()) {
      JsonNode base = doc;
      if (value.isEmpty()) {
        ArrayNode filled = filledArray(value, items, Math.max(1, min));
        base = filled == null ? null : with(doc, path, filled);
      }
      if (base != null) {
        walk(where + "[]", items, base, append(path, 0));
      }
    }
    if (schema.has("minItems") && min > 0) {
      violate(where + ": minItems " + min, "minItems", schema, doc, path,
          nonNull(filledArray(value, items, min - 1)));
    }
    if (schema.has("maxItems")) {
      int max = schema.get("maxItems").asInt();
      if (max < MAX_GENERATED_ITEMS) {
        violate(where + ": maxItems " + max, "maxItems", schema, doc, path,
            nonNull(filledArray(value, items, max + 1)));
        conform(where + ": at maxItems " + max, "maxItems", schema, doc, path,
            nonNull(filledArray(value, items, max)));
      }
    }
    conform(where + (min > 0 ? ": at minItems " + min : ": empty array"), "minItems", schema, doc,
        path, nonNull(filledArray(value, items, min)));
  }

  private void objects(String where, JsonNode schema, JsonNode doc, List<Object> path) {
    ObjectNode value = (ObjectNode) at(doc, path);
    Set<String> required = new LinkedHashSet<>();
    schema.path("required").forEach(r -> required.add(r.asString()));
    JsonNode properties = schema.path("properties");
    for (var property : properties.properties()) {
      String name = property.getKey();
      JsonNode propertySchema = property.getValue();
      String here = where + "." + name;
      List<Object> at = append(path, name);
      boolean present = value.has(name);
      if (present) {
        removal(here + (required.contains(name) ? ": required" : ": absent"),
            required.contains(name), without(doc, at));
      }
      JsonNode base = doc;
      if (!present || value.get(name).isNull()) {
        JsonNode sample = sample(propertySchema, 0);
        base = sample == null ? null : with(doc, at, sample);
      }
      if (base == null) {
        continue;
      }
      if (model.errorsAgainst(propertySchema, NODES.nullNode()).isEmpty()) {
        conform(here + ": null", "type", propertySchema, base, at, List.of(NODES.nullNode()));
      } else {
        violate(here + ": null (not nullable)", null, propertySchema, base, at,
            List.of(NODES.nullNode()));
      }
      walk(here, propertySchema, base, at);
    }
    JsonNode additional = schema.get("additionalProperties");
    if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
      violate(where + ": additionalProperties false", "additionalProperties", schema, doc, path,
          List.of(withEntry(value, "unexpectedProperty", text("x"))));
    }
    if (additional != null && additional.isObject()) {
      String key = null;
      for (String k : value.propertyNames()) {
        if (!properties.has(k)) {
          key = k;
          break;
        }
      }
      JsonNode base = doc;
      if (key == null) {
        key = "key";
        JsonNode sample = sample(additional, 0);
        base = sample == null ? null : with(doc, append(path, key), sample);
      }
      if (base != null) {
        walk(where + "{}", additional, base, append(path, key));
      }
      int min = schema.path("minProperties").asInt(0);
      if (schema.has("minProperties") && min > 0) {
        violate(where + ": minProperties " + min, "minProperties", schema, doc, path,
            nonNull(filledMap(value, additional, min - 1)));
      }
      if (schema.has("maxProperties")) {
        int max = schema.get("maxProperties").asInt();
        if (max < MAX_GENERATED_ITEMS) {
          violate(where + ": maxProperties " + max, "maxProperties", schema, doc, path,
              nonNull(filledMap(value, additional, max + 1)));
          conform(where + ": at maxProperties " + max, "maxProperties", schema, doc, path,
              nonNull(filledMap(value, additional, max)));
        }
      }
      conform(where + (min > 0 ? ": at minProperties " + min : ": empty object"),
          "minProperties", schema, doc, path, nonNull(filledMap(value, additional, min)));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Recording mutations

  /**
   * Records a violating mutation: the candidate that breaks {@code keyword} and nothing else if
   * there is one, else one that breaks it among others, else the first (whose acceptance by the
   * schema then shows that the keyword has no effect).
   */
  private void violate(
      String label, String keyword, JsonNode schema, JsonNode doc, List<Object> path,
      List<JsonNode> candidates) {
    JsonNode best = null;
    int bestRank = Integer.MAX_VALUE;
    for (JsonNode candidate : candidates) {
      List<Error> errors = model.errorsAgainst(schema, candidate);
      boolean hits = keyword == null
          ? !errors.isEmpty()
          : errors.stream().anyMatch(e -> keyword.equals(e.getKeyword()));
      boolean only = hits && (keyword == null
          || errors.stream().allMatch(e -> keyword.equals(e.getKeyword())));
      int rank = only ? 0 : hits ? 1 : 2;
      if (rank < bestRank) {
        best = candidate;
        bestRank = rank;
      }
    }
    if (best != null) {
      found.add(new Mutation(label, keyword, with(doc, path, best), best, true));
    }
  }


  /**
   * Records a conforming mutation for every candidate that the part of the schema accepts and
   * that leaves the whole example valid.
   */
  private void conform(
      String label, String keyword, JsonNode schema, JsonNode doc, List<Object> path,
      List<JsonNode> candidates) {
    Set<JsonNode> seen = new LinkedHashSet<>();
    for (JsonNode candidate : candidates) {
      if (seen.add(candidate) && model.errorsAgainst(schema, candidate).isEmpty()) {
        JsonNode instance = with(doc, path, candidate);
        if (model.errors(instance).isEmpty()) {
          found.add(new Mutation(label, keyword, instance, candidate, false));
        }
      }
    }
  }

  /**
   * Records the removal of a property: violating when it is required, else conforming (when the
   * rest of the example stays valid).
   */
  private void removal(String label, boolean required, JsonNode instance) {
    if (required || model.errors(instance).isEmpty()) {
      found.add(new Mutation(label, "required", instance, null, required));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  /**
   * A value the part of the schema accepts, for properties the example leaves out, array items
   * and map values; {@code variant} makes items differ.
   */
  private JsonNode sample(JsonNode schema, int variant) {
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
        generate(s.get("pattern").asString(), random, true).map(Mutations::text)
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
  private List<JsonNode> stringsOfLength(JsonNode schema, int length) {
    if (length < 0 || length > MAX_GENERATED_LENGTH) {
      return List.of();
    }
    List<JsonNode> candidates = new ArrayList<>();
    if (schema.has("pattern")) {
      String pattern = schema.get("pattern").asString();
      Random random = new Random(pattern.hashCode() + length);
      for (int i = 0; i < 200 && candidates.size() < 3; i++) {
        generate(pattern, random, true).filter(s -> s.length() == length)
            .map(Mutations::text).ifPresent(candidates::add);
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
  private ArrayNode filledArray(ArrayNode existing, JsonNode items, int count) {
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
  private ObjectNode filledMap(ObjectNode existing, JsonNode values, int count) {
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

  private static List<JsonNode> steps(BigDecimal bound, boolean integer, BigDecimal direction) {
    List<JsonNode> steps = new ArrayList<>();
    steps.add(number(bound.add(direction)));
    if (!integer) {
      steps.add(number(bound.add(direction.multiply(new BigDecimal("0.5")))));
      steps.add(number(bound.add(direction.multiply(new BigDecimal("0.001")))));
    }
    return steps;
  }

  /** A value that the format rejects, or {@code null} for formats that are only annotations. */
  private static JsonNode malformed(String format) {
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
  private static Optional<String> generate(String pattern, Random random, boolean hit) {
    try {
      RgxGen generator = RgxGen.parse(pattern);
      String s = hit ? generator.generate(random) : generator.generateNotMatching(random);
      return s.length() > MAX_GENERATED_LENGTH ? Optional.empty() : Optional.of(s);
    } catch (RuntimeException unsupported) {
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Small helpers

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

  private static boolean isNullOnly(JsonNode schema) {
    return types(schema).equals(List.of("null")) || schema.path("const").isNull();
  }

  private String branchName(JsonNode branch, int index) {
    if (branch.has("$ref")) {
      String ref = branch.get("$ref").asString();
      return ref.substring(ref.lastIndexOf('/') + 1);
    }
    return model.resolve(branch).path("title").asString(String.valueOf(index));
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

  private static ObjectNode withEntry(ObjectNode object, String key, JsonNode value) {
    ObjectNode copy = object.deepCopy();
    copy.set(key, value);
    return copy;
  }

  private static List<Object> append(List<Object> path, Object segment) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(segment);
    return List.copyOf(longer);
  }

  private static List<JsonNode> nonNull(JsonNode node) {
    return node == null ? List.of() : List.of(node);
  }

  private static JsonNode text(String s) {
    return NODES.stringNode(s);
  }

  static JsonNode number(BigDecimal value) {
    BigDecimal n = value.stripTrailingZeros();
    if (n.scale() <= 0) {
      return NODES.numberNode(n.toBigIntegerExact());
    }
    return NODES.numberNode(n);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
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
