package dev.featuredocs.processor.model;

import java.util.List;

/**
 * A type of the feature.
 *
 * @param name its simple name ({@code Outer.Inner} for nested types)
 * @param qualifiedName its canonical name
 * @param role what it does in the feature
 * @param purpose the first sentence of its javadoc, empty when it has none
 * @param dependsOn simple names of the feature's types it injects, in declaration order
 */
public record Component(String name, String qualifiedName, Role role, String purpose, List<String> dependsOn) {
  public Component {
    dependsOn = List.copyOf(dependsOn);
  }
}
