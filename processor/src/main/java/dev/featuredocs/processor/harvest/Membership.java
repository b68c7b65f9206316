package dev.featuredocs.processor.harvest;

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
final class Membership {
  private Membership() {}

  /** The declaration that decides, with the element that carries it. */
  record Declaration(Element carrier, AnnotationMirror mirror) {}

  static Optional<Declaration> of(Element element) {
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
