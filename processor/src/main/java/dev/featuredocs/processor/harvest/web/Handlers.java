package dev.featuredocs.processor.harvest.web;

import dev.featuredocs.processor.harvest.javac.Mirrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The methods a concrete controller serves, with the declarations they override: Spring and
 * JAX-RS both honour mapping annotations declared on interfaces and (generic) base classes.
 */
public final class Handlers {
  private final Elements elements;
  private final Types types;

  public Handlers(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** Instance methods of the class, inherited ones included, each with what it overrides. */
  Map<ExecutableElement, List<ExecutableElement>> of(TypeElement controller) {
    List<TypeElement> hierarchy = hierarchy(controller);
    Map<ExecutableElement, List<ExecutableElement>> result = new LinkedHashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(controller))) {
      if (method.getModifiers().contains(Modifier.STATIC)
          || ((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object")) {
        continue;
      }
      List<ExecutableElement> declarations = new ArrayList<>(List.of(method));
      for (TypeElement type : hierarchy) {
        for (ExecutableElement candidate : ElementFilter.methodsIn(type.getEnclosedElements())) {
          if (!candidate.equals(method) && candidate.getSimpleName().equals(method.getSimpleName())
              && elements.overrides(method, candidate, controller)) {
            declarations.add(candidate);
          }
        }
      }
      result.put(method, declarations);
    }
    return result;
  }

  /** The class and all its supertypes, nearest first, without java.lang.Object. */
  List<TypeElement> hierarchy(TypeElement type) {
    Set<TypeElement> seen = new LinkedHashSet<>();
    List<TypeMirror> queue = new ArrayList<>(List.of(type.asType()));
    while (!queue.isEmpty()) {
      TypeMirror current = queue.remove(0);
      if (current.getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement element = (TypeElement) types.asElement(current);
      if (element.getQualifiedName().contentEquals("java.lang.Object") || !seen.add(element)) {
        continue;
      }
      queue.addAll(types.directSupertypes(current));
    }
    return List.copyOf(seen);
  }

  /** The first of the declarations that carries the annotation. */
  static Optional<AnnotationMirror> find(List<? extends Element> declarations, String... names) {
    for (Element declaration : declarations) {
      for (String name : names) {
        Optional<AnnotationMirror> found = Mirrors.find(declaration, name);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** Annotations of parameter {@code index}, merged over the declarations, most specific first. */
  static List<AnnotationMirror> parameterAnnotations(List<ExecutableElement> declarations, int index) {
    List<AnnotationMirror> result = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ExecutableElement declaration : declarations) {
      if (index < declaration.getParameters().size()) {
        Element parameter = declaration.getParameters().get(index);
        List<AnnotationMirror> all = new ArrayList<>(parameter.getAnnotationMirrors());
        all.addAll(parameter.asType().getAnnotationMirrors());
        for (AnnotationMirror mirror : all) {
          if (seen.add(Mirrors.name(mirror))) {
            result.add(mirror);
          }
        }
      }
    }
    return result;
  }

  /** The method's signature as a member of the concrete class: type variables of generic bases resolved. */
  ExecutableType asMemberOf(TypeElement controller, ExecutableElement method) {
    return (ExecutableType) types.asMemberOf((javax.lang.model.type.DeclaredType) controller.asType(), method);
  }
}
