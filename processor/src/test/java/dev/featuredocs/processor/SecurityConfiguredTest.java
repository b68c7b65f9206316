package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security as the app is configured: conditions on security configurations evaluated against the
 * app's application.properties / application.yml (named here with -Afeaturedocs.appConfig; compile-testing's
 * in-memory sources have no src/main/resources beside them).
 */
class SecurityConfiguredTest {
  @TempDir
  Path resources;

  private static final String CONTROLLER = """
      package com.acme.orders;

      import org.springframework.web.bind.annotation.GetMapping;
      import org.springframework.web.bind.annotation.RequestMapping;
      import org.springframework.web.bind.annotation.RestController;

      /** Orders. */
      @dev.featuredocs.annotations.Feature("Orders")
      @RestController
      @RequestMapping("/api/orders")
      public class OrderController {
        /** Lists the orders. */
        @GetMapping
        public String list() { return ""; }
      }
      """;

  private static final String LOCKED = """
      package com.acme.config;

      import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
      import org.springframework.context.annotation.Bean;
      import org.springframework.context.annotation.Configuration;
      import org.springframework.security.config.Customizer;
      import org.springframework.security.config.annotation.web.builders.HttpSecurity;
      import org.springframework.security.web.SecurityFilterChain;

      /** Every request authenticated with HTTP Basic, unless the app is opened. */
      @Configuration
      @ConditionalOnProperty(name = "acme.security.open", havingValue = "false", matchIfMissing = true)
      public class LockedSecurity {
        @Bean
        public SecurityFilterChain locked(HttpSecurity http) {
          return http.authorizeHttpRequests(r -> r.anyRequest().authenticated())
              .httpBasic(Customizer.withDefaults()).build();
        }
      }
      """;

  private static final String OPEN = """
      package com.acme.config;

      import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
      import org.springframework.context.annotation.Bean;
      import org.springframework.context.annotation.Configuration;
      import org.springframework.security.config.annotation.web.builders.HttpSecurity;
      import org.springframework.security.web.SecurityFilterChain;

      /** Everything open, for demos. */
      @Configuration
      @ConditionalOnProperty(name = "acme.security.open", havingValue = "true")
      public class OpenSecurity {
        @Bean
        public SecurityFilterChain open(HttpSecurity http) {
          return http.authorizeHttpRequests(r -> r.anyRequest().permitAll()).build();
        }
      }
      """;

  static List<JavaFileObject> sources(String... inline) {
    List<JavaFileObject> files = new ArrayList<>(Fixtures.load("review").stream()
        .filter(f -> f.getName().contains("org/springframework/")).toList());
    for (String source : inline) {
      String pkg = source.replaceAll("(?s).*?package ([\\w.]+);.*", "$1");
      String name = source.replaceAll("(?s).*?(?:class|interface|record|enum|@interface) (\\w+).*", "$1");
      files.add(JavaFileObjects.forSourceString(pkg + "." + name, source));
    }
    return files;
  }

  static String security(Path config, String... inline) {
    Compilation compilation = Compilations.compile(sources(inline), "-Afeaturedocs.appConfig=" + config);
    assertThat(compilation).succeeded();
    return Summaries.section(Compilations.summary(compilation, "orders"), "### Authentication & Authorization");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(resources.resolve(name), text);
  }

  @Test
  void propertySwitchesTheOpenConfigurationOn_theLockedOneIsNamedInactiveWithItsProperty() throws IOException {
    write("application.properties", "acme.security.open=true\n");

    String auth = security(resources, CONTROLLER, LOCKED, OPEN);

    assertTrue(auth.contains("""
        - `LockedSecurity`: **inactive** — `@ConditionalOnProperty(name = "acme.security.open", havingValue = "false", matchIfMissing = true)`: acme.security.open=true in application.properties; switched on by `acme.security.open=false`
        - `OpenSecurity`: **active** — `@ConditionalOnProperty(name = "acme.security.open", havingValue = "true")`: acme.security.open=true in application.properties; switched off by `acme.security.open=false`
        """), auth);
    assertTrue(auth.contains("| `GET /api/orders` | `permitAll()` (open) | `OpenSecurity#open: anyRequest().permitAll()` |"), auth);
    assertFalse(auth.contains("HTTP Basic"), auth);
  }

  @Test
  void propertyMissing_matchIfMissingConfigurationIsActive_fromApplicationYml() throws IOException {
    write("application.yml", "server:\n  port: 8080\n");

    String auth = security(resources.resolve("application.yml"), CONTROLLER, LOCKED, OPEN);

    assertTrue(auth.contains("""
        - `LockedSecurity`: **active** — `@ConditionalOnProperty(name = "acme.security.open", havingValue = "false", matchIfMissing = true)`: acme.security.open not set (matchIfMissing); switched off by `acme.security.open=true`
        - `OpenSecurity`: **inactive** — `@ConditionalOnProperty(name = "acme.security.open", havingValue = "true")`: acme.security.open is not set in application.yml; switched on by `acme.security.open=true`
        """), auth);
    assertTrue(auth.contains("- HTTP Basic (`LockedSecurity#locked`)"), auth);
    assertTrue(auth.contains("| `GET /api/orders` | `authenticated()` | `LockedSecurity#locked: anyRequest().authenticated()` |"), auth);
  }

  private static final String FALLBACK = """
      package com.acme.config;

      import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
      import org.springframework.context.annotation.Bean;
      import org.springframework.context.annotation.Configuration;
      import org.springframework.security.config.annotation.web.builders.HttpSecurity;
      import org.springframework.security.web.SecurityFilterChain;

      /** Everything authenticated unless the app defines its own chain. */
      @Configuration
      public class FallbackSecurity {
        @Bean
        @ConditionalOnMissingBean
        public SecurityFilterChain fallback(HttpSecurity http) {
          return http.authorizeHttpRequests(r -> r.anyRequest().authenticated()).build();
        }
      }
      """;

  private static final String DEV_ONLY = """
      package com.acme.config;

      import org.springframework.context.annotation.Bean;
      import org.springframework.context.annotation.Configuration;
      import org.springframework.context.annotation.Profile;
      import org.springframework.security.config.annotation.web.builders.HttpSecurity;
      import org.springframework.security.web.SecurityFilterChain;

      /** Open for local development. */
      @Configuration
      @Profile("dev & !cloud")
      public class DevSecurity {
        @Bean
        public SecurityFilterChain dev(HttpSecurity http) {
          return http.authorizeHttpRequests(r -> r.anyRequest().permitAll()).build();
        }
      }
      """;

  @Test
  void profileFromYaml_activatesTheDevConfiguration_andTheMissingBeanFallbackBacksOff() throws IOException {
    write("application.yml", """
        spring:
          profiles:
            active: dev
        """);

    String auth = security(resources, CONTROLLER, FALLBACK, DEV_ONLY);

    assertTrue(auth.contains("""
        - `DevSecurity`: **active** — `@Profile("dev & !cloud")`: active profiles: dev (application.yml); switched off by `spring.profiles.active (run time: SPRING_PROFILES_ACTIVE)`
        - `FallbackSecurity#fallback`: **inactive** — `@ConditionalOnMissingBean`: the active chain DevSecurity#dev is defined; switched on by `switching off DevSecurity#dev`
        """), auth);
    assertTrue(auth.contains("| `GET /api/orders` | `permitAll()` (open) | `DevSecurity#dev: anyRequest().permitAll()` |"), auth);
  }

  @Test
  void noProfileActive_devConfigurationInactive_fallbackChainDecides() throws IOException {
    write("application.yml", "server:\n  port: 8080\n");

    String auth = security(resources, CONTROLLER, FALLBACK, DEV_ONLY);

    assertTrue(auth.contains("""
        - `DevSecurity`: **inactive** — `@Profile("dev & !cloud")`: no profile set in the files (Spring's default profile is active); switched on by `spring.profiles.active (run time: SPRING_PROFILES_ACTIVE)`
        - `FallbackSecurity#fallback`: **active** — `@ConditionalOnMissingBean`: no other filter-chain bean in code is active; switched off by `defining another filter-chain bean`
        """), auth);
    assertTrue(auth.contains("| `GET /api/orders` | `authenticated()` | `FallbackSecurity#fallback: anyRequest().authenticated()` |"), auth);
  }
}
