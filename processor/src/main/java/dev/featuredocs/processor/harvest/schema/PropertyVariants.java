package dev.featuredocs.processor.harvest.schema;

import dev.featuredocs.processor.harvest.javac.Mirrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;

/**
 * Jackson's property-level {@code @JsonIgnoreProperties} and {@code @JsonIncludeProperties}: the
 * nested model at that property (the value, the items of a collection, the values of a map) is
 * written without (or with only) the listed properties. The property refers to a variant of the
 * model in {@code $defs}, {@code <Model>-without-a-b} or {@code <Model>-only-a-b}, so the schema and
 * the example show what the app sends, not the whole nested graph.
 */
final class PropertyVariants {
  private PropertyVariants() {}

  /** Points the node's model references at the variant the property's annotations ask for. */
  static void apply(JacksonProperties.Property property, Map<String, Object> node, SchemaBuilder.Defs defs,
      Mirrors mirrors) {
    Optional<AnnotationMirror> ignore = JacksonProperties.find(property.annotations(), "JsonIgnoreProperties");
    Optional<AnnotationMirror> include = JacksonProperties.find(property.annotations(), "JsonIncludeProperties");
    if (ignore.isPresent() || include.isPresent()) {
      defs.contextual(); // the variant copies the nested schema the document holds at this point
    }
    if (ignore.isPresent()) {
      List<String> names = mirrors.strings(ignore.get(), "value");
      if (!names.isEmpty()) {
        redirect(node, defs, "without", names, false);
      }
    } else if (include.isPresent()) {
      redirect(node, defs, "only", mirrors.strings(include.get(), "value"), true);
    }
  }

  /** The names a property-level annotation lists, as the field table says them; empty when none. */
  static String words(JacksonProperties.Property property, Mirrors mirrors) {
    Optional<AnnotationMirror> ignore = JacksonProperties.find(property.annotations(), "JsonIgnoreProperties");
    if (ignore.isPresent() && !mirrors.strings(ignore.get(), "value").isEmpty()) {
      return "nested without " + String.join(", ", mirrors.strings(ignore.get(), "value"));
    }
    return JacksonProperties.find(property.annotations(), "JsonIncludeProperties")
        .map(m -> "nested with only " + String.join(", ", mirrors.strings(m, "value"))).orElse("");
  }

  @SuppressWarnings("unchecked")
  private static void redirect(Object node, SchemaBuilder.Defs defs, String how, List<String> names, boolean only) {
    if (node instanceof List<?> list) {
      list.forEach(item -> redirect(item, defs, how, names, only));
      return;
    }
    if (!(node instanceof Map<?, ?>)) {
      return;
    }
    Map<String, Object> map = (Map<String, Object>) node;
    if (map.get("$ref") instanceof String ref && ref.startsWith("#/$defs/")) {
      String model = ref.substring("#/$defs/".length());
      Map<String, Object> schema = defs.schemas.get(model);
      if (schema == null || !(schema.get("properties") instanceof Map<?, ?> props)) {
        return; // an enum, a polymorphic base: nothing to leave out
      }
      String variant = model + "-" + how + "-" + String.join("-", names);
      if (!defs.schemas.containsKey(variant)) {
        Map<String, Object> copy = new TreeMap<>(schema);
        Map<String, Object> kept = new LinkedHashMap<>();
        props.forEach((k, v) -> {
          if (names.contains(k.toString()) == only) {
            kept.put(k.toString(), v);
          }
        });
        copy.put("properties", kept);
        if (schema.get("required") instanceof List<?> required) {
          List<Object> stillRequired = new ArrayList<>(required);
          stillRequired.removeIf(r -> !kept.containsKey(r.toString()));
          if (stillRequired.isEmpty()) {
            copy.remove("required");
          } else {
            copy.put("required", stillRequired);
          }
        }
        defs.schemas.put(variant, copy);
      }
      map.put("$ref", "#/$defs/" + variant);
      return;
    }
    for (String key : List.of("items", "additionalProperties", "anyOf", "oneOf")) {
      redirect(map.get(key), defs, how, names, only);
    }
  }
}
