package dev.featuredocs.processor.harvest.schema;

import dev.featuredocs.processor.harvest.javac.Mirrors;
import java.util.ArrayList;
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
 * The JSON properties of a type as Jackson sees them: record components; else public fields,
 * getters and {@code @JsonProperty} fields (all fields for a Lombok-style class whose accessors
 * are not in source), superclass properties first; renamed by {@code @JsonProperty},
 * {@code @JsonNaming} or the project-wide naming strategy; minus {@code @JsonIgnore} and
 * {@code @JsonIgnoreProperties}; ordered by {@code @JsonPropertyOrder}.
 */
public final class JacksonProperties {
  static final String PACKAGE = "com.fasterxml.jackson.annotation.";
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
   */
  record Property(String javaName, String name, TypeMirror type, TypeMirror declared,
      List<AnnotationMirror> annotations, Element element, boolean jsonRequired) {}

  private final Types types;
  private final Mirrors mirrors;
  private final String defaultNaming;

  /** {@code defaultNaming}: the project-wide strategy, e.g. {@code SNAKE_CASE}, or empty for Jackson's default. */
  public JacksonProperties(Types types, Mirrors mirrors, String defaultNaming) {
    this.types = types;
    this.mirrors = mirrors;
    this.defaultNaming = defaultNaming;
  }

  List<Property> of(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    Map<String, Property> byJavaName = new LinkedHashMap<>();
    collect(type, byJavaName);
    Set<String> ignored = ignoredNames(element);
    String naming = naming(element);
    List<Property> result = new ArrayList<>();
    for (Property property : byJavaName.values()) {
      if (ignored.contains(property.javaName()) || has(property.annotations(), "JsonIgnore")) {
        continue;
      }
      Optional<AnnotationMirror> json = find(property.annotations(), "JsonProperty");
      String explicit = json.map(m -> mirrors.string(m, "value")).orElse("");
      String name = explicit.isEmpty() ? rename(property.javaName(), naming) : explicit;
      boolean required = json.map(m -> mirrors.value(m, "required").getValue() instanceof Boolean b && b).orElse(false);
      if (ignored.contains(name)) {
        continue;
      }
      result.add(new Property(property.javaName(), name, property.type(), property.declared(), property.annotations(),
          property.element(), required));
    }
    return order(element, result);
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
      return;
    }
    Map<String, ExecutableElement> getters = new LinkedHashMap<>();
    for (ExecutableElement method : methods) {
      getterName(method).ifPresent(n -> getters.put(n, method));
    }
    boolean lombokStyle = getters.isEmpty() && fields.stream().noneMatch(f -> f.getModifiers().contains(Modifier.PUBLIC));
    for (VariableElement field : fields) {
      String name = field.getSimpleName().toString();
      ExecutableElement getter = getters.remove(name);
      boolean visible = lombokStyle || getter != null || field.getModifiers().contains(Modifier.PUBLIC)
          || Mirrors.find(field, PACKAGE + "JsonProperty").isPresent();
      if (!visible) {
        continue;
      }
      List<AnnotationMirror> annotations = new ArrayList<>(field.getAnnotationMirrors());
      if (getter != null) {
        annotations.addAll(getter.getAnnotationMirrors());
      }
      out.put(name, new Property(name, name, types.asMemberOf(type, field), field.asType(), annotations, field, false));
    }
    for (Map.Entry<String, ExecutableElement> getter : getters.entrySet()) {
      ExecutableElement method = getter.getValue();
      out.put(getter.getKey(), new Property(getter.getKey(), getter.getKey(), memberType(type, method),
          method.getReturnType(), new ArrayList<>(method.getAnnotationMirrors()), method, false));
    }
  }

  private TypeMirror memberType(DeclaredType type, ExecutableElement accessor) {
    return ((ExecutableType) types.asMemberOf(type, accessor)).getReturnType();
  }

  private static Optional<String> getterName(ExecutableElement method) {
    if (!method.getModifiers().contains(Modifier.PUBLIC) || method.getModifiers().contains(Modifier.STATIC)
        || !method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
      return Optional.empty();
    }
    String name = method.getSimpleName().toString();
    if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
      return Optional.of(decapitalise(name.substring(3)));
    }
    if (name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
      return Optional.of(decapitalise(name.substring(2)));
    }
    return Optional.empty();
  }

  private static String decapitalise(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private Set<String> ignoredNames(TypeElement element) {
    Set<String> ignored = new TreeSet<>();
    Mirrors.find(element, PACKAGE + "JsonIgnoreProperties")
        .ifPresent(m -> ignored.addAll(mirrors.strings(m, "value")));
    return ignored;
  }

  /** The type's {@code @JsonNaming} strategy, else the project-wide one. */
  private String naming(TypeElement element) {
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
    Optional<AnnotationMirror> order = Mirrors.find(element, PACKAGE + "JsonPropertyOrder");
    if (order.isEmpty()) {
      return properties;
    }
    List<String> listed = mirrors.strings(order.get(), "value");
    boolean alphabetic = mirrors.value(order.get(), "alphabetic").getValue() instanceof Boolean b && b;
    List<Property> result = new ArrayList<>();
    for (String name : listed) {
      properties.stream().filter(p -> p.name().equals(name) || p.javaName().equals(name)).findFirst()
          .filter(p -> !result.contains(p)).ifPresent(result::add);
    }
    List<Property> rest = new ArrayList<>(properties);
    rest.removeAll(result);
    if (alphabetic) {
      rest.sort(java.util.Comparator.comparing(Property::name));
    }
    result.addAll(rest);
    return result;
  }

  private static boolean has(List<AnnotationMirror> annotations, String simpleName) {
    return find(annotations, simpleName).isPresent();
  }

  private static Optional<AnnotationMirror> find(List<AnnotationMirror> annotations, String simpleName) {
    return annotations.stream().filter(a -> Mirrors.name(a).equals(PACKAGE + simpleName)).findFirst();
  }

  /** The wire value of each enum constant: {@code @JsonProperty} on the constant, else its name. */
  List<String> enumValues(TypeElement element) {
    List<String> values = new ArrayList<>();
    for (Element constant : element.getEnclosedElements()) {
      if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
        values.add(Mirrors.find(constant, PACKAGE + "JsonProperty")
            .map(a -> mirrors.string(a, "value")).filter(v -> !v.isEmpty())
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
