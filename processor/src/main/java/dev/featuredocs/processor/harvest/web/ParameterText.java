package dev.featuredocs.processor.harvest.web;

import dev.featuredocs.processor.harvest.javac.Javadoc;
import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/** The words around a parameter: its {@code @param} javadoc, its constraints, whether it is validated. */
public final class ParameterText {
  private static final List<String> VALID = List.of(
      "jakarta.validation.Valid", "javax.validation.Valid", "org.springframework.validation.annotation.Validated");

  private final Elements elements;
  private final Map<ExecutableElement, Map<String, String>> params = new HashMap<>();

  public ParameterText(Elements elements) {
    this.elements = elements;
  }

  boolean isValidated(List<AnnotationMirror> annotations) {
    return annotations.stream().anyMatch(a -> VALID.contains(Mirrors.name(a)));
  }

  /** Bean Validation constraints as written, without packages: {@code @Min(1) @Max(100)}. */
  String constraints(List<AnnotationMirror> annotations) {
    return annotations.stream()
        .filter(a -> isConstraint(a))
        .map(Labels::annotation)
        .collect(Collectors.joining(" "));
  }

  private static boolean isConstraint(AnnotationMirror annotation) {
    String name = Mirrors.name(annotation);
    return name.startsWith("jakarta.validation.constraints.") || name.startsWith("javax.validation.constraints.")
        || name.startsWith("org.hibernate.validator.constraints.")
        || Mirrors.find(annotation.getAnnotationType().asElement(), "jakarta.validation.Constraint").isPresent()
        || Mirrors.find(annotation.getAnnotationType().asElement(), "javax.validation.Constraint").isPresent();
  }

  /**
   * The {@code @param} text for parameter {@code index}, on one line, from the first of the
   * declarations (the handler, then what it overrides) whose javadoc describes it.
   */
  String description(List<ExecutableElement> declarations, int index) {
    for (ExecutableElement declaration : declarations) {
      if (index < declaration.getParameters().size()) {
        String name = declaration.getParameters().get(index).getSimpleName().toString();
        String text = params.computeIfAbsent(declaration, this::read).getOrDefault(name, "");
        if (!text.isEmpty()) {
          return text;
        }
      }
    }
    return "";
  }

  private Map<String, String> read(ExecutableElement method) {
    return Javadoc.params(elements.getDocComment(method));
  }
}
