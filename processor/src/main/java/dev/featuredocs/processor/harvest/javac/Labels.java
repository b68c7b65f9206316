package dev.featuredocs.processor.harvest.javac;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** How code elements and types are named in summaries and messages: short, as a reader says them. */
public final class Labels {
  private Labels() {}

  /** {@code Outer.Inner} for a nested type, the simple name otherwise. */
  public static String typeName(TypeElement type) {
    Element enclosing = type.getEnclosingElement();
    if (enclosing instanceof TypeElement outer) {
      return typeName(outer) + "." + type.getSimpleName();
    }
    return type.getSimpleName().toString();
  }

  /** {@code DocumentService#share} for a method or field, the type name for a type. */
  public static String member(Element element) {
    return label(element, false);
  }

  /** {@code DocumentService#share(...)} for a method, as the phase breakdown lists deliveries. */
  public static String delivery(Element element) {
    return label(element, true);
  }

  private static String label(Element element, boolean parens) {
    if (element instanceof TypeElement type) {
      return typeName(type);
    }
    if (element instanceof PackageElement pkg) {
      return "package " + pkg.getQualifiedName();
    }
    TypeElement owner = (TypeElement) element.getEnclosingElement();
    String name = element.getKind() == ElementKind.CONSTRUCTOR
        ? owner.getSimpleName().toString()
        : element.getSimpleName().toString();
    String suffix = parens && element instanceof ExecutableElement method
        ? (method.getParameters().isEmpty() ? "()" : "(...)")
        : "";
    return typeName(owner) + "#" + name + suffix;
  }

  /** Where a message points a reader, e.g. {@code DocumentService#share} or {@code package com.example}. */
  public static String location(Element element) {
    return label(element, false);
  }

  /**
   * An annotation as source writes it, without packages: {@code @PreAuthorize("hasRole('USER')")},
   * {@code @Size(max = 50)}, {@code @RolesAllowed({"admin", "user"})}.
   */
  public static String annotation(AnnotationMirror mirror) {
    String name = "@" + mirror.getAnnotationType().asElement().getSimpleName();
    Map<? extends ExecutableElement, ? extends AnnotationValue> values = mirror.getElementValues();
    if (values.isEmpty()) {
      return name;
    }
    if (values.size() == 1 && values.keySet().iterator().next().getSimpleName().contentEquals("value")) {
      return name + "(" + value(values.values().iterator().next()) + ")";
    }
    return name + values.entrySet().stream()
        .map(e -> e.getKey().getSimpleName() + " = " + value(e.getValue()))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String value(AnnotationValue value) {
    Object v = value.getValue();
    if (v instanceof String s) {
      return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    if (v instanceof VariableElement constant) {
      return constant.getSimpleName().toString();
    }
    if (v instanceof TypeMirror type) {
      return simple(type) + ".class";
    }
    if (v instanceof AnnotationMirror nested) {
      return annotation(nested);
    }
    if (v instanceof List<?> list) {
      String items = list.stream().map(i -> value((AnnotationValue) i)).collect(Collectors.joining(", "));
      return list.size() == 1 ? items : "{" + items + "}";
    }
    if (v instanceof Character c) {
      return "'" + c + "'";
    }
    return String.valueOf(v);
  }

  /** {@code share(ShareRequest request) -> ShareResponse}. */
  public static String signature(ExecutableElement method) {
    String parameters = method.getParameters().stream()
        .map(Labels::parameter)
        .collect(Collectors.joining(", "));
    String result = simple(method.getReturnType());
    return method.getSimpleName() + "(" + parameters + ") -> " + result;
  }

  private static String parameter(VariableElement parameter) {
    return simple(parameter.asType()) + " " + parameter.getSimpleName();
  }

  /** A type as source would write it with imports: {@code List<DocumentResponse>}, {@code int[]}. */
  public static String simple(TypeMirror type) {
    switch (type.getKind()) {
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        String name = typeName((TypeElement) declared.asElement());
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        if (arguments.isEmpty()) {
          return name;
        }
        return name + arguments.stream().map(Labels::simple).collect(Collectors.joining(", ", "<", ">"));
      }
      case ARRAY -> {
        return simple(((ArrayType) type).getComponentType()) + "[]";
      }
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          return "? extends " + simple(wildcard.getExtendsBound());
        }
        if (wildcard.getSuperBound() != null) {
          return "? super " + simple(wildcard.getSuperBound());
        }
        return "?";
      }
      default -> {
        // Primitives, void, type variables; annotations on types are not part of the name.
        String text = type.toString();
        int space = text.lastIndexOf(' ');
        return space < 0 ? text : text.substring(space + 1);
      }
    }
  }
}
