package dev.featuredocs.sample.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call the API: every request except the OpenAPI description needs HTTP Basic credentials,
 * and the controllers' {@code @PreAuthorize} rules decide what each user may do.
 *
 * <ul>
 *   <li>Stateless: no session and no cookie; every request carries its own credentials. CSRF
 *       protection is off because there is no cookie for a forged request to ride on.
 *   <li>{@code /v3/api-docs/**} (springdoc's OpenAPI JSON) is public; everything else requires an
 *       authenticated user, and {@link EnableMethodSecurity} turns on the controllers'
 *       {@code @PreAuthorize} annotations.
 *   <li>Missing or wrong credentials: {@code 401 Unauthorized} with {@code WWW-Authenticate: Basic}
 *       and the {@link ErrorResponse} JSON body, never a redirect to a login page. A user without
 *       the required role gets {@code 403 Forbidden} with the same body (from
 *       {@link ApiExceptionHandler} when method security refuses a controller call).
 *   <li>Three users, kept in memory: {@code alice@example.com} and {@code bob@example.com} (role
 *       USER) and {@code carol@example.com} (roles USER and ADMIN); each password is the name
 *       followed by {@code -pw}, such as {@code alice-pw}.
 * </ul>
 *
 * <p>The passwords are stored in plain text with the {@code {noop}} prefix of Spring Security's
 * delegating password encoder: acceptable for a demo, and every request re-checks the password, so
 * a deliberately slow hash would slow every call. A real deployment stores {@code {bcrypt}} hashes
 * (or delegates to an identity provider); the prefix makes that a data change only.
 *
 * <p>Active unless {@code sample.security.open=true} switches on {@link OpenSecurityConfig}'s demo mode.
 */
@Configuration
@ConditionalOnProperty(name = "sample.security.open", havingValue = "false", matchIfMissing = true)
@EnableMethodSecurity
public class SecurityConfig {

  /** The realm named in {@code WWW-Authenticate}. */
  static final String REALM = "featuredocs-sample";

  /**
   * The filter chain: HTTP Basic, stateless, no CSRF, public API description, all else
   * authenticated, JSON 401 and 403 answers.
   *
   * @param http the builder Spring Security provides
   * @param json the application's JSON mapper, to write error bodies
   * @return the filter chain for every request
   * @throws Exception when the builder fails
   */
  @Bean
  public SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
    AuthenticationEntryPoint unauthorized =
        (request, response, exception) -> {
          response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
          write(response, json, HttpStatus.UNAUTHORIZED, "Authentication is required");
        };
    AccessDeniedHandler forbidden =
        (request, response, exception) ->
            write(response, json, HttpStatus.FORBIDDEN, "Access is denied");
    return http.csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/v3/api-docs/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized))
        .exceptionHandling(
            errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
        .build();
  }

  /**
   * The users who may sign in, with their roles.
   *
   * <p>Declared as {@link InMemoryUserDetailsManager} rather than {@code UserDetailsService} so
   * that tests can add users of their own and stay independent of each other's data.
   *
   * @return alice and bob (USER) and carol (USER, ADMIN)
   */
  @Bean
  public InMemoryUserDetailsManager users() {
    return new InMemoryUserDetailsManager(
        User.withUsername("alice@example.com").password("{noop}alice-pw").roles("USER").build(),
        User.withUsername("bob@example.com").password("{noop}bob-pw").roles("USER").build(),
        User.withUsername("carol@example.com")
            .password("{noop}carol-pw")
            .roles("USER", "ADMIN")
            .build());
  }

  private static void write(
      HttpServletResponse response, JsonMapper json, HttpStatus status, String message)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    json.writeValue(response.getOutputStream(), ErrorResponse.of(status, message));
  }
}
