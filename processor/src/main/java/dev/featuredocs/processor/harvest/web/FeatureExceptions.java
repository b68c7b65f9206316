package dev.featuredocs.processor.harvest.web;

import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import dev.featuredocs.processor.harvest.schema.WebTypes;
import dev.featuredocs.processor.model.Role;
import dev.featuredocs.processor.source.MethodBody;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * The exceptions of a feature — those its endpoints can end in (created or declared by the handler
 * or the project methods it calls) and the exception types that belong to the feature — each with
 * the status it ends in and the handler that decides it. Security, troubleshooting and the success
 * criteria read the same list.
 */
public final class FeatureExceptions {
  private static final Set<String> MESSAGE_GETTERS = Set.of("getMessage", "getLocalizedMessage");

  private final MethodBodies bodies;
  private final ExceptionStatuses statuses;
  private final SourcePaths sources;
  private final WebTypes web;

  public FeatureExceptions(MethodBodies bodies, ExceptionStatuses statuses, SourcePaths sources, WebTypes web) {
    this.bodies = bodies;
    this.statuses = statuses;
    this.sources = sources;
    this.web = web;
  }

  /**
   * One exception and what happens to it.
   *
   * @param type the exception type
   * @param raisedIn the first handler-reachable method that creates or declares it, empty when the feature only declares the type
   * @param raisedElement the endpoint handler it was found from, or null
   * @param mapped the status and the code deciding it, empty when nothing maps it
   * @param handler the advice or mapper method, when a method decides it
   * @param own whether it is the project's own type (compiled from source), not a library's or the JDK's
   * @param readsMessage whether the handler method calls {@code getMessage()}/{@code getLocalizedMessage()}
   * @param raisedAt every handler-reachable method that creates or declares it, in name order
   */
  public record Fact(TypeElement type, String raisedIn, ExecutableElement raisedElement, Optional<ExceptionStatuses.Mapped> mapped,
      Optional<ExecutableElement> handler, boolean own, boolean readsMessage, List<String> raisedAt) {

    Fact withRaisedAt(java.util.SortedSet<String> sites) {
      return new Fact(type, raisedIn, raisedElement, mapped, handler, own, readsMessage, List.copyOf(sites));
    }

    public String name() {
      return Labels.typeName(type);
    }

    /** The status a client gets: the mapped one ({@code StatusDoc.RUN_TIME} when code decides it at run time), else 500. */
    public int status() {
      return mapped.map(ExceptionStatuses.Mapped::code).orElse(500);
    }

    /** A handler that returns the message of an exception the project did not write: it may reveal internals. */
    public boolean exposesMessage() {
      return readsMessage && !own;
    }
  }

  /** By exception name; unchecked exceptions the handlers reach, checked ones when something maps them, and the feature's own exception types. */
  public List<Fact> of(Collection<ExecutableElement> handlers, Collection<TypeElement> featureTypes,
      java.util.function.Function<TypeElement, Role> roles) {
    Map<String, Fact> result = new TreeMap<>();
    Map<String, java.util.SortedSet<String>> sites = new java.util.HashMap<>();
    for (ExecutableElement handler : handlers) {
      for (MethodBodies.Raised raised : bodies.raised(handler)) {
        Optional<ExceptionStatuses.Mapped> mapped =
            statuses.statusOf(raised.exception(), (javax.lang.model.element.TypeElement) handler.getEnclosingElement());
        boolean unchecked = web.implementsAny(raised.exception().asType(), Set.of("java.lang.RuntimeException", "java.lang.Error"));
        if (mapped.isPresent() || unchecked) {
          String key = raised.exception().getQualifiedName().toString();
          if (!result.containsKey(key)) {
            result.put(key, fact(raised.exception(), raised.where(), handler, mapped));
          }
          if (!raised.where().isEmpty()) {
            sites.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(raised.where());
          }
        }
      }
    }
    sites.forEach((key, where) -> result.put(key, result.get(key).withRaisedAt(where)));
    for (TypeElement type : featureTypes) {
      if (roles.apply(type) == Role.EXCEPTION && type.getKind() != javax.lang.model.element.ElementKind.INTERFACE) {
        String key = type.getQualifiedName().toString();
        if (!result.containsKey(key)) {
          result.put(key, fact(type, "", null, statuses.statusOf(type)));
        }
      }
    }
    List<Fact> sorted = new ArrayList<>(result.values());
    sorted.sort(java.util.Comparator.comparing(Fact::name));
    return sorted;
  }

  private Fact fact(TypeElement type, String raisedIn, ExecutableElement raisedElement,
      Optional<ExceptionStatuses.Mapped> mapped) {
    Optional<ExecutableElement> handler = mapped.flatMap(statuses::handlerMethod);
    boolean readsMessage = handler.flatMap(bodies::body).map(FeatureExceptions::readsMessage).orElse(false);
    return new Fact(type, raisedIn, raisedElement, mapped, handler, sources.relativePath(type).isPresent(), readsMessage,
        raisedIn.isEmpty() ? List.of() : List.of(raisedIn));
  }

  private static boolean readsMessage(MethodBody body) {
    return body.calls().stream().anyMatch(c -> MESSAGE_GETTERS.contains(c.name()) && c.arguments() == 0);
  }

  /** The body type a handler method answers with, unwrapped from {@code ResponseEntity}; empty for none. */
  public String bodyType(ExecutableElement handler) {
    if (handler.getReturnType().getKind() == TypeKind.VOID) {
      return "";
    }
    WebTypes.Unwrapped unwrapped = web.unwrap(handler.getReturnType());
    if (WebTypes.isNoBody(unwrapped.type())) {
      return "";
    }
    String name = WebTypes.name(unwrapped.type());
    if (name.endsWith(".ws.rs.core.Response") || name.equals("org.springframework.http.ResponseEntity")) {
      return "";
    }
    return Labels.simple(unwrapped.type());
  }
}
