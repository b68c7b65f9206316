package dev.featuredocs.processor.harvest.persistence;

import dev.featuredocs.processor.harvest.javac.Mirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * JPA annotations by simple name, in both namespaces ({@code jakarta.persistence} and
 * {@code javax.persistence}), read through mirrors: the processor has no JPA jar.
 */
public final class Jpa {
  private static final String[] PACKAGES = {"jakarta.persistence.", "javax.persistence."};

  private final Mirrors mirrors;

  public Jpa(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  public static Optional<AnnotationMirror> find(Element element, String simpleName) {
    for (String pkg : PACKAGES) {
      Optional<AnnotationMirror> found = Mirrors.find(element, pkg + simpleName);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  static boolean has(Element element, String simpleName) {
    return find(element, simpleName).isPresent();
  }

  /**
   * The attribute's value with defaults; null when this version of the annotation has no such
   * attribute (JPA 1.0's {@code @Table} has no {@code indexes}).
   */
  Object value(AnnotationMirror mirror, String attribute) {
    try {
      return mirrors.value(mirror, attribute).getValue();
    } catch (IllegalArgumentException noSuchAttribute) {
      return null;
    }
  }

  String string(AnnotationMirror mirror, String attribute) {
    return value(mirror, attribute) instanceof String s ? s.strip() : "";
  }

  /** {@code absent} when the annotation has no such attribute. */
  boolean bool(AnnotationMirror mirror, String attribute, boolean absent) {
    return value(mirror, attribute) instanceof Boolean b ? b : absent;
  }

  /** {@code absent} when the annotation has no such attribute. */
  int integer(AnnotationMirror mirror, String attribute, int absent) {
    return value(mirror, attribute) instanceof Integer i ? i : absent;
  }

  /** An enum constant's name ({@code IDENTITY} for {@code GenerationType.IDENTITY}), empty when not an enum. */
  String constant(AnnotationMirror mirror, String attribute) {
    return value(mirror, attribute) instanceof VariableElement constant ? constant.getSimpleName().toString() : "";
  }

  List<String> strings(AnnotationMirror mirror, String attribute) {
    List<String> result = new ArrayList<>();
    if (value(mirror, attribute) instanceof List<?> list) {
      for (Object item : list) {
        if (((AnnotationValue) item).getValue() instanceof String s) {
          result.add(s);
        }
      }
    }
    return result;
  }

  /** Nested annotations of an array (or single) attribute, e.g. {@code @Table(indexes = …)}. */
  List<AnnotationMirror> annotations(AnnotationMirror mirror, String attribute) {
    Object value = value(mirror, attribute);
    List<AnnotationMirror> result = new ArrayList<>();
    if (value instanceof AnnotationMirror single) {
      result.add(single);
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        if (((AnnotationValue) item).getValue() instanceof AnnotationMirror nested) {
          result.add(nested);
        }
      }
    }
    return result;
  }
}
