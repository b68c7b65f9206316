package dev.featuredocs.processor.harvest.feature;

import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.javac.Names;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Which {@code @Feature} an element belongs to: its own (a handler method may name one), else its
 * enclosing type's, else its package's.
 */
public final class Membership {
  private Membership() {}

  /** The declaration that decides, with the element that carries it. */
  public record Declaration(Element carrier, AnnotationMirror mirror) {}

  public static Optional<Declaration> of(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement || e instanceof PackageElement || e instanceof ExecutableElement) {
        Optional<AnnotationMirror> feature = Mirrors.find(e, Names.FEATURE);
        if (feature.isPresent()) {
          return Optional.of(new Declaration(e, feature.get()));
        }
      }
      if (e instanceof PackageElement) {
        break;
      }
    }
    return Optional.empty();
  }
}
