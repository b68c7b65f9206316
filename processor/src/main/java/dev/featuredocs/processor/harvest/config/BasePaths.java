package dev.featuredocs.processor.harvest.config;

import dev.featuredocs.processor.model.web.BasePathsDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The base paths the configuration puts before the paths controllers and resources map, and where
 * the health check answers:
 *
 * <ul>
 *   <li>Spring: {@code server.servlet.context-path} (or WebFlux' {@code spring.webflux.base-path}),
 *       then {@code spring.mvc.servlet.path} or Jersey's {@code spring.jersey.application-path};
 *   <li>JAX-RS: {@code quarkus.http.root-path}, then {@code @ApplicationPath} of the
 *       {@code Application} class, else {@code quarkus.rest.path} / {@code quarkus.resteasy.path};
 *   <li>health: Actuator's {@code management.endpoints.web.base-path} and path mapping, on
 *       {@code management.server.port} with {@code management.server.base-path} when set, else
 *       under the context path; Quarkus' {@code quarkus.smallrye-health.root-path} under the
 *       non-application root path ({@code /q}).
 * </ul>
 *
 * Spring Security's request matchers see the path after the context path; Quarkus' HTTP permissions
 * see the whole path: {@link #context()} and {@link #application()} keep the two parts apart.
 */
public final class BasePaths {
  /** An {@code @ApplicationPath} value and the class it is on. */
  public record ApplicationPath(String value, String type) {}

  private final String context;
  private final String application;
  private final BasePathsDoc doc;

  private BasePaths(String context, String application, BasePathsDoc doc) {
    this.context = context;
    this.application = application;
    this.doc = doc;
  }

  /** A type of Quarkus' runtime: on the class path, the app is a Quarkus app even without a quarkus.* setting. */
  public static final String QUARKUS = "io.quarkus.runtime.Quarkus";

  public static BasePaths of(AppProperties properties, List<ApplicationPath> applicationPaths, boolean prepend,
      boolean quarkusOnClassPath) {
    List<BasePathsDoc.Item> items = new ArrayList<>();
    String context = first(properties, items, "servlet context path", "server.servlet.context-path",
        "spring.webflux.base-path", "quarkus.http.root-path");
    String application;
    if (!applicationPaths.isEmpty()) {
      ApplicationPath given = applicationPaths.get(0);
      application = normalise(given.value());
      items.add(new BasePathsDoc.Item("JAX-RS application path", application, "@ApplicationPath on " + given.type()));
    } else {
      application = first(properties, items, "API path", "spring.mvc.servlet.path", "spring.jersey.application-path",
          "quarkus.rest.path", "quarkus.resteasy.path", "quarkus.resteasy-reactive.path");
    }
    String prefix = join(context, application);
    boolean quarkus = quarkusOnClassPath || !properties.startingWith("quarkus.").isEmpty();
    String health;
    String healthWhere = "";
    if (quarkus) {
      String nonApplication = properties.value("quarkus.http.non-application-root-path").orElse("q");
      String root = properties.value("quarkus.smallrye-health.root-path").orElse("health");
      String base = nonApplication.startsWith("/") ? nonApplication : join(context, nonApplication);
      health = root.startsWith("/") ? join(context, root) : join(base, root);
    } else {
      Optional<AppProperties.Value> port = properties.get("management.server.port");
      String base = properties.value("management.endpoints.web.base-path").orElse("/actuator");
      String mapping = properties.value("management.endpoints.web.path-mapping.health").orElse("health");
      boolean ownPort = port.isPresent() && !port.get().value().equals(properties.value("server.port").orElse("8080"));
      String server = ownPort ? properties.value("management.server.base-path")
          .or(() -> properties.value("management.server.servlet.context-path")).orElse("")
          : join(context, properties.value("spring.mvc.servlet.path").orElse("")); // Actuator is served by the DispatcherServlet
      health = mapping.startsWith("/") ? join(server, mapping) : join(join(server, base), mapping);
      if (ownPort) {
        healthWhere = "port " + port.get().value() + " (" + port.get().key() + " in " + port.get().file() + ")";
      }
    }
    if (!health.equals("/actuator/health") && !health.equals("/q/health")) {
      items.add(new BasePathsDoc.Item("health check", health, healthSource(properties)));
    }
    return new BasePaths(context, application, new BasePathsDoc(items, prefix, prepend && !prefix.isEmpty(), health,
        healthWhere));
  }

  private static String healthSource(AppProperties properties) {
    List<String> keys = new ArrayList<>();
    for (String key : List.of("management.server.port", "management.server.base-path", "management.endpoints.web.base-path",
        "management.endpoints.web.path-mapping.health", "quarkus.http.non-application-root-path",
        "quarkus.smallrye-health.root-path", "server.servlet.context-path", "spring.mvc.servlet.path",
        "quarkus.http.root-path")) {
      properties.get(key).ifPresent(v -> keys.add(v.key() + " in " + v.file()));
    }
    return String.join(", ", keys);
  }

  private static String first(AppProperties properties, List<BasePathsDoc.Item> items, String what, String... keys) {
    for (String key : keys) {
      Optional<AppProperties.Value> value = properties.get(key);
      if (value.isPresent()) {
        String path = normalise(value.get().value());
        if (!path.isEmpty()) {
          items.add(new BasePathsDoc.Item(what, path, value.get().key() + " in " + value.get().file()));
        }
        return path;
      }
    }
    return "";
  }

  /** {@code api/}, {@code /api/*} and {@code /api} are one base path; {@code /} is none. */
  static String normalise(String path) {
    String trimmed = path.strip();
    if (trimmed.endsWith("/*")) {
      trimmed = trimmed.substring(0, trimmed.length() - 2);
    }
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed.isEmpty() ? "" : trimmed.startsWith("/") ? trimmed : "/" + trimmed;
  }

  static String join(String base, String path) {
    return normalise(base) + normalise(path);
  }

  /** The servlet context path (Spring) or HTTP root path (Quarkus): Spring Security's matchers do not see it. */
  public String context() {
    return context;
  }

  /** The servlet path or JAX-RS application path, inside the context. */
  public String application() {
    return application;
  }

  public BasePathsDoc doc() {
    return doc;
  }

  /** The path as a request carries it, for a documented endpoint path. */
  public String full(String documented) {
    return doc.prepended() ? documented : join(doc.prefix(), documented).isEmpty() ? "/" : join(doc.prefix(), documented);
  }

  /** The path as documented, for a path as mapped in code. */
  public String documented(String mapped) {
    return doc.prepended() ? join(doc.prefix(), mapped) : mapped;
  }

  /**
   * The path as the controller or resource maps it, for a documented endpoint path: what Spring
   * Security's request matchers compare with their patterns (they see neither the context path
   * nor the servlet path).
   */
  public String mapped(String documented) {
    if (!doc.prepended() || !documented.startsWith(doc.prefix())) {
      return documented;
    }
    String rest = documented.substring(doc.prefix().length());
    return rest.isEmpty() ? "/" : rest;
  }
}
