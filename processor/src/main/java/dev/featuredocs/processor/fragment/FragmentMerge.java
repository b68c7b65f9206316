package dev.featuredocs.processor.fragment;

import dev.featuredocs.processor.model.CheckItem;
import dev.featuredocs.processor.model.Component;
import dev.featuredocs.processor.model.CrossFeatureUse;
import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.Fragment;
import dev.featuredocs.processor.model.PhaseDoc;
import dev.featuredocs.processor.model.RuleDoc;
import dev.featuredocs.processor.model.ServiceDoc;
import dev.featuredocs.processor.model.SourceFile;
import dev.featuredocs.processor.model.schema.ModelDoc;
import dev.featuredocs.processor.model.web.EndpointDoc;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges a feature's fresh harvest with the fragments other compiles left of it: the previous
 * compile of this module ({@link Source#PREVIOUS}, class output) and upstream modules
 * ({@link Source#UPSTREAM}, class path).
 *
 * <p>One rule decides every fact that belongs to a type (see {@link Owners}): <b>a type compiled
 * from source now gives its facts from this harvest; a type that is only a class file gives them from
 * the fragment that recorded it</b> (javadoc, declarations and source paths are not in class files),
 * and from this harvest only when no fragment speaks for it; a type that no longer exists gives
 * none. Facts of the whole feature (descriptive attributes, phase plans, and facts of a kind this
 * class does not know) are taken from the harvest first, then from the fragments in order; the same
 * descriptive attribute or phase plan given differently is a {@link Conflict}.
 *
 * <p>The summary's components are merged generically over {@link FeatureSummary}'s record
 * components: a {@code String} component is a feature attribute, a {@code List} component is merged
 * element by element, with a key, an order and an owner for the element types known here (a new
 * list of an unknown element type is a de-duplicated union, harvest first). Then the call flows are
 * recomputed and the rules numbered again. Any other component is a section computed over the
 * whole feature (security, troubleshooting, diagram, criteria): it is this harvest's, except in an
 * incremental compile, where this harvest saw only the recompiled types and the previous compile's
 * section is kept until the next full compile. Without a fragment the harvest is returned unchanged.
 */
public final class FragmentMerge {
  /** Where a fragment was found. */
  public enum Source { PREVIOUS, UPSTREAM }

  /** A fragment with where it was found; {@code where} names it in messages. */
  public record Found(Fragment fragment, Source source, String where) {}

  /** The same feature attribute or phase plan given differently; {@code theirs} is from {@code where}. */
  public record Conflict(String what, String ours, String theirs, String where) {}

  public record Result(FeatureSummary summary, List<Conflict> conflicts) {}

  /** What the compilation knows of a type, by canonical name (or {@code <package>.package-info}). */
  public interface Types {
    /** Whether this compilation compiles it from source. */
    boolean fromSource(String type);

    /** Whether it exists at all (from source or as a class file). */
    boolean exists(String type);

    /** Canonical names of the types a component injects, class files included, in declaration order. */
    List<String> injected(Component component);
  }

  private static final List<String> METHOD_ORDER = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

  private final Types types;
  private final Function<List<Component>, List<List<String>>> flows;
  private final String ownModule;
  private final String ownRoot;

  /**
   * {@code flows}: the call chains of a list of components (the harvest's own function);
   * {@code ownModule}, {@code ownRoot}: this module's directory name and source root label, which
   * prefix the harvest's paths once files of other modules join the summary.
   */
  public FragmentMerge(Types types, Function<List<Component>, List<List<String>>> flows, String ownModule,
      String ownRoot) {
    this.types = types;
    this.flows = flows;
    this.ownModule = ownModule;
    this.ownRoot = ownRoot;
  }

  public Result merge(FeatureSummary own, List<Found> found) {
    if (found.isEmpty()) {
      return new Result(own, List.of());
    }
    boolean upstream = found.stream().anyMatch(f -> f.source() == Source.UPSTREAM);
    Found previous = found.stream().filter(f -> f.source() == Source.PREVIOUS).findFirst().orElse(null);
    List<Part> parts = new ArrayList<>();
    parts.add(new Part(own, new Owners(own), Set.of(), false, upstream ? prefix(ownModule, ownRoot) : "", "this module"));
    Set<String> covered = new HashSet<>();
    for (Found f : found) {
      covered.addAll(f.fragment().types());
      String prefix = f.source() == Source.UPSTREAM ? prefix(f.fragment().module(), f.fragment().sourceRoot()) : "";
      parts.add(new Part(f.fragment().facts(), new Owners(f.fragment().facts()), Set.copyOf(f.fragment().types()),
          true, prefix, f.where()));
    }
    List<Conflict> conflicts = new ArrayList<>();
    RecordComponent[] components = FeatureSummary.class.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      String name = component.getName();
      if (name.equals("name") || name.equals("slug")) {
        values[i] = get(component, own);
      } else if (name.equals("sourceRoot")) {
        values[i] = upstream ? "" : own.sourceRoot();
      } else if (component.getType() == String.class) {
        values[i] = attribute(name, component, parts, conflicts);
      } else if (component.getType() == List.class) {
        values[i] = list(name, component, parts, covered, conflicts);
      } else if (previous != null) {
        // A section computed over the whole feature (security, criteria, …): this compile saw only
        // the types it recompiled, the previous compile saw them all. Stale only where the recompiled
        // types changed it; the next full compile recomputes it.
        values[i] = get(component, previous.fragment().facts());
      } else {
        values[i] = get(component, own);
      }
    }
    FeatureSummary merged = construct(values);
    return new Result(renumbered(withBodyFlags(merged)), conflicts);
  }

  /** One summary taking part: the harvest (first) or a fragment's facts. */
  private record Part(FeatureSummary facts, Owners owners, Set<String> speaksFor, boolean fragment, String prefix,
      String where) {}

  private static String prefix(String module, String root) {
    String joined = (module.isEmpty() ? "" : module + "/") + (root.isEmpty() ? "" : root + "/");
    return joined;
  }

  private String attribute(String name, RecordComponent component, List<Part> parts, List<Conflict> conflicts) {
    String value = "";
    String from = "";
    for (Part part : parts) {
      String candidate = (String) get(component, part.facts());
      if (candidate.isEmpty()) {
        continue;
      }
      if (value.isEmpty()) {
        value = candidate;
        from = part.where();
      } else if (!value.equals(candidate)) {
        conflicts.add(new Conflict(name + " of feature \"" + parts.get(0).facts().name() + "\" (kept from " + from + ")",
            value, candidate, part.where()));
      }
    }
    return value;
  }

  /** Whether a fact of {@code part} owned by {@code owner} is in the merged summary. */
  private boolean kept(Part part, String owner, Set<String> covered) {
    if (owner.isEmpty()) {
      return true;
    }
    if (!part.fragment()) {
      return types.fromSource(owner) || !covered.contains(owner);
    }
    return !types.fromSource(owner) && types.exists(owner);
  }

  private List<?> list(String name, RecordComponent component, List<Part> parts, Set<String> covered,
      List<Conflict> conflicts) {
    Class<?> element = elementType(component);
    if (name.equals("flows")) {
      return List.of(); // recomputed from the merged components
    }
    if (element == PhaseDoc.class) {
      return phases(parts, covered, conflicts);
    }
    Map<Object, Object> byKey = new LinkedHashMap<>();
    Map<Object, String> owners = new HashMap<>();
    Map<Object, boolean[]> modelFlags = new HashMap<>();
    for (Part part : parts) {
      for (Object fact : (List<?>) get(component, part.facts())) {
        String owner = part.owners().of(fact);
        Object key = key(fact);
        if (fact instanceof ModelDoc m) {
          boolean[] flags = modelFlags.computeIfAbsent(key, k -> new boolean[2]);
          flags[0] |= m.request();
          flags[1] |= m.response();
        }
        if (kept(part, owner, covered) && !byKey.containsKey(key)) {
          byKey.put(key, relocated(part.fragment() ? withoutRecompiled(fact, part.owners()) : fact, part.prefix()));
          owners.put(key, owner);
        }
      }
    }
    List<Object> result = new ArrayList<>();
    for (Map.Entry<Object, Object> entry : byKey.entrySet()) {
      Object fact = entry.getValue();
      if (fact instanceof ModelDoc m) {
        boolean[] flags = modelFlags.get(entry.getKey());
        fact = new ModelDoc(m.name(), m.kind(), m.qualifiedName(), flags[0], flags[1], m.purpose(), m.file(),
            m.declaration(), m.fields(), m.schemaFile(), m.schema(), m.example(), m.mapper());
      }
      result.add(fact);
    }
    Comparator<Object> order = order(element, owners, result);
    if (order != null) {
      result.sort(order);
    }
    return result;
  }

  private static Object key(Object fact) {
    if (fact instanceof Component c) {
      return c.qualifiedName();
    }
    if (fact instanceof SourceFile f) {
      return f.path();
    }
    if (fact instanceof EndpointDoc e) {
      return List.of(e.method(), e.path(), e.handler());
    }
    if (fact instanceof ModelDoc m) {
      return m.qualifiedName();
    }
    if (fact instanceof ServiceDoc s) {
      return s.name();
    }
    if (fact instanceof RuleDoc r) {
      // a rule that names only its id is kept beside the rule with its text: consolidated after the merge
      return r.id().isEmpty() ? List.of(r.text(), r.enforcedIn()) : r.text().isEmpty() ? List.of(r.id(), r.enforcedIn()) : r.id();
    }
    return fact;
  }

  /** The harvest's order for the element types known here; {@code null}: as merged (harvest first). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Comparator<Object> order(Class<?> element, Map<Object, String> owners, List<Object> facts) {
    Comparator c = null;
    if (element == Component.class) {
      c = Comparator.comparing(Component::role).thenComparing(Component::name);
    } else if (element == SourceFile.class) {
      c = Comparator.comparing(SourceFile::path);
    } else if (element == EndpointDoc.class) {
      c = Comparator.comparing(EndpointDoc::path).thenComparing(e -> METHOD_ORDER.indexOf(e.method()))
          .thenComparing(EndpointDoc::handler);
    } else if (element == ModelDoc.class) {
      c = Comparator.comparing(ModelDoc::name);
    } else if (element == ServiceDoc.class) {
      c = Comparator.comparing(ServiceDoc::name);
    } else if (element == CrossFeatureUse.class) {
      c = Comparator.comparing(CrossFeatureUse::from).thenComparing(CrossFeatureUse::to);
    } else if (element == RuleDoc.class) {
      // The harvest scans types in name order: a stable sort by owner restores that order.
      Map<Object, String> ownerOf = new HashMap<>();
      owners.forEach((key, owner) -> ownerOf.put(key, owner));
      Map<Object, String> byFact = new java.util.IdentityHashMap<>();
      for (Object fact : facts) {
        byFact.put(fact, ownerOf.getOrDefault(key(fact), ""));
      }
      c = Comparator.comparing(byFact::get);
    }
    return c;
  }

  /** Phases by name: the first plan given (others that differ conflict), deliveries of every part kept. */
  private List<PhaseDoc> phases(List<Part> parts, Set<String> covered, List<Conflict> conflicts) {
    Map<String, PhaseDoc> plans = new LinkedHashMap<>();
    Map<String, String> planFrom = new HashMap<>();
    Map<String, Map<String, String>> delivered = new LinkedHashMap<>();
    for (Part part : parts) {
      for (PhaseDoc phase : part.facts().phases()) {
        delivered.computeIfAbsent(phase.name(), n -> new LinkedHashMap<>());
        if (phase.planned()) {
          PhaseDoc first = plans.get(phase.name());
          if (first == null) {
            plans.put(phase.name(), phase);
            planFrom.put(phase.name(), part.where());
          } else if (!plan(first).equals(plan(phase))) {
            conflicts.add(new Conflict("plan of phase \"" + phase.name() + "\" (kept from " + planFrom.get(phase.name()) + ")",
                plan(first).toString(), plan(phase).toString(), part.where()));
          }
        } else {
          plans.putIfAbsent(phase.name(), null);
        }
        for (String delivery : phase.delivered()) {
          String owner = part.owners().ofLabel(delivery);
          if (kept(part, owner, covered)) {
            delivered.get(phase.name()).putIfAbsent(delivery, owner);
          }
        }
      }
    }
    List<PhaseDoc> result = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> entry : delivered.entrySet()) {
      PhaseDoc plan = plans.get(entry.getKey());
      // Deliveries list in scan order: packages first, then types by name, each in source order.
      List<String> deliveries = entry.getValue().entrySet().stream()
          .sorted(Comparator.comparing((Map.Entry<String, String> e) -> !e.getValue().endsWith("." + Owners.PACKAGE_INFO))
              .thenComparing(Map.Entry::getValue))
          .map(Map.Entry::getKey).toList();
      result.add(plan == null
          ? new PhaseDoc(entry.getKey(), 0, "", false, List.of(), List.of(), deliveries)
          : new PhaseDoc(plan.name(), plan.order(), plan.duration(), true, plan.tasks(), plan.tests(), deliveries));
    }
    result.sort(Comparator
        .comparing((PhaseDoc p) -> !p.planned())
        .thenComparing(p -> p.order() == 0)
        .thenComparingInt(PhaseDoc::order)
        .thenComparing(PhaseDoc::name));
    return result;
  }

  private static List<Object> plan(PhaseDoc phase) {
    return List.of(phase.order(), phase.duration(), phase.tasks().stream().map(CheckItem::toString).toList(),
        phase.tests().stream().map(CheckItem::toString).toList());
  }

  /** Single-argument wrappers whose argument is the body's model, as the harvest reads them. */
  private static final java.util.regex.Pattern WRAPPED = java.util.regex.Pattern.compile(
      "(?:List|Set|Collection|Iterable|Optional|Mono|Flux|ResponseEntity|CompletableFuture|CompletionStage|Stream|Uni|Multi)<(.+)>");

  /**
   * A model is a request (response) body when a merged endpoint takes (returns) it: an endpoint of a
   * recompiled controller may take another module's model, whose fragment cannot know that. Flags
   * are only added, for bodies that are the model or hold it in a single-argument wrapper.
   */
  private static FeatureSummary withBodyFlags(FeatureSummary merged) {
    Set<String> requests = new HashSet<>();
    Set<String> responses = new HashSet<>();
    for (EndpointDoc endpoint : merged.endpoints()) {
      if (endpoint.request() != null) {
        requests.add(unwrapped(endpoint.request().type()));
      }
      if (endpoint.response() != null) {
        responses.add(unwrapped(endpoint.response().type()));
      }
    }
    List<ModelDoc> models = new ArrayList<>();
    boolean changed = false;
    for (ModelDoc m : merged.models()) {
      boolean request = m.request() || requests.contains(m.name());
      boolean response = m.response() || responses.contains(m.name());
      changed |= request != m.request() || response != m.response();
      models.add(request == m.request() && response == m.response() ? m : new ModelDoc(m.name(), m.kind(),
          m.qualifiedName(), request, response, m.purpose(), m.file(), m.declaration(), m.fields(), m.schemaFile(),
          m.schema(), m.example(), m.mapper()));
    }
    if (!changed) {
      return merged;
    }
    RecordComponent[] components = FeatureSummary.class.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = components[i].getName().equals("models") ? models : get(components[i], merged);
    }
    return construct(values);
  }

  private static String unwrapped(String type) {
    String result = type.strip();
    for (java.util.regex.Matcher m = WRAPPED.matcher(result); m.matches(); m = WRAPPED.matcher(result)) {
      result = m.group(1).strip();
    }
    return result;
  }

  /** Paths of another module are written from that module's directory: {@code sample-model/src/main/java/...}. */
  /**
   * A fragment's rule without the elements that name its id in types compiled now: this compile's
   * harvest says whether they still enforce it.
   */
  private Object withoutRecompiled(Object fact, Owners owners) {
    if (fact instanceof RuleDoc r && !r.alsoEnforcedIn().isEmpty()) {
      return new RuleDoc(r.number(), r.id(), r.text(), r.enforcedIn(),
          r.alsoEnforcedIn().stream().filter(at -> !types.fromSource(owners.ofLabel(at))).toList());
    }
    if (fact instanceof ServiceDoc s && s.rules().stream().anyMatch(r -> !r.alsoEnforcedIn().isEmpty())) {
      return s.withRules(s.rules().stream().map(r -> (RuleDoc) withoutRecompiled(r, owners)).toList());
    }
    return fact;
  }

  private static Object relocated(Object fact, String prefix) {
    if (prefix.isEmpty()) {
      return fact;
    }
    if (fact instanceof SourceFile f) {
      return new SourceFile(prefix + f.path(), f.role());
    }
    if (fact instanceof ServiceDoc s) {
      return new ServiceDoc(s.name(), s.file().isEmpty() ? "" : prefix + s.file(), s.purpose(), s.methods(), s.rules(),
          s.implementedBy(), s.implementing());
    }
    if (fact instanceof ModelDoc m && !m.file().isEmpty()) {
      return new ModelDoc(m.name(), m.kind(), m.qualifiedName(), m.request(), m.response(), m.purpose(),
          prefix + m.file(), m.declaration(), m.fields(), m.schemaFile(), m.schema(), m.example(), m.mapper());
    }
    return fact;
  }

  /** Flows from the merged components; rules numbered feature-wide again: services' by service, then the others. */
  private FeatureSummary renumbered(FeatureSummary merged) {
    // one rule per id, wherever its text and its other enforcing elements were harvested
    RuleDoc.Consolidated rules = RuleDoc.consolidated(merged.services(), merged.otherRules());
    List<ServiceDoc> services = rules.services();
    List<RuleDoc> others = rules.others();
    // A type compiled now may inject types that only fragments describe (another module's service,
    // a class the incremental compile kept): its dependencies are looked up again among all components.
    Map<String, String> names = new HashMap<>();
    merged.components().forEach(c -> names.put(c.qualifiedName(), c.name()));
    List<Component> components = new ArrayList<>();
    for (Component c : merged.components()) {
      components.add(!types.fromSource(c.qualifiedName()) ? c : new Component(c.name(), c.qualifiedName(), c.role(),
          c.purpose(), types.injected(c).stream().filter(names::containsKey).map(names::get).toList()));
    }
    Map<String, Object> replace = Map.of("components", components, "flows", flows.apply(components),
        "services", services, "otherRules", others);
    RecordComponent[] recordComponents = FeatureSummary.class.getRecordComponents();
    Object[] values = new Object[recordComponents.length];
    for (int i = 0; i < recordComponents.length; i++) {
      values[i] = replace.containsKey(recordComponents[i].getName())
          ? replace.get(recordComponents[i].getName()) : get(recordComponents[i], merged);
    }
    return construct(values);
  }

  static Class<?> elementType(RecordComponent component) {
    if (component.getGenericType() instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }

  static Object get(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static FeatureSummary construct(Object[] values) {
    try {
      Class<?>[] parameterTypes = java.util.Arrays.stream(FeatureSummary.class.getRecordComponents())
          .map(RecordComponent::getType).toArray(Class<?>[]::new);
      Constructor<FeatureSummary> constructor = FeatureSummary.class.getDeclaredConstructor(parameterTypes);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
