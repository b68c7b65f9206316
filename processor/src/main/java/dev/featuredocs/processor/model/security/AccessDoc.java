package dev.featuredocs.processor.model.security;

/**
 * Who may call one endpoint.
 *
 * @param endpoint {@code GET /api/shares}
 * @param handler {@code DocumentSharingController#listAll}
 * @param rule the rule as written: {@code hasRole('ADMIN')}, {@code authenticated()}, {@code permitAll()};
 *     empty when no rule in code covers the endpoint
 * @param source where the rule is: {@code @PreAuthorize}, {@code SecurityConfig#apiSecurity: anyRequest()}
 * @param open whether the endpoint is explicitly open to everyone ({@code @PermitAll}, {@code permitAll()})
 */
public record AccessDoc(String endpoint, String handler, String rule, String source, boolean open) {
  /** Whether code decides who may call it: a rule, or an explicit opening. */
  public boolean covered() {
    return !rule.isEmpty();
  }
}
