package dev.featuredocs.processor.source;

import java.util.List;

/**
 * What the body of a Spring Security filter-chain bean configures, as written.
 *
 * @param mechanisms configurer calls that authenticate callers, in source order, each once:
 *     {@code httpBasic}, {@code formLogin}, {@code oauth2ResourceServer}, {@code jwt}, {@code opaqueToken},
 *     {@code oauth2Login}, {@code saml2Login}, {@code x509}, {@code rememberMe}
 * @param stateless whether it sets {@code SessionCreationPolicy.STATELESS}
 * @param rules request rules in source order (Spring applies the first that matches)
 */
public record SecurityChain(List<String> mechanisms, boolean stateless, List<Rule> rules) {
  public SecurityChain {
    mechanisms = List.copyOf(mechanisms);
    rules = List.copyOf(rules);
  }

  /**
   * {@code requestMatchers(HttpMethod.GET, "/a/**").hasRole("ADMIN")} or {@code anyRequest().authenticated()}.
   *
   * @param method the HTTP method the matcher names, empty for any
   * @param patterns the path patterns; empty for {@code anyRequest()}/{@code anyExchange()}
   * @param rule the rule as written: {@code permitAll()}, {@code hasRole("ADMIN")}
   * @param matcher the matcher as written: {@code requestMatchers("/v3/api-docs/**")}, {@code anyRequest()}
   */
  public record Rule(String method, List<String> patterns, String rule, String matcher) {
    public Rule {
      patterns = List.copyOf(patterns);
    }
  }
}
