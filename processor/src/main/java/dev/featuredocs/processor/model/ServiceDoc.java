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
 * @param implementedBy for an interface or abstract class: the beans implementing it, by simple name
 * @param implementing for an implementation: the feature's service interfaces it implements, by simple name
 */
public record ServiceDoc(String name, String file, String purpose, List<String> methods, List<RuleDoc> rules,
    List<String> implementedBy, List<String> implementing) {
  public ServiceDoc {
    methods = List.copyOf(methods);
    rules = List.copyOf(rules);
    implementedBy = implementedBy == null ? List.of() : List.copyOf(implementedBy);
    implementing = implementing == null ? List.of() : List.copyOf(implementing);
  }

  public ServiceDoc(String name, String file, String purpose, List<String> methods, List<RuleDoc> rules) {
    this(name, file, purpose, methods, rules, List.of(), List.of());
  }

  /** This service with {@code newRules}. */
  public ServiceDoc withRules(List<RuleDoc> newRules) {
    return new ServiceDoc(name, file, purpose, methods, newRules, implementedBy, implementing);
  }
}
