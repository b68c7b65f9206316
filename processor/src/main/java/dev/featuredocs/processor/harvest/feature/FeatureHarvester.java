package dev.featuredocs.processor.harvest.feature;

import dev.featuredocs.processor.diag.Diagnostics;
import dev.featuredocs.processor.diag.Message;
import dev.featuredocs.processor.harvest.component.ComponentHarvester;
import dev.featuredocs.processor.harvest.component.Implementations;
import dev.featuredocs.processor.harvest.config.AppProperties;
import dev.featuredocs.processor.harvest.config.AppPropertiesReader;
import dev.featuredocs.processor.harvest.config.BasePaths;
import dev.featuredocs.processor.harvest.config.Conditions;
import dev.featuredocs.processor.harvest.javac.Javadoc;
import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.javac.Names;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import dev.featuredocs.processor.harvest.persistence.Jpa;
import dev.featuredocs.processor.harvest.persistence.JpaNaming;
import dev.featuredocs.processor.harvest.persistence.JpaTables;
import dev.featuredocs.processor.harvest.persistence.Migrations;
import dev.featuredocs.processor.harvest.persistence.PanacheQueries;
import dev.featuredocs.processor.harvest.persistence.PersistenceHarvester;
import dev.featuredocs.processor.harvest.persistence.RepositoryQueries;
import dev.featuredocs.processor.harvest.review.ComputedSections;
import dev.featuredocs.processor.harvest.review.FeatureFacts;
import dev.featuredocs.processor.harvest.review.IntegrationHarvester;
import dev.featuredocs.processor.harvest.review.PerformanceHarvester;
import dev.featuredocs.processor.harvest.review.SuccessCriteria;
import dev.featuredocs.processor.harvest.review.TroubleshootingHarvester;
import dev.featuredocs.processor.harvest.schema.Constraints;
import dev.featuredocs.processor.harvest.schema.JacksonProperties;
import dev.featuredocs.processor.harvest.schema.JsonBinding;
import dev.featuredocs.processor.harvest.schema.RootWrapping;
import dev.featuredocs.processor.harvest.schema.ModelHarvester;
import dev.featuredocs.processor.harvest.schema.ModelNames;
import dev.featuredocs.processor.harvest.schema.SchemaBuilder;
import dev.featuredocs.processor.harvest.schema.WebTypes;
import dev.featuredocs.processor.harvest.security.SecurityHarvester;
import dev.featuredocs.processor.harvest.web.EndpointHarvester;
import dev.featuredocs.processor.harvest.web.ExceptionStatuses;
import dev.featuredocs.processor.harvest.web.FeatureExceptions;
import dev.featuredocs.processor.harvest.web.Handlers;
import dev.featuredocs.processor.harvest.web.JaxRsEndpoints;
import dev.featuredocs.processor.harvest.web.MethodBodies;
import dev.featuredocs.processor.harvest.web.ParameterText;
import dev.featuredocs.processor.harvest.web.RequestFilters;
import dev.featuredocs.processor.harvest.web.SpringEndpoints;
import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.Slug;
import dev.featuredocs.processor.source.SourceFacts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns the names a {@link RoundCollector} gathered into one {@link FeatureSummary} per feature.
 *
 * <ol>
 *   <li>scan: every collected package and type (and the source types of a {@code @Feature}
 *       package), in name order, reading {@code @Feature}, {@code @Phase} and {@code @BusinessRule};
 *   <li>join: types injected by a feature's types, that name no feature themselves, join it;
 *   <li>resolve: phases and rules found on types of no feature count for the features those types
 *       joined, else they are errors;
 *   <li>build: the immutable summary of each feature that has no error.
 * </ol>
 *
 * Runs once, in the last round; an unexpected failure costs the feature it happened in, not the build.
 */
public final class FeatureHarvester {
  private final Elements elements;
  private final Diagnostics diagnostics;
  private final AnnotationReader reader;
  private final ComponentHarvester components;
  private final SourcePaths sources;
  private final List<Orphan> orphans = new ArrayList<>();
  /** Type name → the features it joined by injection. */
  private final Map<String, SortedSet<String>> joined = new HashMap<>();
  private int sequence;
  /** A failed join may have missed types that orphans belong to: then orphans are not reported. */
  private boolean joinFailed;

  private final ProcessingEnvironment env;
  private final SourceFacts sourceFacts;
  private final Mirrors mirrors;
  private final String jsonNaming;
  private java.util.Set<String> generated = java.util.Set.of();
  private java.util.function.Predicate<TypeElement> compiledBefore = t -> false;
  private boolean criteriaDetails;
  private final String jpaNaming;
  private final Optional<java.nio.file.Path> migrations;
  private Optional<java.nio.file.Path> appConfig = Optional.empty();
  private boolean prependBasePath;

  /**
   * {@code jsonNaming}: the project-wide Jackson naming strategy ({@code SNAKE_CASE}, …), empty for
   * Jackson's default; {@code jpaNaming}: {@code spring} or {@code jpa} ({@link JpaNaming}); {@code migrations}: the
   * directory of Flyway or Liquibase files, if given.
   */
  public FeatureHarvester(ProcessingEnvironment env, Elements elements, Diagnostics diagnostics, SourcePaths sources, SourceFacts sourceFacts,
      String jsonNaming, String jpaNaming, Optional<java.nio.file.Path> migrations) {
    this.jpaNaming = jpaNaming;
    this.migrations = migrations;
    this.env = env;
    this.jsonNaming = jsonNaming;
    this.elements = elements;
    this.diagnostics = diagnostics;
    this.sources = sources;
    this.sourceFacts = sourceFacts;
    this.mirrors = new Mirrors(elements);
    this.reader = new AnnotationReader(mirrors, diagnostics);
    this.components = new ComponentHarvester(env.getTypeUtils(), sources);
  }

  /** The endpoint harvesting chain; exception handlers come from every advice class of the compilation. */
  private EndpointHarvester endpoints(ModelHarvester models, MethodBodies bodies, ExceptionStatuses statuses,
      RequestFilters filters, AppProperties properties) {
    Types types = env.getTypeUtils();
    WebTypes web = new WebTypes(types);
    Handlers handlers = new Handlers(elements, types);
    ParameterText text = new ParameterText(elements);
    return new EndpointHarvester(elements, mirrors, handlers, web,
        new SpringEndpoints(mirrors, handlers, web, text, elements, bodies),
        new JaxRsEndpoints(mirrors, handlers, web, text, types),
        models, bodies, statuses, new Javadoc(elements), diagnostics, filters,
        properties.value("spring.mvc.problemdetails.enabled").or(() -> properties.value("spring.webflux.problemdetails.enabled"))
            .map(v -> v.strip().equalsIgnoreCase("true")).orElse(false));
  }

  /**
   * The app's configuration files: the {@code featuredocs.appConfig} option's file or directory,
   * else {@code src/main/resources} beside the sources of a configuration class or collected type.
   */
  public FeatureHarvester configuredBy(Optional<java.nio.file.Path> appConfig, boolean prependBasePath) {
    this.appConfig = appConfig;
    this.prependBasePath = prependBasePath;
    return this;
  }

  /** Read once per harvest; a file that cannot be read is a warning and counts as absent. */
  private AppProperties appProperties(RoundCollector collected) {
    List<Element> anchors = new ArrayList<>();
    java.util.stream.Stream.concat(collected.configurations().stream(), collected.types().stream())
        .map(elements::getTypeElement).filter(java.util.Objects::nonNull).forEach(anchors::add);
    return AppPropertiesReader.read(appConfig, sources, anchors,
        (file, problem) -> diagnostics.warning(Message.APP_CONFIG_UNREADABLE, file, problem));
  }

  /** {@code @ApplicationPath} of the JAX-RS {@code Application} classes, in name order. */
  private List<BasePaths.ApplicationPath> applicationPaths(RoundCollector collected) {
    List<BasePaths.ApplicationPath> result = new ArrayList<>();
    new TreeSet<>(collected.configurations()).stream().map(elements::getTypeElement).filter(java.util.Objects::nonNull)
        .forEach(type -> SecurityHarvester.APPLICATION_PATHS.stream().flatMap(a -> Mirrors.find(type, a).stream())
            .findFirst().ifPresent(m -> result.add(new BasePaths.ApplicationPath(mirrors.string(m, "value"),
                Labels.typeName(type)))));
    return result;
  }

  /** Security, troubleshooting, diagram and criteria; security configuration is read here, once. */
  private ComputedSections computed(RoundCollector collected, MethodBodies bodies, ExceptionStatuses statuses,
      AppProperties properties, BasePaths basePaths) {
    Types types = env.getTypeUtils();
    WebTypes web = new WebTypes(types);
    Javadoc javadoc = new Javadoc(elements);
    FeatureExceptions exceptions = new FeatureExceptions(bodies, statuses, sources, web);
    List<TypeElement> configurations = collected.configurations().stream().map(elements::getTypeElement)
        .filter(java.util.Objects::nonNull).toList();
    // JAX-RS @Provider classes are collected with the advice: request filters among them bind by name
    List<TypeElement> providers = collected.advice().stream().map(elements::getTypeElement)
        .filter(java.util.Objects::nonNull).toList();
    return new ComputedSections(exceptions, new SecurityHarvester(mirrors, sources, configurations,
        new Conditions(mirrors, properties), basePaths, providers),
        new TroubleshootingHarvester(elements, javadoc, web, mirrors, exceptions, basePaths.doc().health()),
        new SuccessCriteria(diagnostics, elements, javadoc, sources, criteriaDetails), components);
  }

  /** {@code properties}: the app's configuration, for Spring's {@code spring.jackson.*} settings. */
  private ModelHarvester models(RoundCollector collected, AppProperties properties) {
    Types types = env.getTypeUtils();
    ModelNames names = new ModelNames();
    // -Afeaturedocs.jsonNaming wins; else what the app configures its ObjectMapper with
    String naming = jsonNaming.isEmpty() ? JacksonProperties.configuredNaming(properties) : jsonNaming;
    SchemaBuilder schemas = new SchemaBuilder(types, elements, new WebTypes(types), mirrors,
        new JacksonProperties(types, mirrors, naming, JsonBinding.of(elements)), new Constraints(mirrors), names);
    List<TypeElement> configurations = collected.configurations().stream().map(elements::getTypeElement)
        .filter(java.util.Objects::nonNull).toList();
    return new ModelHarvester(schemas, names, sources, sourceFacts, new Javadoc(elements), elements, diagnostics,
        RootWrapping.of(configurations, sources, properties));
  }

  /** Database, integration, performance and debt facts; the migrations directory is read here, once. */
  private FeatureFacts facts() {
    JpaNaming naming = JpaNaming.of(jpaNaming);
    JpaTables tables = new JpaTables(new Jpa(mirrors), naming);
    RepositoryQueries queries = new RepositoryQueries(env.getTypeUtils(), mirrors, tables);
    PersistenceHarvester persistence = new PersistenceHarvester(components, tables, queries,
        new PanacheQueries(env.getTypeUtils(), elements, sources, queries, tables), Migrations.of(migrations), naming);
    return new FeatureFacts(persistence, new IntegrationHarvester(elements, mirrors, sources),
        new PerformanceHarvester(mirrors), sources);
  }

  /** A phase or rule on an element that names no feature; it may still join one by injection. */
  private record Orphan(Element element, AnnotationMirror mirror, String annotation, String owner, int sequence) {}

  public HarvestResult harvest(RoundCollector collected) {
    Map<String, FeatureBuilder> features = scan(collected);
    reader.warnUnplannedPhases();
    checkSlugs(features);
    return build(collected, features);
  }

  /**
   * Scan, join and resolve only: the features of {@code collected} with their members and rules,
   * for the catalog ({@link CatalogHarvester}), which needs no summary.
   */
  Map<String, FeatureBuilder> scan(RoundCollector collected) {
    components.use(Implementations.of(elements, env.getTypeUtils(), sources, collected.beans()));
    SortedSet<String> typeNames = new TreeSet<>(collected.types());
    for (String name : collected.packages()) {
      PackageElement pkg = elements.getPackageElement(name);
      if (pkg != null) {
        guarded(pkg, "package " + name, () -> typeNames.addAll(scanPackage(pkg)));
      }
    }
    for (String name : typeNames) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        guarded(type, name, () -> scanType(type));
      }
    }
    Map<String, FeatureBuilder> features = reader.features();
    for (FeatureBuilder feature : features.values()) {
      join(feature);
    }
    resolveOrphans(features);
    return features;
  }

  private HarvestResult build(RoundCollector collected, Map<String, FeatureBuilder> features) {
    AppProperties properties = appProperties(collected);
    ModelHarvester models = models(collected, properties);
    Types types = env.getTypeUtils();
    MethodBodies bodies = new MethodBodies(sourceFacts, sources, elements, types, new WebTypes(types),
        components.implementations()).compiledBefore(compiledBefore);
    List<TypeElement> advice = collected.advice().stream().map(elements::getTypeElement)
        .filter(java.util.Objects::nonNull).toList();
    ExceptionStatuses statuses = new ExceptionStatuses(types, mirrors, bodies, advice);
    RequestFilters filters = new RequestFilters(advice, collected.configurations().stream().map(elements::getTypeElement)
        .filter(java.util.Objects::nonNull).toList(), new WebTypes(types), bodies, statuses);
    BasePaths basePaths = BasePaths.of(properties, applicationPaths(collected), prependBasePath,
        elements.getTypeElement(BasePaths.QUARKUS) != null);
    SummaryBuilder summaries = new SummaryBuilder(elements, components, sources, new Javadoc(elements),
        this::featuresOf, endpoints(models, bodies, statuses, filters, properties), models, this::ownFeature, facts(),
        computed(collected, bodies, statuses, properties, basePaths), basePaths, compiledBefore);
    List<FeatureSummary> built = new ArrayList<>();
    Map<String, List<Element>> originating = new LinkedHashMap<>();
    for (FeatureBuilder feature : features.values()) {
      if (feature.errors > 0 || (feature.originating.isEmpty() && feature.members.isEmpty())) {
        continue; // nothing an error made wrong is rendered
      }
      guarded(feature, () -> {
        built.add(summaries.build(feature));
        originating.put(feature.name, List.copyOf(feature.originating.isEmpty() ? sourceMembers(feature) : feature.originating));
      });
    }
    Map<String, java.util.SortedSet<String>> unseen = new TreeMap<>();
    for (FeatureBuilder feature : features.values()) {
      for (String member : feature.members) {
        java.util.Set<String> callees = bodies.unseen().get(member);
        if (callees != null && originating.containsKey(feature.name)) {
          unseen.computeIfAbsent(feature.name, n -> new TreeSet<>()).addAll(callees);
        }
      }
    }
    Map<String, Map<String, Map.Entry<Element, javax.lang.model.element.AnnotationMirror>>> untold = new TreeMap<>();
    for (FeatureBuilder feature : features.values()) {
      feature.ruleReferences.forEach((id, at) -> {
        if (!feature.ruleTexts.containsKey(id) && originating.containsKey(feature.name)) {
          untold.computeIfAbsent(feature.name, n -> new java.util.LinkedHashMap<>()).put(id, at);
        }
      });
    }
    return new HarvestResult(built, originating, unseen, untold);
  }

  /**
   * Types this processor generated (the catalogs): in a feature's package, but no part of the
   * feature's code, so never its members.
   */
  public FeatureHarvester excluding(java.util.Set<String> generated) {
    this.generated = java.util.Set.copyOf(generated);
    return this;
  }

  /** Where {@code @Feature(prp/prd)} paths point: a missing target is a warning on the attribute. */
  public FeatureHarvester references(dev.featuredocs.processor.model.References references) {
    reader.references(references);
    return this;
  }

  /** A note on each element that fails a success criterion, instead of one line per feature. */
  public FeatureHarvester criteriaDetails(boolean details) {
    this.criteriaDetails = details;
    return this;
  }

  /**
   * Class files of this module's previous compile that this compile did not recompile (a partial
   * compile): another feature's service among them is still a use of that feature.
   */
  public FeatureHarvester compiledBefore(java.util.function.Predicate<TypeElement> classOutput) {
    this.compiledBefore = classOutput;
    return this;
  }

  /**
   * A feature declared only in class files (another module, or sources an incremental compile did not
   * recompile) whose members are compiled here: documented, its declaration's facts coming from
   * fragments; its compiled members stand for it.
   */
  private List<Element> sourceMembers(FeatureBuilder feature) {
    List<Element> result = new ArrayList<>();
    for (String name : feature.members) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null && sources.relativePath(type).isPresent()) {
        result.add(type);
      }
    }
    if (result.isEmpty()) {
      throw new IllegalStateException("feature \"" + feature.name + "\" has no element compiled from source");
    }
    return result;
  }

  private List<String> scanPackage(PackageElement pkg) {
    FeatureBuilder feature = Mirrors.find(pkg, Names.FEATURE).map(m -> reader.declare(pkg, m)).orElse(null);
    boolean blankFeature = feature == null && Mirrors.find(pkg, Names.FEATURE).isPresent();
    for (AnnotationMirror phase : Mirrors.repeated(pkg, Names.PHASE, Names.PHASES)) {
      if (feature != null) {
        reader.phase(feature, pkg, phase, sequence++);
      } else if (!blankFeature) {
        diagnostics.error(Message.NO_FEATURE, pkg, phase, null, "Phase", Labels.location(pkg));
      }
    }
    List<String> types = new ArrayList<>();
    if (feature != null) {
      for (Element member : pkg.getEnclosedElements()) {
        if (member instanceof TypeElement type && sources.relativePath(type).isPresent()
            && !generated.contains(type.getQualifiedName().toString())) {
          types.add(type.getQualifiedName().toString());
        }
      }
    }
    return types;
  }

  private void scanType(TypeElement type) {
    Optional<Membership.Declaration> declaration = Membership.of(type);
    FeatureBuilder feature = null;
    if (declaration.isPresent()) {
      feature = declaration.get().carrier().equals(type)
          ? reader.declare(type, declaration.get().mirror())
          : reader.featureOf(declaration.get());
    }
    boolean blankFeature = declaration.isPresent() && feature == null;
    if (feature != null) {
      feature.members.add(type.getQualifiedName().toString());
    }
    List<Element> annotated = new ArrayList<>();
    annotated.add(type);
    for (Element member : type.getEnclosedElements()) {
      if (!(member instanceof TypeElement) && !propagatedFromComponent(type, member)) {
        annotated.add(member);
      }
    }
    String owner = type.getQualifiedName().toString();
    for (Element element : annotated) {
      FeatureBuilder target = feature;
      boolean blank = blankFeature;
      Optional<AnnotationMirror> own = element == type ? Optional.empty() : Mirrors.find(element, Names.FEATURE);
      if (own.isPresent()) {
        // A handler method that names its own feature: it and its rules and phases belong there.
        target = reader.declare(element, own.get());
        blank = target == null;
        if (target != null) {
          target.endpointOwners.add(owner);
        }
      }
      for (AnnotationMirror phase : Mirrors.repeated(element, Names.PHASE, Names.PHASES)) {
        int at = sequence++;
        if (target != null) {
          reader.phase(target, element, phase, at);
        } else if (!blank) {
          orphans.add(new Orphan(element, phase, "Phase", owner, at));
        }
      }
      for (AnnotationMirror rule : Mirrors.repeated(element, Names.RULE, Names.RULES)) {
        int at = sequence++;
        if (target != null) {
          reader.rule(target, element, rule, owner, at);
        } else if (!blank) {
          orphans.add(new Orphan(element, rule, "BusinessRule", owner, at));
        }
      }
    }
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof TypeElement nested) {
        scanType(nested);
      }
    }
  }

  /**
   * A record's component, or its accessor when it carries the same featuredocs annotations as the
   * component's field: an annotation written on the component is seen on the field and on the
   * accessor javac declares, so only the field counts, once, where the component is written.
   */
  private static boolean propagatedFromComponent(TypeElement type, Element member) {
    if (type.getKind() != javax.lang.model.element.ElementKind.RECORD) {
      return false;
    }
    if (member.getKind() == javax.lang.model.element.ElementKind.RECORD_COMPONENT) {
      return true;
    }
    for (javax.lang.model.element.RecordComponentElement component : type.getRecordComponents()) {
      if (member.equals(component.getAccessor())) {
        return type.getEnclosedElements().stream()
            .filter(e -> e.getKind() == javax.lang.model.element.ElementKind.FIELD
                && e.getSimpleName().equals(component.getSimpleName()))
            .anyMatch(field -> featuredocsAnnotations(field).equals(featuredocsAnnotations(member)));
      }
    }
    return false;
  }

  private static List<String> featuredocsAnnotations(Element element) {
    return element.getAnnotationMirrors().stream().map(Object::toString)
        .filter(m -> m.startsWith("@dev.featuredocs.annotations.")).toList();
  }

  /** Breadth-first along injection: what a feature's types inject, and names no feature, joins it. */
  private void join(FeatureBuilder feature) {
    Deque<String> queue = new ArrayDeque<>(feature.members);
    while (!queue.isEmpty()) {
      TypeElement type = elements.getTypeElement(queue.poll());
      if (type == null) {
        continue;
      }
      try {
        for (TypeElement dependency : components.injected(type, components.role(type))) {
          String name = dependency.getQualifiedName().toString();
          if (Membership.of(dependency).isEmpty() && feature.members.add(name)) {
            joined.computeIfAbsent(name, n -> new TreeSet<>()).add(feature.name);
            queue.add(name);
          }
        }
      } catch (RuntimeException | LinkageError e) {
        diagnostics.internalError(e, type, type.getQualifiedName() + " of feature \"" + feature.name + "\"");
        feature.errors++;
        joinFailed = true;
      }
    }
  }

  private void resolveOrphans(Map<String, FeatureBuilder> features) {
    for (Orphan orphan : orphans) {
      SortedSet<String> names = joined.getOrDefault(orphan.owner(), new TreeSet<>());
      if (names.isEmpty()) {
        if (joinFailed) {
          continue; // it may belong to a feature the failed join did not reach; that failure is reported
        }
        diagnostics.error(Message.NO_FEATURE, orphan.element(), orphan.mirror(), null,
            orphan.annotation(), Labels.location(orphan.element()));
        continue;
      }
      for (String name : names) {
        FeatureBuilder feature = features.get(name);
        if (orphan.annotation().equals("Phase")) {
          reader.phase(feature, orphan.element(), orphan.mirror(), orphan.sequence());
        } else {
          reader.rule(feature, orphan.element(), orphan.mirror(), orphan.owner(), orphan.sequence());
        }
      }
    }
  }

  private void checkSlugs(Map<String, FeatureBuilder> features) {
    Map<String, FeatureBuilder> bySlug = new TreeMap<>();
    for (FeatureBuilder feature : features.values()) {
      FeatureBuilder first = bySlug.putIfAbsent(Slug.of(feature.name), feature);
      if (first != null && !feature.originating.isEmpty()) {
        Element at = feature.originating.get(0);
        diagnostics.error(Message.FEATURE_SLUG_COLLISION, at, Mirrors.find(at, Names.FEATURE).orElse(null), null,
            first.name, feature.name, Slug.of(feature.name));
        feature.errors++;
      }
    }
  }

  /** The feature a handler method names on itself, if any. */
  Optional<String> ownFeature(Element element) {
    return Mirrors.find(element, Names.FEATURE).map(m -> mirrors.string(m, "value").strip());
  }

  /** The features a type belongs to: the one it declares, else those it joined by injection. */
  private List<String> featuresOf(TypeElement type) {
    Optional<Membership.Declaration> declaration = Membership.of(type);
    if (declaration.isPresent()) {
      FeatureBuilder feature = reader.featureOf(declaration.get());
      return feature == null ? List.of() : List.of(feature.name);
    }
    return List.copyOf(joined.getOrDefault(type.getQualifiedName().toString(), new TreeSet<>()));
  }

  private void guarded(Element element, String what, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException | LinkageError e) {
      diagnostics.internalError(e, element, what);
      Membership.of(element).map(reader::featureOf).ifPresent(f -> f.errors++);
    }
  }

  private void guarded(FeatureBuilder feature, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException | LinkageError e) {
      diagnostics.internalError(e, feature.originating.isEmpty() ? null : feature.originating.get(0),
          "feature \"" + feature.name + "\"");
      feature.errors++;
    }
  }
}
