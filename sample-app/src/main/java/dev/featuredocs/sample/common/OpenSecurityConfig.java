package dev.featuredocs.sample.common;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Demo mode: every request is open, nobody signs in, and no method security applies. Off unless
 * {@code sample.security.open=true} (application.properties sets it to {@code false}); then it
 * replaces {@link SecurityConfig}, which carries the opposite condition.
 */
@Configuration
@ConditionalOnProperty(name = "sample.security.open", havingValue = "true")
public class OpenSecurityConfig {

  /**
   * The filter chain of demo mode: no authentication, no CSRF.
   *
   * @param http the builder Spring Security provides
   * @return the filter chain for every request
   * @throws Exception when the builder fails
   */
  @Bean
  public SecurityFilterChain openSecurity(HttpSecurity http) throws Exception {
    return http.csrf(AbstractHttpConfigurer::disable)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .build();
  }
}
