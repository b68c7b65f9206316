package dev.featuredocs.processor.model.review;

import java.util.List;

/**
 * The Troubleshooting Guide of a feature.
 *
 * @param issues one per exception type the feature throws or maps, by name
 * @param loggers the packages of the feature's types: the logger names to raise to DEBUG
 * @param persistence whether the feature has repositories or entities (then SQL logging helps)
 * @param healthChecks health indicators of the feature
 * @param healthFramework what serves the application's health on the class path: {@code Spring Boot Actuator},
 *     {@code SmallRye Health} (Quarkus), {@code MicroProfile Health}; empty when none
 * @param healthPath where it serves it, with the configured base path: {@code /actuator/health}, {@code /q/health}
 */
public record TroubleshootingDoc(List<IssueDoc> issues, List<String> loggers, boolean persistence,
    List<HealthCheckDoc> healthChecks, String healthFramework, String healthPath) {
  public TroubleshootingDoc {
    issues = List.copyOf(issues);
    loggers = List.copyOf(loggers);
    healthChecks = List.copyOf(healthChecks);
  }
}
