package dev.featuredocs.processor.harvest.web;

import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The method-security annotation that decides an endpoint: written on the handler, or reached
 * through a project's own annotation that carries it ({@code @IsAdmin} meta-annotated with
 * {@code @PreAuthorize("hasRole('ADMIN')")}), which Spring Security resolves the same way at any depth.
 * Only Spring's own annotations are looked for through meta-annotations: JAX-RS runtimes read
 * {@code @RolesAllowed} where it is written.
 */
final class SecurityAnnotations {
  static final Set<String> META = Set.of("org.springframework.security.access.prepost.PreAuthorize",
      "org.springframework.security.access.prepost.PostAuthorize", "org.springframework.security.access.annotation.Secured");

  /**
   * @param rule the annotation that holds the rule ({@code @PreAuthorize(…)})
   * @param label as the summary names it: {@code @PreAuthorize("…")}, or {@code @IsAdmin → @PreAuthorize("…")}
   */
  record Found(AnnotationMirror rule, String label) {}

  private SecurityAnnotations() {}

  /** The first declaration that carries one of {@code names}, directly or (Spring's) through its own annotations. */
  static Optional<Found> find(List<? extends Element> declarations, String... names) {
    for (Element declaration : declarations) {
      Optional<AnnotationMirror> direct = Handlers.find(List.of(declaration), names);
      if (direct.isPresent()) {
        return direct.map(m -> new Found(m, Labels.annotation(m)));
      }
      for (AnnotationMirror annotation : declaration.getAnnotationMirrors()) {
        Optional<Found> meta = meta(annotation, new HashSet<>());
        if (meta.isPresent()) {
          return meta.map(f -> new Found(f.rule(), Labels.annotation(annotation) + " → " + f.label()));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Found> meta(AnnotationMirror annotation, Set<String> seen) {
    TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
    String name = type.getQualifiedName().toString();
    if (name.startsWith("java.lang.annotation.") || !seen.add(name)) {
      return Optional.empty();
    }
    for (AnnotationMirror inner : type.getAnnotationMirrors()) {
      if (META.contains(Mirrors.name(inner))) {
        return Optional.of(new Found(inner, Labels.annotation(inner)));
      }
      Optional<Found> deeper = meta(inner, seen);
      if (deeper.isPresent()) {
        return deeper;
      }
    }
    return Optional.empty();
  }
}
