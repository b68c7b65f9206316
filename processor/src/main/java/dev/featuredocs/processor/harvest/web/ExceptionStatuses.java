package dev.featuredocs.processor.harvest.web;

import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.schema.WebTypes;
import dev.featuredocs.processor.source.MethodBody;
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
  private static final Map<String, Integer> JAX_RS = Map.ofEntries(
      Map.entry("BadRequestException", 400), Map.entry("NotAuthorizedException", 401),
      Map.entry("ForbiddenException", 403), Map.entry("NotFoundException", 404),
      Map.entry("NotAllowedException", 405), Map.entry("NotAcceptableException", 406),
      Map.entry("NotSupportedException", 415), Map.entry("InternalServerErrorException", 500),
      Map.entry("ServiceUnavailableException", 503));

  /** A status for an exception and the code that decides it. */
  public record Mapped(int code, String source) {}

  private final Types types;
  private final Mirrors mirrors;
  private final MethodBodies bodies;
  /** Handled exception type (qualified name) → its status; the first advice read wins, as advice order is by name. */
  private final Map<String, Mapped> handlers = new java.util.HashMap<>();
  /** {@link Mapped#source} of an advice or mapper method → that method, for what its body does with the exception. */
  private final Map<String, ExecutableElement> handlerMethods = new java.util.HashMap<>();

  public ExceptionStatuses(Types types, Mirrors mirrors, MethodBodies bodies, List<TypeElement> adviceTypes) {
    this.types = types;
    this.mirrors = mirrors;
    this.bodies = bodies;
    for (TypeElement advice : adviceTypes) {
      readSpringAdvice(advice);
      readExceptionMapper(advice);
    }
  }

  private void readSpringAdvice(TypeElement advice) {
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
      Optional<Integer> code = responseStatus(method).or(() -> bodyStatus(method));
      String source = Labels.member(method);
      handlerMethods.putIfAbsent(source, method);
      for (TypeElement exception : exceptions) {
        Optional<Integer> resolved = code.or(() -> responseStatus(exception));
        resolved.ifPresent(c -> handlers.putIfAbsent(exception.getQualifiedName().toString(), new Mapped(c, source)));
      }
    }
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
            bodyStatus(method).ifPresent(c -> handlers.putIfAbsent(exception.getQualifiedName().toString(),
                new Mapped(c, Labels.member(method))));
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
    java.util.Deque<TypeMirror> queue = new java.util.ArrayDeque<>(List.of(exception.asType()));
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (!queue.isEmpty()) {
      TypeMirror type = queue.poll();
      if (!(types.asElement(type) instanceof TypeElement element) || !seen.add(element.getQualifiedName().toString())) {
        continue;
      }
      Mapped mapped = handlers.get(element.getQualifiedName().toString());
      if (mapped != null) {
        return Optional.of(mapped);
      }
      queue.addAll(types.directSupertypes(type));
    }
    Optional<Integer> annotated = responseStatus(exception);
    if (annotated.isPresent()) {
      return Optional.of(new Mapped(annotated.get(), "@ResponseStatus on " + exception.getSimpleName()));
    }
    String name = exception.getQualifiedName().toString();
    if (name.startsWith("jakarta.ws.rs.") || name.startsWith("javax.ws.rs.")) {
      Integer code = JAX_RS.get(exception.getSimpleName().toString());
      if (code != null) {
        return Optional.of(new Mapped(code, "JAX-RS"));
      }
    }
    return Optional.empty();
  }

  /** The advice or mapper method that decides a mapping, when it is one (not {@code @ResponseStatus} on the class). */
  Optional<ExecutableElement> handlerMethod(Mapped mapped) {
    return Optional.ofNullable(handlerMethods.get(mapped.source()));
  }

  /** The status of a framework exception by name, e.g. Spring's MethodArgumentNotValidException; 400 unless an advice remaps it. */
  Mapped statusOfFramework(TypeElement exception, int fallback) {
    return exception == null ? new Mapped(fallback, "") : statusOf(exception).orElse(new Mapped(fallback, ""));
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

  private Optional<Integer> bodyStatus(ExecutableElement method) {
    Optional<MethodBody> body = bodies.body(method);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    for (MethodBody.StatusCall call : body.get().statuses()) {
      Optional<Integer> code = HttpStatuses.code(call.status());
      if (code.isPresent()) {
        return code;
      }
    }
    return Optional.empty();
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
