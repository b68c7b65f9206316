package dev.featuredocs.processor.harvest.review;

import dev.featuredocs.processor.harvest.javac.Mirrors;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What serves the application's health, and where: Spring Boot Actuator at {@code /actuator/health}
 * (moved by {@code management.endpoints.web.base-path} and {@code management.endpoints.web.path-mapping.health}),
 * or MicroProfile Health, as Quarkus' SmallRye Health serves it at {@code /q/health}
 * ({@code quarkus.http.root-path}, {@code quarkus.http.non-application-root-path},
 * {@code quarkus.smallrye-health.root-path}) with {@code /live}, {@code /ready} and {@code /started}
 * for its kinds of checks.
 */
final class HealthEndpoints {
  static final String MICROPROFILE_CHECK = "org.eclipse.microprofile.health.HealthCheck";
  private static final String QUARKUS = "io.quarkus.runtime.Quarkus";
  private static final String SMALLRYE = "io.smallrye.health.SmallRyeHealthReporter";
  private static final String[][] KINDS = {
    {"org.eclipse.microprofile.health.Liveness", "liveness", "/live"},
    {"org.eclipse.microprofile.health.Readiness", "readiness", "/ready"},
    {"org.eclipse.microprofile.health.Startup", "startup", "/started"},
  };

  /** A kind of MicroProfile check and the path that reports it. */
  record Kind(String name, String path) {}

  private final String framework;
  private final String path;
  private final String actuatorPath;

  private HealthEndpoints(String framework, String path, String actuatorPath) {
    this.framework = framework;
    this.path = path;
    this.actuatorPath = actuatorPath;
  }

  /**
   * {@code healthPath}: where the application's configuration puts the health endpoint
   * ({@code harvest.config.BasePaths}: Actuator's base path, path mapping and context path, or Quarkus'
   * root, non-application and SmallRye Health paths).
   */
  static HealthEndpoints of(Elements elements, String healthPath, boolean actuator) {
    if (actuator) {
      return new HealthEndpoints("Spring Boot Actuator", healthPath, healthPath);
    }
    if (elements.getTypeElement(MICROPROFILE_CHECK) == null) {
      return new HealthEndpoints("", "", healthPath);
    }
    boolean quarkus = elements.getTypeElement(QUARKUS) != null;
    String name = quarkus || elements.getTypeElement(SMALLRYE) != null ? "SmallRye Health" : "MicroProfile Health";
    return new HealthEndpoints(name, healthPath, healthPath);
  }


  private static String join(String base, String path) {
    String left = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    String right = path.startsWith("/") ? path : "/" + path;
    return (left + right).isEmpty() ? "/" : left + right;
  }

  /** {@code Spring Boot Actuator}, {@code SmallRye Health}, {@code MicroProfile Health}, or empty. */
  String framework() {
    return framework;
  }

  /** Where {@link #framework()} reports the application's health; empty when nothing does. */
  String path() {
    return path;
  }

  /** Where Actuator reports a health indicator, with the configured base path. */
  String actuatorPath() {
    return actuatorPath;
  }

  /** The kinds of a MicroProfile check ({@code @Liveness}, {@code @Readiness}, {@code @Startup}); a plain check is none. */
  List<Kind> kinds(TypeElement check) {
    List<Kind> result = new ArrayList<>();
    for (String[] kind : KINDS) {
      if (Mirrors.hasAny(check, kind[0])) {
        result.add(new Kind(kind[1], join(path.isEmpty() ? "/health" : path, kind[2])));
      }
    }
    return result;
  }
}
