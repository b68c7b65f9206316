package dev.featuredocs.processor.model.security;

/**
 * A way callers authenticate, or a security mechanism switched on, as configured in code.
 *
 * @param mechanism {@code HTTP Basic}, {@code OAuth2 resource server (JWT)}, {@code method security}, …
 * @param source where: {@code SecurityConfig#apiSecurity}, {@code @EnableMethodSecurity on SecurityConfig}
 */
public record AuthDoc(String mechanism, String source) {}
