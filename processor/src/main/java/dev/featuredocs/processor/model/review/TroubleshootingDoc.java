package dev.featuredocs.processor.model.review;

import java.util.List;

/**
 * The Troubleshooting Guide of a feature.
 *
 * @param issues one per exception type the feature throws or maps, by name
 * @param loggers the packages of the feature's types: the logger names to raise to DEBUG
 * @param persistence whether the feature has repositories or entities (then SQL logging helps)
 * @param healthChecks health indicators of the feature
 * @param actuator whether Spring Boot Actuator's health support is on the class path
 */
public record TroubleshootingDoc(List<IssueDoc> issues, List<String> loggers, boolean persistence,
    List<HealthCheckDoc> healthChecks, boolean actuator) {
  public TroubleshootingDoc {
    issues = List.copyOf(issues);
    loggers = List.copyOf(loggers);
    healthChecks = List.copyOf(healthChecks);
  }
}
