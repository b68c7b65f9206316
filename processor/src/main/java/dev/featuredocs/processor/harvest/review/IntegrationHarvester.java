package dev.featuredocs.processor.harvest.review;

import dev.featuredocs.processor.harvest.javac.Javadoc;
import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import dev.featuredocs.processor.model.review.DeprecationDoc;
import dev.featuredocs.processor.model.review.ExternalApiDoc;
import dev.featuredocs.processor.model.review.IntegrationDoc;
import dev.featuredocs.processor.model.review.LibraryDoc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * What a feature integrates with: HTTP clients of external APIs, the third-party libraries its
 * source files import, and its deprecated elements (the breaking changes it announces).
 */
public final class IntegrationHarvester {
  static final String FEIGN_CLIENT = "org.springframework.cloud.openfeign.FeignClient";
  static final String EXCHANGE = "org.springframework.web.service.annotation.";
  static final String VALUE = "org.springframework.beans.factory.annotation.Value";
  private static final String MAPPING = "org.springframework.web.bind.annotation.";
  private static final Map<String, String> CLIENT_FIELDS = Map.of(
      "org.springframework.web.client.RestClient", "RestClient",
      "org.springframework.web.reactive.function.client.WebClient", "WebClient",
      "org.springframework.web.client.RestTemplate", "RestTemplate");
  private static final List<String> VERBS = List.of("Get", "Post", "Put", "Patch", "Delete");
  /** Hosts of many unrelated projects: their libraries are told apart by the third package name. */
  private static final Set<String> HOSTS = Set.of(
      "com.fasterxml", "com.google", "org.apache", "com.github", "io.github", "org.eclipse", "org.jboss", "com.sun");

  private final Elements elements;
  private final Mirrors mirrors;
  private final SourcePaths sources;
  /** Import as written → the third-party package it names, or empty for the JDK, the project, or unresolved. */
  private final Map<String, Optional<String>> imports = new HashMap<>();

  public IntegrationHarvester(Elements elements, Mirrors mirrors, SourcePaths sources) {
    this.elements = elements;
    this.mirrors = mirrors;
    this.sources = sources;
  }

  IntegrationDoc harvest(Collection<TypeElement> members) {
    List<ExternalApiDoc> apis = new ArrayList<>();
    List<DeprecationDoc> deprecations = new ArrayList<>();
    Set<TypeElement> files = new LinkedHashSet<>();
    for (TypeElement type : members) {
      externalApis(type, apis);
      deprecations(type, deprecations);
      files.add(outermost(type));
    }
    SortedMap<String, SortedSet<String>> groups = new TreeMap<>();
    for (TypeElement file : files) {
      for (String written : sources.imports(file)) {
        imports.computeIfAbsent(written, this::thirdParty)
            .ifPresent(pkg -> groups.computeIfAbsent(group(pkg), g -> new TreeSet<>()).add(pkg));
      }
    }
    List<LibraryDoc> libraries = new ArrayList<>();
    groups.forEach((group, packages) -> libraries.add(new LibraryDoc(group, List.copyOf(packages))));
    return new IntegrationDoc(apis, libraries, deprecations);
  }

  private void externalApis(TypeElement type, List<ExternalApiDoc> out) {
    String name = Labels.typeName(type);
    if (type.getKind() == ElementKind.INTERFACE) {
      Optional<AnnotationMirror> feign = Mirrors.find(type, FEIGN_CLIENT);
      if (feign.isPresent()) {
        List<String> target = new ArrayList<>();
        for (String attribute : List.of("name", "value", "url", "path")) {
          String value = attribute(feign.get(), attribute) instanceof String v ? v.strip() : "";
          if (!value.isEmpty()) {
            target.add(attribute + " " + value);
          }
        }
        out.add(new ExternalApiDoc("@FeignClient", name, String.join(", ", target), operations(type, MAPPING, "Mapping")));
        return;
      }
      Optional<AnnotationMirror> exchange = Mirrors.find(type, EXCHANGE + "HttpExchange");
      List<String> operations = operations(type, EXCHANGE, "Exchange");
      if (exchange.isPresent() || !operations.isEmpty()) {
        String base = exchange.map(e -> first(mirrors.string(e, "url"), mirrors.string(e, "value"))).orElse("");
        out.add(new ExternalApiDoc("@HttpExchange", name, base.isEmpty() ? "" : "base " + base, operations));
        return;
      }
    }
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.asType().getKind() == TypeKind.DECLARED) {
        String client = CLIENT_FIELDS.get(((TypeElement) ((DeclaredType) field.asType()).asElement()).getQualifiedName().toString());
        if (client != null) {
          out.add(new ExternalApiDoc(client, name + "." + field.getSimpleName(), placeholders(type), List.of()));
        }
      }
    }
  }

  /**
   * An attribute's value with defaults, or null where this version of the annotation lacks it
   * ({@code @Deprecated(since)} is Java 9's; compiling for Java 8 sees the older one).
   */
  private Object attribute(AnnotationMirror mirror, String name) {
    try {
      return mirrors.value(mirror, name).getValue();
    } catch (IllegalArgumentException absent) {
      return null;
    }
  }

  /** {@code GET /path} for every method mapped with {@code <prefix>GetMapping}/{@code GetExchange}… or the generic one. */
  private List<String> operations(TypeElement type, String prefix, String suffix) {
    List<String> result = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
        String annotationName = Mirrors.name(annotation);
        if (!annotationName.startsWith(prefix)) {
          continue;
        }
        String simple = annotationName.substring(prefix.length());
        String verb = null;
        for (String v : VERBS) {
          if (simple.equals(v + suffix)) {
            verb = v.toUpperCase(java.util.Locale.ROOT);
          }
        }
        if (verb == null && (simple.equals("HttpExchange") || simple.equals("RequestMapping"))) {
          Object method0 = mirrors.value(annotation, "method").getValue();
          verb = method0 instanceof String s ? s : method0 instanceof List<?> l && !l.isEmpty()
              ? String.valueOf(((javax.lang.model.element.AnnotationValue) l.get(0)).getValue()) : "";
        }
        if (verb != null) {
          String path = simple.endsWith("Exchange") ? first(mirrors.string(annotation, "url"), mirrors.string(annotation, "value"))
              : first(firstOf(mirrors.strings(annotation, "path")), firstOf(mirrors.strings(annotation, "value")));
          result.add((verb.isEmpty() ? "?" : verb) + " " + (path.isEmpty() ? "/" : path) + " (" + method.getSimpleName() + ")");
        }
      }
    }
    return result;
  }

  private static String firstOf(List<String> values) {
    return values.isEmpty() ? "" : values.get(0);
  }

  private static String first(String a, String b) {
    return !a.isBlank() ? a.strip() : b.strip();
  }

  /** The {@code @Value} expressions of the type's fields and constructor parameters, where its configuration comes from. */
  private String placeholders(TypeElement type) {
    Set<String> values = new LinkedHashSet<>();
    List<Element> candidates = new ArrayList<>(ElementFilter.fieldsIn(type.getEnclosedElements()));
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      candidates.addAll(constructor.getParameters());
    }
    for (Element candidate : candidates) {
      Mirrors.find(candidate, VALUE).ifPresent(v -> values.add(mirrors.string(v, "value")));
    }
    return values.isEmpty() ? "" : "@Value " + String.join(", ", values);
  }

  private void deprecations(TypeElement type, List<DeprecationDoc> out) {
    List<Element> elements = new ArrayList<>();
    elements.add(type);
    for (Element member : type.getEnclosedElements()) {
      if (!(member instanceof TypeElement)) {
        elements.add(member);
      }
    }
    for (Element element : elements) {
      Optional<AnnotationMirror> deprecated = Mirrors.find(element, "java.lang.Deprecated");
      if (deprecated.isEmpty()) {
        continue;
      }
      String since = attribute(deprecated.get(), "since") instanceof String v ? v.strip() : "";
      boolean forRemoval = Boolean.TRUE.equals(attribute(deprecated.get(), "forRemoval"));
      out.add(new DeprecationDoc(Labels.delivery(element), since, forRemoval, deprecatedNote(element)));
    }
  }

  /** The {@code @deprecated} javadoc tag's text on one line. */
  private String deprecatedNote(Element element) {
    String doc = this.elements.getDocComment(element);
    if (doc == null) {
      return "";
    }
    for (String block : doc.split("\n\\s*@")) {
      String trimmed = block.strip();
      if (trimmed.startsWith("deprecated")) {
        return Javadoc.plain(trimmed.substring("deprecated".length()));
      }
    }
    return "";
  }

  private Optional<String> thirdParty(String written) {
    boolean onDemand = written.endsWith(".*");
    String name = onDemand ? written.substring(0, written.length() - 2) : written;
    Element element = onDemand ? elements.getPackageElement(name) : null;
    if (element == null) {
      element = elements.getTypeElement(name);
    }
    if (element == null) {
      return Optional.empty();
    }
    PackageElement pkg = elements.getPackageOf(element);
    String packageName = pkg.getQualifiedName().toString();
    ModuleElement module = elements.getModuleOf(element);
    String moduleName = module == null || module.isUnnamed() ? "" : module.getQualifiedName().toString();
    if (moduleName.startsWith("java.") || moduleName.startsWith("jdk.") || packageName.startsWith("java.")) {
      return Optional.empty(); // the JDK
    }
    if (packageName.equals(FEATUREDOCS) || packageName.startsWith(FEATUREDOCS + ".")) {
      return Optional.empty();
    }
    if (element instanceof TypeElement type ? sources.sourceFile(type).isPresent() : packageFromSource(pkg)) {
      return Optional.empty(); // the project's own
    }
    return Optional.of(packageName);
  }

  private boolean packageFromSource(PackageElement pkg) {
    for (Element member : pkg.getEnclosedElements()) {
      if (sources.sourceFile(member).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** {@code org.springframework.web.bind} → {@code org.springframework}; {@code com.fasterxml.jackson.annotation} → {@code com.fasterxml.jackson}. */
  /**
   * The library a package belongs to: under a reverse domain name ({@code org.springframework},
   * {@code com.fasterxml.jackson} on a host of many projects) or a platform namespace
   * ({@code jakarta.persistence}), its first two (three) names; else its first name alone, for the
   * libraries named without a domain: {@code lombok} and {@code lombok.extern.slf4j} are one library.
   */
  static String group(String pkg) {
    String[] parts = pkg.split("\\.");
    int depth;
    if (parts.length >= 3 && HOSTS.contains(parts[0] + "." + parts[1])) {
      depth = 3;
    } else if (DOMAINS.contains(parts[0]) || parts[0].length() == 2) {
      depth = 2;
    } else {
      depth = 1;
    }
    return String.join(".", java.util.Arrays.copyOf(parts, Math.min(depth, parts.length)));
  }

  /** First package names that are a domain (or a platform namespace), not a library's own name. */
  private static final Set<String> DOMAINS = Set.of("com", "org", "net", "io", "dev", "edu", "gov", "info", "biz",
      "app", "tech", "cloud", "ai", "jakarta", "javax", "jdk", "sun");

  /** featuredocs' own annotations: read at compile time, no library of the feature. */
  private static final String FEATUREDOCS = "dev.featuredocs.annotations";

  static TypeElement outermost(TypeElement type) {
    TypeElement top = type;
    while (top.getEnclosingElement() instanceof TypeElement outer) {
      top = outer;
    }
    return top;
  }
}
