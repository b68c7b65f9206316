package dev.featuredocs.processor.harvest.web;

import dev.featuredocs.processor.model.web.StatusDoc;
import dev.featuredocs.processor.source.MethodBody;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Exceptions that carry their own status, when no handler maps them: subclasses of Spring's
 * {@code ResponseStatusException} and {@code ErrorResponseException} with the status their
 * constructors pass to {@code super(…)}; the JAX-RS exceptions ({@code NotAuthorizedException} →
 * 401, …) and the project's subclasses of them; a {@code WebApplicationException}'s status from its
 * constructors. Where the status is a constructor's argument, the code that creates the exception
 * decides it: that is what the summary says.
 */
final class CarriedStatuses {
  private static final Map<String, Integer> JAX_RS = Map.ofEntries(
      Map.entry("BadRequestException", 400), Map.entry("NotAuthorizedException", 401),
      Map.entry("ForbiddenException", 403), Map.entry("NotFoundException", 404),
      Map.entry("NotAllowedException", 405), Map.entry("NotAcceptableException", 406),
      Map.entry("NotSupportedException", 415), Map.entry("InternalServerErrorException", 500),
      Map.entry("ServiceUnavailableException", 503));
  /** The library classes whose status is a constructor argument. */
  static final Set<String> CARRIERS = Set.of("org.springframework.web.server.ResponseStatusException",
      "org.springframework.web.ErrorResponseException", "jakarta.ws.rs.WebApplicationException",
      "javax.ws.rs.WebApplicationException", "jakarta.ws.rs.ClientErrorException", "javax.ws.rs.ClientErrorException",
      "jakarta.ws.rs.ServerErrorException", "javax.ws.rs.ServerErrorException",
      "jakarta.ws.rs.RedirectionException", "javax.ws.rs.RedirectionException");

  private final Types types;
  private final MethodBodies bodies;
  private final Map<TypeElement, Optional<ExceptionStatuses.Mapped>> cache = new HashMap<>();

  CarriedStatuses(Types types, MethodBodies bodies) {
    this.types = types;
    this.bodies = bodies;
  }

  /** The status the exception carries, nearest class first; empty when it carries none. */
  Optional<ExceptionStatuses.Mapped> of(TypeElement exception) {
    return cache.computeIfAbsent(exception, this::uncached);
  }

  private Optional<ExceptionStatuses.Mapped> uncached(TypeElement exception) {
    String created = "new " + exception.getSimpleName() + "(…)";
    for (TypeElement type = exception; type != null; type = superclass(type)) {
      String name = type.getQualifiedName().toString();
      String simple = type.getSimpleName().toString();
      if (name.startsWith("jakarta.ws.rs.") || name.startsWith("javax.ws.rs.")) {
        Integer code = JAX_RS.get(simple);
        if (code != null) {
          return Optional.of(new ExceptionStatuses.Mapped(code, type == exception ? "JAX-RS" : "JAX-RS " + simple));
        }
      }
      if (CARRIERS.contains(name)) {
        return Optional.of(new ExceptionStatuses.Mapped(StatusDoc.RUN_TIME, created));
      }
      Set<Integer> codes = new TreeSet<>();
      for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
        for (MethodBody.StatusCall call : bodies.body(constructor).map(MethodBody::statuses).orElse(java.util.List.of())) {
          HttpStatuses.code(call.status()).ifPresent(codes::add);
        }
      }
      if (!codes.isEmpty()) {
        // the status every constructor passes up; several: the one chosen by the constructor the code calls
        return Optional.of(new ExceptionStatuses.Mapped(codes.size() == 1 ? codes.iterator().next() : StatusDoc.RUN_TIME,
            "new " + simple + "(…)"));
      }
    }
    return Optional.empty();
  }

  private TypeElement superclass(TypeElement type) {
    return type.getSuperclass().getKind() == TypeKind.DECLARED ? (TypeElement) types.asElement(type.getSuperclass()) : null;
  }
}
