package dev.featuredocs.processor.source;

import java.util.Map;

/**
 * A type's declaration as written.
 *
 * @param declaration annotations, header and fields (record components, enum constants), without
 *     comments, methods, constructors or nested types
 * @param initializers field name → its initializer as written ({@code "en"} for {@code String language = "en";})
 */
public record TypeSource(String declaration, Map<String, String> initializers) {
  public TypeSource {
    initializers = Map.copyOf(initializers);
  }
}
