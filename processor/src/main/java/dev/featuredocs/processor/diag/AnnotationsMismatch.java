package dev.featuredocs.processor.diag;

import javax.lang.model.element.AnnotationMirror;

/**
 * A featuredocs annotation on the class path lacks an attribute this processor reads: the
 * featuredocs-annotations jar is of another (older) version than the processor. Reported as
 * {@link Message#ANNOTATIONS_MISMATCH} on the annotation, not as an internal failure.
 *
 * @param annotation the annotation type's qualified name
 * @param attribute the attribute it lacks
 * @param mirror the annotation where it was read, for the message's location
 */
public final class AnnotationsMismatch extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient AnnotationMirror mirror;
  private final String annotation;
  private final String attribute;

  public AnnotationsMismatch(String annotation, String attribute, AnnotationMirror mirror) {
    super("no attribute " + attribute + " on " + annotation);
    this.annotation = annotation;
    this.attribute = attribute;
    this.mirror = mirror;
  }

  AnnotationMirror mirror() {
    return mirror;
  }

  String annotation() {
    return annotation;
  }

  String attribute() {
    return attribute;
  }
}
