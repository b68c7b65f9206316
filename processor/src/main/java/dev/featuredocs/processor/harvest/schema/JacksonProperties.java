package dev.featuredocs.processor.harvest.schema;

import dev.featuredocs.processor.harvest.config.AppProperties;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The JSON properties of a type as the app's mapper sees them ({@link JsonBinding}).
 *
 * <p>Jackson: record components; else fields and getters by its visibility rules (public, or
 * {@code @JsonAutoDetect}'s), and members of any visibility annotated {@code @JsonProperty}
 * (getters and setters without a get/set prefix too), superclass properties first; all fields for
 * a Lombok-style class whose accessors are not in source; renamed by {@code @JsonProperty},
 * {@code @JsonNaming} or the project-wide naming strategy; minus {@code @JsonIgnore},
 * {@code @JsonBackReference}, {@code @JsonIgnoreProperties}, outside {@code @JsonIncludeProperties};
 * {@code @JsonUnwrapped} properties replaced by the nested type's; ordered by
 * {@code @JsonPropertyOrder}.
 *
 * <p>JSON-B: public fields and public getters, renamed by {@code @JsonbProperty}, minus
 * {@code @JsonbTransient}, in lexicographic order unless {@code @JsonbPropertyOrder} says otherwise.
 */
public final class JacksonProperties {
  static final String PACKAGE = "com.fasterxml.jackson.annotation.";
  static final String JSONB = "jakarta.json.bind.annotation.";
  private static final String JSONB_JAVAX = "javax.json.bind.annotation.";
  private static final String JSON_NAMING = "com.fasterxml.jackson.databind.annotation.JsonNaming";
  private static final String JSON_NAMING_3 = "tools.jackson.databind.annotation.JsonNaming";

  /**
   * A property.
   *
   * @param javaName the field or component name
   * @param name the wire name
   * @param type its type as a member of the inspected type (type variables resolved)
   * @param declared its type as declared, which carries type-use annotations such as {@code List<@Size(max = 30) String>}
   * @param annotations annotations of the field, the accessor and the record component
   * @param element the field or record component, for javadoc
   * @param jsonRequired {@code @JsonProperty(required = true)}
   * @param readOnly written but never read: a getter with no field, setter or record component behind it
   */
  record Property(String javaName, String name, TypeMirror type, TypeMirror declared,
      List<AnnotationMirror> annotations, Element element, boolean jsonRequired, boolean readOnly) {
    Property(String javaName, String name, TypeMirror type, TypeMirror declared, List<AnnotationMirror> annotations,
        Element element, boolean jsonRequired) {
      this(javaName, name, type, declared, annotations, element, jsonRequired, false);
    }
  }

  private final Types types;
  private final Mirrors mirrors;
  private final String defaultNaming;
  private final JsonBinding binding;

  /** {@code defaultNaming}: the project-wide strategy, e.g. {@code SNAKE_CASE}, or empty for Jackson's default. */
  public JacksonProperties(Types types, Mirrors mirrors, String defaultNaming) {
    this(types, mirrors, defaultNaming, JsonBinding.JACKSON);
  }

  public JacksonProperties(Types types, Mirrors mirrors, String defaultNaming, JsonBinding binding) {
    this.types = types;
    this.mirrors = mirrors;
    this.defaultNaming = defaultNaming;
    this.binding = binding;
  }

  JsonBinding binding() {
    return binding;
  }

  List<Property> of(DeclaredType type) {
    return of(type, 0);
  }

  private List<Property> of(DeclaredType type, int unwrapDepth) {
    TypeElement element = (TypeElement) type.asElement();
    Map<String, Property> byJavaName = new LinkedHashMap<>();
    collect(type, byJavaName);
    Set<String> ignored = binding == JsonBinding.JACKSON ? names(element, "JsonIgnoreProperties") : Set.of();
    Optional<Set<String>> included = binding == JsonBinding.JACKSON && Mirrors.find(element, PACKAGE + "JsonIncludeProperties").isPresent()
        ? Optional.of(names(element, "JsonIncludeProperties")) : Optional.empty();
    String naming = naming(element);
    List<Property> result = new ArrayList<>();
    for (Property property : byJavaName.values()) {
      if (ignored.contains(property.javaName()) || isIgnored(property.annotations())) {
        continue;
      }
      Optional<AnnotationMirror> json = binding == JsonBinding.JACKSON ? find(property.annotations(), "JsonProperty")
          : jsonb(property.annotations(), "JsonbProperty");
      String explicit = json.map(m -> mirrors.string(m, "value")).orElse("");
      String name = explicit.isEmpty() ? rename(property.javaName(), naming) : explicit;
      boolean required = binding == JsonBinding.JACKSON
          && json.map(m -> mirrors.value(m, "required").getValue() instanceof Boolean b && b).orElse(false);
      if (ignored.contains(name) || included.isPresent() && !included.get().contains(name)) {
        continue;
      }
      Optional<AnnotationMirror> unwrapped = binding == JsonBinding.JACKSON ? find(property.annotations(), "JsonUnwrapped")
          : Optional.empty();
      if (unwrapped.isPresent() && !Boolean.FALSE.equals(mirrors.value(unwrapped.get(), "enabled").getValue())
          && property.type() instanceof DeclaredType nested && unwrapDepth < 4
          && ((TypeElement) nested.asElement()).getKind() != ElementKind.ENUM && !nested.asElement().toString().startsWith("java.")) {
        String prefix = mirrors.string(unwrapped.get(), "prefix");
        String suffix = mirrors.string(unwrapped.get(), "suffix");
        for (Property inner : of(nested, unwrapDepth + 1)) {
          result.add(new Property(inner.javaName(), prefix + inner.name() + suffix, inner.type(), inner.declared(),
              inner.annotations(), inner.element(), inner.jsonRequired(), inner.readOnly()));
        }
        continue;
      }
      result.add(new Property(property.javaName(), name, property.type(), property.declared(), property.annotations(),
          property.element(), required, property.readOnly()));
    }
    return order(element, result);
  }

  private boolean isIgnored(List<AnnotationMirror> annotations) {
    if (binding == JsonBinding.JSONB) {
      return jsonb(annotations, "JsonbTransient").isPresent();
    }
    Optional<AnnotationMirror> ignore = find(annotations, "JsonIgnore");
    return ignore.isPresent() && !Boolean.FALSE.equals(mirrors.value(ignore.get(), "value").getValue())
        || find(annotations, "JsonBackReference").isPresent() || find(annotations, "JsonAnyGetter").isPresent()
        || find(annotations, "JsonAnySetter").isPresent();
  }

  /** The value type of the type's {@code @JsonAnyGetter}/{@code @JsonAnySetter} map: the properties no field names. */
  Optional<TypeMirror> anyProperties(DeclaredType type) {
    if (binding != JsonBinding.JACKSON) {
      return Optional.empty();
    }
    for (Element member : ((TypeElement) type.asElement()).getEnclosedElements()) {
      if (Mirrors.find(member, PACKAGE + "JsonAnyGetter").isEmpty() && Mirrors.find(member, PACKAGE + "JsonAnySetter").isEmpty()) {
        continue;
      }
      TypeMirror mapType = member instanceof ExecutableElement method
          ? method.getParameters().size() == 2 ? method.getParameters().get(1).asType() : method.getReturnType()
          : member.asType();
      if (member instanceof ExecutableElement method && method.getParameters().size() == 2) {
        return Optional.of(mapType);
      }
      if (mapType instanceof DeclaredType map && map.getTypeArguments().size() == 2) {
        return Optional.of(map.getTypeArguments().get(1));
      }
      return Optional.of(types.getNoType(TypeKind.NONE));
    }
    return Optional.empty();
  }

  private void collect(DeclaredType type, Map<String, Property> out) {
    TypeElement element = (TypeElement) type.asElement();
    List<? extends TypeMirror> supertypes = types.directSupertypes(type);
    if (element.getKind() == ElementKind.CLASS && !supertypes.isEmpty()
        && supertypes.get(0) instanceof DeclaredType superclass
        && !WebTypes.name(superclass).startsWith("java.")) {
      collect(superclass, out);
    }
    List<VariableElement> fields = ElementFilter.fieldsIn(element.getEnclosedElements()).stream()
        .filter(f -> !f.getModifiers().contains(Modifier.STATIC) && !f.getModifiers().contains(Modifier.TRANSIENT))
        .toList();
    List<ExecutableElement> methods = ElementFilter.methodsIn(element.getEnclosedElements());
    if (element.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : element.getRecordComponents()) {
        String name = component.getSimpleName().toString();
        VariableElement field = fields.stream().filter(f -> f.getSimpleName().contentEquals(name)).findFirst().orElse(null);
        List<AnnotationMirror> annotations = new ArrayList<>();
        if (field != null) {
          annotations.addAll(field.getAnnotationMirrors());
        }
        annotations.addAll(component.getAccessor().getAnnotationMirrors());
        annotations.addAll(component.getAnnotationMirrors());
        TypeMirror declared = field != null ? field.asType() : component.asType();
        out.put(name, new Property(name, name, memberType(type, component.getAccessor()), declared, annotations,
            component, false));
      }
      for (ExecutableElement method : methods) { // @JsonProperty boolean empty() { … }: a property of any visibility
        if (explicit(method.getAnnotationMirrors()) && method.getParameters().isEmpty()
            && method.getReturnType().getKind() != TypeKind.VOID && !method.getModifiers().contains(Modifier.STATIC)) {
          String name = getterName(method, new Visibility("NONE", "NONE", "NONE")).orElseThrow();
          out.putIfAbsent(name, new Property(name, name, memberType(type, method), method.getReturnType(),
              new ArrayList<>(method.getAnnotationMirrors()), method, false, true));
        }
      }
      return;
    }
    Visibility visibility = visibility(element);
    Map<String, ExecutableElement> getters = new LinkedHashMap<>();
    Map<String, ExecutableElement> setters = new LinkedHashMap<>();
    for (ExecutableElement method : methods) {
      getterName(method, visibility).ifPresent(n -> getters.putIfAbsent(n, method));
      setterName(method).ifPresent(n -> setters.putIfAbsent(n, method));
    }
    boolean lombokStyle = getters.isEmpty() && fields.stream().noneMatch(f -> f.getModifiers().contains(Modifier.PUBLIC));
    for (VariableElement field : fields) {
      String name = field.getSimpleName().toString();
      ExecutableElement getter = getters.remove(name);
      ExecutableElement setter = setters.remove(name);
      boolean visible = lombokStyle || getter != null || visibility.field(field.getModifiers())
          || explicit(field.getAnnotationMirrors()) || setter != null && explicit(setter.getAnnotationMirrors());
      if (!visible) {
        continue;
      }
      List<AnnotationMirror> annotations = new ArrayList<>(field.getAnnotationMirrors());
      if (getter != null) {
        annotations.addAll(getter.getAnnotationMirrors());
      }
      if (setter != null) {
        annotations.addAll(setter.getAnnotationMirrors());
      }
      out.put(name, new Property(name, name, types.asMemberOf(type, field), field.asType(), annotations, field, false));
    }
    for (Map.Entry<String, ExecutableElement> getter : getters.entrySet()) {
      ExecutableElement method = getter.getValue();
      List<AnnotationMirror> annotations = new ArrayList<>(method.getAnnotationMirrors());
      ExecutableElement setter = setters.remove(getter.getKey());
      if (setter != null) {
        annotations.addAll(setter.getAnnotationMirrors());
      }
      out.put(getter.getKey(), new Property(getter.getKey(), getter.getKey(), memberType(type, method),
          method.getReturnType(), annotations, method, false, setter == null));
    }
    for (Map.Entry<String, ExecutableElement> setter : setters.entrySet()) {
      ExecutableElement method = setter.getValue();
      if (explicit(method.getAnnotationMirrors()) && !out.containsKey(setter.getKey())) {
        TypeMirror parameter = ((ExecutableType) types.asMemberOf(type, method)).getParameterTypes().get(0);
        out.put(setter.getKey(), new Property(setter.getKey(), setter.getKey(), parameter,
            method.getParameters().get(0).asType(), new ArrayList<>(method.getAnnotationMirrors()), method, false));
      }
    }
  }

  /** Whether the member is annotated so that the mapper takes it whatever its visibility. */
  private boolean explicit(List<? extends AnnotationMirror> annotations) {
    return binding == JsonBinding.JACKSON
        ? annotations.stream().anyMatch(a -> Set.of(PACKAGE + "JsonProperty", PACKAGE + "JsonUnwrapped").contains(Mirrors.name(a)))
        : false;
  }

  private TypeMirror memberType(DeclaredType type, ExecutableElement accessor) {
    return ((ExecutableType) types.asMemberOf(type, accessor)).getReturnType();
  }

  private Optional<String> getterName(ExecutableElement method, Visibility visibility) {
    if (method.getModifiers().contains(Modifier.STATIC) || !method.getParameters().isEmpty()
        || method.getReturnType().getKind() == TypeKind.VOID) {
      return Optional.empty();
    }
    boolean annotated = explicit(method.getAnnotationMirrors());
    String name = method.getSimpleName().toString();
    if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")
        && (annotated || visibility.getter(method.getModifiers()))) {
      return Optional.of(decapitalise(name.substring(3)));
    }
    if (name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN
        && (annotated || visibility.isGetter(method.getModifiers()))) {
      return Optional.of(decapitalise(name.substring(2)));
    }
    return annotated ? Optional.of(name) : Optional.empty(); // @JsonProperty String idToken() { … }
  }

  /** A setter's property name, for setters whose annotations shape the property (renames, ignores). */
  private static Optional<String> setterName(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    if (method.getModifiers().contains(Modifier.STATIC) || method.getParameters().size() != 1
        || !name.startsWith("set") || name.length() <= 3) {
      return Optional.empty();
    }
    return Optional.of(decapitalise(name.substring(3)));
  }

  private static String decapitalise(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** Which fields and getters the mapper detects without an annotation. */
  private record Visibility(String fields, String getters, String isGetters) {
    boolean field(Set<Modifier> modifiers) {
      return visible(fields, modifiers);
    }

    boolean getter(Set<Modifier> modifiers) {
      return visible(getters, modifiers);
    }

    boolean isGetter(Set<Modifier> modifiers) {
      return visible(isGetters, modifiers);
    }

    private static boolean visible(String level, Set<Modifier> modifiers) {
      return switch (level) {
        case "ANY" -> true;
        case "NON_PRIVATE" -> !modifiers.contains(Modifier.PRIVATE);
        case "PROTECTED_AND_PUBLIC" -> modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.PROTECTED);
        case "NONE" -> false;
        default -> modifiers.contains(Modifier.PUBLIC); // PUBLIC_ONLY and DEFAULT
      };
    }
  }

  private Visibility visibility(TypeElement element) {
    Optional<AnnotationMirror> detect = binding == JsonBinding.JACKSON
        ? Mirrors.find(element, PACKAGE + "JsonAutoDetect") : Optional.empty();
    if (detect.isEmpty()) {
      return new Visibility("PUBLIC_ONLY", "PUBLIC_ONLY", "PUBLIC_ONLY");
    }
    return new Visibility(level(detect.get(), "fieldVisibility"), level(detect.get(), "getterVisibility"),
        level(detect.get(), "isGetterVisibility"));
  }

  private String level(AnnotationMirror detect, String attribute) {
    Object value = mirrors.value(detect, attribute).getValue();
    return value instanceof VariableElement constant ? constant.getSimpleName().toString() : "DEFAULT";
  }

  /** Names listed by a type-level annotation ({@code @JsonIgnoreProperties}, {@code @JsonIncludeProperties}). */
  private Set<String> names(TypeElement element, String annotation) {
    Set<String> names = new TreeSet<>();
    Mirrors.find(element, PACKAGE + annotation).ifPresent(m -> names.addAll(mirrors.strings(m, "value")));
    return names;
  }

  /** The type's {@code @JsonNaming} strategy, else the project-wide one. */
  private String naming(TypeElement element) {
    if (binding == JsonBinding.JSONB) {
      return "";
    }
    Optional<AnnotationMirror> naming = Mirrors.find(element, JSON_NAMING).or(() -> Mirrors.find(element, JSON_NAMING_3));
    if (naming.isPresent()) {
      Object value = mirrors.value(naming.get(), "value").getValue();
      if (value instanceof DeclaredType strategy) {
        return strategy.asElement().getSimpleName().toString().replace("Strategy", "")
            .replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
      }
    }
    return defaultNaming;
  }

  /**
   * The naming strategy of Spring Boot's {@code spring.jackson.property-naming-strategy}, as a
   * {@code PropertyNamingStrategies} constant name ({@code SNAKE_CASE}); the setting may name the
   * constant or the strategy class ({@code com.fasterxml.jackson.databind.PropertyNamingStrategies$SnakeCaseStrategy}).
   * Empty when not set.
   */
  public static String configuredNaming(AppProperties properties) {
    return properties.value("spring.jackson.property-naming-strategy").map(value -> {
      String name = value.strip().substring(Math.max(value.lastIndexOf('.'), value.lastIndexOf('$')) + 1);
      if (name.equals(name.toUpperCase(Locale.ROOT))) {
        return name;
      }
      return name.replace("Strategy", "").replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }).orElse("");
  }

  /** Jackson's naming strategies, by their {@code PropertyNamingStrategies} constant name. */
  static String rename(String name, String strategy) {
    String snake = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    return switch (strategy) {
      case "SNAKE_CASE" -> snake;
      case "UPPER_SNAKE_CASE" -> snake.toUpperCase(Locale.ROOT);
      case "KEBAB_CASE" -> snake.replace('_', '-');
      case "LOWER_DOT_CASE" -> snake.replace('_', '.');
      case "LOWER_CASE" -> name.toLowerCase(Locale.ROOT);
      case "UPPER_CAMEL_CASE" -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
      default -> name;
    };
  }

  private List<Property> order(TypeElement element, List<Property> properties) {
    Optional<AnnotationMirror> order = binding == JsonBinding.JACKSON
        ? Mirrors.find(element, PACKAGE + "JsonPropertyOrder")
        : Mirrors.find(element, JSONB + "JsonbPropertyOrder").or(() -> Mirrors.find(element, JSONB_JAVAX + "JsonbPropertyOrder"));
    if (order.isEmpty()) {
      if (binding == JsonBinding.JSONB) { // Yasson's default: lexicographic
        List<Property> sorted = new ArrayList<>(properties);
        sorted.sort(Comparator.comparing(Property::name));
        return sorted;
      }
      return properties;
    }
    List<String> listed = mirrors.strings(order.get(), "value");
    boolean alphabetic = binding == JsonBinding.JSONB
        || mirrors.value(order.get(), "alphabetic").getValue() instanceof Boolean b && b;
    List<Property> result = new ArrayList<>();
    for (String name : listed) {
      properties.stream().filter(p -> p.name().equals(name) || p.javaName().equals(name)).findFirst()
          .filter(p -> !result.contains(p)).ifPresent(result::add);
    }
    List<Property> rest = new ArrayList<>(properties);
    rest.removeAll(result);
    if (alphabetic) {
      rest.sort(Comparator.comparing(Property::name));
    }
    result.addAll(rest);
    return result;
  }

  static Optional<AnnotationMirror> find(List<AnnotationMirror> annotations, String simpleName) {
    return annotations.stream().filter(a -> Mirrors.name(a).equals(PACKAGE + simpleName)).findFirst();
  }

  /** A JSON-B annotation, {@code jakarta} or {@code javax}. */
  static Optional<AnnotationMirror> jsonb(List<AnnotationMirror> annotations, String simpleName) {
    return annotations.stream().filter(a -> Mirrors.name(a).equals(JSONB + simpleName)
        || Mirrors.name(a).equals(JSONB_JAVAX + simpleName)).findFirst();
  }

  /** The wire value of each enum constant: {@code @JsonProperty} on the constant, else its name. */
  List<String> enumValues(TypeElement element) {
    List<String> values = new ArrayList<>();
    for (Element constant : element.getEnclosedElements()) {
      if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
        List<AnnotationMirror> annotations = new ArrayList<>(constant.getAnnotationMirrors());
        Optional<AnnotationMirror> rename = binding == JsonBinding.JACKSON ? find(annotations, "JsonProperty")
            : jsonb(annotations, "JsonbProperty");
        values.add(rename.map(a -> mirrors.string(a, "value")).filter(v -> !v.isEmpty())
            .orElse(constant.getSimpleName().toString()));
      }
    }
    return values;
  }

  /** Whether the enum serialises through a {@code @JsonValue} method, whose values code does not show. */
  static boolean hasJsonValue(TypeElement element) {
    return ElementFilter.methodsIn(element.getEnclosedElements()).stream()
        .anyMatch(m -> Mirrors.find(m, PACKAGE + "JsonValue").isPresent());
  }
}
