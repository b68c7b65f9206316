package dev.featuredocs.processor.harvest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * A JSON example of a type, built from its structure: records by component, classes by field
 * (superclass fields first), with Jackson's {@code @JsonProperty} names and {@code @JsonIgnore}, and
 * values that satisfy the common Bean Validation constraints ({@code @Email}, {@code @Size},
 * {@code @Min}, {@code @Positive}, {@code @Future}, …) so the example is one the app accepts.
 */
final class ExampleBuilder {
  private static final int MAX_DEPTH = 6;
  private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  private static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";

  private final Types types;
  private final Elements elements;
  private final Mirrors mirrors;
  private final WebTypes web;

  ExampleBuilder(Types types, Elements elements, WebTypes web) {
    this.types = types;
    this.elements = elements;
    this.mirrors = new Mirrors(elements);
    this.web = web;
  }

  /** Pretty-printed JSON, two-space indent. */
  String example(TypeMirror type, boolean many) {
    Object value = value(type, List.of(), new HashSet<>(), 0);
    StringBuilder out = new StringBuilder();
    Json.write(many ? List.of(value) : value, out, "");
    return out.toString();
  }

  private Object value(TypeMirror type, List<? extends AnnotationMirror> constraints, Set<String> visiting, int depth) {
    Map<String, AnnotationMirror> c = constraintsByName(constraints);
    switch (type.getKind()) {
      case BOOLEAN:
        return c.containsKey("AssertTrue");
      case BYTE: case SHORT: case INT: case LONG:
        return integer(c);
      case FLOAT: case DOUBLE:
        return decimal(c);
      case CHAR:
        return "a";
      case ARRAY: {
        TypeMirror component = ((ArrayType) type).getComponentType();
        if (component.getKind() == TypeKind.BYTE) {
          return "c3RyaW5n"; // Jackson writes byte[] as Base64
        }
        return List.of(value(component, List.of(), visiting, depth + 1));
      }
      case DECLARED:
        return declared((DeclaredType) type, c, visiting, depth);
      default:
        return Map.of();
    }
  }

  private Object declared(DeclaredType type, Map<String, AnnotationMirror> c, Set<String> visiting, int depth) {
    String name = WebTypes.name(type);
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    switch (name) {
      case "java.lang.String", "java.lang.CharSequence" -> {
        return string(c);
      }
      case "java.lang.Boolean" -> {
        return c.containsKey("AssertTrue");
      }
      case "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.math.BigInteger" -> {
        return integer(c);
      }
      case "java.lang.Float", "java.lang.Double", "java.math.BigDecimal", "java.lang.Number" -> {
        return decimal(c);
      }
      case "java.lang.Character" -> {
        return "a";
      }
      case "java.util.UUID" -> {
        return "3fa85f64-5717-4562-b3fc-2c963f66afa6";
      }
      case "java.net.URI", "java.net.URL" -> {
        return "https://example.com/";
      }
      case "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.util.Date" -> {
        return date(c, "T00:00:00Z");
      }
      case "java.time.LocalDateTime" -> {
        return date(c, "T00:00:00");
      }
      case "java.time.LocalDate" -> {
        return date(c, "");
      }
      case "java.time.LocalTime" -> {
        return "12:00:00";
      }
      case "java.time.Duration" -> {
        return "PT1H";
      }
      case "java.time.YearMonth" -> {
        return date(c, "").substring(0, 7);
      }
      case "java.util.Optional" -> {
        return arguments.isEmpty() ? Map.of() : value(arguments.get(0), List.copyOf(c.values()), visiting, depth);
      }
      case "org.springframework.data.domain.Page", "org.springframework.data.domain.Slice" -> {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("content", List.of(arguments.isEmpty() ? Map.of() : value(arguments.get(0), List.of(), visiting, depth + 1)));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("size", 20);
        metadata.put("number", 0);
        metadata.put("totalElements", 1);
        metadata.put("totalPages", 1);
        page.put("page", metadata);
        return page;
      }
      default -> { }
    }
    TypeElement element = (TypeElement) type.asElement();
    if (web.implementsAny(type, Set.of("java.util.Map"))) {
      Object item = arguments.size() == 2 ? value(arguments.get(1), List.of(), visiting, depth + 1) : Map.of();
      return Map.of("key", item);
    }
    if (web.implementsAny(type, Set.of("java.lang.Iterable"))) {
      Object item = arguments.size() == 1 ? value(arguments.get(0), List.of(), visiting, depth + 1) : Map.of();
      return List.of(item);
    }
    if (element.getKind() == ElementKind.ENUM) {
      return enumValue(element);
    }
    if (depth >= MAX_DEPTH || !visiting.add(name) || name.startsWith("java.")) {
      return Map.of(); // a cycle, too deep, or a JDK type whose fields are not its JSON
    }
    Map<String, Object> object = new LinkedHashMap<>();
    for (Property property : properties(type)) {
      object.put(property.name(), value(property.type(), property.annotations(), visiting, depth + 1));
    }
    visiting.remove(name);
    return object;
  }

  private record Property(String name, TypeMirror type, List<AnnotationMirror> annotations) {}

  /** Jackson's properties, simplified: record components, else instance fields, superclass first. */
  private List<Property> properties(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    List<Property> result = new ArrayList<>();
    if (element.getSuperclass().getKind() == TypeKind.DECLARED) {
      DeclaredType superclass = (DeclaredType) types.directSupertypes(type).get(0);
      if (!WebTypes.name(superclass).startsWith("java.")) {
        result.addAll(properties(superclass));
      }
    }
    List<VariableElement> fields = ElementFilter.fieldsIn(element.getEnclosedElements());
    if (element.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : element.getRecordComponents()) {
        VariableElement field = fields.stream()
            .filter(f -> f.getSimpleName().equals(component.getSimpleName())).findFirst().orElse(null);
        List<AnnotationMirror> annotations = annotations(field == null ? component : field);
        annotations.addAll(component.getAccessor() == null ? List.of() : component.getAccessor().getAnnotationMirrors());
        add(result, component.getSimpleName().toString(), types.asMemberOf(type, component.getAccessor()) instanceof javax.lang.model.type.ExecutableType e ? e.getReturnType() : component.asType(), annotations);
      }
      return result;
    }
    for (VariableElement field : fields) {
      Set<Modifier> modifiers = field.getModifiers();
      if (modifiers.contains(Modifier.STATIC) || modifiers.contains(Modifier.TRANSIENT)) {
        continue;
      }
      add(result, field.getSimpleName().toString(), types.asMemberOf(type, field), annotations(field));
    }
    return result;
  }

  private void add(List<Property> properties, String javaName, TypeMirror type, List<AnnotationMirror> annotations) {
    if (annotations.stream().anyMatch(a -> Mirrors.name(a).equals(JSON_IGNORE))) {
      return;
    }
    String name = javaName;
    for (AnnotationMirror annotation : annotations) {
      if (Mirrors.name(annotation).equals(JSON_PROPERTY) && !mirrors.string(annotation, "value").isEmpty()) {
        name = mirrors.string(annotation, "value");
      }
    }
    properties.add(new Property(name, type, annotations));
  }

  private static List<AnnotationMirror> annotations(Element element) {
    List<AnnotationMirror> all = new ArrayList<>(element.getAnnotationMirrors());
    all.addAll(element.asType().getAnnotationMirrors());
    return all;
  }

  private Object enumValue(TypeElement element) {
    for (Element constant : element.getEnclosedElements()) {
      if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
        return Mirrors.find(constant, JSON_PROPERTY)
            .map(a -> mirrors.string(a, "value"))
            .filter(v -> !v.isEmpty())
            .orElse(constant.getSimpleName().toString());
      }
    }
    return "";
  }

  private Map<String, AnnotationMirror> constraintsByName(List<? extends AnnotationMirror> annotations) {
    Map<String, AnnotationMirror> byName = new LinkedHashMap<>();
    for (AnnotationMirror annotation : annotations) {
      String name = Mirrors.name(annotation);
      if (name.contains(".validation.constraints.") || name.startsWith("org.hibernate.validator.constraints.")) {
        byName.putIfAbsent(name.substring(name.lastIndexOf('.') + 1), annotation);
      }
    }
    return byName;
  }

  private String string(Map<String, AnnotationMirror> c) {
    AnnotationMirror size = c.getOrDefault("Size", c.get("Length"));
    int min = size == null ? 0 : mirrors.integer(size, "min");
    int max = size == null ? Integer.MAX_VALUE : mirrors.integer(size, "max");
    if (c.containsKey("NotBlank") || c.containsKey("NotEmpty")) {
      min = Math.max(min, 1);
    }
    if (c.containsKey("Pattern")) {
      String regex = mirrors.string(c.get("Pattern"), "regexp");
      // A pattern no generated string satisfies gets a marker that says so instead of a wrong example.
      return PatternExamples.example(regex, min, max).orElse("<matches " + regex + ">");
    }
    String text = c.containsKey("Email") ? "user@example.com" : c.containsKey("URL") ? "https://example.com/" : "string";
    if (text.length() < min) {
      text = text + "x".repeat(min - text.length());
    }
    if (text.length() > max) {
      text = text.substring(0, max);
    }
    return text;
  }

  private long integer(Map<String, AnnotationMirror> c) {
    long value = 0;
    if (c.containsKey("Positive")) {
      value = 1;
    }
    if (c.containsKey("Min")) {
      value = Math.max(value, ((Number) mirrors.value(c.get("Min"), "value").getValue()).longValue());
    }
    if (c.containsKey("DecimalMin")) {
      value = Math.max(value, (long) Math.ceil(Double.parseDouble(mirrors.string(c.get("DecimalMin"), "value"))));
    }
    if (c.containsKey("Negative")) {
      value = -1;
    }
    if (c.containsKey("Max")) {
      value = Math.min(value, ((Number) mirrors.value(c.get("Max"), "value").getValue()).longValue());
    }
    return value;
  }

  private double decimal(Map<String, AnnotationMirror> c) {
    double value = integer(c);
    return c.containsKey("Positive") && value == 0 ? 1.0 : value;
  }

  private static String date(Map<String, AnnotationMirror> c, String time) {
    String day = c.containsKey("Future") || c.containsKey("FutureOrPresent") ? "2099-01-01"
        : c.containsKey("Past") || c.containsKey("PastOrPresent") ? "2020-01-01" : "2026-01-01";
    return day + time;
  }

  /** A minimal pretty printer for the example values: maps, lists, strings, numbers, booleans. */
  static final class Json {
    private Json() {}

    static void write(Object value, StringBuilder out, String indent) {
      if (value instanceof Map<?, ?> map) {
        if (map.isEmpty()) {
          out.append("{}");
          return;
        }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          out.append(indent).append("  ");
          string(entry.getKey().toString(), out);
          out.append(": ");
          write(entry.getValue(), out, indent + "  ");
          out.append(++i < map.size() ? ",\n" : "\n");
        }
        out.append(indent).append('}');
      } else if (value instanceof List<?> list) {
        if (list.isEmpty()) {
          out.append("[]");
          return;
        }
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
          out.append(indent).append("  ");
          write(list.get(i), out, indent + "  ");
          out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        out.append(indent).append(']');
      } else if (value instanceof String s) {
        string(s, out);
      } else {
        out.append(value);
      }
    }

    private static void string(String s, StringBuilder out) {
      out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
  }
}
