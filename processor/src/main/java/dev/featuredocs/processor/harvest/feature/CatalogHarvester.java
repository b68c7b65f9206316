package dev.featuredocs.processor.harvest.feature;

import dev.featuredocs.processor.diag.Diagnostics;
import dev.featuredocs.processor.diag.Message;
import dev.featuredocs.processor.harvest.component.Implementations;
import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.javac.Names;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import dev.featuredocs.processor.harvest.schema.WebTypes;
import dev.featuredocs.processor.harvest.web.Handlers;
import dev.featuredocs.processor.harvest.web.JaxRsEndpoints;
import dev.featuredocs.processor.harvest.web.MethodBodies;
import dev.featuredocs.processor.harvest.web.Operation;
import dev.featuredocs.processor.harvest.web.ParameterText;
import dev.featuredocs.processor.harvest.web.SpringEndpoints;
import dev.featuredocs.processor.model.FeatureCatalog;
import dev.featuredocs.processor.model.JavaNames;
import dev.featuredocs.processor.model.Slug;
import dev.featuredocs.processor.source.SourceFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What the generated catalog of each feature holds, harvested in the round that first sees the
 * feature: its name, its rule ids and its endpoints ({@code "POST /api/documents/{id}/shares"}).
 *
 * <p>The catalog must exist from the first round, so that code of the same compilation (tests, a
 * docs endpoint) can refer to it; the summary is harvested in the last round, so that types other
 * processors generate are part of it. So the round's features are scanned here a first time, with
 * the feature scan of {@link FeatureHarvester} (misuse is not reported from here: the last round
 * reports it once) and only the mappings of the endpoints, not their bodies, statuses or models.
 * In a normal build every rule and endpoint is in the first round's sources.
 */
public final class CatalogHarvester {
  private final ProcessingEnvironment env;
  private final Elements elements;
  private final Diagnostics diagnostics;
  private final SourcePaths sources;
  private final Mirrors mirrors;
  private java.util.function.Predicate<String> partial = slug -> false;

  public CatalogHarvester(ProcessingEnvironment env, Elements elements, Diagnostics diagnostics, SourcePaths sources) {
    this.env = env;
    this.elements = elements;
    this.diagnostics = diagnostics;
    this.sources = sources;
    this.mirrors = new Mirrors(elements);
  }

  /** Features whose catalog could not be made (name invalid or taken: reported); they get no summary either. */
  private final Set<String> failed = new java.util.TreeSet<>();

  /** The features of the last {@link #harvest} whose catalog had an error. */
  public Set<String> failed() {
    return failed;
  }

  /**
   * Features (by slug) of which this compile was handed only some sources (a partial compile; the others are
   * class files of the module's previous compile): their catalogs keep the previous catalog's
   * constants that this compile does not see declared, instead of losing them until a full compile.
   */
  public CatalogHarvester partial(java.util.function.Predicate<String> bySlug) {
    this.partial = bySlug;
    return this;
  }

  /** A catalog to write, with the elements that declare its feature (originating elements). */
  public record Catalog(FeatureCatalog model, List<Element> originating) {}

  /**
   * The catalogs of the features of {@code round} not in {@code done} (names), in name order; a
   * feature with an error, or whose catalog name is taken or not a Java name (reported), has none.
   */
  public List<Catalog> harvest(RoundCollector round, Set<String> done) {
    FeatureHarvester scanner = new FeatureHarvester(env, elements, Diagnostics.muted(), sources, SourceFacts.NONE, "", "spring",
        java.util.Optional.empty());
    Map<String, FeatureBuilder> features = scanner.scan(round);
    Types types = env.getTypeUtils();
    WebTypes web = new WebTypes(types);
    Handlers handlers = new Handlers(elements, types);
    ParameterText text = new ParameterText(elements);
    SpringEndpoints spring = new SpringEndpoints(mirrors, handlers, web, text, elements,
        new MethodBodies(SourceFacts.NONE, sources, elements, types, web, Implementations.NONE));
    JaxRsEndpoints jaxRs = new JaxRsEndpoints(mirrors, handlers, web, text, types);
    List<Catalog> result = new ArrayList<>();
    for (FeatureBuilder feature : features.values()) {
      if (done.contains(feature.name) || feature.errors > 0 || feature.originating.isEmpty()) {
        continue;
      }
      Element declaration = feature.originating.get(0);
      try {
        Optional<Catalog> catalog = catalog(feature, declaration, scanner, spring, jaxRs);
        catalog.ifPresentOrElse(result::add, () -> failed.add(feature.name));
      } catch (RuntimeException | LinkageError e) {
        diagnostics.internalError(e, declaration, "the catalog of feature \"" + feature.name + "\"");
      }
    }
    return result;
  }

  private Optional<Catalog> catalog(FeatureBuilder feature, Element declaration, FeatureHarvester scanner,
      SpringEndpoints spring, JaxRsEndpoints jaxRs) {
    AnnotationMirror mirror = Mirrors.find(declaration, Names.FEATURE).orElse(null);
    Optional<String> qualified = name(feature, declaration, mirror);
    if (qualified.isEmpty()) {
      return Optional.empty();
    }
    String slug = Slug.of(feature.name);
    TypeElement existing = elements.getTypeElement(qualified.get());
    if (existing != null && !isCatalogOf(existing, slug)) {
      diagnostics.error(Message.CATALOG_CLASH, declaration, mirror, explicitCatalog(feature, mirror),
          qualified.get(), feature.name, existing.getQualifiedName());
      return Optional.empty();
    }
    int dot = qualified.get().lastIndexOf('.');
    // one constant per id, however many elements enforce the rule: its text where given, and every element
    Map<String, List<FeatureBuilder.RuleEntry>> byId = new java.util.TreeMap<>();
    feature.rules.stream().filter(r -> !r.id().isEmpty())
        .forEach(r -> byId.computeIfAbsent(r.id(), i -> new java.util.ArrayList<>()).add(r));
    List<FeatureCatalog.Entry> rules = byId.entrySet().stream().map(e -> {
      String text = e.getValue().stream().map(FeatureBuilder.RuleEntry::text).filter(t -> !t.isEmpty())
          .findFirst().orElse("");
      String where = e.getValue().stream().map(FeatureBuilder.RuleEntry::enforcedIn).distinct()
          .collect(java.util.stream.Collectors.joining(", "));
      return new FeatureCatalog.Entry(e.getKey(), (text.isEmpty() ? "" : text + " ") + "(enforced in " + where + ")");
    }).toList();
    List<FeatureCatalog.Entry> endpoints = endpoints(feature, scanner, spring, jaxRs);
    if (existing != null && partial.test(slug) && sources.relativePath(existing).isEmpty()) {
      rules = kept(rules, existing, "Rules", Comparator.comparing(FeatureCatalog.Entry::value));
      endpoints = kept(endpoints, existing, "Endpoints", null);
    }
    FeatureCatalog model = new FeatureCatalog(feature.name, slug,
        dot < 0 ? "" : qualified.get().substring(0, dot), qualified.get().substring(dot + 1), rules, endpoints);
    return Optional.of(new Catalog(model, List.copyOf(feature.originating)));
  }

  /** {@code METHOD /path} of the feature's endpoints, by path then method, with the handler. */
  private List<FeatureCatalog.Entry> endpoints(FeatureBuilder feature, FeatureHarvester scanner,
      SpringEndpoints spring, JaxRsEndpoints jaxRs) {
    SortedSet<String> owners = new TreeSet<>(feature.members);
    owners.addAll(feature.endpointOwners);
    List<Operation> operations = new ArrayList<>();
    for (String name : owners) {
      TypeElement type = elements.getTypeElement(name);
      if (type == null) {
        continue;
      }
      List<Operation> all = new ArrayList<>();
      if (spring.isController(type)) {
        all.addAll(spring.operations(type));
      }
      if (jaxRs.isResource(type)) {
        all.addAll(jaxRs.operations(type));
      }
      for (Operation operation : all) {
        Optional<String> own = scanner.ownFeature(operation.handler());
        if (own.isPresent() ? own.get().equals(feature.name) : feature.members.contains(name)) {
          operations.add(operation);
        }
      }
    }
    List<String> order = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    operations.sort(Comparator.comparing(Operation::path).thenComparing(o -> order.indexOf(o.method())));
    List<FeatureCatalog.Entry> result = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Operation operation : operations) {
      String value = operation.method() + " " + operation.path();
      if (seen.add(value)) {
        result.add(new FeatureCatalog.Entry(value,
            "Handled by " + Labels.typeName(operation.controller()) + "#" + operation.handler().getSimpleName() + "."));
      }
    }
    return result;
  }

  /**
   * With catalogs turned off ({@code option} false): a warning on each {@code @Feature(catalog = …)}
   * of {@code round}, which names a class that will not exist.
   */
  public void reportNamedWhileOff(RoundCollector round, String option) {
    List<Element> declarations = new ArrayList<>();
    for (String name : round.packages()) {
      Optional.ofNullable(elements.getPackageElement(name)).ifPresent(declarations::add);
    }
    for (String name : round.types()) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        addWithMembers(type, declarations);
      }
    }
    for (Element declaration : declarations) {
      AnnotationMirror mirror = Mirrors.find(declaration, Names.FEATURE).orElse(null);
      javax.lang.model.element.AnnotationValue catalog = mirror == null ? null : Mirrors.explicit(mirror, "catalog").orElse(null);
      if (catalog != null) {
        javax.lang.model.element.AnnotationValue value = Mirrors.explicit(mirror, "value").orElse(null);
        diagnostics.warning(Message.CATALOG_OFF, declaration, mirror, catalog, catalog.getValue(),
            value == null ? "" : value.getValue(), option);
      }
    }
  }

  private static void addWithMembers(TypeElement type, List<Element> into) {
    into.add(type);
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof TypeElement nested) {
        addWithMembers(nested, into);
      } else if (member instanceof javax.lang.model.element.ExecutableElement) {
        into.add(member);
      }
    }
  }

  /** The catalog's qualified name, or empty when it is not a Java name (reported). */
  private Optional<String> name(FeatureBuilder feature, Element declaration, AnnotationMirror mirror) {
    String given = feature.attribute("catalog");
    PackageElement pkg = elements.getPackageOf(declaration);
    String prefix = pkg.isUnnamed() ? "" : pkg.getQualifiedName() + ".";
    String qualified = given.isEmpty() ? prefix + defaultName(feature.name) : given.contains(".") ? given : prefix + given;
    if (!SourceVersion.isName(qualified)) {
      diagnostics.error(Message.CATALOG_NAME_INVALID, declaration, mirror, explicitCatalog(feature, mirror),
          qualified, feature.name);
      return Optional.empty();
    }
    Optional<String> hidden = hidden(qualified);
    if (hidden.isPresent() && given.isEmpty()) {
      return Optional.of(qualified + "Catalog"); // a feature named "Feature": FeatureCatalog, not Feature
    }
    if (hidden.isPresent()) {
      diagnostics.error(Message.CATALOG_HIDES_TYPE, declaration, mirror, explicitCatalog(feature, mirror), given,
          qualified, hidden.get(), qualified.contains(".") ? qualified.substring(0, qualified.lastIndexOf('.')) : "",
          defaultName(feature.name));
      return Optional.empty();
    }
    return Optional.of(qualified);
  }

  /**
   * The type a catalog of this name would hide in its package, if any: featuredocs' annotations
   * ({@code @Feature} itself would stop compiling) and {@code java.lang}'s types ({@code String}).
   */
  private Optional<String> hidden(String qualified) {
    String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
    for (String pkg : List.of("dev.featuredocs.annotations.", "java.lang.")) {
      if (!qualified.equals(pkg + simple) && elements.getTypeElement(pkg + simple) != null) {
        return Optional.of(pkg + simple);
      }
    }
    return Optional.empty();
  }

  private static javax.lang.model.element.AnnotationValue explicitCatalog(FeatureBuilder feature, AnnotationMirror mirror) {
    return mirror == null ? null
        : Mirrors.explicit(mirror, "catalog").or(() -> Mirrors.explicit(mirror, "value")).orElse(null);
  }

  /** {@code "Document Sharing"} → {@code DocumentSharingFeature} ({@link JavaNames#typeName}). */
  static String defaultName(String feature) {
    return JavaNames.typeName(feature);
  }

  /**
   * A catalog this processor wrote for the same feature in an earlier build (its class in the
   * output directory, which Maven puts on the class path): regenerated, not a clash.
   */
  /**
   * {@code harvested} and, after them, the constants of the previous catalog's nested class
   * {@code nested} that it lacks; {@code order}, if any, sorts the result.
   */
  private static List<FeatureCatalog.Entry> kept(List<FeatureCatalog.Entry> harvested, TypeElement previous,
      String nested, Comparator<FeatureCatalog.Entry> order) {
    Set<String> values = new java.util.HashSet<>();
    harvested.forEach(e -> values.add(e.value()));
    List<FeatureCatalog.Entry> result = new ArrayList<>(harvested);
    for (Element member : previous.getEnclosedElements()) {
      if (member instanceof TypeElement type && type.getSimpleName().contentEquals(nested)) {
        for (Element field : type.getEnclosedElements()) {
          if (field instanceof VariableElement constant && constant.getConstantValue() instanceof String value
              && values.add(value)) {
            result.add(new FeatureCatalog.Entry(value, "Kept from the previous compile, which saw where it is declared."));
          }
        }
      }
    }
    if (order != null) {
      result.sort(order);
    }
    return result;
  }

  private static boolean isCatalogOf(TypeElement type, String slug) {
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof VariableElement field && field.getSimpleName().contentEquals("SLUG")) {
        return slug.equals(field.getConstantValue());
      }
    }
    return false;
  }
}
