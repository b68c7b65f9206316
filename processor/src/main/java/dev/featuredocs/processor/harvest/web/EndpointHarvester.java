package dev.featuredocs.processor.harvest.web;

import dev.featuredocs.processor.diag.Diagnostics;
import dev.featuredocs.processor.diag.Message;
import dev.featuredocs.processor.harvest.javac.Javadoc;
import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.schema.ModelHarvester;
import dev.featuredocs.processor.harvest.schema.WebTypes;
import dev.featuredocs.processor.model.web.BodyDoc;
import dev.featuredocs.processor.model.web.EndpointDoc;
import dev.featuredocs.processor.model.web.ParameterDoc;
import dev.featuredocs.processor.model.web.StatusDoc;
import dev.featuredocs.processor.source.MethodBody;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The endpoints of a controller or resource class, with everything the summary says about each:
 * purpose, parameters, bodies with examples, security, and status codes with their reasons.
 */
public final class EndpointHarvester {
  private static final List<String> METHOD_ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
  private static final String[] SECURITY = {
    "org.springframework.security.access.prepost.PreAuthorize",
    "org.springframework.security.access.prepost.PostAuthorize",
    "org.springframework.security.access.annotation.Secured",
    "jakarta.annotation.security.RolesAllowed", "javax.annotation.security.RolesAllowed",
    "jakarta.annotation.security.PermitAll", "javax.annotation.security.PermitAll",
    "jakarta.annotation.security.DenyAll", "javax.annotation.security.DenyAll"
  };
  private static final String VALIDATED = "org.springframework.validation.annotation.Validated";
  private static final String API_RESPONSE = "io.swagger.v3.oas.annotations.responses.ApiResponse";
  private static final String API_RESPONSES = "io.swagger.v3.oas.annotations.responses.ApiResponses";

  private final Elements elements;
  private final Mirrors mirrors;
  private final Handlers handlers;
  private final WebTypes web;
  private final SpringEndpoints spring;
  private final JaxRsEndpoints jaxRs;
  private final ModelHarvester models;
  private final MethodBodies bodies;
  private final ExceptionStatuses exceptions;
  private final Javadoc javadoc;
  private final Diagnostics diagnostics;
  private final RequestFilters filters;
  /**
   * Whether Spring Boot's {@code ProblemDetailsExceptionHandler} is on
   * ({@code spring.mvc|webflux.problemdetails.enabled=true}): it answers the framework's own
   * exceptions that no handler of the project maps with a {@code ProblemDetail}.
   */
  private final boolean problemDetails;
  /** Controllers already warned about: one warning per class, not per endpoint. */
  private final java.util.Set<String> unmappedViolations = new java.util.HashSet<>();

  public EndpointHarvester(Elements elements, Mirrors mirrors, Handlers handlers, WebTypes web, SpringEndpoints spring,
      JaxRsEndpoints jaxRs, ModelHarvester models, MethodBodies bodies, ExceptionStatuses exceptions, Javadoc javadoc,
      Diagnostics diagnostics, RequestFilters filters, boolean problemDetails) {
    this.filters = filters;
    this.problemDetails = problemDetails;
    this.elements = elements;
    this.mirrors = mirrors;
    this.handlers = handlers;
    this.web = web;
    this.spring = spring;
    this.jaxRs = jaxRs;
    this.models = models;
    this.bodies = bodies;
    this.exceptions = exceptions;
    this.javadoc = javadoc;
    this.diagnostics = diagnostics;
  }

  public boolean servesEndpoints(TypeElement type) {
    return spring.isController(type) || jaxRs.isResource(type);
  }

  /**
   * An endpoint with the handler method it came from, for feature membership, and its body types
   * (unwrapped; null when there is none or its shape is not visible), for the data models: the
   * request, the success response, and the bodies of its error statuses ({@link StatusDoc#body}).
   */
  public record Harvested(EndpointDoc endpoint, ExecutableElement handler, TypeMirror request, TypeMirror response,
      List<TypeMirror> errorBodies) {
    public Harvested {
      errorBodies = List.copyOf(errorBodies);
    }

    /** The same endpoint described otherwise (another path, more statuses). */
    public Harvested with(EndpointDoc amended) {
      return new Harvested(amended, handler, request, response, errorBodies);
    }
  }

  public List<Harvested> endpoints(TypeElement type) {
    List<Operation> operations = new ArrayList<>();
    if (spring.isController(type)) {
      operations.addAll(spring.operations(type));
    }
    if (jaxRs.isResource(type)) {
      operations.addAll(jaxRs.operations(type));
    }
    List<Harvested> result = new ArrayList<>();
    for (Operation operation : operations) {
      TypeMirror returned = returned(operation.handler(), operation.returnType());
      Map<String, TypeMirror> errorBodies = new java.util.TreeMap<>();
      result.add(new Harvested(document(operation, returned, errorBodies), operation.handler(), shape(operation.body()),
          shape(returned), List.copyOf(errorBodies.values())));
    }
    return result;
  }

  public static Comparator<EndpointDoc> order() {
    return Comparator.comparing(EndpointDoc::path).thenComparing(e -> METHOD_ORDER.indexOf(e.method()))
        .thenComparing(EndpointDoc::handler);
  }

  /**
   * The type the response body carries: the declared one, or where the signature hides it
   * ({@code Response}, {@code ResponseEntity<?>}, {@code Object}, a {@code String} of JSON) the type
   * the success {@code return} puts in it ({@link ResponseBodies}).
   */
  private TypeMirror returned(ExecutableElement handler, TypeMirror declared) {
    return returned(handler, declared, false);
  }

  private TypeMirror returned(ExecutableElement handler, TypeMirror declared, boolean error) {
    if (declared == null || declared.getKind() == TypeKind.VOID) {
      return null;
    }
    TypeMirror inner = web.unwrap(declared).type();
    // NULL: unwrap makes ResponseEntity<?> a body of no type
    boolean hidden = inner.getKind() == TypeKind.NULL || inner.getKind() == TypeKind.DECLARED && (isOpaque(inner)
        || WebTypes.name(inner).equals("java.lang.Object") || WebTypes.name(inner).equals("java.lang.String"));
    if (!hidden) {
      return declared;
    }
    return (error ? bodies.responseBodies().ofErrorHandler(handler) : bodies.responseBodies().of(handler))
        .orElse(declared);
  }

  /**
   * The body the advice, controller or mapper method behind {@code mapped} answers with, the way a
   * handler's response body is read ({@code ResponseEntity<T>}, or what its {@code return} puts in
   * a {@code ResponseEntity<?>}); empty when a method does not decide it, or it writes no body.
   */
  private Optional<TypeMirror> errorBody(ExceptionStatuses.Mapped mapped) {
    return exceptions.handlerMethod(mapped).map(m -> shape(returned(m, m.getReturnType(), true)));
  }

  /**
   * A status of one of Spring's own exceptions (bad body, bad parameter): the body of the project's
   * handler, else Boot's {@code ProblemDetail} when its handler is on; else not known from code.
   */
  private StatusDoc framework(Operation operation, StatusDoc status, ExceptionStatuses.Mapped mapped,
      Map<String, TypeMirror> errorBodies) {
    if (mapped.source().isEmpty()) {
      return problemDetails && !operation.jaxRs() ? status.withBody("ProblemDetail") : status;
    }
    return answered(status, Optional.of(mapped), errorBodies);
  }

  /** The status with the body its answering method returns, that body kept for the data models. */
  private StatusDoc answered(StatusDoc status, Optional<ExceptionStatuses.Mapped> mapped,
      Map<String, TypeMirror> errorBodies) {
    Optional<TypeMirror> body = mapped.flatMap(this::errorBody);
    if (body.isEmpty() || WebTypes.name(body.get()).equals("java.lang.Object")) {
      return status; // Object whose return does not show what it builds: not known, not "Object"
    }
    String name = Labels.simple(body.get());
    errorBodies.putIfAbsent(WebTypes.name(body.get()), body.get());
    return status.withBody(name);
  }

  private EndpointDoc document(Operation operation, TypeMirror returned, Map<String, TypeMirror> errorBodies) {
    ExecutableElement handler = operation.handler();
    String purpose = operation.declarations().stream().map(javadoc::firstSentence).filter(s -> !s.isEmpty())
        .findFirst().orElse(humanise(handler.getSimpleName().toString()));
    Optional<SecurityAnnotations.Found> found = SecurityAnnotations.find(operation.declarations(), SECURITY)
        .or(() -> SecurityAnnotations.find(handlers.hierarchy(operation.controller()), SECURITY));
    Optional<AnnotationMirror> security = found.map(SecurityAnnotations.Found::rule);
    BodyDoc request = operation.body() == null ? null : body(operation.body(), operation.bodyValidated(), true);
    BodyDoc response = returned == null ? null : body(returned, false, false);
    return new EndpointDoc(operation.method(), operation.path(), purpose,
        Labels.typeName(operation.controller()) + "#" + handler.getSimpleName(),
        found.map(SecurityAnnotations.Found::label).orElse(""),
        operation.consumes(), operation.produces(), operation.parameters(), request, response,
        statuses(operation, security, response == null, errorBodies));
  }

  /** The type whose JSON a body carries, or null. */
  private TypeMirror shape(TypeMirror type) {
    if (type == null) {
      return null;
    }
    WebTypes.Unwrapped unwrapped = web.unwrap(type);
    return WebTypes.isNoBody(unwrapped.type()) || isOpaque(unwrapped.type()) ? null : unwrapped.type();
  }

  private static boolean isOpaque(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && (WebTypes.name(type).endsWith(".ws.rs.core.Response")
            || WebTypes.name(type).equals("org.springframework.http.ResponseEntity"));
  }

  private BodyDoc body(TypeMirror type, boolean validated, boolean request) {
    WebTypes.Unwrapped unwrapped = web.unwrap(type);
    if (WebTypes.isNoBody(unwrapped.type())) {
      return null;
    }
    String name = Labels.simple(unwrapped.type());
    String shown = unwrapped.many() ? "List<" + name + ">" : name;
    boolean opaque = isOpaque(unwrapped.type());
    return new BodyDoc(shown, opaque ? "" : models.example(unwrapped.type(), unwrapped.many(), request),
        validated, opaque ? "" : models.modelName(unwrapped.type()));
  }

  private List<StatusDoc> statuses(Operation operation, Optional<AnnotationMirror> security, boolean noBody,
      Map<String, TypeMirror> errorBodies) {
    Map<String, StatusDoc> statuses = new LinkedHashMap<>();
    Optional<MethodBody> body = bodies.body(operation.handler());
    List<MethodBody.StatusCall> calls = new ArrayList<>(operation.view() ? bodies.viewResults(operation.handler()) : List.of());
    body.map(MethodBody::statuses).orElse(List.of()).stream().filter(c -> !isThrownCarrier(c))
        .filter(c -> !operation.view() || !c.evidence().startsWith("new RedirectView(")) // read with the view's settings
        .forEach(calls::add);

    Optional<Integer> annotated = operation.declarations().stream()
        .map(exceptions::responseStatus).flatMap(Optional::stream).findFirst()
        .or(() -> handlers.hierarchy(operation.controller()).stream()
            .map(exceptions::responseStatus).flatMap(Optional::stream).findFirst());
    // 2xx first; a handler that only redirects succeeds with its 3xx (sendRedirect, RedirectView, FOUND + location)
    List<MethodBody.StatusCall> successes = new ArrayList<>(calls.stream()
        .filter(c -> HttpStatuses.code(c.status()).map(code -> code < 300).orElse(false)).toList());
    if (successes.isEmpty()) {
      calls.stream().filter(c -> HttpStatuses.code(c.status()).map(code -> code < 400).orElse(false))
          .findFirst().ifPresent(successes::add);
    }
    List<MethodBody.StatusCall> runTime = calls.stream().filter(c -> HttpStatuses.code(c.status()).isEmpty()).toList();
    if (annotated.isPresent()) {
      add(statuses, new StatusDoc(annotated.get(), true, "success", "", "@ResponseStatus"));
    } else if (!successes.isEmpty()) {
      MethodBody.StatusCall first = successes.get(0);
      add(statuses, new StatusDoc(HttpStatuses.code(first.status()).orElseThrow(), true, "success", "", first.evidence()));
      for (MethodBody.StatusCall other : successes.subList(1, successes.size())) {
        add(statuses, new StatusDoc(HttpStatuses.code(other.status()).orElseThrow(), false, "also success", "", other.evidence()));
      }
    } else if (!runTime.isEmpty()) {
      // the handler's only status is computed: say so, never the default 200
      add(statuses, new StatusDoc(StatusDoc.RUN_TIME, true, "success", "", runTime.get(0).evidence()));
    } else if (operation.jaxRs() && noBody) {
      add(statuses, new StatusDoc(204, true, "success", "", "void resource method"));
    } else {
      add(statuses, new StatusDoc(200, true, "success", "", ""));
    }
    int success = statuses.values().iterator().next().code();
    for (MethodBody.StatusCall call : calls) {
      if (isThrownCarrier(call)) {
        continue; // an exception's status: what answers it depends on the handlers, read with the exceptions below
      }
      Optional<Integer> code = HttpStatuses.code(call.status());
      if (code.isPresent() && code.get() >= 300 && code.get() != success) {
        add(statuses, new StatusDoc(code.get(), false, "returned by the handler", "", call.evidence()));
      } else if (code.isEmpty() && success != StatusDoc.RUN_TIME) {
        add(statuses, new StatusDoc(StatusDoc.RUN_TIME, false, "returned by the handler", "", call.evidence()));
      }
    }
    badRequests(operation, statuses, errorBodies);
    security.ifPresent(s -> secured(operation, s, statuses, errorBodies));
    if (operation.jaxRs()) {
      filters.of(operation.handler(), operation.declarations(), operation.controller()).forEach(s -> add(statuses, s));
    }
    for (MethodBodies.Raised raised : bodies.raised(operation.handler())) {
      String cause = raised.exception().getSimpleName().toString();
      Optional<ExceptionStatuses.Mapped> mapped = exceptions.statusOf(raised.exception(), operation.controller());
      if (mapped.isPresent() && mapped.get().code() == StatusDoc.RUN_TIME && !raised.created().isEmpty()
          && mapped.get().source().startsWith("new ")) {
        // new ResponseStatusException(HttpStatus.GONE, …) and no handler takes it: the status written there
        for (MethodBody.StatusCall created : raised.created()) {
          add(statuses, new StatusDoc(HttpStatuses.code(created.status()).orElse(StatusDoc.RUN_TIME), false, "", cause,
              created.evidence()));
        }
      } else if (mapped.isPresent()) {
        add(statuses, answered(new StatusDoc(mapped.get().code(), false, "", cause, mapped.get().source()), mapped,
            errorBodies));
      } else if (web.implementsAny(raised.exception().asType(), java.util.Set.of("java.lang.RuntimeException"))) {
        add(statuses, new StatusDoc(500, false, "unhandled", cause, raised.where()));
      }
    }
    apiResponses(operation, statuses);
    List<StatusDoc> sorted = new ArrayList<>(statuses.values());
    sorted.sort(statusOrder());
    return sorted;
  }

  /** By code, the success first within a code, statuses decided at run time last (they are no number). */
  public static Comparator<StatusDoc> statusOrder() {
    return Comparator.comparingInt((StatusDoc s) -> s.code() == StatusDoc.RUN_TIME ? 1000 : s.code())
        .thenComparing(s -> !s.success())
        .thenComparing(StatusDoc::reason).thenComparing(StatusDoc::cause);
  }

  private static boolean isThrownCarrier(MethodBody.StatusCall call) {
    return call.evidence().startsWith("new ResponseStatusException(") || call.evidence().startsWith("new ErrorResponseException(");
  }

  /** 400s the framework itself answers: a body that fails validation or cannot be read, bad parameters. */
  private void badRequests(Operation operation, Map<String, StatusDoc> statuses, Map<String, TypeMirror> errorBodies) {
    if (operation.body() != null) {
      String exception = operation.bodyValidated() ? "org.springframework.web.bind.MethodArgumentNotValidException"
          : "org.springframework.http.converter.HttpMessageNotReadableException";
      ExceptionStatuses.Mapped mapped = framework(operation, exception);
      add(statuses, framework(operation, new StatusDoc(mapped.code(), false,
          operation.bodyValidated() ? "invalid request body" : "unreadable request body", "",
          operation.bodyValidated() ? "@Valid" + via(mapped) : mapped.source()), mapped, errorBodies));
    }
    Optional<AnnotationMirror> validated = operation.jaxRs() ? Optional.empty()
        : Handlers.find(handlers.hierarchy(operation.controller()), VALIDATED);
    if (operation.parametersValidated() && validated.isPresent()) {
      // class-level @Validated: Spring's AOP method validation throws ConstraintViolationException instead
      // of its own HandlerMethodValidationException, which Spring answers 400 only when something maps it
      TypeElement violation = constraintViolation();
      Optional<ExceptionStatuses.Mapped> mapped = violation == null ? Optional.empty()
          : exceptions.statusOf(violation, operation.controller());
      if (mapped.isPresent()) {
        add(statuses, answered(new StatusDoc(mapped.get().code(), false, "parameter fails its constraints",
            "ConstraintViolationException", mapped.get().source()), mapped, errorBodies));
      } else {
        add(statuses, new StatusDoc(500, false, "parameter fails its constraints, unhandled",
            "ConstraintViolationException", "@Validated on " + operation.controller().getSimpleName()));
        if (unmappedViolations.add(operation.controller().getQualifiedName().toString())) {
          TypeElement carrier = handlers.hierarchy(operation.controller()).stream()
              .filter(t -> Mirrors.find(t, VALIDATED).isPresent()).findFirst().orElse(operation.controller());
          diagnostics.warning(Message.VALIDATED_UNMAPPED, carrier, Mirrors.find(carrier, VALIDATED).orElse(null), null,
              operation.controller().getSimpleName());
        }
      }
    } else if (operation.parametersValidated()) {
      ExceptionStatuses.Mapped mapped = framework(operation,
          "org.springframework.web.method.annotation.HandlerMethodValidationException");
      add(statuses, framework(operation, new StatusDoc(mapped.code(), false, "parameter fails its constraints", "",
          mapped.source()), mapped, errorBodies));
    }
    if (operation.jaxRs()) {
      jaxRsConversions(operation, statuses, errorBodies);
      return;
    }
    boolean typedOrRequired = operation.parameters().stream()
        .anyMatch(p -> (p.required() && !p.in().equals("path"))
            || (!p.type().equals("String") && !SpringBinding.isLenient(p)));
    if (typedOrRequired) {
      ExceptionStatuses.Mapped mapped = framework(operation,
          "org.springframework.web.bind.MissingServletRequestParameterException");
      add(statuses, framework(operation, new StatusDoc(mapped.code(), false, "missing or malformed parameter", "",
          mapped.source()), mapped, errorBodies));
    }
  }

  /**
   * JAX-RS has no required parameters; a parameter it cannot convert to its declared type is a client
   * error whose status the specification fixes (Jakarta REST 3.1, section 3.2): {@code NotFoundException}
   * (404) for {@code @PathParam}, {@code @QueryParam} and {@code @MatrixParam}, {@code BadRequestException}
   * (400) for {@code @HeaderParam} and {@code @CookieParam} (and {@code @FormParam}, as Jersey and RESTEasy
   * answer). A project {@code ExceptionMapper} of the exception or a supertype answers it instead.
   */
  private void jaxRsConversions(Operation operation, Map<String, StatusDoc> statuses, Map<String, TypeMirror> errorBodies) {
    boolean uri = false;
    boolean other = false;
    for (ParameterDoc parameter : operation.parameters()) {
      if (convertible(parameter.type())) {
        continue;
      }
      switch (parameter.in()) {
        case "path", "query", "matrix" -> uri = true;
        case "header", "cookie", "form" -> other = true;
        default -> { }
      }
    }
    if (uri) {
      jaxRsClientError(operation, "NotFoundException", 404, "path or query parameter that cannot be converted",
          statuses, errorBodies);
    }
    if (other) {
      jaxRsClientError(operation, "BadRequestException", 400, "header, cookie or form parameter that cannot be converted",
          statuses, errorBodies);
    }
  }

  private void jaxRsClientError(Operation operation, String exception, int status, String reason,
      Map<String, StatusDoc> statuses, Map<String, TypeMirror> errorBodies) {
    TypeElement type = elements.getTypeElement("jakarta.ws.rs." + exception);
    if (type == null) {
      type = elements.getTypeElement("javax.ws.rs." + exception);
    }
    Optional<ExceptionStatuses.Mapped> mapped = type == null ? Optional.empty()
        : exceptions.statusOf(type, operation.controller()).filter(m -> m.source().contains("#")); // a mapper's method
    StatusDoc doc = mapped.map(m -> new StatusDoc(m.code(), false, "", exception, m.source()))
        .orElse(new StatusDoc(status, false, reason, "", "JAX-RS " + exception));
    add(statuses, answered(doc, mapped, errorBodies));
  }

  /** Types every request value converts to: text, and collections of text. */
  private static boolean convertible(String type) {
    return type.equals("String") || type.matches("(List|Set|SortedSet|Collection)<String>");
  }

  private ExceptionStatuses.Mapped framework(Operation operation, String springException) {
    if (operation.jaxRs()) {
      return new ExceptionStatuses.Mapped(400, "");
    }
    return exceptions.statusOfFramework(elements.getTypeElement(springException), 400, operation.controller());
  }

  private TypeElement constraintViolation() {
    TypeElement jakarta = elements.getTypeElement("jakarta.validation.ConstraintViolationException");
    return jakarta != null ? jakarta : elements.getTypeElement("javax.validation.ConstraintViolationException");
  }

  private static String via(ExceptionStatuses.Mapped mapped) {
    return mapped.source().isEmpty() ? "" : ", " + mapped.source();
  }

  private void secured(Operation operation, AnnotationMirror security, Map<String, StatusDoc> statuses,
      Map<String, TypeMirror> errorBodies) {
    String name = Mirrors.name(security);
    String rule = name.endsWith("Authorize") ? mirrors.string(security, "value").strip() : Labels.annotation(security);
    if (name.endsWith("PermitAll") || rule.equals("permitAll()")) {
      return;
    }
    Optional<ExceptionStatuses.Mapped> denied = denied(operation);
    if (name.endsWith("DenyAll") || rule.equals("denyAll()")) {
      add(statuses, answered(deniedStatus(new StatusDoc(403, false, "denied to everyone", "", rule), denied), denied,
          errorBodies));
      return;
    }
    add(statuses, new StatusDoc(401, false, "not authenticated", "", ""));
    if (!rule.equals("isAuthenticated()") && !rule.equals("isFullyAuthenticated()")) {
      add(statuses, answered(deniedStatus(new StatusDoc(403, false, "not authorised", "", rule), denied), denied,
          errorBodies));
    }
  }

  /**
   * The project's handler of Spring Security's {@code AccessDeniedException} for this controller (its
   * own or an advice's, for the exception or its nearest supertype): method security throws it inside
   * the handler call, so an {@code @ExceptionHandler} answers it before the filter chain's
   * access-denied handler sees it — a catch-all over {@code Exception} included.
   */
  private Optional<ExceptionStatuses.Mapped> denied(Operation operation) {
    TypeElement accessDenied = operation.jaxRs() ? null
        : elements.getTypeElement("org.springframework.security.access.AccessDeniedException");
    if (accessDenied == null) {
      return Optional.empty();
    }
    ExceptionStatuses.Mapped mapped = exceptions.statusOfFramework(accessDenied, 403, operation.controller());
    return mapped.source().isEmpty() ? Optional.empty() : Optional.of(mapped);
  }

  /**
   * Method security's 403 as the app answers it: a project handler that maps {@code AccessDeniedException}
   * (often a catch-all over {@code Exception}) answers with its own status, which may be 500 or decided at
   * run time; the summary states that one, naming the handler, never a 403 the app does not send.
   */
  private static StatusDoc deniedStatus(StatusDoc forbidden, Optional<ExceptionStatuses.Mapped> denied) {
    if (denied.isEmpty() || denied.get().code() == 403) {
      return forbidden;
    }
    return new StatusDoc(denied.get().code(), false, "", "AccessDeniedException", denied.get().source());
  }

  private void apiResponses(Operation operation, Map<String, StatusDoc> statuses) {
    for (ExecutableElement declaration : operation.declarations()) {
      for (AnnotationMirror mirror : Mirrors.repeated(declaration, API_RESPONSE, API_RESPONSES)) {
        HttpStatuses.code(mirrors.string(mirror, "responseCode")).ifPresent(code -> {
          boolean known = statuses.values().stream().anyMatch(s -> s.code() == code);
          if (!known) {
            add(statuses, new StatusDoc(code, false, mirrors.string(mirror, "description"), "", "@ApiResponse"));
          }
        });
      }
    }
  }

  private static void add(Map<String, StatusDoc> statuses, StatusDoc status) {
    statuses.putIfAbsent(status.code() + "|" + status.reason() + "|" + status.cause(), status);
  }


  /** {@code createDocument} → {@code Create document}. */
  public static String humanise(String name) {
    String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
