package dev.featuredocs.processor.harvest.security;

import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import dev.featuredocs.processor.harvest.schema.WebTypes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * JAX-RS name binding: a project annotation meta-annotated {@code @NameBinding} puts a request
 * filter carrying the same annotation in front of every resource method (or class) it is on. A
 * filter whose {@code filter} method aborts with {@code UNAUTHORIZED}/401 or throws
 * {@code NotAuthorizedException} authenticates the caller: its methods read "authenticated".
 * The filter's body is read from javac's tree, once per filter.
 */
final class NameBindings {
  private static final List<String> NAME_BINDING = List.of("jakarta.ws.rs.NameBinding", "javax.ws.rs.NameBinding");
  private static final List<String> REQUEST_FILTER = List.of("jakarta.ws.rs.container.ContainerRequestFilter",
      "javax.ws.rs.container.ContainerRequestFilter");

  /**
   * @param rule {@code authenticated} when the filter answers 401, else {@code decided by the filter}
   * @param source {@code @Secured → AuthenticationFilter#filter (aborts with 401 UNAUTHORIZED)}
   */
  record Binding(String rule, String source) {}

  /** Binding annotation (qualified name) → the filter it binds. */
  private final Map<String, Binding> filters = new LinkedHashMap<>();

  NameBindings(Collection<TypeElement> providers, SourcePaths sources) {
    for (TypeElement provider : providers) {
      if (!implementsRequestFilter(provider)) {
        continue;
      }
      for (AnnotationMirror annotation : provider.getAnnotationMirrors()) {
        Element type = annotation.getAnnotationType().asElement();
        if (NAME_BINDING.stream().noneMatch(n -> Mirrors.find(type, n).isPresent())) {
          continue;
        }
        Optional<ExecutableElement> filter = ElementFilter.methodsIn(provider.getEnclosedElements()).stream()
            .filter(m -> m.getSimpleName().contentEquals("filter") && m.getParameters().size() == 1).findFirst();
        String body = filter.flatMap(m -> sources.method(m)).flatMap(SourcePaths.MethodSource::tree)
            .map(t -> String.valueOf(t.getBody())).orElse("");
        boolean unauthorized = body.contains("UNAUTHORIZED") || body.contains("NotAuthorizedException")
            || body.matches("(?s).*\\bstatus\\(\\s*401\\s*\\).*");
        String where = "@" + type.getSimpleName() + " → " + filter.map(Labels::member).orElse(Labels.typeName(provider));
        filters.putIfAbsent(((TypeElement) type).getQualifiedName().toString(), unauthorized
            ? new Binding("authenticated", where + " (aborts with 401 UNAUTHORIZED)")
            : new Binding("decided by the filter", where + (body.isEmpty() ? " (its body is not readable here)" : "")));
      }
    }
  }

  private static boolean implementsRequestFilter(TypeElement type) {
    List<TypeMirror> supertypes = new ArrayList<>(type.getInterfaces());
    if (type.getSuperclass() instanceof DeclaredType superclass
        && superclass.asElement() instanceof TypeElement parent && implementsRequestFilter(parent)) {
      return true;
    }
    return supertypes.stream().anyMatch(t -> REQUEST_FILTER.contains(WebTypes.name(t)));
  }

  /** The filter bound to a resource method, through an annotation on it or on its class. */
  Optional<Binding> of(ExecutableElement handler) {
    if (filters.isEmpty()) {
      return Optional.empty();
    }
    for (Element declaration : List.of(handler, handler.getEnclosingElement())) {
      for (AnnotationMirror annotation : declaration.getAnnotationMirrors()) {
        Binding binding = filters.get(Mirrors.name(annotation));
        if (binding != null) {
          return Optional.of(binding);
        }
      }
    }
    return Optional.empty();
  }
}
