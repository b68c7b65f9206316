package dev.featuredocs.processor.harvest.web;

import dev.featuredocs.processor.harvest.component.Implementations;
import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import dev.featuredocs.processor.harvest.schema.WebTypes;
import dev.featuredocs.processor.source.JavacTreeFacts;
import dev.featuredocs.processor.source.MethodBody;
import dev.featuredocs.processor.source.OtherClasses;
import dev.featuredocs.processor.source.SourceFacts;
import dev.featuredocs.processor.source.ViewResults;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads method bodies (from javac's trees, else through {@link SourceFacts}) and resolves what
 * they name against the compiler's model: the exceptions a handler can end in, following calls
 * into the project's own methods to a bounded depth.
 */
public final class MethodBodies {
  static final int CALL_DEPTH = 3;

  private final SourceFacts facts;
  private final SourcePaths sources;
  private final Elements elements;
  private final Types types;
  private final WebTypes web;
  private final Map<ExecutableElement, Optional<MethodBody>> cache = new LinkedHashMap<>();
  private final JavacTreeFacts treeFacts = new JavacTreeFacts();
  /** {@code Elements.getAllMembers} builds a new scope per call; one per type suffices. */
  private final Map<TypeElement, List<? extends Element>> allMembers = new java.util.HashMap<>();
  /** Type names as written, resolved per context type (which fixes the compilation unit's imports). */
  private final Map<TypeElement, Map<String, Optional<TypeElement>>> resolved = new java.util.HashMap<>();
  private final Map<String, Optional<TypeElement>> typesByName = new java.util.HashMap<>();
  private final Map<String, Set<String>> packages = new java.util.HashMap<>();
  private java.util.function.Predicate<TypeElement> compiledBefore = t -> false;
  /** Caller type → class files of the module's previous compile whose method bodies a call needed. */
  private final Map<String, Set<String>> unseen = new java.util.TreeMap<>();
  private static final Set<ElementKind> TYPE_KINDS =
      Set.of(ElementKind.CLASS, ElementKind.RECORD, ElementKind.ENUM, ElementKind.INTERFACE);

  private final Implementations implementations;

  /**
   * @param implementations the beans that implement the interfaces a handler calls through (a port, a
   *     use case, a service interface): what such a call runs
   */
  public MethodBodies(SourceFacts facts, SourcePaths sources, Elements elements, Types types, WebTypes web,
      Implementations implementations) {
    this.implementations = implementations;
    this.facts = facts;
    this.sources = sources;
    this.elements = elements;
    this.types = types;
    this.web = web;
  }

  /**
   * Class files of the module's previous compile that this (partial) compile did not recompile:
   * their method bodies are not here, so what a call into them raises is unknown ({@link #unseen}).
   */
  public MethodBodies compiledBefore(java.util.function.Predicate<TypeElement> classOutput) {
    this.compiledBefore = classOutput;
    return this;
  }

  /**
   * By caller type (canonical name): the class files of the module's previous compile that calls
   * from it reach, whose bodies were not there to follow.
   */
  public Map<String, Set<String>> unseen() {
    return java.util.Collections.unmodifiableMap(unseen);
  }

  Optional<MethodBody> body(ExecutableElement method) {
    return cache.computeIfAbsent(method, m -> {
      if (m.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)
          || m.getModifiers().contains(javax.lang.model.element.Modifier.NATIVE)) {
        return Optional.empty(); // no body: do not parse its file for nothing (e.g. repository interfaces)
      }
      // javac's own tree when there is one: javaparser would parse the whole file again.
      Optional<SourcePaths.MethodSource> source = sources.method(m);
      TypeElement owner = (TypeElement) m.getEnclosingElement();
      if (source.isPresent()) {
        return source.get().tree().map(tree -> treeFacts.method(source.get().unit(), tree, scope(owner)));
      }
      List<String> path = new ArrayList<>();
      for (Element e = owner; e instanceof TypeElement t; e = e.getEnclosingElement()) {
        path.add(0, t.getSimpleName().toString());
      }
      List<String> parameters = m.getParameters().stream().map(p -> erasedSimpleName(p.asType())).toList();
      return sources.sourceFile(owner)
          .flatMap(file -> facts.method(file, path, m.getSimpleName().toString(), parameters));
    });
  }

  /**
   * What a view-returning handler answers ({@link ViewResults}): redirects, pages, forwards; read
   * from javac's tree once per handler; empty where there is none.
   */
  public List<MethodBody.StatusCall> viewResults(ExecutableElement method) {
    return views.computeIfAbsent(method, m -> sources.method(m).flatMap(source -> source.tree()
        .map(tree -> ViewResults.of(source.unit(), tree, scope((TypeElement) m.getEnclosingElement()))))
        .orElse(List.of()));
  }

  private final Map<ExecutableElement, List<MethodBody.StatusCall>> views = new java.util.HashMap<>();

  private String erasedSimpleName(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return erasedSimpleName(((javax.lang.model.type.ArrayType) type).getComponentType()) + "[]";
    }
    if (type.getKind() == TypeKind.DECLARED) {
      return ((DeclaredType) type).asElement().getSimpleName().toString();
    }
    if (type.getKind() == TypeKind.TYPEVAR) {
      return type.toString();
    }
    return type.toString();
  }

  /**
   * An exception a handler may end in, and the method whose code creates or declares it.
   *
   * @param created the statuses written where it is created ({@code new ResponseStatusException(HttpStatus.GONE)}), with that code
   */
  record Raised(TypeElement exception, String where, List<MethodBody.StatusCall> created) {
    Raised(TypeElement exception, String where) {
      this(exception, where, List.of());
    }
  }

  /**
   * Exceptions declared or created by the method, and by the project's methods it calls, up to
   * {@link #CALL_DEPTH} calls deep; sorted by exception name, each with the first place found.
   */
  List<Raised> raised(ExecutableElement handler) {
    return raisedCache.computeIfAbsent(handler, this::raisedUncached);
  }

  /** Endpoints and the sections that review them both ask: the walk is done once per handler. */
  private final Map<ExecutableElement, List<Raised>> raisedCache = new java.util.HashMap<>();

  private List<Raised> raisedUncached(ExecutableElement handler) {
    Map<String, Raised> found = new TreeMap<>();
    Deque<ExecutableElement> queue = new ArrayDeque<>(List.of(handler));
    Map<ExecutableElement, Integer> depth = new LinkedHashMap<>(Map.of(handler, 0));
    while (!queue.isEmpty()) {
      ExecutableElement method = queue.poll();
      String where = Labels.member(method);
      for (TypeMirror thrown : method.getThrownTypes()) {
        if (thrown.getKind() == TypeKind.DECLARED) {
          TypeElement type = (TypeElement) ((DeclaredType) thrown).asElement();
          found.putIfAbsent(type.getQualifiedName().toString(), new Raised(type, where));
        }
      }
      Optional<MethodBody> body = body(method);
      if (body.isEmpty()) {
        continue;
      }
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      for (String written : body.get().createdTypes()) {
        Optional<TypeElement> resolvedType = resolve(written, body.get(), owner).filter(type -> web.isThrowable(type.asType()));
        if (resolvedType.isEmpty()) {
          continue;
        }
        TypeElement type = resolvedType.get();
        String simple = written.substring(written.lastIndexOf('.') + 1);
        List<MethodBody.StatusCall> statuses = body.get().statuses().stream()
            .filter(c -> c.evidence().startsWith("new " + simple + "(")).toList();
        found.merge(type.getQualifiedName().toString(), new Raised(type, where, statuses), (first, next) -> {
          List<MethodBody.StatusCall> all = new ArrayList<>(first.created());
          next.created().stream().filter(c -> !all.contains(c)).forEach(all::add);
          return new Raised(first.exception(), first.where(), all);
        });
      }
      if (depth.get(method) >= CALL_DEPTH) {
        continue;
      }
      for (MethodBody.Call call : body.get().calls()) {
        for (ExecutableElement target : targets(call, method, owner)) {
          if (!depth.containsKey(target)) {
            depth.put(target, depth.get(method) + 1);
            queue.add(target);
          }
        }
      }
    }
    return List.copyOf(found.values());
  }

  /** The project methods a call may reach: by receiver field or parameter type (or this class), name and arity. */
  private List<ExecutableElement> targets(MethodBody.Call call, ExecutableElement caller, TypeElement owner) {
    TypeElement receiverType;
    if (call.receiver().isEmpty()) {
      receiverType = owner;
    } else if (call.receiver().equals("?")) {
      return List.of();
    } else {
      receiverType = variableType(call.receiver(), caller, owner);
    }
    if (receiverType == null) {
      return List.of();
    }
    if (sources.relativePath(receiverType).isEmpty()) {
      if (compiledBefore.test(receiverType) && ElementFilter.methodsIn(members(receiverType)).stream()
          .anyMatch(m -> m.getSimpleName().contentEquals(call.name()) && m.getParameters().size() == call.arguments()
              && !m.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)
              && m.getEnclosingElement() instanceof TypeElement t && compiledBefore.test(t))) {
        unseen.computeIfAbsent(outermost(owner).getQualifiedName().toString(), k -> new java.util.TreeSet<>())
            .add(receiverType.getQualifiedName().toString());
      }
      return List.of();
    }
    return callees.computeIfAbsent(receiverType, t -> new java.util.HashMap<>())
        .computeIfAbsent(call.name() + "/" + call.arguments(), k -> {
          List<ExecutableElement> result = new ArrayList<>();
          for (ExecutableElement method : ElementFilter.methodsIn(members(receiverType))) {
            if (method.getSimpleName().contentEquals(call.name()) && method.getParameters().size() == call.arguments()
                && sources.relativePath(method.getEnclosingElement()).isPresent()) {
              result.add(method);
              if (method.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)) {
                result.addAll(implementations.implementation(method));
              }
            }
          }
          return List.copyOf(result);
        });
  }

  /** By receiver type, then name/arity: the project methods a call reaches; every handler and advice calls the same services. */
  private final Map<TypeElement, Map<String, List<ExecutableElement>>> callees = new java.util.HashMap<>();

  private static TypeElement outermost(TypeElement type) {
    TypeElement top = type;
    while (top.getEnclosingElement() instanceof TypeElement outer) {
      top = outer;
    }
    return top;
  }

  private TypeElement variableType(String name, ExecutableElement caller, TypeElement owner) {
    for (VariableElement parameter : caller.getParameters()) {
      if (parameter.getSimpleName().contentEquals(name)) {
        return asType(parameter.asType());
      }
    }
    for (VariableElement field : ElementFilter.fieldsIn(members(owner))) {
      if (field.getSimpleName().contentEquals(name)) {
        return asType(field.asType());
      }
    }
    return null;
  }

  private TypeElement asType(TypeMirror type) {
    Element element = types.asElement(type);
    return element instanceof TypeElement t ? t : null;
  }

  private List<? extends Element> members(TypeElement type) {
    return allMembers.computeIfAbsent(type, elements::getAllMembers);
  }

  /** Per context type: the other classes its code names, resolved in its compilation unit's scope. */
  private final Map<TypeElement, OtherClasses> scopes = new java.util.HashMap<>();
  /** Per class named: its tree and constants, looked up once per compilation and only for classes the code names. */
  private final Map<TypeElement, OtherClasses.Other> others = new java.util.HashMap<>();

  /** The classes code in {@code context} names ({@code ApiStatuses}, {@code ErrorCodes}), for statuses read across classes. */
  private OtherClasses scope(TypeElement context) {
    return scopes.computeIfAbsent(context, c -> {
      String pkg = elements.getPackageOf(c).getQualifiedName().toString();
      List<String> imports = sources.imports(c);
      return written -> resolve(written, pkg, imports, c).map(this::other);
    });
  }

  private OtherClasses.Other other(TypeElement type) {
    OtherClasses.Other known = others.get(type);
    if (known == null) {
      known = new OtherClasses.Other(type.getSimpleName().toString(), sources.typeTree(type).orElse(null),
          name -> ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
              .filter(f -> f.getSimpleName().contentEquals(name)).findFirst()
              .map(VariableElement::getConstantValue).orElse(null),
          scope(type));
      others.put(type, known);
    }
    return known;
  }

  /** A type name as written in the body, resolved like javac would: nested, imported, same package, java.lang. */
  Optional<TypeElement> resolve(String written, MethodBody body, TypeElement context) {
    return resolve(written, body.packageName(), body.imports(), context);
  }

  private Optional<TypeElement> resolve(String written, String packageName, List<String> imports, TypeElement context) {
    return resolved.computeIfAbsent(context, c -> new java.util.HashMap<>())
        .computeIfAbsent(written, w -> resolveUncached(w, packageName, imports, context));
  }

  private Optional<TypeElement> resolveUncached(String written, String packageName, List<String> imports,
      TypeElement context) {
    String first = written.contains(".") ? written.substring(0, written.indexOf('.')) : written;
    String rest = written.contains(".") ? written.substring(written.indexOf('.')) : "";
    List<String> candidates = new ArrayList<>();
    for (Element e = context; e instanceof TypeElement type; e = e.getEnclosingElement()) {
      for (TypeElement member : ElementFilter.typesIn(members(type))) {
        if (member.getSimpleName().contentEquals(first)) {
          candidates.add(member.getQualifiedName() + rest);
        }
      }
    }
    for (String imported : imports) {
      if (imported.endsWith("." + first)) {
        candidates.add(imported + rest);
      }
    }
    // Packages are only asked for names they have: a lookup of a missing class searches the class
    // path each time (a local class's name, e.g., is missing from its package, java.lang and the
    // unnamed package), and misses were the resolver's main cost.
    if (packageTypes(packageName).contains(first)) {
      candidates.add((packageName.isEmpty() ? "" : packageName + ".") + written);
    }
    for (String imported : imports) {
      String pkg = imported.endsWith(".*") ? imported.substring(0, imported.length() - 2) : null;
      if (pkg != null && packageTypes(pkg).contains(first)) {
        candidates.add(pkg + "." + written);
      }
    }
    if (packageTypes("java.lang").contains(first)) {
      candidates.add("java.lang." + written);
    }
    if (!rest.isEmpty()) {
      candidates.add(written); // fully qualified as written
    }
    for (String candidate : candidates) {
      TypeElement type = typeElement(candidate);
      if (type != null && TYPE_KINDS.contains(type.getKind())) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private TypeElement typeElement(String qualifiedName) {
    return typesByName.computeIfAbsent(qualifiedName, n -> Optional.ofNullable(elements.getTypeElement(n))).orElse(null);
  }

  /** Simple names of the package's top-level types, source and class path alike; empty for no such package. */
  private Set<String> packageTypes(String pkg) {
    return packages.computeIfAbsent(pkg, p -> {
      PackageElement element = elements.getPackageElement(p);
      Set<String> names = new java.util.HashSet<>();
      if (element != null) {
        for (TypeElement type : ElementFilter.typesIn(element.getEnclosedElements())) {
          names.add(type.getSimpleName().toString());
        }
      }
      return names;
    });
  }

  /** For {@link ResponseBodies}, which reads handler trees with the same sources and resolves names the same way. */
  ResponseBodies responseBodies() {
    if (responses == null) {
      responses = new ResponseBodies(sources, this, types, elements);
    }
    return responses;
  }

  private ResponseBodies responses;
}
