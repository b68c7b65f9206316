package dev.featuredocs.processor.harvest.review;

import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.persistence.Jpa;
import dev.featuredocs.processor.harvest.persistence.JpaTables;
import dev.featuredocs.processor.model.persistence.PersistenceDoc;
import dev.featuredocs.processor.model.persistence.QueryDoc;
import dev.featuredocs.processor.model.persistence.RepositoryDoc;
import dev.featuredocs.processor.model.review.PerformanceDoc.Optimisation;
import dev.featuredocs.processor.model.review.PerformanceDoc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Performance choices visible in a feature's code: caching, asynchronous and reactive methods,
 * transactions (read-only ones under database queries), pagination, the fetch type of every
 * association, and which of its queries an index serves.
 */
public final class PerformanceHarvester {
  private static final String CACHE = "org.springframework.cache.annotation.";
  private static final String ASYNC = "org.springframework.scheduling.annotation.Async";
  private static final String SPRING_TRANSACTIONAL = "org.springframework.transaction.annotation.Transactional";
  private static final String JTA_TRANSACTIONAL = "jakarta.transaction.Transactional";
  private static final String JTA_TRANSACTIONAL_JAVAX = "javax.transaction.Transactional";
  private static final Map<String, String> ASYNC_RESULTS = Map.of(
      "java.util.concurrent.CompletableFuture", "asynchronous",
      "java.util.concurrent.CompletionStage", "asynchronous",
      "java.util.concurrent.Future", "asynchronous",
      "org.springframework.web.context.request.async.DeferredResult", "asynchronous",
      "java.util.concurrent.Callable", "asynchronous",
      "reactor.core.publisher.Mono", "reactive",
      "reactor.core.publisher.Flux", "reactive");
  private static final List<String> PAGING = List.of(
      "org.springframework.data.domain.Pageable", "org.springframework.data.domain.Sort",
      "org.springframework.data.domain.Limit", "org.springframework.data.domain.ScrollPosition");
  private static final List<String> PAGES = List.of(
      "org.springframework.data.domain.Page", "org.springframework.data.domain.Slice",
      "org.springframework.data.domain.Window");
  private static final List<String> CACHE_ANNOTATIONS = List.of("Cacheable", "CachePut", "CacheEvict");

  private final Mirrors mirrors;

  public PerformanceHarvester(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  PerformanceDoc harvest(Collection<TypeElement> members, PersistenceDoc persistence) {
    List<Optimisation> database = new ArrayList<>();
    List<Optimisation> caching = new ArrayList<>();
    List<Optimisation> async = new ArrayList<>();
    List<Optimisation> resources = new ArrayList<>();
    for (TypeElement type : members) {
      String typeName = Labels.typeName(type);
      cache(type, typeName, caching);
      transactional(type).ifPresent(t -> (t.readOnly() ? database : resources).add(new Optimisation(typeName,
          "every public method runs in a " + (t.readOnly() ? "read-only " : "") + "transaction (`" + t.written() + "` on the class)")));
      if (Mirrors.find(type, ASYNC).isPresent()) {
        async.add(new Optimisation(typeName, "`@Async` on the class: every public method runs on a task executor"));
      }
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        boolean visible = !method.getModifiers().contains(Modifier.PRIVATE) && !method.getModifiers().contains(Modifier.STATIC);
        if (!visible) {
          continue; // proxies (caching, transactions, @Async) only see calls from outside
        }
        String element = Labels.delivery(method);
        cache(method, element, caching);
        transactional(method).ifPresent(t -> (t.readOnly() ? database : resources).add(new Optimisation(element,
            t.readOnly() ? "read-only transaction (`" + t.written() + "`)" : "runs in a transaction (`" + t.written() + "`)")));
        if (Mirrors.find(method, ASYNC).isPresent()) {
          async.add(new Optimisation(element, "`@Async`: runs on a task executor, the caller does not wait"));
        }
        String result = erasure(method.getReturnType());
        if (ASYNC_RESULTS.containsKey(result)) {
          async.add(new Optimisation(element, ASYNC_RESULTS.get(result) + ": returns `" + Labels.simple(method.getReturnType()) + "`"));
        }
        List<String> paging = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
          if (PAGING.contains(erasure(parameter.asType()))) {
            paging.add("takes `" + Labels.simple(parameter.asType()) + "`");
          }
        }
        if (PAGES.contains(result)) {
          paging.add("returns `" + Labels.simple(method.getReturnType()) + "`");
        }
        if (!paging.isEmpty()) {
          database.add(new Optimisation(element, "paged or sorted by the caller: " + String.join(", ", paging)));
        }
      }
      if (JpaTables.isEntity(type)) {
        fetchTypes(type, typeName, database);
      }
    }
    for (RepositoryDoc repository : persistence.repositories()) {
      for (QueryDoc query : repository.queries()) {
        indexUse(query, repository.table()).ifPresent(database::add);
      }
    }
    return new PerformanceDoc(database, caching, async, resources);
  }

  private void cache(Element element, String label, List<Optimisation> out) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (String name : CACHE_ANNOTATIONS) {
      Mirrors.find(element, CACHE + name).ifPresent(found::add);
    }
    Mirrors.find(element, CACHE + "Caching").ifPresent(caching -> {
      for (String attribute : List.of("cacheable", "put", "evict")) {
        Object value = mirrors.value(caching, attribute).getValue();
        if (value instanceof List<?> list) {
          list.forEach(v -> found.add((AnnotationMirror) ((javax.lang.model.element.AnnotationValue) v).getValue()));
        }
      }
    });
    for (AnnotationMirror annotation : found) {
      String kind = annotation.getAnnotationType().asElement().getSimpleName().toString();
      List<String> names = new ArrayList<>(mirrors.strings(annotation, "cacheNames"));
      names.addAll(mirrors.strings(annotation, "value"));
      String key = mirrors.string(annotation, "key").strip();
      StringBuilder detail = new StringBuilder("`@").append(kind).append("`");
      detail.append(switch (kind) {
        case "Cacheable" -> ": the result is cached";
        case "CachePut" -> ": the result is written to the cache";
        default -> ": evicts";
      });
      if (kind.equals("CacheEvict") && Boolean.TRUE.equals(mirrors.value(annotation, "allEntries").getValue())) {
        detail.append(" every entry");
      } else if (kind.equals("CacheEvict")) {
        detail.append(" an entry");
      }
      detail.append(kind.equals("CacheEvict") ? " of " : " in ");
      detail.append(names.isEmpty() ? "the class's default cache" : "cache `" + String.join("`, `", names) + "`");
      if (!key.isEmpty()) {
        detail.append(", key `").append(key).append('`');
      }
      String condition = mirrors.string(annotation, "condition").strip();
      if (!condition.isEmpty()) {
        detail.append(", when `").append(condition).append('`');
      }
      out.add(new Optimisation(label, detail.toString()));
    }
  }

  private record Transaction(boolean readOnly, String written) {}

  private Optional<Transaction> transactional(Element element) {
    Optional<AnnotationMirror> spring = Mirrors.find(element, SPRING_TRANSACTIONAL);
    if (spring.isPresent()) {
      boolean readOnly = Boolean.TRUE.equals(mirrors.value(spring.get(), "readOnly").getValue());
      return Optional.of(new Transaction(readOnly, readOnly ? "@Transactional(readOnly = true)" : "@Transactional"));
    }
    return Mirrors.find(element, JTA_TRANSACTIONAL).or(() -> Mirrors.find(element, JTA_TRANSACTIONAL_JAVAX))
        .map(t -> new Transaction(false, "@Transactional"));
  }

  private void fetchTypes(TypeElement entity, String typeName, List<Optimisation> out) {
    for (VariableElement field : ElementFilter.fieldsIn(entity.getEnclosedElements())) {
      for (String association : List.of("ManyToOne", "OneToOne", "OneToMany", "ManyToMany")) {
        Jpa.find(field, association).ifPresent(annotation -> {
          Object fetch = mirrors.value(annotation, "fetch").getValue();
          String written = fetch instanceof VariableElement constant ? constant.getSimpleName().toString() : "";
          boolean explicit = Mirrors.explicit(annotation, "fetch").isPresent();
          String detail = "`@" + association + "` fetched " + written
              + (explicit ? "" : " (JPA's default for @" + association + ")")
              + (written.equals("EAGER") ? ": loaded with every `" + typeName + "`" : ": loaded when first read");
          out.add(new Optimisation(typeName + "." + field.getSimpleName(), detail));
        });
      }
    }
  }

  private static Optional<Optimisation> indexUse(QueryDoc query, String table) {
    if (!query.columnsKnown()) {
      return Optional.empty();
    }
    String element = query.label() + "(...)";
    if (query.columns().isEmpty()) {
      return query.kind().equals(QueryDoc.DERIVED)
          ? Optional.of(new Optimisation(element, "no filter: reads every row of `" + table + "`"))
          : Optional.empty();
    }
    List<String> served = query.columns().stream()
        .filter(c -> !query.unindexed().contains(c) && !query.negated().contains(c)).toList();
    if (query.unindexed().isEmpty() && served.isEmpty()) {
      return Optional.of(new Optimisation(element, "filters only by negation (`" + String.join("`, `", query.negated())
          + "`), which no index narrows: a full table scan as the table grows"));
    }
    if (query.unindexed().isEmpty()) {
      return Optional.of(new Optimisation(element, "filters on `" + String.join("`, `", served) + "`: served by an index"));
    }
    if (served.isEmpty()) {
      return Optional.of(new Optimisation(element, "filters on `" + String.join("`, `", query.unindexed())
          + "`, which no index serves: a full table scan as the table grows"));
    }
    return Optional.of(new Optimisation(element, "filters on `" + String.join("`, `", served)
        + "` through an index, then on `" + String.join("`, `", query.unindexed())
        + "`, which no index serves, row by row among those"));
  }

  private static String erasure(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return "";
    }
    Element element = ((DeclaredType) type).asElement();
    return element.getKind() == ElementKind.CLASS || element.getKind() == ElementKind.INTERFACE
        ? ((TypeElement) element).getQualifiedName().toString() : "";
  }
}
