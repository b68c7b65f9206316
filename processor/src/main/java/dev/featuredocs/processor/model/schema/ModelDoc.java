package dev.featuredocs.processor.model.schema;

import java.util.List;

/**
 * A data model of the feature: a request or response body, a type one reaches, or a type of the
 * feature that carries {@code @Feature} itself.
 *
 * @param name the model's schema name: the simple name, or a stable name for a generic instantiation
 * @param kind {@code record}, {@code class}, {@code enum} or {@code interface}
 * @param qualifiedName the Java type as written with packages, e.g. {@code com.example.Page<com.example.Order>}
 * @param request whether some endpoint of the feature takes it as its request body
 * @param response whether some endpoint of the feature returns it
 * @param purpose the first sentence of its javadoc, empty when none
 * @param file its source file relative to the source root, empty for class files
 * @param declaration its declaration as written (annotations, header, fields; no method bodies), or synthesised
 * @param fields its JSON properties in wire order; for an enum, its values (name and description only)
 * @param schemaFile the schema's file name, {@code <name>.schema.json}
 * @param schema the JSON Schema 2020-12 document, canonical text
 * @param example a JSON example that satisfies the schema
 * @param mapper the library that writes and reads the JSON: {@code Jackson} or {@code JSON-B}
 */
public record ModelDoc(
    String name,
    String kind,
    String qualifiedName,
    boolean request,
    boolean response,
    String purpose,
    String file,
    String declaration,
    List<FieldDoc> fields,
    String schemaFile,
    String schema,
    String example,
    String mapper) {

  public ModelDoc {
    fields = List.copyOf(fields);
  }
}
