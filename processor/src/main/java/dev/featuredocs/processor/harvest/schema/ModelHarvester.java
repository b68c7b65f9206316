package dev.featuredocs.processor.harvest.schema;

import dev.featuredocs.processor.diag.Diagnostics;
import dev.featuredocs.processor.diag.Message;
import dev.featuredocs.processor.harvest.javac.Javadoc;
import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import dev.featuredocs.processor.harvest.schema.Constraints.Found;
import dev.featuredocs.processor.harvest.schema.Constraints.Kind;
import dev.featuredocs.processor.json.Json;
import dev.featuredocs.processor.model.schema.FieldDoc;
import dev.featuredocs.processor.model.schema.ModelDoc;
import dev.featuredocs.processor.source.SourceFacts;
import dev.featuredocs.processor.source.TypeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The data models of a feature — the request and response bodies of its endpoints, every model
 * they reach, and model types that carry {@code @Feature} themselves — each with its field table,
 * its declaration as written, a JSON Schema 2020-12 document and an example valid against it.
 */
public final class ModelHarvester {
  static final String SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private final SchemaBuilder schemas;
  private final ModelNames names;
  private final SourcePaths sources;
  private final SourceFacts facts;
  private final Javadoc javadoc;
  private final Elements elements;
  private final Map<String, Map<String, String>> recordParams = new LinkedHashMap<>();
  private final Map<String, String> examples = new java.util.HashMap<>();
  /** Pattern examples of this compilation: a constrained property's value is searched for once. */
  private final PatternExamples patterns = new PatternExamples();
  private final Diagnostics diagnostics;
  private final RootWrapping wrapping;
  /** Annotations already warned about: a model documented in several features is warned about once. */
  private final java.util.Set<javax.lang.model.element.AnnotationMirror> warned =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  public ModelHarvester(SchemaBuilder schemas, ModelNames names, SourcePaths sources, SourceFacts facts, Javadoc javadoc,
      Elements elements) {
    this(schemas, names, sources, facts, javadoc, elements, Diagnostics.muted());
  }

  public ModelHarvester(SchemaBuilder schemas, ModelNames names, SourcePaths sources, SourceFacts facts, Javadoc javadoc,
      Elements elements, Diagnostics diagnostics) {
    this(schemas, names, sources, facts, javadoc, elements, diagnostics, RootWrapping.NONE);
  }

  public ModelHarvester(SchemaBuilder schemas, ModelNames names, SourcePaths sources, SourceFacts facts, Javadoc javadoc,
      Elements elements, Diagnostics diagnostics, RootWrapping wrapping) {
    this.wrapping = wrapping;
    this.diagnostics = diagnostics;
    this.schemas = schemas;
    this.names = names;
    this.sources = sources;
    this.facts = facts;
    this.javadoc = javadoc;
    this.elements = elements;
  }

  /**
   * A compact JSON example of a body type, valid against its schema; {@code many} wraps it in an
   * array. Compact: the body's own properties, nested models collapsed to their required fields,
   * one element per array; the model's full example is under Data Models, once. Built once per
   * type: a feature's endpoints mostly share their bodies (four of five return the same response).
   * The key is the type as javac prints it, type arguments and type annotations included — all the
   * example depends on.
   */
  public String example(TypeMirror type, boolean many) {
    return example(type, many, false);
  }

  /**
   * As {@link #example(TypeMirror, boolean)}, for a request body ({@code request}) or a response
   * body: wrapped in the root name ({@code {"user": {…}}}) where the app's mapper wraps root
   * values that way ({@link RootWrapping}).
   */
  public String example(TypeMirror type, boolean many, boolean request) {
    String root = !many && (request ? wrapping.requests() : wrapping.responses()) ? rootName(type) : "";
    return examples.computeIfAbsent((many ? "[] " : "") + root + " " + type, key -> {
      SchemaBuilder.Defs defs = new SchemaBuilder.Defs();
      Map<String, Object> node = schemas.node(type, List.of(), defs);
      Object example = new SchemaExamples(defs.schemas, SchemaExamples.COMPACT, patterns).example(node);
      if (!root.isEmpty()) {
        example = Map.of(root, example);
      }
      return Json.write(many ? List.of(example) : example);
    });
  }

  /** The name Jackson wraps a root value of this type in: {@code @JsonRootName}, else the simple class name; empty for no object model. */
  private String rootName(TypeMirror type) {
    if (!schemas.isModel(type) || ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM) {
      return "";
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    return dev.featuredocs.processor.harvest.javac.Mirrors.find(element, JacksonProperties.PACKAGE + "JsonRootName")
        .map(m -> m.getElementValues().entrySet().stream()
            .filter(e -> e.getKey().getSimpleName().contentEquals("value"))
            .map(e -> String.valueOf(e.getValue().getValue())).findFirst().orElse(""))
        .filter(n -> !n.isEmpty()).orElse(element.getSimpleName().toString());
  }

  /** The mapper as the summary names it, with its root wrapping. */
  private String mapper() {
    String label = schemas.properties().binding().label();
    if (wrapping.responses() && wrapping.requests()) {
      return label + " (root values wrapped in their root name, both ways)";
    }
    if (wrapping.responses() || wrapping.requests()) {
      return label + " (" + (wrapping.responses() ? "responses" : "requests") + " wrapped in their root name)";
    }
    return label;
  }

  /** Whether the app's mapper wraps root values ({@code WRAP_ROOT_VALUE}/{@code UNWRAP_ROOT_VALUE}); the summary says so. */
  public RootWrapping wrapping() {
    return wrapping;
  }

  /** The schema name of the model a body type is or holds ({@code List<Order>}: {@code Order}); empty when none. */
  public String modelName(TypeMirror type) {
    if (schemas.isModel(type)) {
      return names.of(type);
    }
    SchemaBuilder.Defs defs = new SchemaBuilder.Defs();
    schemas.node(type, List.of(), defs);
    return defs.types.keySet().stream().findFirst().orElse("");
  }

  public List<ModelDoc> models(List<TypeMirror> requests, List<TypeMirror> responses, List<TypeElement> declared) {
    Map<String, DeclaredType> all = new TreeMap<>();
    TreeSet<String> requestNames = new TreeSet<>();
    TreeSet<String> responseNames = new TreeSet<>();
    collect(requests, all, requestNames);
    collect(responses, all, responseNames);
    collect(declared.stream().map(TypeElement::asType).toList(), all, new TreeSet<>());
    List<ModelDoc> result = new ArrayList<>();
    for (Map.Entry<String, DeclaredType> model : all.entrySet()) {
      result.add(document(model.getKey(), model.getValue(), requestNames.contains(model.getKey()),
          responseNames.contains(model.getKey())));
    }
    return result;
  }

  /** Adds the models reachable from the roots; names of roots that are models themselves go to {@code roots}. */
  private void collect(List<TypeMirror> types, Map<String, DeclaredType> all, TreeSet<String> roots) {
    for (TypeMirror type : types) {
      SchemaBuilder.Defs defs = new SchemaBuilder.Defs();
      schemas.node(type, List.of(), defs);
      all.putAll(defs.types);
      if (schemas.isModel(type)) {
        roots.add(names.of(type));
      } else {
        // A List<Order> or Optional<Order> body: the model inside is the body's model.
        defs.types.keySet().stream().findFirst().ifPresent(roots::add);
      }
    }
  }

  private ModelDoc document(String name, DeclaredType type, boolean request, boolean response) {
    TypeElement element = (TypeElement) type.asElement();
    SchemaBuilder.Defs defs = new SchemaBuilder.Defs();
    Map<String, Object> model = schemas.model(type, defs);
    defs.schemas.remove(name); // a self-reference points at #/$defs/<name>: keep it only when needed
    if (containsRef(model, name) || defs.schemas.values().stream().anyMatch(s -> containsRef(s, name))) {
      defs.schemas.put(name, model);
    }
    String purpose = javadoc.firstSentence(element);
    Object example = new SchemaExamples(defs.schemas, SchemaExamples.FULL, patterns).example(model, name);
    Map<String, Object> document = new TreeMap<>(model);
    document.put("$schema", SCHEMA_DIALECT);
    document.put("title", name);
    if (!purpose.isEmpty()) {
      document.put("description", purpose);
    }
    document.put("x-java-type", schemas.javaType(type));
    if (!defs.schemas.isEmpty()) {
      document.put("$defs", defs.schemas);
    }
    document.put("examples", List.of(example));
    Optional<TypeSource> source = sources.outline(element).flatMap(facts::outline)
        .or(() -> sources.sourceFile(element).flatMap(file -> facts.type(file, typePath(element))));
    String kind = switch (element.getKind()) {
      case RECORD -> "record";
      case ENUM -> "enum";
      case INTERFACE -> "interface";
      default -> "class";
    };
    return new ModelDoc(name, kind, ModelNames.key(type), request, response, purpose,
        sources.relativePath(outermost(element)).orElse(""),
        source.map(TypeSource::declaration).orElseGet(() -> synthesised(type)),
        fields(type, source.map(TypeSource::initializers).orElse(Map.of())),
        name + ".schema.json", Json.write(document) + "\n", Json.write(example), mapper());
  }

  private List<FieldDoc> fields(DeclaredType type, Map<String, String> initializers) {
    TypeElement element = (TypeElement) type.asElement();
    List<FieldDoc> fields = new ArrayList<>();
    if (element.getKind() == ElementKind.ENUM) {
      List<String> values = schemas.properties().enumValues(element);
      List<? extends Element> constants = element.getEnclosedElements().stream()
          .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT).toList();
      for (int i = 0; i < values.size(); i++) {
        fields.add(new FieldDoc(values.get(i), "", false, "", "", javadoc.firstSentence(constants.get(i))));
      }
      return fields;
    }
    if (element.getKind() == ElementKind.INTERFACE || element.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)) {
      return fields;
    }
    for (javax.lang.model.element.AnnotationMirror unknown : UnknownJson.of(element)) {
      warn(unknown, element, element, Labels.typeName(element), element.getSimpleName().toString());
      fields.add(new FieldDoc("(whole object)", "", false, "JSON shape not known: " + UnknownJson.label(unknown), "",
          "written by a custom mapping featuredocs cannot read"));
    }
    for (JacksonProperties.Property property : schemas.properties().of(type)) {
      List<Found> found = schemas.found(property);
      String words = schemas.constraints().words(found, kind(property.type()));
      String items = itemWords(property.declared());
      String constraints = words.isEmpty() ? items : items.isEmpty() ? words : words + "; " + items;
      if (property.readOnly()) {
        constraints = constraints.isEmpty() ? "read-only" : "read-only; " + constraints;
      }
      String nested = schemas.variantWords(property);
      if (!nested.isEmpty()) {
        constraints = constraints.isEmpty() ? nested : constraints + "; " + nested;
      }
      for (javax.lang.model.element.AnnotationMirror unknown : UnknownJson.of(property.annotations())) {
        warn(unknown, property.element(), element, Labels.typeName(element) + "." + property.javaName(), property.name());
        String note = "JSON shape not known: " + UnknownJson.label(unknown);
        constraints = constraints.isEmpty() ? note : constraints + "; " + note;
      }
      fields.add(new FieldDoc(property.name(), Labels.simple(property.type()), schemas.isRequired(property), constraints,
          initializers.getOrDefault(property.javaName(), ""), description(element, property)));
    }
    schemas.properties().anyProperties(type).ifPresent(value -> fields.add(new FieldDoc("(any other)",
        value.getKind() == TypeKind.NONE ? "" : Labels.simple(value), false, "", "",
        "any further property, by @JsonAnyGetter/@JsonAnySetter")));
    return fields;
  }

  /** FD850 on the annotation where it is written, else on the model. */
  private void warn(javax.lang.model.element.AnnotationMirror annotation, Element element, TypeElement owner, String where,
      String what) {
    if (warned.add(annotation)) {
      boolean here = element.getAnnotationMirrors().contains(annotation);
      diagnostics.warning(Message.JSON_NOT_UNDERSTOOD, here ? element : owner, here ? annotation : null, null,
          UnknownJson.label(annotation), where, schemas.properties().binding().label() + " writes it through code", what);
    }
  }

  /** Constraints on type arguments, e.g. {@code items: at most 30 characters}. */
  private String itemWords(TypeMirror declared) {
    if (declared.getKind() != TypeKind.DECLARED) {
      return "";
    }
    List<String> words = new ArrayList<>();
    List<? extends TypeMirror> arguments = ((DeclaredType) declared).getTypeArguments();
    for (int i = 0; i < arguments.size(); i++) {
      TypeMirror argument = arguments.get(i);
      String text = schemas.constraints().words(schemas.constraints().collect(argument.getAnnotationMirrors()), kind(argument));
      if (!text.isEmpty()) {
        words.add((arguments.size() == 2 ? (i == 0 ? "keys: " : "values: ") : "items: ") + text);
      }
    }
    return String.join("; ", words);
  }

  private static Kind kind(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return switch (type.getKind()) {
        case BOOLEAN -> Kind.BOOLEAN;
        case FLOAT, DOUBLE -> Kind.NUMBER;
        case CHAR -> Kind.STRING;
        default -> Kind.INTEGER;
      };
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return Kind.ARRAY;
    }
    String name = WebTypes.name(type);
    if (name.equals("java.lang.String") || name.equals("java.lang.CharSequence")) {
      return Kind.STRING;
    }
    if (name.startsWith("java.util.") && (name.endsWith("List") || name.endsWith("Set") || name.endsWith("Collection"))) {
      return Kind.ARRAY;
    }
    if (name.startsWith("java.util.") && name.endsWith("Map")) {
      return Kind.MAP;
    }
    return Kind.OTHER;
  }

  /** A record component's {@code @param} in its record's javadoc; else the member's own javadoc (an accessor method's too). */
  private String description(TypeElement owner, JacksonProperties.Property property) {
    Element element = property.element();
    if (element.getKind() == ElementKind.RECORD_COMPONENT && element.getEnclosingElement() instanceof TypeElement record) {
      return recordParams.computeIfAbsent(record.getQualifiedName().toString(), n -> params(record))
          .getOrDefault(property.javaName(), "");
    }
    return javadoc.firstSentence(element);
  }

  private Map<String, String> params(TypeElement record) {
    return Javadoc.params(elements.getDocComment(record));
  }

  /** For a class file: a declaration built from what Jackson sees. */
  private String synthesised(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return "public enum " + element.getSimpleName() + " { " + String.join(", ", schemas.properties().enumValues(element)) + " }";
    }
    String body = schemas.properties().of(type).stream()
        .map(p -> "    " + Labels.simple(p.type()) + " " + p.javaName() + ";")
        .collect(Collectors.joining("\n"));
    return "public class " + element.getSimpleName() + " {\n" + body + "\n}";
  }

  private static boolean containsRef(Object node, String name) {
    if (node instanceof Map<?, ?> map) {
      if (("#/$defs/" + name).equals(map.get("$ref"))) {
        return true;
      }
      return map.values().stream().anyMatch(v -> containsRef(v, name));
    }
    if (node instanceof List<?> list) {
      return list.stream().anyMatch(v -> containsRef(v, name));
    }
    return false;
  }

  private static List<String> typePath(TypeElement element) {
    List<String> path = new ArrayList<>();
    for (Element e = element; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      path.add(0, t.getSimpleName().toString());
    }
    return path;
  }

  private static TypeElement outermost(TypeElement type) {
    TypeElement top = type;
    while (top.getEnclosingElement() instanceof TypeElement outer) {
      top = outer;
    }
    return top;
  }
}
