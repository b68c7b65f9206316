package dev.featuredocs.processor.render.openapi;

import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.security.AccessDoc;
import dev.featuredocs.processor.model.security.AuthDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Security schemes from the authentication mechanisms the summaries state, and each operation's
 * requirement from its access rule. Only mechanisms with an exact OpenAPI form become schemes
 * (HTTP Basic, bearer tokens, client certificates); a session cookie's name, an OpenID Connect
 * discovery URL or an OAuth2 flow's URLs are not in code, so those mechanisms are named in the
 * document's description instead of being invented.
 */
final class SecuritySchemes {
  private final Map<String, Object> schemes = new TreeMap<>();
  private final List<String> unmapped = new ArrayList<>();

  SecuritySchemes(List<FeatureSummary> features) {
    for (FeatureSummary feature : features) {
      for (AuthDoc auth : feature.security().authentication()) {
        String mechanism = auth.mechanism();
        if (mechanism.equals("HTTP Basic")) {
          schemes.put("basicAuth", new TreeMap<>(Map.of("type", "http", "scheme", "basic")));
        } else if (mechanism.startsWith("OAuth2 resource server") && mechanism.contains("JWT")) {
          schemes.put("bearerAuth", new TreeMap<>(Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT")));
        } else if (mechanism.startsWith("OAuth2 resource server") || mechanism.startsWith("JWT bearer")
            || mechanism.startsWith("opaque bearer")) {
          schemes.putIfAbsent("bearerAuth", new TreeMap<>(Map.of("type", "http", "scheme", "bearer")));
        } else if (mechanism.startsWith("X.509")) {
          schemes.put("mutualTLS", Map.of("type", "mutualTLS"));
        } else if (!mechanism.startsWith("method security") && !mechanism.startsWith("stateless")
            && !unmapped.contains(mechanism)) {
          unmapped.add(mechanism);
        }
      }
    }
    unmapped.sort(null);
  }

  Map<String, Object> schemes() {
    return schemes;
  }

  /** Mechanisms the summaries state that have no scheme here, sorted. */
  List<String> unmapped() {
    return unmapped;
  }

  /**
   * The operation's {@code security}: none needed ({@code []}) when the endpoint is open to
   * everyone, any one of the schemes when a rule requires a caller, nothing (no requirement
   * stated) when no rule in code covers it or no scheme is known.
   */
  List<Object> requirement(AccessDoc access) {
    if (access == null || !access.covered()) {
      return null;
    }
    if (access.open()) {
      return List.of();
    }
    if (schemes.isEmpty()) {
      return null;
    }
    List<Object> any = new ArrayList<>();
    schemes.keySet().forEach(name -> any.add(Map.of(name, List.of())));
    return any;
  }
}
