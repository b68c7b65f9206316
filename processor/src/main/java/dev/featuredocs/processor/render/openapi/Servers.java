package dev.featuredocs.processor.render.openapi;

import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.web.BasePathsDoc;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code servers} of the document: the base path the app's configuration puts before every
 * endpoint path (context path, servlet path, {@code @ApplicationPath}, Quarkus' root and REST
 * paths), as a URL relative to the host that serves the document, so that server + path is the
 * path a request carries. The host and port are not in code, so no absolute URL is written.
 *
 * <p>None when there is no base path (OpenAPI's default server is then {@code /}), and none when
 * {@code featuredocs.prependBasePath} already put it in every path. When the features of the
 * document disagree (fragments of modules configured differently), each path item carries its
 * feature's server instead of the document.
 */
final class Servers {
  /** Per feature name, its server; absent for a feature whose paths need none. */
  private final Map<String, Map<String, Object>> byFeature;
  private final boolean common;

  private Servers(Map<String, Map<String, Object>> byFeature, boolean common) {
    this.byFeature = byFeature;
    this.common = common;
  }

  static Servers of(List<FeatureSummary> features) {
    Map<String, Map<String, Object>> byFeature = new TreeMap<>();
    java.util.Set<Object> distinct = new java.util.HashSet<>();
    for (FeatureSummary feature : features) {
      if (feature.endpoints().isEmpty()) {
        continue;
      }
      Optional<Map<String, Object>> server = server(feature.basePaths());
      distinct.add(server.map(s -> (Object) s.get("url")).orElse(""));
      server.ifPresent(s -> byFeature.put(feature.name(), s));
    }
    return new Servers(byFeature, distinct.size() == 1);
  }

  private static Optional<Map<String, Object>> server(BasePathsDoc base) {
    if (base == null || base.prefix().isEmpty() || base.prepended()) {
      return Optional.empty();
    }
    Map<String, Object> server = new TreeMap<>();
    server.put("url", base.prefix());
    List<String> where = base.paths().stream().filter(i -> !i.what().equals("health check"))
        .map(i -> i.what() + " " + i.path() + " (" + i.source() + ")").toList();
    server.put("description", "the base path from the app's configuration: " + String.join(", ", where));
    return Optional.of(server);
  }

  /** The one server of every feature, for the document; empty when there is none or they differ. */
  Optional<Map<String, Object>> common() {
    return common ? byFeature.values().stream().findFirst() : Optional.empty();
  }

  /** The server of one feature's path items when the features differ; empty otherwise. */
  Optional<Map<String, Object>> of(FeatureSummary feature) {
    return common ? Optional.empty() : Optional.ofNullable(byFeature.get(feature.name()));
  }
}
