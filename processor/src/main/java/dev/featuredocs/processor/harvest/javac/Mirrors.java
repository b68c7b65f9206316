package dev.featuredocs.processor.harvest.javac;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads annotations through mirrors, by qualified name. */
public final class Mirrors {
  private final Elements elements;

  public Mirrors(Elements elements) {
    this.elements = elements;
  }

  /**
   * Annotation type → its qualified name. javac decodes a {@code Name} from UTF-8 on every
   * {@code toString()}, and the harvest asks for the names of the same few dozen annotation types
   * hundreds of thousands of times at 5,000 files. Weak keys: a compilation's types go with it;
   * synchronized: compilations may run in parallel threads of one JVM (a build daemon).
   */
  private static final Map<Element, String> NAMES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  public static String name(AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    String name = NAMES.get(type);
    if (name == null) {
      name = ((TypeElement) type).getQualifiedName().toString();
      NAMES.put(type, name);
    }
    return name;
  }

  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (name(mirror).equals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  public static boolean hasAny(Element element, String... qualifiedNames) {
    for (String name : qualifiedNames) {
      if (find(element, name).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the element carries the annotation directly or through meta-annotations, the way
   * Spring sees {@code @RestController} as a {@code @Controller}.
   */
  public static boolean isAnnotated(Element element, String qualifiedName) {
    return isAnnotated(element, qualifiedName, new HashSet<>());
  }

  private static boolean isAnnotated(Element element, String qualifiedName, Set<String> seen) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = name(mirror);
      if (name.equals(qualifiedName)) {
        return true;
      }
      if (!name.startsWith("java.lang.") && seen.add(name)
          && isAnnotated(mirror.getAnnotationType().asElement(), qualifiedName, seen)) {
        return true;
      }
    }
    return false;
  }

  /** The annotations of a repeatable type: given directly, or inside its container. */
  public static List<AnnotationMirror> repeated(Element element, String single, String container) {
    List<AnnotationMirror> result = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = name(mirror);
      if (name.equals(single)) {
        result.add(mirror);
      } else if (name.equals(container)) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
            mirror.getElementValues().entrySet()) {
          if (entry.getKey().getSimpleName().contentEquals("value")) {
            for (Object inner : (List<?>) entry.getValue().getValue()) {
              result.add((AnnotationMirror) ((AnnotationValue) inner).getValue());
            }
          }
        }
      }
    }
    return result;
  }

  /** The attribute's value, with the annotation type's default when it was not given. */
  public AnnotationValue value(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = values.computeIfAbsent(mirror, m -> {
      // javac builds this map anew on every call; an annotation's attributes are read one by one
      Map<String, AnnotationValue> byName = new java.util.HashMap<>();
      elements.getElementValuesWithDefaults(m).forEach((k, v) -> byName.put(k.getSimpleName().toString(), v));
      return byName;
    }).get(attribute);
    if (value == null) {
      throw new dev.featuredocs.processor.diag.AnnotationsMismatch(name(mirror), attribute, mirror);
    }
    return value;
  }

  /** Attribute values with defaults, by annotation (javac's mirrors are the same objects all round long). */
  private final Map<AnnotationMirror, Map<String, AnnotationValue>> values = new java.util.IdentityHashMap<>();

  /** The attribute's value only where the source gives it explicitly; for pointing diagnostics at it. */
  public static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  public String string(AnnotationMirror mirror, String attribute) {
    Object value = value(mirror, attribute).getValue();
    return value instanceof String s ? s : "";
  }

  public int integer(AnnotationMirror mirror, String attribute) {
    Object value = value(mirror, attribute).getValue();
    return value instanceof Integer i ? i : 0;
  }

  public List<String> strings(AnnotationMirror mirror, String attribute) {
    Object value = value(mirror, attribute).getValue();
    List<String> result = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        Object inner = ((AnnotationValue) item).getValue();
        if (inner instanceof String s) {
          result.add(s);
        }
      }
    }
    return result;
  }
}
