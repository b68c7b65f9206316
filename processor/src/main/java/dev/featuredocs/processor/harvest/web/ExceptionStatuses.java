package dev.featuredocs.processor.harvest.web;

import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.schema.WebTypes;
import dev.featuredocs.processor.model.web.StatusDoc;
import dev.featuredocs.processor.source.MethodBody;
import dev.featuredocs.processor.source.StatusExpressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Which status an exception ends in, the way the frameworks decide it: the most specific
 * {@code @ExceptionHandler} of a {@code @ControllerAdvice} (its {@code @ResponseStatus}, or the
 * status its body builds), a JAX-RS {@code ExceptionMapper}, else {@code @ResponseStatus} on the
 * exception class, else the JAX-RS exception's own status.
 */
public final class ExceptionStatuses {
  static final String EXCEPTION_HANDLER = "org.springframework.web.bind.annotation.ExceptionHandler";
  static final String RESPONSE_STATUS = "org.springframework.web.bind.annotation.ResponseStatus";
  private static final String[] EXCEPTION_MAPPER = {"jakarta.ws.rs.ext.ExceptionMapper", "javax.ws.rs.ext.ExceptionMapper"};

  /** A status for an exception and the code that decides it. */
  public record Mapped(int code, String source) {}

  private final Types types;
  private final Mirrors mirrors;
  private final MethodBodies bodies;
  /** Handled exception type (qualified name) → its status; the first advice read wins, as advice order is by name. */
  private final Map<String, Mapped> handlers = new java.util.HashMap<>();
  /** {@link Mapped#source} of an advice or mapper method → that method, for what its body does with the exception. */
  private final Map<String, ExecutableElement> handlerMethods = new java.util.HashMap<>();
  /** Per controller, its own {@code @ExceptionHandler} methods' mappings. */
  private final Map<TypeElement, Map<String, Mapped>> local = new java.util.HashMap<>();
  private final CarriedStatuses carried;
  /** Return types whose status the handler computes: read only when its body builds it. */
  private static final List<String> CARRIERS = List.of("java.lang.Object", "org.springframework.http.ResponseEntity",
      "org.springframework.http.HttpEntity", "org.springframework.http.ProblemDetail", ".ws.rs.core.Response",
      "org.springframework.web.servlet.ModelAndView", "reactor.core.publisher.Mono",
      "java.util.concurrent.CompletableFuture", "java.util.concurrent.CompletionStage",
      "org.springframework.web.ErrorResponse");

  public ExceptionStatuses(Types types, Mirrors mirrors, MethodBodies bodies, List<TypeElement> adviceTypes) {
    this.types = types;
    this.mirrors = mirrors;
    this.bodies = bodies;
    this.carried = new CarriedStatuses(types, bodies);
    for (TypeElement advice : adviceTypes) {
      readSpringHandlers(advice, handlers);
      readExceptionMapper(advice);
    }
  }

  /** {@code @ExceptionHandler} methods declared in {@code advice} (an advice, or a controller for its own handlers). */
  private void readSpringHandlers(TypeElement advice, Map<String, Mapped> target) {
    for (ExecutableElement method : ElementFilter.methodsIn(advice.getEnclosedElements())) {
      Optional<AnnotationMirror> handler = Mirrors.find(method, EXCEPTION_HANDLER);
      if (handler.isEmpty()) {
        continue;
      }
      List<TypeElement> exceptions = new ArrayList<>();
      Object listed = mirrors.value(handler.get(), "value").getValue();
      if (listed instanceof List<?> values) {
        for (Object value : values) {
          if (((AnnotationValue) value).getValue() instanceof DeclaredType type) {
            exceptions.add((TypeElement) type.asElement());
          }
        }
      }
      if (exceptions.isEmpty()) {
        for (VariableElement parameter : method.getParameters()) {
          if (parameter.asType().getKind() == TypeKind.DECLARED && isThrowable(parameter.asType())) {
            exceptions.add((TypeElement) types.asElement(parameter.asType()));
          }
        }
      }
      String source = Labels.member(method);
      handlerMethods.putIfAbsent(source, method);
      Optional<Mapped> decided = responseStatus(method).map(c -> new Mapped(c, source)).or(() -> bodyStatus(method));
      for (TypeElement exception : exceptions) {
        Mapped mapped = decided.or(() -> responseStatus(exception).map(c -> new Mapped(c, source)))
            .orElseGet(() -> new Mapped(noStatus(method), source));
        target.putIfAbsent(exception.getQualifiedName().toString(), mapped);
      }
    }
  }

  /**
   * A handler that neither annotates nor builds a status: Spring answers 200 for a plain body or
   * none; a {@code ResponseEntity}, {@code ProblemDetail} or {@code Object} it returns carries a
   * status computed where the code cannot be followed.
   */
  private int noStatus(ExecutableElement method) {
    TypeMirror returned = method.getReturnType();
    if (returned.getKind() == TypeKind.VOID || returned.getKind().isPrimitive()) {
      return 200;
    }
    String name = returned.getKind() == TypeKind.DECLARED ? WebTypes.name(types.erasure(returned)) : "";
    return CARRIERS.stream().anyMatch(name::endsWith) ? StatusDoc.RUN_TIME : 200;
  }

  private void readExceptionMapper(TypeElement provider) {
    for (TypeMirror supertype : types.directSupertypes(provider.asType())) {
      String name = WebTypes.name(types.erasure(supertype));
      if ((name.equals(EXCEPTION_MAPPER[0]) || name.equals(EXCEPTION_MAPPER[1]))
          && !((DeclaredType) supertype).getTypeArguments().isEmpty()
          && ((DeclaredType) supertype).getTypeArguments().get(0).getKind() == TypeKind.DECLARED) {
        TypeElement exception = (TypeElement) types.asElement(((DeclaredType) supertype).getTypeArguments().get(0));
        for (ExecutableElement method : ElementFilter.methodsIn(provider.getEnclosedElements())) {
          if (method.getSimpleName().contentEquals("toResponse")) {
            handlerMethods.putIfAbsent(Labels.member(method), method);
            handlers.putIfAbsent(exception.getQualifiedName().toString(),
                bodyStatus(method).orElse(new Mapped(StatusDoc.RUN_TIME, Labels.member(method))));
          }
        }
      }
    }
  }

  /**
   * The status an exception of this type ends in, if code shows it: the handler of the nearest
   * supertype (looked up by name, breadth-first, so the cost is the depth of the hierarchy and not
   * the number of handlers in the compilation).
   */
  Optional<Mapped> statusOf(TypeElement exception) {
    Optional<Mapped> handled = nearest(exception, handlers);
    if (handled.isPresent()) {
      return handled;
    }
    Optional<Integer> annotated = responseStatus(exception);
    if (annotated.isPresent()) {
      return Optional.of(new Mapped(annotated.get(), "@ResponseStatus on " + exception.getSimpleName()));
    }
    return carried.of(exception);
  }

  /**
   * The status as Spring decides it for a handler of {@code controller}: the controller's own
   * {@code @ExceptionHandler} methods (its superclasses' included) first, even over a more specific
   * advice handler, then as {@link #statusOf(TypeElement)}.
   */
  public Optional<Mapped> statusOf(TypeElement exception, TypeElement controller) {
    Map<String, Mapped> own = local.computeIfAbsent(controller, c -> {
      Map<String, Mapped> map = new java.util.HashMap<>();
      for (TypeElement t = c; t != null; t = t.getSuperclass().getKind() == TypeKind.DECLARED
          ? (TypeElement) types.asElement(t.getSuperclass()) : null) {
        readSpringHandlers(t, map);
      }
      return map;
    });
    return nearest(exception, own).or(() -> statusOf(exception));
  }

  /** The handler of the nearest supertype, breadth-first: the cost is the hierarchy's depth, not the number of handlers. */
  private Optional<Mapped> nearest(TypeElement exception, Map<String, Mapped> byType) {
    if (byType.isEmpty()) {
      return Optional.empty();
    }
    java.util.Deque<TypeMirror> queue = new java.util.ArrayDeque<>(List.of(exception.asType()));
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (!queue.isEmpty()) {
      TypeMirror type = queue.poll();
      if (!(types.asElement(type) instanceof TypeElement element) || !seen.add(element.getQualifiedName().toString())) {
        continue;
      }
      Mapped mapped = byType.get(element.getQualifiedName().toString());
      if (mapped != null) {
        return Optional.of(dispatched(mapped, exception));
      }
      queue.addAll(types.directSupertypes(type));
    }
    return Optional.empty();
  }

  /** The advice or mapper method that decides a mapping, when it is one (not {@code @ResponseStatus} on the class). */
  Optional<ExecutableElement> handlerMethod(Mapped mapped) {
    return Optional.ofNullable(handlerMethods.get(mapped.source()));
  }

  /** The status of a framework exception by name, e.g. Spring's MethodArgumentNotValidException; 400 unless an advice remaps it. */
  Mapped statusOfFramework(TypeElement exception, int fallback, TypeElement controller) {
    if (exception == null) {
      return new Mapped(fallback, "");
    }
    // a handler the project wrote, else the status Spring's own resolver gives it (the one it carries is
    // built from the request at run time, but Spring documents it: the fallback)
    statusOf(exception, controller); // fills the controller's own handlers
    return nearest(exception, local.getOrDefault(controller, Map.of())).or(() -> nearest(exception, handlers))
        .or(() -> responseStatus(exception).map(c -> new Mapped(c, "@ResponseStatus on " + exception.getSimpleName())))
        .orElse(new Mapped(fallback, ""));
  }

  /** {@code @ResponseStatus} on the element or, for a class, on its superclasses (Spring merges them). */
  Optional<Integer> responseStatus(Element element) {
    for (Element e = element; e != null; ) {
      Optional<AnnotationMirror> status = Mirrors.find(e, RESPONSE_STATUS);
      if (status.isPresent()) {
        String constant = constant(status.get(), "code").or(() -> constant(status.get(), "value")).orElse("INTERNAL_SERVER_ERROR");
        return HttpStatuses.code(constant);
      }
      if (e instanceof TypeElement type && type.getSuperclass().getKind() == TypeKind.DECLARED) {
        e = types.asElement(type.getSuperclass());
      } else {
        e = null;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> constant(AnnotationMirror mirror, String attribute) {
    return Mirrors.explicit(mirror, attribute)
        .map(AnnotationValue::getValue)
        .filter(VariableElement.class::isInstance)
        .map(v -> ((VariableElement) v).getSimpleName().toString());
  }

  /**
   * A handler that chooses the status by the exception's type — {@code instanceof} chains and
   * conditionals, {@code switch} over type patterns, a {@code Map.of(Gone.class, GONE, …)} looked up
   * by class — answers this exception with the status chosen for its nearest listed type, else with
   * the one every other path builds; several: decided at run time.
   */
  private Mapped dispatched(Mapped mapped, TypeElement exception) {
    ExecutableElement method = handlerMethods.get(mapped.source());
    if (mapped.code() != StatusDoc.RUN_TIME || method == null || responseStatus(method).isPresent()) {
      return mapped;
    }
    Optional<MethodBody> body = bodies.body(method);
    if (body.isEmpty() || body.get().statuses().stream()
        .allMatch(c -> c.when().isEmpty() && !c.status().equals(StatusExpressions.CARRIED))) {
      return mapped;
    }
    TypeElement context = (TypeElement) method.getEnclosingElement();
    List<MethodBody.StatusCall> otherwise = new ArrayList<>();
    for (MethodBody.StatusCall call : body.get().statuses()) {
      if (call.when().isEmpty()) {
        otherwise.add(call);
        continue;
      }
      boolean exact = call.when().startsWith("=");
      Optional<TypeElement> chosenFor = bodies.resolve(exact ? call.when().substring(1) : call.when(), body.get(), context);
      if (chosenFor.isPresent() && (exact ? chosenFor.get().equals(exception)
          : types.isSubtype(types.erasure(exception.asType()), types.erasure(chosenFor.get().asType())))) {
        return new Mapped(code(call, exception), mapped.source());
      }
    }
    java.util.Set<String> codes = new java.util.LinkedHashSet<>();
    otherwise.forEach(c -> codes.add(String.valueOf(code(c, exception))));
    codes.remove(String.valueOf(StatusDoc.RUN_TIME));
    if (otherwise.stream().anyMatch(c -> code(c, exception) == StatusDoc.RUN_TIME)) {
      codes.add("?");
    }
    return codes.size() == 1 && !codes.contains("?")
        ? new Mapped(Integer.parseInt(codes.iterator().next()), mapped.source()) : mapped;
  }

  /** A status as built for this exception: the one it carries where the handler reads it from the exception. */
  private int code(MethodBody.StatusCall call, TypeElement exception) {
    if (call.status().equals(StatusExpressions.CARRIED)) {
      return carried.of(exception).map(Mapped::code).orElse(StatusDoc.RUN_TIME);
    }
    return HttpStatuses.code(call.status()).orElse(StatusDoc.RUN_TIME);
  }

  /**
   * The status a handler's body builds: one status when every path builds the same, else
   * {@link StatusDoc#RUN_TIME} (which one applies to which exception is decided by running code).
   */
  private Optional<Mapped> bodyStatus(ExecutableElement method) {
    Optional<MethodBody> body = bodies.body(method);
    if (body.isEmpty() || body.get().statuses().isEmpty()) {
      return Optional.empty();
    }
    java.util.Set<Integer> codes = new java.util.TreeSet<>();
    boolean computed = false;
    for (MethodBody.StatusCall call : body.get().statuses()) {
      Optional<Integer> code = HttpStatuses.code(call.status());
      code.ifPresent(codes::add);
      computed |= code.isEmpty();
    }
    String source = Labels.member(method);
    return Optional.of(new Mapped(codes.size() == 1 && !computed ? codes.iterator().next() : StatusDoc.RUN_TIME, source));
  }

  private boolean isThrowable(TypeMirror type) {
    for (TypeMirror t = type; t.getKind() == TypeKind.DECLARED; ) {
      if (WebTypes.name(t).equals("java.lang.Throwable")) {
        return true;
      }
      List<? extends TypeMirror> supertypes = types.directSupertypes(t);
      if (supertypes.isEmpty()) {
        return false;
      }
      t = supertypes.get(0);
    }
    return false;
  }
}
