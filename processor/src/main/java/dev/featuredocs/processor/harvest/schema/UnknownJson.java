package dev.featuredocs.processor.harvest.schema;

import dev.featuredocs.processor.harvest.javac.Mirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Jackson and JSON-B annotations that change a model's JSON in ways code does not show (custom
 * serialisers, views, identity references, filters, raw values, JSON-B polymorphism and
 * visibility strategies). featuredocs documents such a property as if the annotation were absent,
 * so it says so: a warning on the annotation and a note in the field table.
 */
final class UnknownJson {
  private static final Set<String> NOT_UNDERSTOOD = Set.of(
      "com.fasterxml.jackson.databind.annotation.JsonSerialize",
      "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
      "tools.jackson.databind.annotation.JsonSerialize",
      "tools.jackson.databind.annotation.JsonDeserialize",
      JacksonProperties.PACKAGE + "JsonView",
      JacksonProperties.PACKAGE + "JsonIdentityInfo",
      JacksonProperties.PACKAGE + "JsonIdentityReference",
      JacksonProperties.PACKAGE + "JsonFilter",
      JacksonProperties.PACKAGE + "JsonRawValue",
      JacksonProperties.PACKAGE + "JsonTypeId",
      "com.fasterxml.jackson.databind.annotation.JsonAppend",
      JacksonProperties.JSONB + "JsonbTypeSerializer",
      JacksonProperties.JSONB + "JsonbTypeDeserializer",
      JacksonProperties.JSONB + "JsonbVisibility",
      JacksonProperties.JSONB + "JsonbTypeInfo",
      "javax.json.bind.annotation.JsonbTypeSerializer",
      "javax.json.bind.annotation.JsonbTypeDeserializer",
      "javax.json.bind.annotation.JsonbVisibility");

  private UnknownJson() {}

  /** The annotations among these that featuredocs does not understand. */
  static List<AnnotationMirror> of(List<? extends AnnotationMirror> annotations) {
    List<AnnotationMirror> result = new ArrayList<>();
    for (AnnotationMirror annotation : annotations) {
      if (NOT_UNDERSTOOD.contains(Mirrors.name(annotation))) {
        result.add(annotation);
      }
    }
    return result;
  }

  static List<AnnotationMirror> of(Element element) {
    return of(element.getAnnotationMirrors());
  }

  /** {@code @JsonSerialize}: the simple name with its at sign. */
  static String label(AnnotationMirror annotation) {
    String name = Mirrors.name(annotation);
    return "@" + name.substring(name.lastIndexOf('.') + 1);
  }
}
