package dev.featuredocs.processor.harvest.tests;

import dev.featuredocs.processor.diag.Diagnostics;
import dev.featuredocs.processor.diag.Message;
import dev.featuredocs.processor.harvest.feature.Membership;
import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.javac.Names;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import dev.featuredocs.processor.model.Component;
import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.RuleDoc;
import dev.featuredocs.processor.model.Slug;
import dev.featuredocs.processor.model.TestingDoc.RuleCoverage;
import dev.featuredocs.processor.model.TestingDoc.ScenarioDoc;
import dev.featuredocs.processor.model.TestingDoc.TestClassDoc;
import dev.featuredocs.processor.model.TestingDoc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The test pass: what a compilation of test sources says about features whose models are known
 * (compiled in this compilation, or left on the class path by the main compile).
 *
 * <p>A test class belongs to a feature when it, its enclosing class or its package names the
 * feature with {@code @Feature}, when its source names one of the feature's types (or its
 * generated catalog), or when its {@code @Verifies} names one of the feature's rule ids. Each
 * {@code @Verifies} id must be a rule id of one of the test's features, or else of exactly one
 * feature the test compilation knows (its feature is then one of the test's). Test classes are integration tests when they start the
 * application or a slice of it, or are named like one; the others are unit tests.
 */
public final class TestHarvester {
  private static final String DISPLAY_NAME = "org.junit.jupiter.api.DisplayName";
  private static final String[] DISABLED = {"org.junit.jupiter.api.Disabled", "org.junit.Ignore"};
  /**
   * Annotations (by simple name, in the frameworks' packages, which Spring Boot 4 moved) that start
   * the application or a slice of it, or containers: what makes a test an integration test.
   */
  private static final Set<String> INTEGRATION = Set.of(
      "SpringBootTest", "WebMvcTest", "WebFluxTest", "DataJpaTest", "DataJdbcTest", "JdbcTest", "JooqTest",
      "DataMongoTest", "DataR2dbcTest", "DataRedisTest", "DataCassandraTest", "DataNeo4jTest",
      "DataElasticsearchTest", "DataLdapTest", "RestClientTest", "GraphQlTest", "WebServiceClientTest",
      "SpringJUnitConfig", "SpringJUnitWebConfig", "ContextConfiguration", "Testcontainers",
      "QuarkusTest", "QuarkusIntegrationTest", "MicronautTest");
  private static final List<String> INTEGRATION_PACKAGES = List.of(
      "org.springframework.", "org.testcontainers.", "io.quarkus.", "io.micronaut.");

  private final Elements elements;
  private final Diagnostics diagnostics;
  private final SourcePaths sources;
  private final Mirrors mirrors;
  private final TestReferences references;
  private final Function<String, Optional<FeatureSummary>> models;
  /** Loaded models by slug; an absent value: looked up, not found. */
  private final Map<String, Optional<FeatureSummary>> loaded = new TreeMap<>();

  /** {@code models}: the model of a feature by slug, from this compilation or the class path. */
  public TestHarvester(ProcessingEnvironment env, Elements elements, Diagnostics diagnostics, SourcePaths sources,
      Function<String, Optional<FeatureSummary>> models) {
    this.elements = elements;
    this.diagnostics = diagnostics;
    this.sources = sources;
    this.mirrors = new Mirrors(elements);
    this.references = TestReferences.of(env);
    this.models = models;
  }

  /** The testing facts and the test classes (for originating elements) of one feature. */
  public record Tested(FeatureSummary feature, TestingDoc testing, List<Element> testClasses) {}

  /** A test class and what ties it to features. */
  private record TestClass(TypeElement type, SortedSet<String> features, List<Verified> verified) {}

  /** One {@code @Verifies} id on an element, with where it is written, for diagnostics. */
  private record Verified(Element element, AnnotationMirror mirror, AnnotationValue value, String id) {}

  /**
   * The testing facts of every feature in {@code documented} (slugs) that has a model, and with
   * {@code alsoNamed} of every feature the tests name, from the test classes named
   * {@code testClasses}; misuse of {@code @Verifies} and {@code @Feature} on tests is reported.
   */
  public SortedMap<String, Tested> harvest(Collection<String> testClasses, Collection<String> documented,
      boolean alsoNamed) {
    documented.forEach(this::model);
    List<TestClass> classes = new ArrayList<>();
    for (String name : testClasses) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        classes.add(new TestClass(type, featuresOf(type), verified(type)));
      }
    }
    Map<String, Map<String, SortedSet<String>>> verifiedBy = new HashMap<>(); // slug → id → tests
    Map<String, SortedSet<String>> classesOf = new HashMap<>(); // slug → test class names
    Map<String, Map<String, List<String>>> scenarioIds = new HashMap<>(); // slug + class → method → ids
    for (TestClass test : classes) {
      for (String slug : test.features()) {
        classesOf.computeIfAbsent(slug, s -> new TreeSet<>()).add(test.type().getQualifiedName().toString());
      }
      for (Verified verified : test.verified()) {
        Optional<String> slug = resolve(test, verified);
        if (slug.isEmpty()) {
          continue;
        }
        classesOf.computeIfAbsent(slug.get(), s -> new TreeSet<>()).add(test.type().getQualifiedName().toString());
        for (ExecutableElement method : covered(test.type(), verified.element())) {
          String label = Labels.typeName(test.type()) + "#" + method.getSimpleName();
          verifiedBy.computeIfAbsent(slug.get(), s -> new HashMap<>())
              .computeIfAbsent(verified.id(), i -> new TreeSet<>()).add(label);
          scenarioIds.computeIfAbsent(slug.get() + " " + test.type().getQualifiedName(), c -> new HashMap<>())
              .computeIfAbsent(method.getSimpleName().toString(), m -> new ArrayList<>()).add(verified.id());
        }
      }
    }
    SortedSet<String> slugs = new TreeSet<>(documented);
    if (alsoNamed) {
      loaded.forEach((slug, model) -> model.ifPresent(m -> slugs.add(slug)));
    }
    SortedMap<String, Tested> result = new TreeMap<>();
    for (String slug : slugs) {
      Optional<FeatureSummary> feature = model(slug);
      if (feature.isEmpty()) {
        continue;
      }
      List<TestClassDoc> unit = new ArrayList<>();
      List<TestClassDoc> integration = new ArrayList<>();
      List<Element> originating = new ArrayList<>();
      String root = "";
      for (String name : classesOf.getOrDefault(slug, new TreeSet<>())) {
        TypeElement type = elements.getTypeElement(name);
        originating.add(type);
        if (root.isEmpty()) {
          root = sources.rootLabel(type);
        }
        TestClassDoc doc = new TestClassDoc(Labels.typeName(type), sources.relativePath(type).orElse(""),
            scenarios(type, scenarioIds.getOrDefault(slug + " " + name, Map.of())));
        (isIntegration(type) ? integration : unit).add(doc);
      }
      unit.sort(java.util.Comparator.comparing(TestClassDoc::name));
      integration.sort(java.util.Comparator.comparing(TestClassDoc::name));
      Map<String, SortedSet<String>> byId = verifiedBy.getOrDefault(slug, Map.of());
      List<RuleCoverage> coverage = new ArrayList<>();
      for (RuleDoc rule : feature.get().rules()) {
        List<String> tests = rule.id().isEmpty() ? List.of() : List.copyOf(byId.getOrDefault(rule.id(), new TreeSet<>()));
        coverage.add(new RuleCoverage(rule.number(), rule.id(), rule.text(), tests));
      }
      result.put(slug, new Tested(feature.get(), new TestingDoc(true, root, unit, integration, coverage), originating));
    }
    return result;
  }

  private Optional<FeatureSummary> model(String slug) {
    return loaded.computeIfAbsent(slug, models);
  }

  /**
   * The features (slugs) a test class names: by {@code @Feature}, or through the types its source
   * names — declared members and catalogs of any feature, and the types that joined a feature whose
   * model is loaded already (the documented ones are loaded first).
   */
  private SortedSet<String> featuresOf(TypeElement type) {
    SortedSet<String> slugs = new TreeSet<>();
    Optional<Membership.Declaration> declared = Membership.of(type);
    if (declared.isPresent()) {
      String name = mirrors.string(declared.get().mirror(), "value").strip();
      if (!name.isEmpty()) {
        String slug = Slug.of(name);
        if (model(slug).isPresent()) {
          slugs.add(slug);
        } else {
          diagnostics.error(Message.TEST_FEATURE_UNKNOWN, declared.get().carrier(), declared.get().mirror(),
              Mirrors.explicit(declared.get().mirror(), "value").orElse(null), Labels.typeName(type), name, slug);
        }
      }
      return slugs;
    }
    for (TypeElement referenced : references.of(type)) {
      catalogSlug(referenced).or(() -> Membership.of(referenced)
              .map(d -> mirrors.string(d.mirror(), "value").strip()).filter(n -> !n.isEmpty()).map(Slug::of))
          .filter(slug -> model(slug).isPresent())
          .ifPresent(slugs::add);
      String qualified = referenced.getQualifiedName().toString();
      for (Map.Entry<String, Optional<FeatureSummary>> entry : loaded.entrySet()) {
        if (entry.getValue().isPresent() && entry.getValue().get().components().stream()
            .map(Component::qualifiedName).anyMatch(qualified::equals)) {
          slugs.add(entry.getKey());
        }
      }
    }
    return slugs;
  }

  /**
   * The slug of a generated catalog: a class with {@code String} constants {@code NAME} and
   * {@code SLUG} and a nested {@code Rules} class, the shape {@code catalog/CatalogWriter} writes.
   */
  private static Optional<String> catalogSlug(TypeElement type) {
    Object slug = null;
    boolean name = false;
    boolean rules = false;
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof VariableElement field && field.getConstantValue() instanceof String value) {
        if (field.getSimpleName().contentEquals("SLUG")) {
          slug = value;
        } else if (field.getSimpleName().contentEquals("NAME")) {
          name = true;
        }
      } else if (member instanceof TypeElement nested && nested.getSimpleName().contentEquals("Rules")) {
        rules = true;
      }
    }
    return slug != null && name && rules ? Optional.of((String) slug) : Optional.empty();
  }

  /** Every {@code @Verifies} id on the class and its methods. */
  private List<Verified> verified(TypeElement type) {
    List<Verified> result = new ArrayList<>();
    List<Element> carriers = new ArrayList<>();
    carriers.add(type);
    carriers.addAll(ElementFilter.methodsIn(type.getEnclosedElements()));
    for (Element carrier : carriers) {
      Optional<AnnotationMirror> mirror = Mirrors.find(carrier, Names.VERIFIES);
      if (mirror.isEmpty()) {
        continue;
      }
      AnnotationValue value = Mirrors.explicit(mirror.get(), "value").orElse(null);
      Object items = value == null ? List.of() : value.getValue();
      List<AnnotationValue> values = new ArrayList<>();
      if (items instanceof List<?> list) {
        list.forEach(item -> values.add((AnnotationValue) item));
      } else if (value != null) {
        values.add(value);
      }
      if (values.isEmpty()) {
        diagnostics.error(Message.VERIFIES_EMPTY, carrier, mirror.get(), value);
      }
      for (AnnotationValue item : values) {
        if (item.getValue() instanceof String id) {
          result.add(new Verified(carrier, mirror.get(), item, id.strip()));
        }
      }
    }
    return result;
  }

  /**
   * The feature (slug) a {@code @Verifies} id is a rule of: one of the test's features, else the
   * one known feature that has it; reports an id it cannot place.
   */
  private Optional<String> resolve(TestClass test, Verified verified) {
    List<String> known = loaded.entrySet().stream().filter(e -> e.getValue().isPresent()).map(Map.Entry::getKey).toList();
    List<String> having = test.features().stream().filter(slug -> ruleIds(slug).contains(verified.id())).toList();
    if (having.isEmpty()) {
      // a test of one feature may verify a rule of another, as long as the id says which
      having = known.stream().filter(slug -> ruleIds(slug).contains(verified.id())).toList();
    }
    if (having.size() == 1) {
      return Optional.of(having.get(0));
    }
    if (having.size() > 1) {
      diagnostics.error(Message.VERIFIES_AMBIGUOUS, verified.element(), verified.mirror(), verified.value(),
          verified.id(), String.join(", ", having.stream().map(s -> "\"" + model(s).get().name() + "\"").toList()));
      return Optional.empty();
    }
    if (test.features().size() == 1) {
      String slug = test.features().first();
      diagnostics.error(Message.VERIFIES_UNKNOWN, verified.element(), verified.mirror(), verified.value(),
          verified.id(), model(slug).get().name(), known(ruleIds(slug)));
    } else {
      List<String> ids = new ArrayList<>();
      for (String slug : test.features().isEmpty() ? known : test.features()) {
        ids.add("\"" + model(slug).get().name() + "\": " + known(ruleIds(slug)));
      }
      diagnostics.error(Message.VERIFIES_UNKNOWN_ANY, verified.element(), verified.mirror(), verified.value(),
          verified.id(), ids.isEmpty() ? "none (no feature model found)" : String.join("; ", ids));
    }
    return Optional.empty();
  }

  private static String known(SortedSet<String> ids) {
    return ids.isEmpty() ? "none (no rule of the feature has an id)" : String.join(", ", ids);
  }

  private SortedSet<String> ruleIds(String slug) {
    SortedSet<String> ids = new TreeSet<>();
    model(slug).ifPresent(f -> f.rules().stream().map(RuleDoc::id).filter(id -> !id.isEmpty()).forEach(ids::add));
    return ids;
  }

  /** The test methods {@code @Verifies} on {@code carrier} covers: itself, or every test method of the class. */
  private static List<ExecutableElement> covered(TypeElement type, Element carrier) {
    if (carrier instanceof ExecutableElement method) {
      return List.of(method);
    }
    return testMethods(type);
  }

  private static List<ExecutableElement> testMethods(TypeElement type) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .filter(m -> Names.TEST_METHODS.stream().anyMatch(a -> Mirrors.find(m, a).isPresent()))
        .toList();
  }

  /** The test methods of {@code type}, with the ids ({@code ids}: method → ids) of one feature's rules each verifies. */
  private List<ScenarioDoc> scenarios(TypeElement type, Map<String, List<String>> ids) {
    List<ScenarioDoc> result = new ArrayList<>();
    for (ExecutableElement method : testMethods(type)) {
      String name = Mirrors.find(method, DISPLAY_NAME).map(m -> mirrors.string(m, "value").strip())
          .filter(n -> !n.isEmpty()).orElse(humanise(method.getSimpleName().toString()));
      List<String> verifies = ids.getOrDefault(method.getSimpleName().toString(), List.of()).stream()
          .distinct().sorted().toList();
      result.add(new ScenarioDoc(name, method.getSimpleName().toString(), verifies, Mirrors.hasAny(method, DISABLED)
          || Mirrors.hasAny(type, DISABLED)));
    }
    return result;
  }

  /** {@code shareTwice_returns422WithBrShare3} → {@code Share twice: returns 422 with br share 3}. */
  static String humanise(String method) {
    List<String> words = new ArrayList<>();
    for (String part : method.split("_+")) {
      if (!part.isEmpty()) {
        words.add(part.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z])([A-Z][a-z])", "$1 $2")
            .replaceAll("([a-zA-Z])([0-9])", "$1 $2").toLowerCase(java.util.Locale.ROOT));
      }
    }
    String joined = String.join(": ", words);
    return joined.isEmpty() ? method : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
  }

  /** Starts the application or a slice of it (on itself, a superclass, or through a meta-annotation), or is named like an integration test. */
  private boolean isIntegration(TypeElement type) {
    String name = type.getSimpleName().toString();
    if (name.endsWith("IT") || name.endsWith("ITCase") || name.endsWith("IntegrationTest")) {
      return true;
    }
    for (TypeElement t = type; t != null; t = superclass(t)) {
      for (AnnotationMirror mirror : t.getAnnotationMirrors()) {
        if (isIntegrationAnnotation(mirror) || mirror.getAnnotationType().asElement().getAnnotationMirrors().stream()
            .anyMatch(TestHarvester::isIntegrationAnnotation)) {
          return true;
        }
      }
    }
    return type.getEnclosingElement() instanceof TypeElement outer && isIntegration(outer);
  }

  private static boolean isIntegrationAnnotation(AnnotationMirror mirror) {
    TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
    String qualified = annotation.getQualifiedName().toString();
    return INTEGRATION.contains(annotation.getSimpleName().toString())
        && INTEGRATION_PACKAGES.stream().anyMatch(qualified::startsWith);
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
    return element.getQualifiedName().contentEquals("java.lang.Object") || element.getKind() != ElementKind.CLASS
        ? null : element;
  }
}
