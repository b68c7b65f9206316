package dev.featuredocs.processor.harvest.security;

import dev.featuredocs.processor.harvest.config.AppProperties;
import dev.featuredocs.processor.model.security.AuthDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The authentication method the app's properties switch on, where code configures none: Spring
 * Boot's resource-server properties (which configure bearer-token authentication only when the app
 * defines no filter chain of its own), Quarkus OIDC, SmallRye JWT, Basic and form authentication.
 */
final class AuthProperties {
  private AuthProperties() {}

  static List<AuthDoc> of(AppProperties properties, boolean chainInCode) {
    List<AuthDoc> result = new ArrayList<>();
    if (!chainInCode) {
      first(properties, "spring.security.oauth2.resourceserver.jwt.issuer-uri",
          "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
          "spring.security.oauth2.resourceserver.jwt.public-key-location")
          .ifPresent(v -> result.add(new AuthDoc("OAuth2 resource server with JWT bearer tokens (Spring Boot's default"
              + " chain: every request authenticated)", source(v))));
      first(properties, "spring.security.oauth2.resourceserver.opaquetoken.introspection-uri")
          .ifPresent(v -> result.add(new AuthDoc("OAuth2 resource server with opaque bearer tokens (introspection)",
              source(v))));
    }
    first(properties, "quarkus.oidc.auth-server-url").ifPresent(v -> {
      boolean webApp = properties.value("quarkus.oidc.application-type").map(t -> t.equalsIgnoreCase("web-app")).orElse(false);
      result.add(new AuthDoc(webApp ? "OpenID Connect login (session cookie)" : "OIDC bearer tokens (JWT)", source(v)));
    });
    first(properties, "mp.jwt.verify.publickey.location", "mp.jwt.verify.publickey", "mp.jwt.verify.issuer",
        "smallrye.jwt.verify.key.location")
        .ifPresent(v -> result.add(new AuthDoc("JWT bearer tokens (MicroProfile JWT)", source(v))));
    properties.get("quarkus.http.auth.basic").filter(v -> v.value().equalsIgnoreCase("true"))
        .ifPresent(v -> result.add(new AuthDoc("HTTP Basic", source(v))));
    properties.get("quarkus.http.auth.form.enabled").filter(v -> v.value().equalsIgnoreCase("true"))
        .ifPresent(v -> result.add(new AuthDoc("form login (session cookie)", source(v))));
    return result;
  }

  private static Optional<AppProperties.Value> first(AppProperties properties, String... keys) {
    for (String key : keys) {
      Optional<AppProperties.Value> value = properties.get(key);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static String source(AppProperties.Value value) {
    return value.key() + " in " + value.file();
  }
}
