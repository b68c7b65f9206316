package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 401 and 403 as the app answers them: filter-chain rules in front of the endpoints they cover, and
 * method security's {@code AccessDeniedException}, which the project's exception handlers see first.
 */
class SecurityStatusesTest {

  private static String summary(String... sources) {
    return Compilations.summaryOf("orders", sources);
  }

  /** A handler that method security restricts to admins. */
  private static final String ADMIN_ONLY = """
      package com.shop;

      import org.springframework.security.access.prepost.PreAuthorize;
      import org.springframework.web.bind.annotation.*;

      @dev.featuredocs.annotations.Feature("Orders")
      @RestController
      public class Orders {
        @GetMapping("/orders")
        @PreAuthorize("hasRole('ADMIN')")
        public String list() { return "[]"; }
      }
      """;

  @Test
  void filterChainRules_give401ToEndpointsTheyCover_and403WhereARoleIsRequired() {
    List<javax.tools.JavaFileObject> sources = new java.util.ArrayList<>(Fixtures.load("review").stream()
        .filter(f -> f.getName().contains("org/springframework/security")).toList());
    sources.add(JavaFileObjects.forSourceString("com.shop.Orders", """
        package com.shop;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Orders")
        @RestController
        public class Orders {
          @GetMapping("/public/menu")
          public String menu() { return ""; }

          @GetMapping("/admin/orders")
          public String all() { return ""; }

          @GetMapping("/orders")
          public String mine() { return ""; }
        }
        """));
    sources.add(JavaFileObjects.forSourceString("com.shop.WebSecurity", """
        package com.shop;

        import org.springframework.context.annotation.*;
        import org.springframework.security.config.annotation.web.builders.HttpSecurity;
        import org.springframework.security.web.SecurityFilterChain;

        @Configuration
        public class WebSecurity {
          @Bean
          public SecurityFilterChain api(HttpSecurity http) {
            return http
                .authorizeHttpRequests(requests -> requests
                    .requestMatchers("/public/**").permitAll()
                    .requestMatchers("/admin/**").hasRole("ADMIN")
                    .anyRequest().authenticated())
                .build();
          }
        }
        """));
    Compilation compilation = Compilations.compile(sources);
    assertThat(compilation).succeeded();
    String summary = Compilations.summary(compilation, "orders");

    Summaries.assertStatusCodes(summary, "GET /public/menu", "- `200` — success\n\n");
    Summaries.assertStatusCodes(summary, "GET /admin/orders", """
        - `200` — success
        - `401` — not authenticated (`WebSecurity#api: requestMatchers("/admin/**").hasRole("ADMIN")`)
        - `403` — not authorised (`WebSecurity#api: requestMatchers("/admin/**").hasRole("ADMIN")`)

        """);
    Summaries.assertStatusCodes(summary, "GET /orders", """
        - `200` — success
        - `401` — not authenticated (`WebSecurity#api: anyRequest().authenticated()`)

        """);
  }

  /**
   * Method security throws {@code AccessDeniedException} inside the handler call, so the project's
   * {@code @ExceptionHandler} for it — or for a supertype, a catch-all over {@code Exception} — answers
   * it before the filter chain's 403: the summary states what that handler answers.
   */
  @Test
  void methodSecurity_deniedIsAnsweredByTheCatchAllHandler_notByTheFilterChainsForbidden() {
    String summary = summary(ADMIN_ONLY, """
        package com.shop;

        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        public class Errors {
          @ExceptionHandler(Exception.class)
          public ResponseEntity<String> anything(Exception e) {
            return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body("failed");
          }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /orders", """
        - `200` — success
        - `401` — not authenticated
        - `500` — `AccessDeniedException` (`Errors#anything`)

        """);
  }

  @Test
  void methodSecurity_deniedMappedTo403_staysTheRulesForbidden() {
    String summary = summary(ADMIN_ONLY, """
        package com.shop;

        import org.springframework.http.HttpStatus;
        import org.springframework.security.access.AccessDeniedException;
        import org.springframework.web.bind.annotation.*;

        @RestControllerAdvice
        public class Errors {
          @ExceptionHandler(AccessDeniedException.class)
          @ResponseStatus(HttpStatus.FORBIDDEN)
          public String denied(AccessDeniedException e) { return "no"; }

          @ExceptionHandler(Exception.class)
          @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
          public String anything(Exception e) { return "failed"; }
        }
        """);

    Summaries.assertStatusCodes(summary, "GET /orders", """
        - `200` — success
        - `401` — not authenticated
        - `403` — not authorised (`hasRole('ADMIN')`)

        """);
  }
}
