package dev.featuredocs.processor.harvest.schema;

import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.schema.Constraints.Found;
import dev.featuredocs.processor.harvest.schema.Constraints.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Java types → JSON Schema 2020-12, as Jackson writes them and Bean Validation checks them.
 * Models (records, classes, enums of the project and libraries) become {@code $ref}s into
 * {@code $defs}, collected in a {@link Defs} per document. Every object's keys are sorted except
 * {@code properties}, which keep Jackson's order: the output is byte-stable.
 */
public final class SchemaBuilder {
  private static final String LOCAL_TIME = "^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$";
  private static final String LOCAL_DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$";

  /** The models one schema document refers to: name → schema, and name → type. */
  static final class Defs {
    final Map<String, Map<String, Object>> schemas = new TreeMap<>();
    final Map<String, DeclaredType> types = new LinkedHashMap<>();
    /** Keys of the models being built, outermost first: what a self-expanding generic is cut against. */
    final java.util.Deque<String> building = new java.util.ArrayDeque<>();
    /** What each model being built refers to, innermost first (parallel to {@link #building}). */
    private final java.util.Deque<Built> recording = new java.util.ArrayDeque<>();

    /** The model being built refers to {@code name}; replayed when its schema is reused. */
    void refers(String name, DeclaredType type) {
      if (!recording.isEmpty()) {
        recording.peek().refs.put(name, type);
      }
    }

    /** The model being built depends on where it is built (a generic cut, a property-level variant): not reused. */
    void contextual() {
      if (!recording.isEmpty()) {
        recording.peek().reusable = false;
      }
    }

    /**
     * Whether {@code key} instantiates a model being built with that model inside its type
     * arguments ({@code Env<Env<T>>} inside {@code Env<T>}): every level would be a new type, so
     * models are bounded by the identity of their class, not by how deep the arguments go.
     */
    boolean expands(String key) {
      String raw = key.contains("<") ? key.substring(0, key.indexOf('<')) : key;
      return building.stream().anyMatch(outer -> !outer.equals(key) && outer.startsWith(raw + "<")
          && key.substring(raw.length()).contains(outer));
    }
  }

  private final Types types;
  private final Elements elements;
  private final WebTypes web;
  private final Mirrors mirrors;
  private final JacksonProperties properties;
  private final Constraints constraints;
  private final ModelNames names;

  /**
   * A model's schema as built once, with the models it refers to in the order it met them. Its
   * schema is a function of the type (its members and annotations), not of the document it is
   * built in, unless it met a generic model (cut by {@link Defs#expands} against the models around
   * it) or a property-level {@code @JsonIgnoreProperties} (a variant of whatever is in the
   * document's {@code $defs}): those are rebuilt each time ({@code reusable} false).
   */
  private static final class Built {
    final Map<String, DeclaredType> refs = new LinkedHashMap<>();
    boolean reusable = true;
    Map<String, Object> schema;
  }

  /**
   * Schemas of plain (non-generic) models built in this compilation, by type key: a model is built
   * once instead of once per document, endpoint and nesting level that reaches it (a body four
   * models deep was built ten times for its own documents alone). The maps are shared: nothing
   * changes a schema once built.
   */
  private final Map<String, Built> built = new java.util.HashMap<>();

  public SchemaBuilder(Types types, Elements elements, WebTypes web, Mirrors mirrors, JacksonProperties properties,
      Constraints constraints, ModelNames names) {
    this.types = types;
    this.elements = elements;
    this.web = web;
    this.mirrors = mirrors;
    this.properties = properties;
    this.constraints = constraints;
    this.names = names;
  }

  JacksonProperties properties() {
    return properties;
  }

  Constraints constraints() {
    return constraints;
  }

  /** Spring Data pages, which Jackson writes as objects although they are {@code Iterable}. */
  private static final java.util.Set<String> PAGES =
      java.util.Set.of("org.springframework.data.domain.Page", "org.springframework.data.domain.Slice");

  /** Whether the type is documented as a model of its own (a record, class or enum; not a JDK value or container). */
  boolean isModel(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    if (PAGES.contains(WebTypes.name(type))) {
      return true;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    String name = element.getQualifiedName().toString();
    if (element.getKind() == ElementKind.ENUM) {
      return !name.startsWith("java.");
    }
    return !name.startsWith("java.") && !name.startsWith("javax.") && !name.startsWith("com.fasterxml.jackson.")
        && !name.startsWith("tools.jackson.") && !web.isSimple(type)
        && !web.implementsAny(type, java.util.Set.of("java.lang.Iterable", "java.util.Map"));
  }

  /** The schema of a value of this type; models are referenced and added to {@code defs}. */
  Map<String, Object> node(TypeMirror type, List<Found> found, Defs defs) {
    Map<String, Object> node = new TreeMap<>();
    Kind kind = base(type, node, defs);
    constraints.keywords(found, kind, node);
    return node;
  }

  private Kind base(TypeMirror type, Map<String, Object> node, Defs defs) {
    switch (type.getKind()) {
      case BOOLEAN -> { node.put("type", "boolean"); return Kind.BOOLEAN; }
      case BYTE, SHORT, INT -> { node.put("type", "integer"); node.put("format", "int32"); return Kind.INTEGER; }
      case LONG -> { node.put("type", "integer"); node.put("format", "int64"); return Kind.INTEGER; }
      case FLOAT, DOUBLE -> { node.put("type", "number"); return Kind.NUMBER; }
      case CHAR -> { node.put("type", "string"); node.put("minLength", 1); node.put("maxLength", 1); return Kind.STRING; }
      case ARRAY -> {
        TypeMirror component = ((ArrayType) type).getComponentType();
        if (component.getKind() == TypeKind.BYTE) {
          node.put("type", "string");
          node.put("contentEncoding", "base64");
          return Kind.STRING;
        }
        node.put("type", "array");
        node.put("items", node(component, constraints.collect(component.getAnnotationMirrors()), defs));
        return Kind.ARRAY;
      }
      case DECLARED -> { return declared((DeclaredType) type, node, defs); }
      default -> { return Kind.OTHER; } // type variables without a binding, wildcards: any JSON
    }
  }

  private Kind declared(DeclaredType type, Map<String, Object> node, Defs defs) {
    String name = WebTypes.name(type);
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    switch (name) {
      case "java.lang.String", "java.lang.CharSequence" -> { node.put("type", "string"); return Kind.STRING; }
      case "java.lang.Character" -> {
        node.put("type", "string"); node.put("minLength", 1); node.put("maxLength", 1); return Kind.STRING;
      }
      case "java.lang.Boolean" -> { node.put("type", "boolean"); return Kind.BOOLEAN; }
      case "java.lang.Byte", "java.lang.Short", "java.lang.Integer" -> {
        node.put("type", "integer"); node.put("format", "int32"); return Kind.INTEGER;
      }
      case "java.lang.Long" -> { node.put("type", "integer"); node.put("format", "int64"); return Kind.INTEGER; }
      case "java.math.BigInteger" -> { node.put("type", "integer"); return Kind.INTEGER; }
      case "java.lang.Float", "java.lang.Double", "java.math.BigDecimal", "java.lang.Number" -> {
        node.put("type", "number"); return Kind.NUMBER;
      }
      case "java.util.UUID" -> { return format(node, "uuid"); }
      case "java.net.URI", "java.net.URL" -> { return format(node, "uri"); }
      case "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.util.Date" -> {
        return format(node, "date-time");
      }
      case "java.time.LocalDate" -> { return format(node, "date"); }
      // Jackson writes "12:00Z" and "PT1.5S", which the time and duration formats reject.
      case "java.time.OffsetTime" -> { return local(node, "^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", "12:00:00Z"); }
      case "java.time.Duration" -> { return local(node, "^-?P", "PT1H"); }
      // JSON Schema's date-time and time formats require an offset; Jackson writes local values without one.
      case "java.time.LocalDateTime" -> { return local(node, LOCAL_DATE_TIME, "2026-01-01T00:00:00"); }
      case "java.time.LocalTime" -> { return local(node, LOCAL_TIME, "12:00:00"); }
      case "java.time.Year" -> { node.put("type", "integer"); return Kind.INTEGER; }
      case "java.time.YearMonth" -> { return local(node, "^\\d{4}-\\d{2}$", "2026-01"); }
      case "java.util.Optional" -> {
        return arguments.isEmpty() ? Kind.OTHER : base(arguments.get(0), node, defs);
      }
      case "java.lang.Object" -> { return Kind.OTHER; }
      default -> { }
    }
    if (!PAGES.contains(name) && web.implementsAny(type, java.util.Set.of("java.util.Map"))) {
      node.put("type", "object");
      if (arguments.size() == 2) {
        TypeMirror value = arguments.get(1);
        node.put("additionalProperties", node(value, constraints.collect(value.getAnnotationMirrors()), defs));
      }
      return Kind.MAP;
    }
    if (!PAGES.contains(name) && web.implementsAny(type, java.util.Set.of("java.lang.Iterable"))) {
      node.put("type", "array");
      if (arguments.size() == 1) {
        TypeMirror item = arguments.get(0);
        node.put("items", node(item, constraints.collect(item.getAnnotationMirrors()), defs));
      }
      if (web.implementsAny(type, java.util.Set.of("java.util.Set"))) {
        node.put("uniqueItems", true);
      }
      return Kind.ARRAY;
    }
    if (!isModel(type)) {
      return Kind.OTHER; // JsonNode and other values whose JSON shape is anything
    }
    String key = ModelNames.key(type);
    if (!plain(type)) {
      defs.contextual(); // whether a generic model expands depends on the models around it
    }
    if (defs.expands(key)) {
      node.put("type", "object");
      node.put("description", "a " + javaType((DeclaredType) type) + ", the same class as the model around it: not expanded further");
      return Kind.OTHER;
    }
    String model = names.of(type);
    node.put("$ref", "#/$defs/" + model);
    defs.refers(model, type);
    add(model, type, defs);
    return Kind.OTHER;
  }

  /** Adds a referenced model and, depth first, the models it refers to, unless the document has it already. */
  private void add(String model, DeclaredType type, Defs defs) {
    if (defs.types.containsKey(model)) {
      return;
    }
    defs.types.put(model, type);
    defs.schemas.put(model, Map.of()); // reserved first: a cycle refers to it before it is built
    defs.schemas.put(model, model(type, defs));
  }

  /** Not generic, nor inside a generic type: its schema is the same wherever it is met. */
  private static boolean plain(DeclaredType type) {
    for (TypeMirror t = type; t.getKind() == TypeKind.DECLARED; t = ((DeclaredType) t).getEnclosingType()) {
      if (!((DeclaredType) t).getTypeArguments().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** A local date or time: a pattern (their format keywords demand an offset) and a real example value. */
  private static Kind local(Map<String, Object> node, String pattern, String example) {
    node.put("type", "string");
    node.put("pattern", pattern);
    node.put("examples", List.of(example));
    return Kind.STRING;
  }

  private static Kind format(Map<String, Object> node, String format) {
    node.put("type", "string");
    node.put("format", format);
    return Kind.STRING;
  }

  /** The schema of a model itself: an object with properties, or an enum's values. */
  Map<String, Object> model(DeclaredType type, Defs defs) {
    String key = ModelNames.key(type);
    Built known = built.get(key);
    if (known != null) {
      // as building it again would: the models it refers to join the document in the order it met them
      known.refs.forEach((name, referenced) -> add(name, referenced, defs));
      return known.schema;
    }
    Built recorded = new Built();
    defs.building.push(key);
    defs.recording.push(recorded);
    try {
      recorded.schema = build(type, defs);
    } finally {
      defs.building.pop();
      defs.recording.pop();
    }
    if (recorded.reusable && plain(type)) {
      built.put(key, recorded);
    }
    return recorded.schema;
  }

  private Map<String, Object> build(DeclaredType type, Defs defs) {
    TypeElement element = (TypeElement) type.asElement();
    Map<String, Object> schema = new TreeMap<>();
    if (element.getKind() == ElementKind.ENUM) {
      schema.put("type", "string");
      if (!JacksonProperties.hasJsonValue(element)) {
        schema.put("enum", properties.enumValues(element));
      }
      return schema;
    }
    if (PAGES.contains(element.getQualifiedName().toString())) {
      return page(type, defs);
    }
    Optional<Polymorphism> polymorphism = polymorphism(element);
    if (polymorphism.isPresent() && element.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)
        || polymorphism.isPresent() && element.getKind() == ElementKind.INTERFACE) {
      List<Object> oneOf = new ArrayList<>();
      for (TypeMirror subtype : polymorphism.get().subtypes().keySet()) {
        oneOf.add(node(subtype, List.of(), defs));
      }
      schema.put("oneOf", oneOf);
      schema.put("x-discriminator", new TreeMap<>(Map.of("propertyName", polymorphism.get().property())));
      return schema;
    }
    schema.put("type", "object");
    Map<String, Object> props = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    discriminator(element).ifPresent(d -> {
      props.put(d[0], new TreeMap<>(Map.of("const", d[1])));
      required.add(d[0]);
    });
    for (JacksonProperties.Property property : properties.of(type)) {
      Map<String, Object> node = property(property, defs);
      if (property.readOnly()) {
        node.put("readOnly", true); // the app writes it and ignores it in requests
      }
      props.put(property.name(), node);
      if (isRequired(property)) {
        required.add(property.name());
      }
    }
    schema.put("properties", props);
    properties.anyProperties(type).ifPresent(value -> schema.put("additionalProperties",
        value.getKind() == TypeKind.NONE ? Map.of() : node(value, List.of(), defs)));
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    return schema;
  }

  /**
   * A page as Spring Data's stable JSON form ({@code PagedModel}) writes it: the content and the
   * page metadata.
   */
  private Map<String, Object> page(DeclaredType type, Defs defs) {
    Map<String, Object> content = new TreeMap<>();
    content.put("type", "array");
    if (!type.getTypeArguments().isEmpty()) {
      content.put("items", node(type.getTypeArguments().get(0), List.of(), defs));
    }
    Map<String, Object> metadata = new LinkedHashMap<>();
    for (String field : List.of("size", "number", "totalElements", "totalPages")) {
      metadata.put(field, new TreeMap<>(Map.of("type", "integer", "format", "int64")));
    }
    Map<String, Object> page = new TreeMap<>(Map.of("type", "object", "properties", metadata,
        "required", List.copyOf(metadata.keySet())));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("content", content);
    properties.put("page", page);
    return new TreeMap<>(Map.of("type", "object", "properties", properties, "required", List.of("content", "page")));
  }

  /** All constraints of a property: on the field, accessor, component and the top level of its type. */
  List<Found> found(JacksonProperties.Property property) {
    List<AnnotationMirror> all = new ArrayList<>(property.annotations());
    all.addAll(property.declared().getAnnotationMirrors());
    return constraints.collect(all);
  }

  /** A primitive or a not-null-constrained property is required; nothing else is. */
  boolean isRequired(JacksonProperties.Property property) {
    return property.type().getKind().isPrimitive() || property.jsonRequired() || Constraints.requiresValue(found(property));
  }

  private Map<String, Object> property(JacksonProperties.Property property, Defs defs) {
    List<Found> found = found(property);
    // Type-use constraints on type arguments (List<@Size(max = 30) String>) live on the declared type.
    TypeMirror shapeType = hasTypeVariables(property.declared()) ? property.type() : property.declared();
    if (JacksonProperties.jsonb(property.annotations(), "JsonbTypeAdapter").isPresent()) {
      return new TreeMap<>(); // an adapter decides the JSON: any value
    }
    Map<String, Object> node = node(shapeType, found, defs);
    if (properties.binding() == JsonBinding.JACKSON) {
      PropertyVariants.apply(property, node, defs, mirrors);
    }
    jsonFormat(property, node);
    temporalExample(found, shapeType, node);
    if (property.type().getKind().isPrimitive() || Constraints.requiresValue(found)) {
      return node;
    }
    Map<String, Object> nullable = new TreeMap<>();
    nullable.put("anyOf", List.of(node, new TreeMap<>(Map.of("type", "null"))));
    return nullable;
  }

  private void jsonFormat(JacksonProperties.Property property, Map<String, Object> node) {
    for (AnnotationMirror annotation : property.annotations()) {
      String name = Mirrors.name(annotation);
      if (name.endsWith(".JsonbDateFormat") || name.endsWith(".JsonbNumberFormat")) {
        String pattern = mirrors.string(annotation, "value");
        node.remove("format");
        node.put("type", "string");
        if (!pattern.isEmpty() && !pattern.startsWith("##")) {
          node.put("description", "formatted as " + pattern);
        }
      }
      if (Mirrors.name(annotation).equals(JacksonProperties.PACKAGE + "JsonFormat")) {
        Object shape = mirrors.value(annotation, "shape").getValue();
        if (shape instanceof VariableElement constant && constant.getSimpleName().contentEquals("STRING")) {
          Object type = node.get("type");
          node.remove("format");
          node.put("type", "string");
          if ("integer".equals(type)) {
            node.put("pattern", "^-?[0-9]+$");
          } else if ("number".equals(type)) {
            node.put("pattern", "^-?[0-9]+(\\.[0-9]+)?$");
          }
        }
        String pattern = mirrors.string(annotation, "pattern");
        if (!pattern.isEmpty()) {
          node.remove("format");
          node.put("description", "formatted as " + pattern);
        }
      }
    }
  }

  /** {@code @Future}/{@code @Past} have no keyword; the property's example says what a valid value looks like. */
  private static void temporalExample(List<Found> found, TypeMirror type, Map<String, Object> node) {
    boolean future = found.stream().anyMatch(f -> f.isDefault() && f.name().startsWith("Future"));
    boolean past = found.stream().anyMatch(f -> f.isDefault() && f.name().startsWith("Past"));
    if (!future && !past) {
      return;
    }
    String day = future ? "2099-01-01" : "2020-01-01";
    String format = String.valueOf(node.get("format"));
    String example = switch (format) {
      case "date" -> day;
      case "date-time" -> day + "T00:00:00Z";
      default -> node.containsKey("pattern") ? day + "T00:00:00" : null;
    };
    if (example != null) {
      node.put("examples", List.of(example));
    }
  }

  private static boolean hasTypeVariables(TypeMirror type) {
    if (type.getKind() == TypeKind.TYPEVAR) {
      return true;
    }
    if (type.getKind() == TypeKind.DECLARED) {
      return ((DeclaredType) type).getTypeArguments().stream().anyMatch(SchemaBuilder::hasTypeVariables);
    }
    return type.getKind() == TypeKind.ARRAY && hasTypeVariables(((ArrayType) type).getComponentType());
  }

  /** {@code @JsonTypeInfo(property)} with its {@code @JsonSubTypes}: subtype → its type id. */
  private record Polymorphism(String property, Map<TypeMirror, String> subtypes) {}

  private Optional<Polymorphism> polymorphism(TypeElement element) {
    Optional<AnnotationMirror> info = Mirrors.find(element, JacksonProperties.PACKAGE + "JsonTypeInfo");
    Optional<AnnotationMirror> subtypes = Mirrors.find(element, JacksonProperties.PACKAGE + "JsonSubTypes");
    if (info.isEmpty() || subtypes.isEmpty()) {
      return Optional.empty();
    }
    String property = mirrors.string(info.get(), "property");
    Map<TypeMirror, String> result = new LinkedHashMap<>();
    for (Object item : (List<?>) mirrors.value(subtypes.get(), "value").getValue()) {
      AnnotationMirror type = (AnnotationMirror) ((AnnotationValue) item).getValue();
      TypeMirror subtype = (TypeMirror) mirrors.value(type, "value").getValue();
      String name = mirrors.string(type, "name");
      result.put(subtype, name.isEmpty() ? types.asElement(subtype).getSimpleName().toString() : name);
    }
    return Optional.of(new Polymorphism(property.isEmpty() ? "@type" : property, result));
  }

  /** For a subtype of a polymorphic base: the type id property and its value. */
  private Optional<String[]> discriminator(TypeElement element) {
    for (TypeMirror supertype : types.directSupertypes(element.asType())) {
      if (types.asElement(supertype) instanceof TypeElement parent) {
        Optional<Polymorphism> polymorphism = polymorphism(parent);
        if (polymorphism.isPresent()) {
          for (Map.Entry<TypeMirror, String> subtype : polymorphism.get().subtypes().entrySet()) {
            if (types.isSameType(types.erasure(subtype.getKey()), types.erasure(element.asType()))) {
              return Optional.of(new String[] {polymorphism.get().property(), subtype.getValue()});
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** What the field table says about a property-level {@code @JsonIgnoreProperties}/{@code @JsonIncludeProperties}. */
  String variantWords(JacksonProperties.Property property) {
    return properties.binding() == JsonBinding.JACKSON ? PropertyVariants.words(property, mirrors) : "";
  }

  /** The binary class name for a model, as {@code Class.forName} wants it. */
  String javaType(DeclaredType type) {
    return elements.getBinaryName((TypeElement) type.asElement()).toString();
  }
}
