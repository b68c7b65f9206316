package dev.featuredocs.processor.render.openapi;

import dev.featuredocs.processor.json.ModelJson;
import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.schema.ModelDoc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code components.schemas}: each model's JSON Schema document (2020-12, as the schema files have
 * it), its {@code $defs} moved up beside it and every {@code #/$defs/X} reference rewritten to
 * {@code #/components/schemas/X}, so that each reference resolves inside the OpenAPI document. A
 * model's own schema file wins over the copy another schema keeps in its {@code $defs}.
 */
final class ComponentSchemas {
  private static final String DEFS = "#/$defs/";
  static final String COMPONENTS = "#/components/schemas/";

  private final Map<String, Object> schemas = new TreeMap<>();
  private final Map<String, ModelDoc> models = new TreeMap<>();
  /** The model's Java type with simple names ({@code Page<Order>}), and its name, → schema name. */
  private final Map<String, String> byType = new HashMap<>();

  ComponentSchemas(List<FeatureSummary> features) {
    Map<String, Object> fromDefs = new TreeMap<>();
    for (FeatureSummary feature : features) {
      for (ModelDoc model : feature.models()) {
        if (models.putIfAbsent(model.name(), model) != null || model.schema().isBlank()) {
          continue;
        }
        byType.put(model.name(), model.name());
        byType.putIfAbsent(simpleNames(model.qualifiedName()), model.name());
        Map<String, Object> schema = object(rewritten(ModelJson.parse(model.schema())));
        Object defs = schema.remove("$defs");
        schema.remove("$schema"); // the document's jsonSchemaDialect says it
        if (defs instanceof Map<?, ?> map) {
          map.forEach((name, def) -> fromDefs.putIfAbsent(name.toString(), def));
        }
        schemas.put(model.name(), sorted(schema));
      }
    }
    fromDefs.forEach((name, def) -> schemas.putIfAbsent(name, sorted(def)));
  }

  /** The schemas by name, sorted. */
  Map<String, Object> schemas() {
    return schemas;
  }

  /** The model named {@code name}, or null. */
  ModelDoc model(String name) {
    return models.get(name);
  }

  /** The {@code $ref} for a Java type as the model writes it (simple names), or null when it is no known model. */
  String ref(String javaType) {
    String name = byType.get(javaType.replace(" ", ""));
    return name == null ? null : COMPONENTS + name;
  }

  /** {@code com.example.Page<com.example.Order>} → {@code Page<Order>}; nested {@code Outer.Inner} kept. */
  static String simpleNames(String qualified) {
    return qualified.replaceAll("\\b[a-z_][a-z0-9_]*\\.", "").replace(" ", "");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    return value instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : new LinkedHashMap<>();
  }

  /** A copy with every {@code #/$defs/} reference pointing into {@code components.schemas}. */
  private static Object rewritten(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, item) -> copy.put(key.toString(),
          key.equals("$ref") && item instanceof String ref && ref.startsWith(DEFS)
              ? COMPONENTS + ref.substring(DEFS.length()) : rewritten(item)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(rewritten(item)));
      return copy;
    }
    return value;
  }

  /**
   * Keys sorted where their order means nothing, as the schema files have them; the order of
   * {@code properties} (the wire order) and of examples is kept.
   */
  private static Object sorted(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new TreeMap<>();
      map.forEach((key, item) -> copy.put(key.toString(), key.equals("properties") && item instanceof Map<?, ?> props
          ? keepOrder(props) : key.equals("examples") || key.equals("example") || key.equals("default")
              || key.equals("const") || key.equals("enum") ? item : sorted(item)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(sorted(item)));
      return copy;
    }
    return value;
  }

  private static Map<String, Object> keepOrder(Map<?, ?> properties) {
    Map<String, Object> copy = new LinkedHashMap<>();
    properties.forEach((key, item) -> copy.put(key.toString(), sorted(item)));
    return copy;
  }
}
