package dev.featuredocs.sample;

import static dev.featuredocs.sample.JsonNodes.NODES;
import static dev.featuredocs.sample.JsonNodes.append;
import static dev.featuredocs.sample.JsonNodes.at;
import static dev.featuredocs.sample.JsonNodes.isNullOnly;
import static dev.featuredocs.sample.JsonNodes.nonNull;
import static dev.featuredocs.sample.JsonNodes.with;
import static dev.featuredocs.sample.JsonNodes.withEntry;
import static dev.featuredocs.sample.JsonNodes.without;
import static dev.featuredocs.sample.SampleValues.MAX_DEPTH;

import dev.featuredocs.sample.ModelSchemas.ModelSchema;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
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
 *
 * <p>This class walks the schema and mutates its structure (alternatives, array items, properties,
 * map values); {@link KeywordMutations} mutates the keywords of each value it reaches,
 * {@link SampleValues} makes the values, {@link MutationRecorder} chooses among them and records
 * the mutations, and {@link JsonNodes} holds the path and node helpers.
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

  private static final int MAX_GENERATED_ITEMS = 1_000;

  /** Each model's mutations, computed once: several checks walk the same ones. */
  private static final Map<ModelSchema, List<Mutation>> CACHE = new IdentityHashMap<>();

  private final ModelSchema model;
  private final Deque<JsonNode> walking = new ArrayDeque<>();
  private final SampleValues samples;
  private final MutationRecorder recorder;
  private final KeywordMutations keywords;

  private Mutations(ModelSchema model) {
    this.model = model;
    this.samples = new SampleValues(model, walking);
    this.recorder = new MutationRecorder(model);
    this.keywords = new KeywordMutations(recorder);
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
    return mutations.recorder.recorded();
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
      keywords.enumeration(where, schema, values, doc, path);
    }
    if (schema.has("const")) {
      keywords.constant(where, schema, doc, path);
    }
    if (schema.has("type")) {
      keywords.type(where, schema, doc, path);
    }
    JsonNode value = at(doc, path);
    if (value.isString()) {
      keywords.strings(where, schema, doc, path);
    } else if (value.isNumber()) {
      keywords.numbers(where, schema, doc, path);
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
      value = samples.sample(others.get(0), 0);
      if (value == null) {
        return;
      }
      doc = with(doc, path, value);
    }
    if (others.size() > 1) {
      recorder.violate(where + ": " + keyword + " (no alternative matches)", keyword, schema, doc,
          path, List.of(JsonNodes.text(NOT_A_VALUE), NODES.objectNode(), NODES.arrayNode(),
              NODES.booleanNode(true), NODES.numberNode(new BigDecimal("0.5"))));
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

  private void arrays(String where, JsonNode schema, JsonNode doc, List<Object> path) {
    ArrayNode value = (ArrayNode) at(doc, path);
    JsonNode items = schema.get("items");
    int min = schema.path("minItems").asInt(0);
    if (items != null && items.isObject()) {
      JsonNode base = doc;
      if (value.isEmpty()) {
        ArrayNode filled = samples.filledArray(value, items, Math.max(1, min));
        base = filled == null ? null : with(doc, path, filled);
      }
      if (base != null) {
        walk(where + "[]", items, base, append(path, 0));
      }
    }
    if (schema.has("minItems") && min > 0) {
      recorder.violate(where + ": minItems " + min, "minItems", schema, doc, path,
          nonNull(samples.filledArray(value, items, min - 1)));
    }
    if (schema.has("maxItems")) {
      int max = schema.get("maxItems").asInt();
      if (max < MAX_GENERATED_ITEMS) {
        recorder.violate(where + ": maxItems " + max, "maxItems", schema, doc, path,
            nonNull(samples.filledArray(value, items, max + 1)));
        recorder.conform(where + ": at maxItems " + max, "maxItems", schema, doc, path,
            nonNull(samples.filledArray(value, items, max)));
      }
    }
    recorder.conform(where + (min > 0 ? ": at minItems " + min : ": empty array"), "minItems",
        schema, doc, path, nonNull(samples.filledArray(value, items, min)));
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
        recorder.removal(here + (required.contains(name) ? ": required" : ": absent"),
            required.contains(name), without(doc, at));
      }
      JsonNode base = doc;
      if (!present || value.get(name).isNull()) {
        JsonNode sample = samples.sample(propertySchema, 0);
        base = sample == null ? null : with(doc, at, sample);
      }
      if (base == null) {
        continue;
      }
      if (model.errorsAgainst(propertySchema, NODES.nullNode()).isEmpty()) {
        recorder.conform(here + ": null", "type", propertySchema, base, at,
            List.of(NODES.nullNode()));
      } else {
        recorder.violate(here + ": null (not nullable)", null, propertySchema, base, at,
            List.of(NODES.nullNode()));
      }
      walk(here, propertySchema, base, at);
    }
    JsonNode additional = schema.get("additionalProperties");
    if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
      recorder.violate(where + ": additionalProperties false", "additionalProperties", schema,
          doc, path, List.of(withEntry(value, "unexpectedProperty", JsonNodes.text("x"))));
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
        JsonNode sample = samples.sample(additional, 0);
        base = sample == null ? null : with(doc, append(path, key), sample);
      }
      if (base != null) {
        walk(where + "{}", additional, base, append(path, key));
      }
      int min = schema.path("minProperties").asInt(0);
      if (schema.has("minProperties") && min > 0) {
        recorder.violate(where + ": minProperties " + min, "minProperties", schema, doc, path,
            nonNull(samples.filledMap(value, additional, min - 1)));
      }
      if (schema.has("maxProperties")) {
        int max = schema.get("maxProperties").asInt();
        if (max < MAX_GENERATED_ITEMS) {
          recorder.violate(where + ": maxProperties " + max, "maxProperties", schema, doc, path,
              nonNull(samples.filledMap(value, additional, max + 1)));
          recorder.conform(where + ": at maxProperties " + max, "maxProperties", schema, doc, path,
              nonNull(samples.filledMap(value, additional, max)));
        }
      }
      recorder.conform(where + (min > 0 ? ": at minProperties " + min : ": empty object"),
          "minProperties", schema, doc, path, nonNull(samples.filledMap(value, additional, min)));
    }
  }

  private String branchName(JsonNode branch, int index) {
    if (branch.has("$ref")) {
      String ref = branch.get("$ref").asString();
      return ref.substring(ref.lastIndexOf('/') + 1);
    }
    return model.resolve(branch).path("title").asString(String.valueOf(index));
  }

  /** A value for a message: long strings and arrays are shortened. */
  static String text(JsonNode value) {
    return JsonNodes.text(value);
  }
}
