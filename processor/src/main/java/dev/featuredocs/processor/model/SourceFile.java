package dev.featuredocs.processor.model;

/**
 * A source file of the feature.
 *
 * @param path relative to the source root, with {@code /} separators
 * @param role the first sentence of the javadoc of its main type (or package), empty when none
 */
public record SourceFile(String path, String role) {}
