package dev.featuredocs.processor.model;

import java.util.List;

/**
 * A service of the feature: where its business logic lives.
 *
 * @param name simple name
 * @param file source path relative to the source root
 * @param purpose first sentence of its javadoc, empty when none
 * @param methods its public methods as {@code share(ShareRequest request) -> ShareResponse}
 * @param rules the business rules it enforces, numbered feature-wide
 */
public record ServiceDoc(String name, String file, String purpose, List<String> methods, List<RuleDoc> rules) {
  public ServiceDoc {
    methods = List.copyOf(methods);
    rules = List.copyOf(rules);
  }
}
