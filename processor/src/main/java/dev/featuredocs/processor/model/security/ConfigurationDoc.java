package dev.featuredocs.processor.model.security;

/**
 * A security configuration under a condition, and whether the app as configured runs it.
 *
 * @param configuration {@code OpenSecurityConfig}, or {@code SecurityConfig#apiSecurity} for a conditional bean method
 * @param state {@code active}, {@code inactive} or {@code cannot tell}
 * @param condition the condition as written: {@code @ConditionalOnProperty(name = "app.open", havingValue = "true")}
 * @param reason what decides it: {@code `app.open=false` in application.properties}
 * @param switchedBy the setting that would flip it: {@code app.open=true}; empty when none is known
 */
public record ConfigurationDoc(String configuration, String state, String condition, String reason,
    String switchedBy) {
  public boolean active() {
    return state.equals("active");
  }
}
