package dev.featuredocs.processor.harvest.feature;

import dev.featuredocs.processor.harvest.component.ComponentHarvester;
import dev.featuredocs.processor.harvest.config.BasePaths;
import dev.featuredocs.processor.harvest.feature.FeatureBuilder.PhaseBuilder;
import dev.featuredocs.processor.harvest.feature.FeatureBuilder.Plan;
import dev.featuredocs.processor.harvest.feature.FeatureBuilder.RuleEntry;
import dev.featuredocs.processor.harvest.javac.Javadoc;
import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.javac.Names;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import dev.featuredocs.processor.harvest.persistence.QueryIndexes;
import dev.featuredocs.processor.harvest.review.ComputedSections;
import dev.featuredocs.processor.harvest.review.FeatureFacts;
import dev.featuredocs.processor.harvest.schema.ModelHarvester;
import dev.featuredocs.processor.harvest.web.EndpointHarvester;
import dev.featuredocs.processor.model.CheckItem;
import dev.featuredocs.processor.model.Component;
import dev.featuredocs.processor.model.CrossFeatureUse;
import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.PhaseDoc;
import dev.featuredocs.processor.model.Role;
import dev.featuredocs.processor.model.RuleDoc;
import dev.featuredocs.processor.model.ServiceDoc;
import dev.featuredocs.processor.model.Slug;
import dev.featuredocs.processor.model.SourceFile;
import dev.featuredocs.processor.model.schema.ModelDoc;
import dev.featuredocs.processor.model.web.EndpointDoc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Builds the immutable {@link FeatureSummary} of one feature from what the harvest gathered. */
final class SummaryBuilder {
  private static final int MAX_FLOWS = 50;

  private final Elements elements;
  private final ComponentHarvester harvester;
  private final SourcePaths sources;
  private final Javadoc javadoc;
  private final Function<TypeElement, List<String>> featuresOf;
  private final EndpointHarvester endpoints;
  private final ModelHarvester models;
  private final Function<Element, Optional<String>> ownFeature;
  private final ComputedSections computed;
  private final FeatureFacts facts;
  private final java.util.function.Predicate<TypeElement> compiledBefore;

  /**
   * {@code featuresOf}: the features a type belongs to, by declaration or by having joined them;
   * {@code ownFeature}: the feature a handler method names on itself; {@code compiledBefore}: class
   * files of the module's previous compile not recompiled now (a partial compile).
   */
  SummaryBuilder(Elements elements, ComponentHarvester harvester, SourcePaths sources, Javadoc javadoc,
      Function<TypeElement, List<String>> featuresOf, EndpointHarvester endpoints, ModelHarvester models,
      Function<Element, Optional<String>> ownFeature, FeatureFacts facts, ComputedSections computed,
      BasePaths basePaths, java.util.function.Predicate<TypeElement> compiledBefore) {
    this.compiledBefore = compiledBefore;
    this.computed = computed;
    this.basePaths = basePaths;
    this.elements = elements;
    this.harvester = harvester;
    this.sources = sources;
    this.javadoc = javadoc;
    this.featuresOf = featuresOf;
    this.endpoints = endpoints;
    this.models = models;
    this.ownFeature = ownFeature;
    this.facts = facts;
  }

  private static final java.util.regex.Pattern LIBRARY =
      java.util.regex.Pattern.compile("(java|javax|jakarta|org\\.springframework)\\.");

  /** The configured base paths; documented paths carry them when {@code featuredocs.prependBasePath} is set. */
  private final BasePaths basePaths;

  FeatureSummary build(FeatureBuilder feature) {
    Map<String, TypeElement> types = new LinkedHashMap<>();
    for (String name : feature.members) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        types.put(name, type);
      }
    }
    List<EndpointHarvester.Harvested> harvested = endpoints(feature).stream()
        .map(h -> h.with(h.endpoint().withPath(basePaths.documented(h.endpoint().path()))))
        .toList();
    List<ModelDoc> modelDocs = models(harvested, types);
    List<Component> components = components(types, modelDocs);
    List<ServiceDoc> services = new ArrayList<>();
    List<RuleDoc> otherRules = new ArrayList<>();
    numberRules(feature, components, types, services, otherRules);
    List<EndpointDoc> endpointDocs =
        harvested.stream().map(EndpointHarvester.Harvested::endpoint).sorted(EndpointHarvester.order()).toList();
    List<PhaseDoc> phaseDocs = phases(feature);
    FeatureFacts.Facts later = facts.of(types.values());
    ComputedSections.Sections sections = computed.of(feature.name, types.values(), components, harvested,
        endpointDocs, modelDocs, phaseDocs, queryIndexes(later.persistence()),
        later.persistence(),
        later.integration() == null ? List.of() : later.integration().externalApis());
    return new FeatureSummary(
        feature.name,
        Slug.of(feature.name),
        feature.attribute("businessValue"),
        feature.attribute("implementedOn"),
        feature.attribute("owner"),
        feature.attribute("prp"),
        feature.attribute("prd"),
        components,
        flows(components),
        crossFeature(feature, types),
        phaseDocs,
        sourceRoot(feature, types.values()),
        files(feature, types.values()),
        endpointDocs,
        modelDocs,
        services,
        otherRules,
        later.persistence(),
        later.integration(),
        later.performance(),
        later.debt(),
        sections.security(),
        sections.troubleshooting(),
        sections.architecture(),
        sections.criteria(),
        basePaths.doc());
  }

  /** The feature's query methods and their index use, as the Database criterion reads them. */
  private static QueryIndexes queryIndexes(dev.featuredocs.processor.model.persistence.PersistenceDoc persistence) {
    if (persistence == null) {
      return QueryIndexes.NONE;
    }
    return QueryIndexes.of(persistence.repositories().stream().flatMap(r -> r.queries().stream())
        .map(q -> new QueryIndexes.FilteredQuery(q.repository(), q.label(), q.columns(), q.columnsKnown(),
            q.unindexed()))
        .toList());
  }

  /**
   * The feature's types in their roles. A type of no stereotype is a model only if it crosses the HTTP
   * boundary (a body, or what one reaches) or carries {@code @Feature}; injected, it is a bean (a
   * component); else it is some other type of the feature's code.
   */
  private List<Component> components(Map<String, TypeElement> types, List<ModelDoc> models) {
    Set<String> boundary = new HashSet<>();
    models.forEach(m -> boundary.add(m.qualifiedName()));
    Map<TypeElement, Role> roles = new LinkedHashMap<>();
    Set<String> injected = new HashSet<>();
    for (TypeElement type : types.values()) {
      Role role = harvester.role(type);
      roles.put(type, role);
      harvester.injected(type, role).forEach(d -> injected.add(d.getQualifiedName().toString()));
    }
    List<Component> result = new ArrayList<>();
    for (Map.Entry<TypeElement, Role> entry : roles.entrySet()) {
      TypeElement type = entry.getKey();
      String name = type.getQualifiedName().toString();
      Role role = entry.getValue();
      if (role == Role.MODEL && !boundary.contains(name) && Mirrors.find(type, Names.FEATURE).isEmpty()) {
        role = injected.contains(name) ? Role.COMPONENT : Role.OTHER;
      }
      List<String> dependsOn = harvester.injected(type, role).stream()
          .filter(d -> types.containsKey(d.getQualifiedName().toString()))
          .map(Labels::typeName)
          .toList();
      result.add(new Component(Labels.typeName(type), name, role, javadoc.firstSentence(type), dependsOn));
    }
    result.sort(Comparator.comparing(Component::role).thenComparing(Component::name));
    return result;
  }

  /**
   * The endpoints of the feature's controllers, except handlers that name another feature, plus
   * handlers elsewhere that name this one.
   */
  private List<EndpointHarvester.Harvested> endpoints(FeatureBuilder feature) {
    java.util.SortedSet<String> owners = new java.util.TreeSet<>(feature.members);
    owners.addAll(feature.endpointOwners);
    List<EndpointHarvester.Harvested> result = new ArrayList<>();
    for (String name : owners) {
      TypeElement type = elements.getTypeElement(name);
      if (type == null || !endpoints.servesEndpoints(type)) {
        continue;
      }
      for (EndpointHarvester.Harvested harvested : endpoints.endpoints(type)) {
        Optional<String> own = ownFeature.apply(harvested.handler());
        boolean belongs = own.isPresent() ? own.get().equals(feature.name) : feature.members.contains(name);
        if (belongs) {
          result.add(computed.withChainStatuses(harvested));
        }
      }
    }
    return result;
  }

  /** Request and response bodies of the endpoints, and the feature's own model types that carry @Feature. */
  private List<ModelDoc> models(List<EndpointHarvester.Harvested> harvested, Map<String, TypeElement> types) {
    List<javax.lang.model.type.TypeMirror> requests = harvested.stream()
        .map(EndpointHarvester.Harvested::request).filter(java.util.Objects::nonNull).toList();
    List<javax.lang.model.type.TypeMirror> responses = new ArrayList<>(harvested.stream()
        .map(EndpointHarvester.Harvested::response).filter(java.util.Objects::nonNull).toList());
    // the error bodies the handlers return: a model like any response, so the summary and
    // openapi.json show their fields; the JDK's, Spring's and Jakarta's types (ProblemDetail,
    // String) are named only
    harvested.stream().flatMap(h -> h.errorBodies().stream())
        .filter(t -> t instanceof javax.lang.model.type.DeclaredType d
            && !LIBRARY.matcher(((TypeElement) d.asElement()).getQualifiedName()).lookingAt())
        .forEach(responses::add);
    List<TypeElement> declared = types.values().stream()
        .filter(t -> Mirrors.find(t, Names.FEATURE).isPresent() && harvester.role(t) == Role.MODEL)
        .toList();
    return models.models(requests, responses, declared);
  }

  private List<CrossFeatureUse> crossFeature(FeatureBuilder feature, Map<String, TypeElement> types) {
    List<CrossFeatureUse> result = new ArrayList<>();
    for (TypeElement type : types.values()) {
      for (TypeElement dependency : harvester.injected(type, harvester.role(type), false)) {
        if (types.containsKey(dependency.getQualifiedName().toString())
            || (sources.relativePath(dependency).isEmpty() && !compiledBefore.test(dependency))) {
          continue; // the feature's own, or a library's or another module's type
        }
        for (String other : featuresOf.apply(dependency)) {
          if (!other.equals(feature.name)) {
            result.add(new CrossFeatureUse(Labels.typeName(type), Labels.typeName(dependency), other, Slug.of(other)));
          }
        }
      }
    }
    result.sort(Comparator.comparing(CrossFeatureUse::from).thenComparing(CrossFeatureUse::to));
    return result;
  }

  /** Chains along injection from every entry point (a type that injects but that no feature type injects). */
  static List<List<String>> flows(List<Component> components) {
    Map<String, List<String>> edges = new TreeMap<>();
    Set<String> injected = new HashSet<>();
    for (Component component : components) {
      edges.put(component.name(), component.dependsOn());
      injected.addAll(component.dependsOn());
    }
    List<List<String>> result = new ArrayList<>();
    for (Component component : components) {
      if (!component.dependsOn().isEmpty() && !injected.contains(component.name())) {
        walk(List.of(component.name()), edges, result);
      }
    }
    return result;
  }

  private static void walk(List<String> path, Map<String, List<String>> edges, List<List<String>> out) {
    if (out.size() >= MAX_FLOWS) {
      return;
    }
    List<String> next = edges.getOrDefault(path.get(path.size() - 1), List.of()).stream()
        .filter(n -> !path.contains(n))
        .toList();
    if (next.isEmpty()) {
      out.add(path);
      return;
    }
    for (String node : next) {
      List<String> longer = new ArrayList<>(path);
      longer.add(node);
      walk(longer, edges, out);
    }
  }

  private static List<PhaseDoc> phases(FeatureBuilder feature) {
    List<PhaseDoc> result = new ArrayList<>();
    feature.phases.forEach((name, phase) -> result.add(phase(name, phase)));
    result.sort(Comparator
        .comparing((PhaseDoc p) -> !p.planned())
        .thenComparing(p -> p.order() == 0)
        .thenComparingInt(PhaseDoc::order)
        .thenComparing(PhaseDoc::name));
    return result;
  }

  private static PhaseDoc phase(String name, PhaseBuilder phase) {
    Plan plan = phase.plan;
    if (plan == null) {
      return new PhaseDoc(name, 0, "", false, List.of(), List.of(), List.copyOf(phase.delivered.values()));
    }
    List<CheckItem> tasks = new ArrayList<>();
    plan.tasks().forEach(t -> tasks.add(new CheckItem(t, true)));
    plan.openTasks().forEach(t -> tasks.add(new CheckItem(t, false)));
    List<CheckItem> tests = new ArrayList<>();
    plan.tests().forEach(t -> tests.add(new CheckItem(t, true)));
    plan.openTests().forEach(t -> tests.add(new CheckItem(t, false)));
    return new PhaseDoc(name, plan.order(), plan.duration(), true, tasks, tests,
        List.copyOf(phase.delivered.values()));
  }

  private String sourceRoot(FeatureBuilder feature, Iterable<TypeElement> types) {
    List<Element> candidates = new ArrayList<>(feature.packages);
    types.forEach(candidates::add);
    for (Element element : candidates) {
      String label = sources.rootLabel(element);
      if (!label.isEmpty()) {
        return label;
      }
    }
    return "";
  }

  /** One line per source file; the role is the javadoc of the type the file is named after, else of its first type. */
  private List<SourceFile> files(FeatureBuilder feature, Iterable<TypeElement> types) {
    Map<String, String> roles = new TreeMap<>();
    for (PackageElement pkg : feature.packages) {
      sources.relativePath(pkg).ifPresent(path -> roles.put(path, javadoc.firstSentence(pkg)));
    }
    for (TypeElement type : types) {
      TypeElement top = outermost(type);
      Optional<String> path = sources.relativePath(top);
      if (path.isEmpty()) {
        continue;
      }
      boolean namesFile = path.get().endsWith("/" + top.getSimpleName() + ".java")
          || path.get().equals(top.getSimpleName() + ".java");
      if (namesFile || !roles.containsKey(path.get())) {
        roles.put(path.get(), javadoc.firstSentence(top));
      }
    }
    List<SourceFile> result = new ArrayList<>();
    roles.forEach((path, role) -> result.add(new SourceFile(path, role)));
    return result;
  }

  /** Rules are numbered feature-wide: each service's in source order, then those enforced elsewhere. */
  private void numberRules(FeatureBuilder feature, List<Component> components, Map<String, TypeElement> types,
      List<ServiceDoc> services, List<RuleDoc> otherRules) {
    List<RuleEntry> remaining = new ArrayList<>(feature.rules);
    remaining.sort(Comparator.comparingInt(RuleEntry::sequence));
    int number = 1;
    for (Component component : components) {
      if (component.role() != Role.SERVICE) {
        continue;
      }
      TypeElement type = types.get(component.qualifiedName());
      List<RuleDoc> rules = new ArrayList<>();
      for (RuleEntry rule : remaining) {
        if (rule.owner().equals(component.qualifiedName())) {
          rules.add(new RuleDoc(number++, rule.id(), rule.text(), rule.enforcedIn()));
        }
      }
      remaining.removeIf(rule -> rule.owner().equals(component.qualifiedName()));
      List<String> implementedBy = harvester.implementations().of(type).stream()
          .filter(t -> types.containsKey(t.getQualifiedName().toString())).map(Labels::typeName).toList();
      List<String> implementing = harvester.implementations().contractsOf(type).stream()
          .filter(types::containsKey).map(n -> Labels.typeName(types.get(n))).sorted().toList();
      services.add(new ServiceDoc(component.name(), sources.relativePath(outermost(type)).orElse(""),
          component.purpose(), harvester.publicMethods(type), rules, implementedBy, implementing));
    }
    for (RuleEntry rule : remaining) {
      otherRules.add(new RuleDoc(number++, rule.id(), rule.text(), rule.enforcedIn()));
    }
    // one rule per id: the elements that name only its id are listed with the rule that states it
    RuleDoc.Consolidated one = RuleDoc.consolidated(services, otherRules);
    services.clear();
    services.addAll(one.services());
    otherRules.clear();
    otherRules.addAll(one.others());
  }

  private static TypeElement outermost(TypeElement type) {
    TypeElement top = type;
    while (top.getEnclosingElement() instanceof TypeElement outer) {
      top = outer;
    }
    return top;
  }
}
