package dev.featuredocs.processor.harvest.web;

import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.javac.Names;
import dev.featuredocs.processor.harvest.schema.WebTypes;
import dev.featuredocs.processor.model.web.ParameterDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;

/**
 * Spring MVC and WebFlux: {@code @RestController}, or {@code @Controller} with {@code @ResponseBody};
 * {@code @RequestMapping} and its {@code @GetMapping}… shortcuts on type and method, also when
 * declared on interfaces or base classes; every combination of class paths, method paths and
 * HTTP methods.
 */
public final class SpringEndpoints {
  private static final String PREFIX = "org.springframework.web.bind.annotation.";
  static final String REQUEST_MAPPING = PREFIX + "RequestMapping";
  private static final Map<String, String> SHORTCUTS = Map.of(
      PREFIX + "GetMapping", "GET", PREFIX + "PostMapping", "POST", PREFIX + "PutMapping", "PUT",
      PREFIX + "PatchMapping", "PATCH", PREFIX + "DeleteMapping", "DELETE");
  /** What Spring (and springdoc) serve for a {@code @RequestMapping} without {@code method}. */
  private static final List<String> ALL_METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
  private static final String RESPONSE_BODY = PREFIX + "ResponseBody";
  private static final String REQUEST_BODY = PREFIX + "RequestBody";
  private static final String VALUE_NONE = "\n\t\t\n\t\t\n\uE000\uE001\uE002\n\t\t\t\t\n";
  private static final Map<String, String> PARAMETER_KINDS = Map.of(
      PREFIX + "PathVariable", "path", PREFIX + "RequestParam", "query", PREFIX + "RequestHeader", "header",
      PREFIX + "CookieValue", "cookie", PREFIX + "RequestPart", "form", PREFIX + "MatrixVariable", "matrix");
  private static final List<String> NOT_PARAMETERS = List.of(
      PREFIX + "RequestAttribute", PREFIX + "SessionAttribute",
      "org.springframework.security.core.annotation.AuthenticationPrincipal",
      "org.springframework.security.core.annotation.CurrentSecurityContext",
      "org.springframework.messaging.handler.annotation.Payload");

  private static final java.util.Set<String> VIEWS = java.util.Set.of("org.springframework.web.servlet.ModelAndView",
      "org.springframework.web.servlet.View", "org.springframework.web.servlet.view.RedirectView");

  private final Mirrors mirrors;
  private final Handlers handlers;
  private final WebTypes web;
  private final ParameterText text;
  private final SpringBinding objects;

  private final MethodBodies bodies;

  /** @param bodies for what view-returning handlers answer: those that redirect are endpoints */
  public SpringEndpoints(Mirrors mirrors, Handlers handlers, WebTypes web, ParameterText text,
      javax.lang.model.util.Elements elements, MethodBodies bodies) {
    this.bodies = bodies;
    this.objects = new SpringBinding(mirrors, web, text, elements);
    this.mirrors = mirrors;
    this.handlers = handlers;
    this.web = web;
    this.text = text;
  }

  /** Whether the framework would register this class's handlers as REST endpoints. */
  public boolean isController(TypeElement type) {
    return !type.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)
        && type.getKind() == javax.lang.model.element.ElementKind.CLASS
        && handlers.hierarchy(type).stream().anyMatch(t -> Mirrors.isAnnotated(t, Names.SPRING_CONTROLLER));
  }

  public List<Operation> operations(TypeElement controller) {
    List<TypeElement> hierarchy = handlers.hierarchy(controller);
    boolean bodyByType = hierarchy.stream().anyMatch(t -> Mirrors.isAnnotated(t, RESPONSE_BODY));
    Optional<AnnotationMirror> typeMapping = Handlers.find(hierarchy, REQUEST_MAPPING);
    List<String> prefixes = typeMapping.map(this::paths).orElse(List.of(""));
    List<String> typeConsumes = typeMapping.map(m -> mirrors.strings(m, "consumes")).orElse(List.of());
    List<String> typeProduces = typeMapping.map(m -> mirrors.strings(m, "produces")).orElse(List.of());

    List<Operation> result = new ArrayList<>();
    handlers.of(controller).forEach((method, declarations) -> {
      Optional<AnnotationMirror> mapping = mapping(declarations);
      if (mapping.isEmpty()) {
        return;
      }
      ExecutableType signature = handlers.asMemberOf(controller, method);
      // a View or ModelAndView is rendered even under @ResponseBody (Spring's view handlers come first)
      boolean body = !web.implementsAny(signature.getReturnType(), VIEWS) && (bodyByType
          || Handlers.find(declarations, RESPONSE_BODY).isPresent()
          || web.implementsAny(signature.getReturnType(), java.util.Set.of("org.springframework.http.HttpEntity")));
      // a view-returning @Controller method renders a page (not an endpoint of the API, as springdoc
      // leaves it out) unless it redirects: a POST that redirects after success is part of the API
      boolean view = !body;
      if (view && bodies.viewResults(method).stream()
          .noneMatch(c -> HttpStatuses.code(c.status()).map(code -> code >= 300 && code < 400).orElse(false))) {
        return;
      }
      List<String> consumes = mirrors.strings(mapping.get(), "consumes");
      List<String> produces = mirrors.strings(mapping.get(), "produces");
      Parameters parameters = parameters(declarations, signature);
      for (String prefix : prefixes) {
        for (String path : paths(mapping.get())) {
          for (String httpMethod : methods(mapping.get())) {
            result.add(new Operation(httpMethod, Paths.join(prefix, path), controller, method, declarations,
                parameters.http(), parameters.body(), parameters.bodyValidated(), parameters.validated(),
                view ? null : signature.getReturnType(), consumes.isEmpty() ? typeConsumes : consumes,
                produces.isEmpty() ? typeProduces : produces, false, view));
          }
        }
      }
    });
    return result;
  }

  private Optional<AnnotationMirror> mapping(List<ExecutableElement> declarations) {
    for (ExecutableElement declaration : declarations) {
      for (AnnotationMirror mirror : declaration.getAnnotationMirrors()) {
        String name = Mirrors.name(mirror);
        if (name.equals(REQUEST_MAPPING) || SHORTCUTS.containsKey(name)) {
          return Optional.of(mirror);
        }
      }
    }
    return Optional.empty();
  }

  private List<String> paths(AnnotationMirror mapping) {
    List<String> paths = mirrors.strings(mapping, "path");
    if (paths.isEmpty()) {
      paths = mirrors.strings(mapping, "value");
    }
    return paths.isEmpty() ? List.of("") : paths;
  }

  private List<String> methods(AnnotationMirror mapping) {
    String shortcut = SHORTCUTS.get(Mirrors.name(mapping));
    if (shortcut != null) {
      return List.of(shortcut);
    }
    List<String> methods = new ArrayList<>();
    Object value = mirrors.value(mapping, "method").getValue();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (((AnnotationValue) item).getValue() instanceof VariableElement constant) {
          methods.add(constant.getSimpleName().toString());
        }
      }
    }
    return methods.isEmpty() ? ALL_METHODS : methods;
  }

  private record Parameters(List<ParameterDoc> http, TypeMirror body, boolean bodyValidated, boolean validated) {}

  private Parameters parameters(List<ExecutableElement> declarations, ExecutableType signature) {
    ExecutableElement method = declarations.get(0);
    List<ParameterDoc> http = new ArrayList<>();
    TypeMirror body = null;
    boolean bodyValidated = false;
    boolean validated = false;
    for (int i = 0; i < method.getParameters().size(); i++) {
      List<AnnotationMirror> annotations = Handlers.parameterAnnotations(declarations, i);
      TypeMirror type = signature.getParameterTypes().get(i);
      String javaName = method.getParameters().get(i).getSimpleName().toString();
      if (annotations.stream().anyMatch(a -> Mirrors.name(a).equals(REQUEST_BODY))) {
        body = type;
        bodyValidated = text.isValidated(annotations);
        continue;
      }
      if (annotations.stream().anyMatch(a -> NOT_PARAMETERS.contains(Mirrors.name(a))) || web.isInjected(type)) {
        continue;
      }
      Optional<List<ParameterDoc>> paging = objects.paging(type, annotations);
      if (paging.isPresent()) {
        // a Sort beside a Pageable reads the same sort parameter
        paging.get().stream().filter(p -> http.stream().noneMatch(h -> h.name().equals(p.name()) && h.in().equals(p.in())))
            .forEach(http::add);
        continue;
      }
      Optional<AnnotationMirror> binding = annotations.stream()
          .filter(a -> PARAMETER_KINDS.containsKey(Mirrors.name(a))).findFirst();
      if (binding.isEmpty() && objects.isBoundObject(type, annotations)) {
        boolean objectValidated = text.isValidated(annotations);
        List<ParameterDoc> properties = objects.properties((DeclaredType) type, objectValidated);
        http.addAll(properties);
        validated |= objectValidated && !properties.isEmpty();
        continue;
      }
      String constraints = text.constraints(annotations);
      validated |= !constraints.isEmpty();
      boolean optional = WebTypes.name(type).equals("java.util.Optional");
      TypeMirror shown = optional ? ((DeclaredType) type).getTypeArguments().get(0) : type;
      if (binding.isEmpty()) {
        if (web.isSimple(shown)) {
          // Spring binds an unannotated simple argument as an optional request parameter.
          http.add(new ParameterDoc(javaName, "query", Labels.simple(shown), false, "", constraints,
              text.description(declarations, i)));
        }
        continue;
      }
      AnnotationMirror mirror = binding.get();
      String in = PARAMETER_KINDS.get(Mirrors.name(mirror));
      if (web.implementsAny(shown, java.util.Set.of("java.util.Map"))) {
        continue; // all parameters as a map: no single name to document
      }
      String name = first(mirrors.string(mirror, "name"), mirrors.string(mirror, "value"), javaName);
      String defaultValue = in.equals("path") || in.equals("form") ? VALUE_NONE : mirrors.string(mirror, "defaultValue");
      boolean hasDefault = !defaultValue.equals(VALUE_NONE);
      boolean required = mirrors.value(mirror, "required").getValue() instanceof Boolean b && b && !hasDefault && !optional;
      http.add(new ParameterDoc(name, in, Labels.simple(shown), required, hasDefault ? defaultValue : "", constraints,
          text.description(declarations, i)));
    }
    return new Parameters(http, body, bodyValidated, validated);
  }

  private static String first(String... values) {
    for (String value : values) {
      if (!value.isEmpty()) {
        return value;
      }
    }
    return "";
  }
}
