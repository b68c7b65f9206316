package dev.featuredocs.processor.harvest.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The compilation's implementations of an abstract method (a port, a use case, a service
 * interface): what a call through the interface runs. The index of supertype → concrete classes is
 * built once, the first time a handler calls through an interface, from the classes of the
 * compilation (nested ones included), by their direct supertypes.
 */
final class Implementations {
  private final Elements elements;
  private final Types types;
  private final Supplier<Collection<TypeElement>> compiled;
  private Map<String, List<TypeElement>> bySupertype;

  Implementations(Elements elements, Types types, Supplier<Collection<TypeElement>> compiled) {
    this.elements = elements;
    this.types = types;
    this.compiled = compiled;
  }

  /** The methods of concrete classes that implement {@code method}, by class name. */
  List<ExecutableElement> of(ExecutableElement method) {
    TypeElement declaring = (TypeElement) method.getEnclosingElement();
    List<ExecutableElement> result = new ArrayList<>();
    for (TypeElement implementation : concrete(declaring)) {
      for (ExecutableElement candidate : ElementFilter.methodsIn(elements.getAllMembers(implementation))) {
        if (candidate.getSimpleName().equals(method.getSimpleName())
            && !candidate.getModifiers().contains(Modifier.ABSTRACT)
            && elements.overrides(candidate, method, implementation) && !result.contains(candidate)) {
          result.add(candidate);
        }
      }
    }
    return result;
  }

  /** Concrete classes that are subtypes of {@code type}, sorted by name. */
  private List<TypeElement> concrete(TypeElement type) {
    if (bySupertype == null) {
      bySupertype = new HashMap<>();
      for (TypeElement root : compiled.get()) {
        index(root);
      }
    }
    List<TypeElement> result = new ArrayList<>();
    List<TypeElement> queue = new ArrayList<>(List.of(type));
    java.util.Set<TypeElement> seen = new java.util.HashSet<>();
    while (!queue.isEmpty()) {
      TypeElement current = queue.remove(0);
      for (TypeElement sub : bySupertype.getOrDefault(current.getQualifiedName().toString(), List.of())) {
        if (seen.add(sub)) {
          queue.add(sub);
          if (!sub.getModifiers().contains(Modifier.ABSTRACT) && sub.getKind().isClass()) {
            result.add(sub);
          }
        }
      }
    }
    result.sort(java.util.Comparator.comparing(t -> t.getQualifiedName().toString()));
    return result;
  }

  private void index(TypeElement type) {
    for (TypeMirror supertype : types.directSupertypes(type.asType())) {
      if (supertype.getKind() == TypeKind.DECLARED) {
        String name = ((TypeElement) ((DeclaredType) supertype).asElement()).getQualifiedName().toString();
        if (!name.equals("java.lang.Object")) {
          bySupertype.computeIfAbsent(name, n -> new ArrayList<>()).add(type);
        }
      }
    }
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      index(nested);
    }
  }
}
