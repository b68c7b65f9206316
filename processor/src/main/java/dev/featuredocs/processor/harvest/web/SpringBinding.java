package dev.featuredocs.processor.harvest.web;

import dev.featuredocs.processor.harvest.javac.Javadoc;
import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.schema.WebTypes;
import dev.featuredocs.processor.model.web.ParameterDoc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Handler arguments that Spring turns into several query parameters: Spring Data's {@code Pageable}
 * and {@code Sort} ({@code page}, {@code size}, {@code sort}, with {@code @PageableDefault} and
 * {@code @SortDefault}), and objects bound from the query string, {@code @ModelAttribute},
 * springdoc's {@code @ParameterObject}, or no annotation at all (Spring binds an argument of a
 * non-simple type as a model attribute): one parameter per bindable property, nested objects as
 * {@code address.city}.
 */
final class SpringBinding {
  static final String PAGEABLE = "org.springframework.data.domain.Pageable";
  static final String SORT = "org.springframework.data.domain.Sort";
  private static final String PAGEABLE_DEFAULT = "org.springframework.data.web.PageableDefault";
  private static final String SORT_DEFAULT = "org.springframework.data.web.SortDefault";
  static final List<String> PARAMETER_OBJECT = List.of(
      "org.springdoc.core.annotations.ParameterObject", "org.springdoc.api.annotations.ParameterObject");
  static final String MODEL_ATTRIBUTE = "org.springframework.web.bind.annotation.ModelAttribute";
  /** Packages whose types Spring resolves itself or that are no parameter objects of the project. */
  private static final List<String> LIBRARY = List.of("java.", "javax.", "jakarta.", "org.springframework.",
      "reactor.", "kotlin.", "io.micrometer.");
  private static final List<String> REQUIRED = List.of("@NotNull", "@NotBlank", "@NotEmpty");
  private static final int MAX_DEPTH = 3;
  private static final String PAGE = "zero-based index of the page (Spring Data Pageable)";
  private static final String SIZE = "number of elements per page (Spring Data caps it at 2000 unless configured otherwise)";
  private static final String SORT_TEXT =
      "order as property, property,asc or property,desc; repeat the parameter to sort by several properties";

  /**
   * Whether Spring Data reads this parameter leniently: a malformed {@code page} or {@code size} falls
   * back to the default instead of answering 400.
   */
  static boolean isLenient(ParameterDoc parameter) {
    return parameter.in().equals("query") && (parameter.name().equals("page") && parameter.description().equals(PAGE)
        || parameter.name().equals("size") && parameter.description().equals(SIZE));
  }

  private final Mirrors mirrors;
  private final WebTypes web;
  private final ParameterText text;
  private final Elements elements;

  SpringBinding(Mirrors mirrors, WebTypes web, ParameterText text, Elements elements) {
    this.mirrors = mirrors;
    this.web = web;
    this.text = text;
    this.elements = elements;
  }

  /** {@code page}, {@code size} and {@code sort} for a {@code Pageable}; {@code sort} for a {@code Sort}; else empty. */
  Optional<List<ParameterDoc>> paging(TypeMirror type, List<AnnotationMirror> annotations) {
    boolean pageable = web.implementsAny(type, Set.of(PAGEABLE));
    if (!pageable && !web.implementsAny(type, Set.of(SORT))) {
      return Optional.empty();
    }
    Optional<AnnotationMirror> pageDefault = find(annotations, PAGEABLE_DEFAULT);
    Optional<AnnotationMirror> sortDefault = find(annotations, SORT_DEFAULT);
    List<ParameterDoc> result = new ArrayList<>();
    if (pageable) {
      String page = pageDefault.map(m -> String.valueOf(mirrors.integer(m, "page"))).orElse("0");
      String size = pageDefault.map(m -> String.valueOf(explicitSize(m))).orElse("20");
      result.add(new ParameterDoc("page", "query", "int", false, page, "", PAGE));
      result.add(new ParameterDoc("size", "query", "int", false, size, "", SIZE));
    }
    String sort = pageDefault.map(m -> sortDefault(m, "sort")).orElse("");
    if (sortDefault.isPresent()) {
      sort = sortDefault(sortDefault.get(), "sort");
    }
    result.add(new ParameterDoc("sort", "query", "String", false, sort, "", SORT_TEXT));
    return Optional.of(result);
  }

  /** {@code @PageableDefault(value)} and {@code size} are aliases; the one that differs from 10 was written. */
  private int explicitSize(AnnotationMirror pageDefault) {
    int size = mirrors.integer(pageDefault, "size");
    int value = mirrors.integer(pageDefault, "value");
    return Mirrors.explicit(pageDefault, "size").isPresent() ? size : value;
  }

  private String sortDefault(AnnotationMirror mirror, String attribute) {
    List<String> properties = mirrors.strings(mirror, attribute);
    if (properties.isEmpty()) {
      return "";
    }
    Object direction = mirrors.value(mirror, "direction").getValue();
    String suffix = direction instanceof VariableElement constant ? "," + constant.getSimpleName().toString().toLowerCase(java.util.Locale.ROOT) : "";
    return String.join(" & ", properties.stream().map(p -> p + suffix).toList());
  }

  /**
   * Whether Spring binds this argument from the query string as an object: {@code @ModelAttribute},
   * {@code @ParameterObject}, or an unannotated argument of one of the project's own non-simple types.
   */
  boolean isBoundObject(TypeMirror type, List<AnnotationMirror> annotations) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    if (annotations.stream().anyMatch(a -> Mirrors.name(a).equals(MODEL_ATTRIBUTE)
        || PARAMETER_OBJECT.contains(Mirrors.name(a)))) {
      return true;
    }
    String name = WebTypes.name(type);
    return annotations.stream().noneMatch(a -> Mirrors.name(a).startsWith("org.springframework."))
        && !web.isSimple(type) && !web.isInjected(type) && LIBRARY.stream().noneMatch(name::startsWith)
        && ((DeclaredType) type).asElement().getKind() != ElementKind.INTERFACE;
  }

  /**
   * One query parameter per property Spring's data binder sets: record components and constructor
   * parameters (constructor binding), else fields with a setter (or Lombok's {@code @Data}/{@code @Setter});
   * nested objects of the project's types as {@code outer.inner}. Missing properties are never rejected
   * by the binder; with {@code @Valid}, a {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty} one is.
   */
  List<ParameterDoc> properties(DeclaredType type, boolean validated) {
    List<ParameterDoc> result = new ArrayList<>();
    collect((TypeElement) type.asElement(), "", validated, 0, new HashSet<>(), result);
    return result;
  }

  private void collect(TypeElement type, String prefix, boolean validated, int depth, Set<String> visiting,
      List<ParameterDoc> out) {
    if (depth > MAX_DEPTH || !visiting.add(type.getQualifiedName().toString())) {
      return;
    }
    for (Element property : bindable(type)) {
      TypeMirror propertyType = property.asType();
      List<AnnotationMirror> annotations = annotations(type, property);
      String name = prefix + property.getSimpleName();
      boolean optional = WebTypes.name(propertyType).equals("java.util.Optional");
      TypeMirror shown = optional ? ((DeclaredType) propertyType).getTypeArguments().get(0) : propertyType;
      if (isNested(shown)) {
        collect((TypeElement) ((DeclaredType) shown).asElement(), name + ".", validated, depth + 1, visiting, out);
        continue;
      }
      String constraints = text.constraints(annotations);
      boolean required = validated && REQUIRED.stream().anyMatch(constraints::contains);
      String doc = elements.getDocComment(property);
      String description = doc == null ? "" : Javadoc.firstSentence(doc);
      out.add(new ParameterDoc(name, "query", Labels.simple(shown), required, "", constraints, description));
    }
    visiting.remove(type.getQualifiedName().toString());
  }

  private boolean isNested(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED || web.isSimple(type)) {
      return false;
    }
    String name = WebTypes.name(type);
    return LIBRARY.stream().noneMatch(name::startsWith);
  }

  /** Constraints sit on a record's component, its field, or (for a class) the field itself. */
  private static List<AnnotationMirror> annotations(TypeElement owner, Element property) {
    List<AnnotationMirror> result = new ArrayList<>(property.getAnnotationMirrors());
    if (property instanceof RecordComponentElement component) {
      for (VariableElement field : ElementFilter.fieldsIn(owner.getEnclosedElements())) {
        if (field.getSimpleName().equals(component.getSimpleName())) {
          result.addAll(field.getAnnotationMirrors());
        }
      }
    }
    return result;
  }

  private List<Element> bindable(TypeElement type) {
    if (type.getKind() == ElementKind.RECORD) {
      return List.copyOf(type.getRecordComponents());
    }
    List<Element> result = new ArrayList<>();
    List<VariableElement> fields = new ArrayList<>();
    for (TypeElement t = type; t != null && !t.getQualifiedName().contentEquals("java.lang.Object");
        t = t.getSuperclass() instanceof DeclaredType s ? (TypeElement) s.asElement() : null) {
      fields.addAll(0, ElementFilter.fieldsIn(t.getEnclosedElements()));
    }
    Set<String> setters = new HashSet<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      String name = method.getSimpleName().toString();
      if (name.startsWith("set") && name.length() > 3 && method.getParameters().size() == 1
          && method.getModifiers().contains(Modifier.PUBLIC)) {
        setters.add(Character.toLowerCase(name.charAt(3)) + name.substring(4));
      }
    }
    boolean lombok = Mirrors.hasAny(type, "lombok.Data", "lombok.Setter");
    for (VariableElement field : fields) {
      if (field.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      String name = field.getSimpleName().toString();
      if (setters.contains(name) || lombok || Mirrors.hasAny(field, "lombok.Setter")
          || field.getModifiers().contains(Modifier.PUBLIC)) {
        result.add(field);
      }
    }
    if (result.isEmpty()) {
      // constructor binding: the parameters of the only public constructor
      List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
          .filter(c -> c.getModifiers().contains(Modifier.PUBLIC)).toList();
      if (constructors.size() == 1) {
        result.addAll(constructors.get(0).getParameters());
      }
    }
    return result;
  }

  private static Optional<AnnotationMirror> find(List<AnnotationMirror> annotations, String name) {
    return annotations.stream().filter(a -> Mirrors.name(a).equals(name)).findFirst();
  }
}
