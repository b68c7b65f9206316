package dev.featuredocs.processor.harvest.web;

import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.schema.WebTypes;
import dev.featuredocs.processor.model.web.ParameterDoc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Jakarta REST / JAX-RS ({@code jakarta.ws.rs} and {@code javax.ws.rs}): root resources with
 * {@code @Path}, resource methods (any annotation meta-annotated {@code @HttpMethod}: {@code @GET},
 * {@code @POST}, …, {@code @HEAD}, {@code @OPTIONS}), and sub-resource locators followed into the
 * classes they return. Annotations on interface and superclass methods are inherited, as the
 * specification says.
 */
public final class JaxRsEndpoints {
  private static final String[] PACKAGES = {"jakarta.ws.rs.", "javax.ws.rs."};
  private static final int MAX_LOCATOR_DEPTH = 5;
  private static final Map<String, String> PARAMETER_KINDS = Map.of(
      "PathParam", "path", "QueryParam", "query", "HeaderParam", "header", "CookieParam", "cookie", "FormParam", "form",
      "MatrixParam", "matrix");

  private final Mirrors mirrors;
  private final Handlers handlers;
  private final WebTypes web;
  private final ParameterText text;
  private final Types types;

  public JaxRsEndpoints(Mirrors mirrors, Handlers handlers, WebTypes web, ParameterText text, Types types) {
    this.mirrors = mirrors;
    this.handlers = handlers;
    this.web = web;
    this.text = text;
    this.types = types;
  }

  /** A root resource: a concrete class with {@code @Path} on itself. */
  public boolean isResource(TypeElement type) {
    return !type.getModifiers().contains(Modifier.ABSTRACT) && type.getKind() == javax.lang.model.element.ElementKind.CLASS
        && annotation(type, "Path").isPresent();
  }

  public List<Operation> operations(TypeElement resource) {
    List<Operation> result = new ArrayList<>();
    String root = annotation(resource, "Path").map(m -> mirrors.string(m, "value")).orElse("");
    walk(resource, resource, root, List.of(), 0, new HashSet<>(), result);
    return result;
  }

  private void walk(TypeElement owner, TypeElement resource, String prefix, List<ParameterDoc> inherited, int depth,
      Set<String> visiting, List<Operation> out) {
    if (!visiting.add(resource.getQualifiedName().toString())) {
      return;
    }
    List<String> typeConsumes = media(handlers.hierarchy(resource), "Consumes");
    List<String> typeProduces = media(handlers.hierarchy(resource), "Produces");
    handlers.of(resource).forEach((method, declarations) -> {
      List<ExecutableElement> annotated = jaxRsDeclarations(declarations);
      Optional<String> httpMethod = httpMethod(annotated);
      Optional<String> path = find(annotated, "Path").map(m -> mirrors.string(m, "value"));
      ExecutableType signature = handlers.asMemberOf(resource, method);
      if (httpMethod.isEmpty() && path.isEmpty()) {
        return;
      }
      Collected parameters = parameters(annotated, signature, inherited);
      String full = Paths.join(prefix, path.orElse(""));
      if (httpMethod.isPresent()) {
        List<String> consumes = media(annotated, "Consumes");
        List<String> produces = media(annotated, "Produces");
        out.add(new Operation(httpMethod.get(), full, owner, method, annotated, parameters.http(), parameters.body(),
            parameters.bodyValidated(), parameters.validated(), signature.getReturnType(),
            consumes.isEmpty() ? typeConsumes : consumes, produces.isEmpty() ? typeProduces : produces, true, false));
      } else if (depth < MAX_LOCATOR_DEPTH && signature.getReturnType().getKind() == TypeKind.DECLARED) {
        // A sub-resource locator: the returned class serves the rest of the path.
        TypeElement sub = (TypeElement) types.asElement(signature.getReturnType());
        walk(owner, sub, full, parameters.http(), depth + 1, visiting, out);
      }
    });
    visiting.remove(resource.getQualifiedName().toString());
  }

  /**
   * JAX-RS inheritance: the annotations come from the most specific declaration that has any JAX-RS
   * annotation (a method with annotations of its own inherits none); the handler itself stays first.
   */
  private static List<ExecutableElement> jaxRsDeclarations(List<ExecutableElement> declarations) {
    ExecutableElement handler = declarations.get(0);
    for (ExecutableElement declaration : declarations) {
      boolean hasAny = declaration.getAnnotationMirrors().stream().anyMatch(m -> !simpleJaxRsName(m).isEmpty())
          || declaration.getParameters().stream().anyMatch(p -> p.getAnnotationMirrors().stream()
              .anyMatch(m -> !simpleJaxRsName(m).isEmpty()));
      if (hasAny) {
        return declaration == handler ? List.of(handler) : List.of(handler, declaration);
      }
    }
    return List.of(handler);
  }

  private Optional<String> httpMethod(List<ExecutableElement> declarations) {
    for (ExecutableElement declaration : declarations) {
      for (AnnotationMirror mirror : declaration.getAnnotationMirrors()) {
        Element type = mirror.getAnnotationType().asElement();
        Optional<AnnotationMirror> meta = annotation(type, "HttpMethod");
        if (meta.isPresent()) {
          return Optional.of(mirrors.string(meta.get(), "value"));
        }
      }
    }
    return Optional.empty();
  }

  private record Collected(List<ParameterDoc> http, TypeMirror body, boolean bodyValidated, boolean validated) {}

  private Collected parameters(List<ExecutableElement> declarations, ExecutableType signature, List<ParameterDoc> inherited) {
    ExecutableElement method = declarations.get(0);
    List<ParameterDoc> http = new ArrayList<>(inherited);
    TypeMirror body = null;
    boolean bodyValidated = false;
    boolean validated = false;
    for (int i = 0; i < method.getParameters().size(); i++) {
      List<AnnotationMirror> annotations = Handlers.parameterAnnotations(declarations, i);
      TypeMirror type = signature.getParameterTypes().get(i);
      String constraints = text.constraints(annotations);
      validated |= !constraints.isEmpty();
      if (has(annotations, "core.Context") || web.isInjected(type)) {
        continue;
      }
      if (has(annotations, "BeanParam") && type.getKind() == TypeKind.DECLARED) {
        http.addAll(beanParameters((DeclaredType) type));
        continue;
      }
      Optional<AnnotationMirror> binding = annotations.stream().filter(a -> kind(a) != null).findFirst();
      if (binding.isEmpty()) {
        body = type;
        bodyValidated = text.isValidated(annotations);
        continue;
      }
      http.add(parameter(binding.get(), annotations, type, text.description(declarations, i), constraints));
    }
    return new Collected(http, body, bodyValidated, validated);
  }

  private ParameterDoc parameter(AnnotationMirror binding, List<AnnotationMirror> annotations, TypeMirror type,
      String description, String constraints) {
    String in = kind(binding);
    Optional<String> defaultValue = annotations.stream().filter(a -> simpleJaxRsName(a).equals("DefaultValue"))
        .findFirst().map(a -> mirrors.string(a, "value"));
    // JAX-RS never rejects a request for a missing query, header, cookie or form value; @NotNull does.
    boolean required = in.equals("path") || (defaultValue.isEmpty() && constraints.contains("@NotNull"));
    return new ParameterDoc(mirrors.string(binding, "value"), in, Labels.simple(type), required,
        defaultValue.orElse(""), constraints, description);
  }

  /** The fields and setters of a {@code @BeanParam} class that carry parameter annotations. */
  private List<ParameterDoc> beanParameters(DeclaredType bean) {
    List<ParameterDoc> result = new ArrayList<>();
    TypeElement element = (TypeElement) bean.asElement();
    for (Element member : element.getEnclosedElements()) {
      List<AnnotationMirror> annotations = new ArrayList<>(member.getAnnotationMirrors());
      Optional<AnnotationMirror> binding = annotations.stream().filter(a -> kind(a) != null).findFirst();
      if (binding.isEmpty()) {
        continue;
      }
      TypeMirror type = member instanceof VariableElement field ? field.asType()
          : member instanceof ExecutableElement setter && setter.getParameters().size() == 1
              ? setter.getParameters().get(0).asType() : null;
      if (type != null) {
        result.add(parameter(binding.get(), annotations, type, "", text.constraints(annotations)));
      }
    }
    return result;
  }

  private List<String> media(List<? extends Element> declarations, String annotation) {
    for (Element declaration : declarations) {
      Optional<AnnotationMirror> found = annotation(declaration, annotation);
      if (found.isPresent()) {
        return mirrors.strings(found.get(), "value");
      }
    }
    return List.of();
  }

  private static String kind(AnnotationMirror annotation) {
    return PARAMETER_KINDS.get(simpleJaxRsName(annotation));
  }

  /** {@code PathParam} for {@code jakarta.ws.rs.PathParam}, {@code core.Context} for the context one; empty otherwise. */
  private static String simpleJaxRsName(AnnotationMirror annotation) {
    String name = Mirrors.name(annotation);
    for (String pkg : PACKAGES) {
      if (name.startsWith(pkg)) {
        return name.substring(pkg.length());
      }
    }
    return "";
  }

  private static boolean has(List<AnnotationMirror> annotations, String simpleName) {
    return annotations.stream().anyMatch(a -> simpleJaxRsName(a).equals(simpleName));
  }

  private static Optional<AnnotationMirror> annotation(Element element, String simpleName) {
    for (String pkg : PACKAGES) {
      Optional<AnnotationMirror> found = Mirrors.find(element, pkg + simpleName);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<AnnotationMirror> find(List<ExecutableElement> declarations, String simpleName) {
    for (ExecutableElement declaration : declarations) {
      Optional<AnnotationMirror> found = annotation(declaration, simpleName);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
