package dev.featuredocs.processor.harvest.web;

import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.schema.WebTypes;
import dev.featuredocs.processor.model.web.StatusDoc;
import dev.featuredocs.processor.source.MethodBody;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * JAX-RS request filters ({@code @Provider} {@code ContainerRequestFilter}s) and the statuses they
 * answer before a resource method runs: what {@code filter} aborts with
 * ({@code requestContext.abortWith(Response.status(…).build())}, read through the same data flow as
 * handlers) and the exceptions it throws ({@code NotAuthorizedException} → 401, or whatever maps
 * them). A filter with a {@code @NameBinding} annotation applies to the methods and classes that
 * carry it, and to every method when an {@code Application} subclass carries it; one without
 * (including {@code @PreMatching}) to every resource method. Each filter is read once.
 */
public final class RequestFilters {
  private static final List<String> NAME_BINDING = List.of("jakarta.ws.rs.NameBinding", "javax.ws.rs.NameBinding");
  private static final Set<String> REQUEST_FILTER = Set.of("jakarta.ws.rs.container.ContainerRequestFilter",
      "javax.ws.rs.container.ContainerRequestFilter");
  private static final Set<String> APPLICATION = Set.of("jakarta.ws.rs.core.Application", "javax.ws.rs.core.Application");

  /** A filter and the binding annotations it carries; none: global. */
  private record Filter(TypeElement type, Set<String> bindings) {}

  private final WebTypes web;
  private final MethodBodies bodies;
  private final ExceptionStatuses exceptions;
  private final List<Filter> filters = new ArrayList<>();
  /** Binding annotations on an {@code Application} subclass: their filters apply to every resource method. */
  private final Set<String> global = new HashSet<>();
  private final Map<TypeElement, List<StatusDoc>> statuses = new LinkedHashMap<>();

  /**
   * @param providers the {@code @Provider} classes of the compilation
   * @param configurations the configuration classes, among them the {@code Application} subclasses
   */
  public RequestFilters(Collection<TypeElement> providers, Collection<TypeElement> configurations, WebTypes web,
      MethodBodies bodies, ExceptionStatuses exceptions) {
    this.web = web;
    this.bodies = bodies;
    this.exceptions = exceptions;
    for (TypeElement provider : providers) {
      if (web.implementsAny(provider.asType(), REQUEST_FILTER)) {
        filters.add(new Filter(provider, bindings(provider)));
      }
    }
    if (!filters.isEmpty()) {
      for (TypeElement configuration : configurations) {
        if (web.implementsAny(configuration.asType(), APPLICATION)) {
          global.addAll(bindings(configuration));
        }
      }
    }
  }

  /** The statuses the filters in front of a resource method answer; {@code resource}: the root resource class. */
  List<StatusDoc> of(ExecutableElement handler, List<? extends Element> declarations, TypeElement resource) {
    if (filters.isEmpty()) {
      return List.of();
    }
    Set<String> present = new HashSet<>(global);
    for (Element declaration : declarations) {
      present.addAll(bindings(declaration));
    }
    present.addAll(bindings(handler.getEnclosingElement()));
    present.addAll(bindings(resource));
    List<StatusDoc> result = new ArrayList<>();
    for (Filter filter : filters) {
      if (filter.bindings().isEmpty() || present.containsAll(filter.bindings())) {
        result.addAll(statuses.computeIfAbsent(filter.type(), this::read));
      }
    }
    return result;
  }

  /** What the filter's {@code filter(ContainerRequestContext)} answers: the responses it builds, the exceptions it throws. */
  private List<StatusDoc> read(TypeElement filter) {
    List<StatusDoc> result = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(filter.getEnclosedElements())) {
      if (!method.getSimpleName().contentEquals("filter") || method.getParameters().size() != 1) {
        continue;
      }
      String source = Labels.member(method);
      for (MethodBody.StatusCall call : bodies.body(method).map(MethodBody::statuses).orElse(List.of())) {
        int code = HttpStatuses.code(call.status()).orElse(StatusDoc.RUN_TIME);
        result.add(new StatusDoc(code, false, reason(code), "", source));
      }
      for (MethodBodies.Raised raised : bodies.raised(method)) {
        exceptions.statusOf(raised.exception()).ifPresent(mapped -> result.add(new StatusDoc(mapped.code(), false,
            reason(mapped.code()), raised.exception().getSimpleName().toString(), source)));
      }
    }
    return List.copyOf(result);
  }

  private static String reason(int code) {
    return code == 401 ? "not authenticated" : code == 403 ? "not authorised" : "aborted by a request filter";
  }

  /** The name-binding annotations an element carries, by qualified name. */
  private static Set<String> bindings(Element element) {
    Set<String> result = new HashSet<>();
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      Element type = annotation.getAnnotationType().asElement();
      if (NAME_BINDING.stream().anyMatch(n -> Mirrors.find(type, n).isPresent())) {
        result.add(((TypeElement) type).getQualifiedName().toString());
      }
    }
    return result;
  }
}
