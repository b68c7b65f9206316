package dev.featuredocs.sample;

import com.networknt.schema.Error;
import dev.featuredocs.sample.ModelSchemas.ModelSchema;
import dev.featuredocs.sample.Mutations.Mutation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;

/**
 * Holds one model's JSON Schema against the code it documents, and says where they disagree.
 *
 * <p>"The app" is what the sample app does with a request body: Jackson reads it as
 * {@link AppJson#MAPPER} does, then Hibernate Validator checks it as {@code @Valid @RequestBody}
 * does. A Jackson failure counts as a rejection, since the app answers {@code 400} for it
 * ({@code ApiExceptionHandler#unreadableBody}), as it does for a Bean Validation failure.
 *
 * <p>Each check returns one line per disagreement, naming the model, what was tried, and who
 * accepted or rejected it; an empty list means the schema tells the truth.
 */
final class ModelTruth {

  /**
   * Constraints that depend on the clock: no JSON Schema keyword can express them, so no mutation
   * of a schema triggers them, and {@link #coverage} does not ask for one.
   */
  static final Set<Class<? extends Annotation>> INEXPRESSIBLE =
      Set.of(Future.class, FutureOrPresent.class, Past.class, PastOrPresent.class);

  /** Keywords that constrain a value and that {@link Mutations} mutates (or knows it cannot). */
  static final Set<String> CONSTRAINT_KEYWORDS = Set.of(
      "type", "format", "minLength", "maxLength", "pattern", "minimum", "maximum",
      "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "uniqueItems",
      "minProperties", "maxProperties", "const", "enum", "required", "additionalProperties",
      "anyOf", "oneOf", "items", "properties", "$ref");

  /** Keywords that constrain nothing: identification, documentation and structure. */
  static final Set<String> ANNOTATION_KEYWORDS = Set.of(
      "$schema", "$id", "$defs", "$comment", "title", "description", "examples", "default",
      "deprecated", "readOnly", "writeOnly", "x-java-type", "x-discriminator");

  /** The formats {@link Mutations} knows; {@code int32} and {@code int64} are only annotations. */
  static final Set<String> FORMATS =
      Set.of("int32", "int64", "email", "date", "date-time", "time", "duration", "uuid", "uri");

  private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final String APP = "the app (Jackson + Hibernate Validator)";

  private final Validator validator;

  /**
   * Creates the checks.
   *
   * @param validator Hibernate Validator, as {@code Validation.buildDefaultValidatorFactory()}
   *     gives it
   */
  ModelTruth(Validator validator) {
    this.validator = validator;
  }

  /**
   * Every check of one model.
   *
   * @param model the schema
   * @param requestModel whether the app reads this model from request bodies; only then can the
   *     mutations, the conforming values and the constraint coverage be checked against it
   * @return one line per disagreement; empty when the schema tells the truth
   */
  List<String> check(ModelSchema model, boolean requestModel) {
    List<String> problems = new ArrayList<>(structure(model));
    problems.addAll(example(model));
    problems.addAll(schemaAcceptsExample(model));
    problems.addAll(properties(model));
    if (requestModel) {
      problems.addAll(violatingMutations(model));
      problems.addAll(conformingValues(model));
      problems.addAll(coverage(model));
    }
    return problems;
  }

  // ---------------------------------------------------------------------------------------------
  // The checks

  /**
   * The schema is valid 2020-12, self-contained, and uses only keywords and formats these tests
   * check: a keyword they do not know would pass unchecked.
   */
  List<String> structure(ModelSchema model) {
    List<String> problems = new ArrayList<>();
    String name = model.name();
    if (!DIALECT.equals(model.root().path("$schema").asString(""))) {
      problems.add(name + ": $schema is not " + DIALECT);
    }
    List<String> meta = model.metaSchemaErrors();
    if (!meta.isEmpty()) {
      problems.add(name + ": not a valid JSON Schema 2020-12: " + String.join("; ", meta));
    }
    keywords(model, model.root(), "", problems);
    return problems;
  }

  private void keywords(ModelSchema model, JsonNode schema, String pointer, List<String> out) {
    if (!schema.isObject()) {
      return;
    }
    String where = pointer.isEmpty() ? "/" : pointer;
    for (String keyword : schema.propertyNames()) {
      if (!CONSTRAINT_KEYWORDS.contains(keyword) && !ANNOTATION_KEYWORDS.contains(keyword)) {
        out.add(model.name() + ": keyword '" + keyword + "' at " + where
            + " is not one the truth tests check (teach Mutations and ModelTruth)");
      }
    }
    if (schema.has("format") && !FORMATS.contains(schema.get("format").asString(""))) {
      out.add(model.name() + ": format '" + schema.get("format").asString("") + "' at " + where
          + " is not one the truth tests know");
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asString("");
      if (!ref.startsWith("#/") || model.resolve(schema).isMissingNode()) {
        out.add(model.name() + ": $ref '" + ref + "' at " + where
            + " does not resolve inside the file (schemas must be self-contained)");
      }
    }
    for (String container : List.of("properties", "$defs")) {
      for (var entry : schema.path(container).properties()) {
        keywords(model, entry.getValue(), pointer + "/" + container + "/" + entry.getKey(), out);
      }
    }
    for (String single : List.of("items", "additionalProperties")) {
      keywords(model, schema.path(single), pointer + "/" + single, out);
    }
    for (String list : List.of("anyOf", "oneOf")) {
      JsonNode branches = schema.path(list);
      for (int i = 0; i < branches.size(); i++) {
        keywords(model, branches.get(i), pointer + "/" + list + "/" + i, out);
      }
    }
  }

  /**
   * (a) The example deserialises with Jackson into {@code x-java-type} and passes Hibernate
   * Validator; and it has no property that the class lacks (which the app would silently ignore).
   */
  List<String> example(ModelSchema model) {
    String name = model.name();
    Class<?> type = model.javaType();
    List<String> problems = new ArrayList<>();
    if (type == null) {
      problems.add(name + ": x-java-type " + (model.javaTypeName() == null
          ? "is missing" : "'" + model.javaTypeName() + "' is not a class of the app"));
    }
    JsonNode example = model.example();
    if (example.isMissingNode()) {
      problems.add(name + ": has no example (examples[0])");
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    String rejection = rejection(type, example);
    if (rejection != null) {
      problems.add(name + ": the app rejects the example " + Mutations.text(example) + ": "
          + rejection);
      return problems;
    }
    try {
      // A "readOnly" property is one the app writes and never reads (a getter alone): not part of what it reads.
      AppJson.STRICT.readValue(AppJson.MAPPER.writeValueAsString(withoutReadOnly(model.root(), model.root(),
          example.deepCopy())), type);
    } catch (UnrecognizedPropertyException e) {
      problems.add(name + ": the example has property '" + e.getPropertyName() + "', which "
          + type.getSimpleName() + " does not have (the app ignores it)");
    } catch (JacksonException e) {
      problems.add(name + ": the example does not read strictly: " + firstLine(e));
    }
    return problems;
  }

  /** The value without the properties its schema marks {@code "readOnly": true}, at every level. */
  static JsonNode withoutReadOnly(JsonNode root, JsonNode schema, JsonNode value) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asString();
      return withoutReadOnly(root, root.path("$defs").path(ref.substring(ref.lastIndexOf('/') + 1)), value);
    }
    for (JsonNode branch : schema.path("anyOf")) {
      if (!"null".equals(branch.path("type").asString(""))) {
        return withoutReadOnly(root, branch, value);
      }
    }
    if (value.isArray() && schema.has("items")) {
      value.forEach(item -> withoutReadOnly(root, schema.get("items"), item));
    } else if (value instanceof tools.jackson.databind.node.ObjectNode object && schema.has("properties")) {
      for (String key : List.copyOf(object.propertyNames())) {
        JsonNode property = schema.get("properties").path(key);
        if (property.path("readOnly").asBoolean(false)) {
          object.remove(key);
        } else if (!property.isMissingNode()) {
          withoutReadOnly(root, property, object.get(key));
        }
      }
    }
    return value;
  }

  /** (b) The schema accepts its own example. */
  List<String> schemaAcceptsExample(ModelSchema model) {
    JsonNode example = model.example();
    if (example.isMissingNode()) {
      return List.of();
    }
    List<String> errors = model.errors(example);
    return errors.isEmpty() ? List.of()
        : List.of(model.name() + ": the schema rejects its own example: "
            + String.join("; ", errors));
  }

  /**
   * The schema's top-level {@code properties} are exactly the JSON properties of the class, as
   * Jackson sees them.
   */
  List<String> properties(ModelSchema model) {
    Class<?> type = model.javaType();
    if (type == null || !model.root().has("properties")) {
      return List.of();
    }
    Set<String> actual = jsonProperties(type);
    Set<String> documented = new LinkedHashSet<>(model.root().get("properties").propertyNames());
    List<String> problems = new ArrayList<>();
    for (String property : actual) {
      if (!documented.contains(property)) {
        problems.add(model.name() + ": property '" + property + "' of " + type.getSimpleName()
            + " is missing from the schema");
      }
    }
    for (String property : documented) {
      if (!actual.contains(property)) {
        problems.add(model.name() + ": the schema documents property '" + property + "', which "
            + type.getSimpleName() + " does not have");
      }
    }
    return problems;
  }

  /**
   * (c) Every mutation that breaks one constraint is rejected by the schema, for that keyword,
   * and by the app.
   */
  List<String> violatingMutations(ModelSchema model) {
    Class<?> type = model.javaType();
    if (type == null) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    for (Mutation mutation : Mutations.violating(model)) {
      List<Error> errors = model.validate(mutation.instance());
      String keyword = mutation.keyword();
      boolean schemaRejects = keyword == null
          ? !errors.isEmpty()
          : errors.stream().anyMatch(e -> keyword.equals(e.getKeyword()));
      boolean appRejects = rejection(type, mutation.instance()) != null;
      if (schemaRejects && appRejects) {
        continue;
      }
      String who;
      if (!schemaRejects && !appRejects) {
        who = "both the schema and " + APP + " accept it";
      } else if (!appRejects) {
        who = APP + " accepts it";
      } else if (errors.isEmpty()) {
        who = "the schema accepts it";
      } else {
        who = "the schema rejects it only for "
            + errors.stream().map(Error::getKeyword).distinct().collect(Collectors.joining(", "))
            + ", not for " + keyword;
      }
      problems.add(mutation.label() + " → " + mutation.valueText() + ": " + who);
    }
    return problems;
  }

  /**
   * Every value at an edge of the schema that the schema accepts, the app accepts too; one line
   * per label (the first value the app rejects).
   */
  List<String> conformingValues(ModelSchema model) {
    Class<?> type = model.javaType();
    if (type == null) {
      return List.of();
    }
    Map<String, String> problems = new LinkedHashMap<>();
    for (Mutation mutation : Mutations.conforming(model)) {
      if (problems.containsKey(mutation.label())) {
        continue;
      }
      String rejection = rejection(type, mutation.instance());
      if (rejection != null) {
        problems.put(mutation.label(), mutation.label() + " → " + mutation.valueText()
            + ": the schema accepts it, " + APP + " rejects it (" + rejection + ")");
      }
    }
    return List.copyOf(problems.values());
  }

  /**
   * Every Bean Validation constraint of the class (and of the classes it cascades to with
   * {@code @Valid}) is triggered by at least one violating mutation: else no schema keyword
   * expresses it. Clock-dependent constraints ({@link #INEXPRESSIBLE}) are exempt.
   */
  List<String> coverage(ModelSchema model) {
    Class<?> type = model.javaType();
    if (type == null || type.isEnum() || model.example().isMissingNode()) {
      return List.of();
    }
    Map<String, ConstraintDescriptor<?>> expected = new TreeMap<>();
    constraints(validator.getConstraintsForClass(type), "", expected, new LinkedHashSet<>());
    Set<String> triggered = new LinkedHashSet<>();
    for (Mutation mutation : Mutations.violating(model)) {
      Object value = read(type, mutation.instance());
      if (value != null) {
        for (ConstraintViolation<Object> v : validator.validate(value)) {
          triggered.add(key(path(v.getPropertyPath()),
              v.getConstraintDescriptor().getAnnotation().annotationType()));
        }
      }
    }
    List<String> problems = new ArrayList<>();
    expected.forEach((key, descriptor) -> {
      Class<? extends Annotation> annotation = descriptor.getAnnotation().annotationType();
      if (!triggered.contains(key) && !INEXPRESSIBLE.contains(annotation)) {
        String path = key.substring(0, key.indexOf('|'));
        problems.add(model.name() + (path.isEmpty() ? "" : "." + path) + ": "
            + describe(descriptor) + " is enforced by the app, but no mutation of the schema"
            + " triggers it (no keyword expresses it)");
      }
    });
    return problems;
  }

  // ---------------------------------------------------------------------------------------------
  // The app's side

  /**
   * What the app makes of a request body.
   *
   * @param type the body's class
   * @param body the JSON body
   * @return {@code null} when the app accepts it, else why not: {@code "Jackson: ..."} or
   *     {@code "Hibernate Validator: title must not be blank"}
   */
  String rejection(Class<?> type, JsonNode body) {
    Object value;
    try {
      value = AppJson.MAPPER.readValue(AppJson.MAPPER.writeValueAsString(body), type);
    } catch (JacksonException e) {
      return "Jackson: " + firstLine(e);
    }
    if (value == null) {
      return "Jackson: no body";
    }
    Set<ConstraintViolation<Object>> violations = validator.validate(value);
    if (violations.isEmpty()) {
      return null;
    }
    return "Hibernate Validator: " + violations.stream()
        .map(v -> v.getPropertyPath() + " " + v.getMessage())
        .sorted()
        .collect(Collectors.joining("; "));
  }

  private static Object read(Class<?> type, JsonNode body) {
    try {
      return AppJson.MAPPER.readValue(AppJson.MAPPER.writeValueAsString(body), type);
    } catch (JacksonException e) {
      return null;
    }
  }

  private static String firstLine(JacksonException e) {
    String message = e.getOriginalMessage();
    return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
  }

  /** The JSON property names of a class, as Jackson writes them. */
  static Set<String> jsonProperties(Class<?> type) {
    Set<String> names = new LinkedHashSet<>();
    AppJson.MAPPER.acceptJsonFormatVisitor(type, new JsonFormatVisitorWrapper.Base() {
      @Override
      public JsonObjectFormatVisitor expectObjectFormat(JavaType javaType) {
        return new JsonObjectFormatVisitor.Base(getContext()) {
          @Override
          public void property(BeanProperty property) {
            names.add(property.getName());
          }

          @Override
          public void optionalProperty(BeanProperty property) {
            names.add(property.getName());
          }
        };
      }
    });
    return names;
  }

  private void constraints(
      BeanDescriptor bean, String prefix, Map<String, ConstraintDescriptor<?>> out,
      Set<Class<?>> seen) {
    if (!seen.add(bean.getElementClass())) {
      return;
    }
    for (ConstraintDescriptor<?> descriptor : bean.getConstraintDescriptors()) {
      out.put(key(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1),
          descriptor.getAnnotation().annotationType()), descriptor);
    }
    for (PropertyDescriptor property : bean.getConstrainedProperties()) {
      String path = prefix + property.getPropertyName();
      for (ConstraintDescriptor<?> descriptor : property.getConstraintDescriptors()) {
        out.put(key(path, descriptor.getAnnotation().annotationType()), descriptor);
      }
      elements(property.getConstrainedContainerElementTypes(), path, out, seen);
      if (property.isCascaded()) {
        constraints(validator.getConstraintsForClass(property.getElementClass()), path + ".",
            out, seen);
      }
    }
  }

  private void elements(
      Set<ContainerElementTypeDescriptor> elements, String path,
      Map<String, ConstraintDescriptor<?>> out, Set<Class<?>> seen) {
    for (ContainerElementTypeDescriptor element : elements) {
      String elementPath = path + "[]";
      for (ConstraintDescriptor<?> descriptor : element.getConstraintDescriptors()) {
        out.put(key(elementPath, descriptor.getAnnotation().annotationType()), descriptor);
      }
      elements(element.getConstrainedContainerElementTypes(), elementPath, out, seen);
      if (element.isCascaded()) {
        constraints(validator.getConstraintsForClass(element.getElementClass()),
            elementPath + ".", out, seen);
      }
    }
  }

  /** A violation's property path with indexes and map keys dropped: {@code tags[]}, {@code a.b}. */
  static String path(Path propertyPath) {
    StringBuilder path = new StringBuilder();
    for (Path.Node node : propertyPath) {
      if (node.isInIterable()) {
        path.append("[]");
      }
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getKind() == ElementKind.BEAN
          || node.getName() == null) {
        continue;
      }
      if (path.length() > 0) {
        path.append('.');
      }
      path.append(node.getName());
    }
    return path.toString();
  }

  private static String key(String path, Class<? extends Annotation> annotation) {
    return path + "|" + annotation.getName();
  }

  /** {@code @Size(max=200, min=0)}: the annotation with its own attributes. */
  private static String describe(ConstraintDescriptor<?> descriptor) {
    Map<String, Object> attributes = new TreeMap<>(descriptor.getAttributes());
    attributes.keySet().removeAll(Set.of("message", "groups", "payload"));
    String values = attributes.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
    return "@" + descriptor.getAnnotation().annotationType().getSimpleName()
        + (values.isEmpty() ? "" : "(" + values + ")");
  }

  // ---------------------------------------------------------------------------------------------
  // Which models the app reads from request bodies

  /**
   * The classes the app reads from request bodies: the {@code @RequestBody} parameters of its
   * {@code @RestController}s and every app class they reach through record components, fields,
   * collections, maps and arrays. Found by reflection on the code, not from the summaries.
   *
   * @return the classes, in a stable order
   */
  static Set<Class<?>> requestModels() {
    Set<Class<?>> found = new LinkedHashSet<>();
    for (Class<?> controller : controllers()) {
      for (Method method : controller.getDeclaredMethods()) {
        for (Parameter parameter : method.getParameters()) {
          if (parameter.isAnnotationPresent(RequestBody.class)) {
            reach(parameter.getParameterizedType(), found);
          }
        }
      }
    }
    return found;
  }

  /** The app's {@code @RestController}s. */
  static List<Class<?>> controllers() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
    List<Class<?>> controllers = new ArrayList<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("dev.featuredocs.sample")) {
      try {
        controllers.add(Class.forName(definition.getBeanClassName()));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return controllers;
  }

  private static void reach(Type type, Set<Class<?>> found) {
    if (type instanceof ParameterizedType parameterized) {
      reach(parameterized.getRawType(), found);
      for (Type argument : parameterized.getActualTypeArguments()) {
        reach(argument, found);
      }
    } else if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        reach(bound, found);
      }
    } else if (type instanceof Class<?> c) {
      if (c.isArray()) {
        reach(c.getComponentType(), found);
      } else if (c.getName().startsWith("dev.featuredocs.") && found.add(c)) {
        if (c.isRecord()) {
          for (RecordComponent component : c.getRecordComponents()) {
            reach(component.getGenericType(), found);
          }
        } else if (!c.isEnum()) {
          for (var field : c.getDeclaredFields()) {
            if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
              reach(field.getGenericType(), found);
            }
          }
        }
      }
    }
  }
}
