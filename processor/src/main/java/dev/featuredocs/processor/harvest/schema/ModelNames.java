package dev.featuredocs.processor.harvest.schema;

import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.model.Slug;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Schema names for models, stable and collision-free over one compilation: the simple name
 * ({@code Outer.Inner} for nested types), {@code PageOfOrder} for a generic instantiation, and a
 * package-qualified name when two different types would share one, ignoring case (one file on
 * macOS and Windows), or when the simple name is a Windows device name ({@code Con}, {@code Aux}).
 */
public final class ModelNames {
  private final Map<String, String> byType = new HashMap<>();
  private final Map<String, String> byName = new HashMap<>();

  String of(TypeMirror type) {
    String key = key(type);
    String known = byType.get(key);
    if (known != null) {
      return known;
    }
    String name = readable(type);
    String taken = byName.get(name.toLowerCase(java.util.Locale.ROOT));
    if ((taken != null && !taken.equals(key)) || Slug.isWindowsDevice(name)) {
      // p.Dto and q.DTO: Dto.schema.json and DTO.schema.json are one file on macOS and Windows
      name = key.replaceAll("[^A-Za-z0-9.]+", "_").replaceAll("_+$", "");
    }
    byType.put(key, name);
    byName.put(name.toLowerCase(java.util.Locale.ROOT), key);
    return name;
  }

  /** The type with packages and type arguments but without type-use annotations such as {@code @NotNull}. */
  static String key(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      String name = ((javax.lang.model.element.TypeElement) declared.asElement()).getQualifiedName().toString();
      return declared.getTypeArguments().isEmpty() ? name
          : name + declared.getTypeArguments().stream().map(ModelNames::key).collect(Collectors.joining(",", "<", ">"));
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return key(((javax.lang.model.type.ArrayType) type).getComponentType()) + "[]";
    }
    return type.toString().replaceAll("@\\S+\\s+", "");
  }

  private static String readable(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Labels.simple(type).replaceAll("[^A-Za-z0-9.]", "");
    }
    DeclaredType declared = (DeclaredType) type;
    String base = Labels.typeName((javax.lang.model.element.TypeElement) declared.asElement());
    if (declared.getTypeArguments().isEmpty()) {
      return base;
    }
    return base + "Of" + declared.getTypeArguments().stream().map(ModelNames::readable).collect(Collectors.joining("And"));
  }
}
