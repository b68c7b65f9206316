package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Security Considerations, Troubleshooting Guide, the architecture diagram and the computed
 * checklists, over the {@code review} fixture: a feature with a shared security configuration and
 * advice outside it, and a failing case for every criterion code can decide.
 */
class ReviewSectionsTest {
  private static Compilation compilation;
  private static String summary;

  @BeforeAll
  static void compile() {
    compilation = Compilations.compile(Fixtures.load("review"));
    assertThat(compilation).succeeded();
    summary = Compilations.summary(compilation, "orders");
  }

  private static String section(String heading) {
    return Summaries.section(summary, heading);
  }

  @Test
  void successCriteria_unmetCriterionIsOpenWithItsEvidenceAndFailingElements() {
    String criteria = section("### Success Criteria Met");

    assertTrue(criteria.contains("""
        - [ ] **Type Safety**: 0/1 request bodies validated; 4/4 endpoints and 2/3 models without Object, \
        JsonNode or raw collection types; fails for:
          - OrderController#create: request body OrderRequest not validated
          - model OrderRequest: untyped attributes Map
        """), criteria);
    assertTrue(criteria.contains("""
        - [ ] **API Design**: 3/4 endpoints declare their HTTP method, a success status and error statuses; \
        3/4 paths name resources without verbs; fails for:
          - GET /api/reports/createReport (ReportController#createReport): declares no error status
          - /api/reports/createReport (ReportController#createReport): verb "create" in the path; \
        let the HTTP method say the action
        """), criteria);
    assertTrue(criteria.contains("""
          - ReportController#createReport (GET /api/reports/createReport): no authorization rule in code, \
        and not explicitly open
          - OrderController#create: request not validated
          - Errors#badArgument: returns the message of IllegalArgumentException, a library exception whose \
        message may reveal internals
        """), criteria);
    assertTrue(criteria.contains("""
          - ReportController#createReport: no javadoc
          - model OrderResponse: no javadoc
        """), criteria);
    assertTrue(criteria.contains("""
        - [ ] **Error Handling**: 1/2 of the project's own exceptions the feature throws are mapped to a status \
        (OrderNotFoundException → 404); fails for:
          - PaymentFailedException (thrown in ReportController#createReport): no handler maps it, so clients get 500
        """), criteria);
  }

  @Test
  void successCriteria_codeCannotDecideIsNeverTicked() {
    String criteria = section("### Success Criteria Met");

    assertTrue(criteria.contains("- [ ] **Performance**: not measured at compile time: "), criteria);
    assertTrue(criteria.contains("- [ ] **Testing**: not measured at compile time: "), criteria);
    // the fixture's repository declares no query method: nothing to judge, so nothing is ticked
    assertTrue(criteria.contains("- [ ] **Database**: not applicable: no query method filters on a column\n"), criteria);
    String checklist = summary.substring(summary.indexOf("**Completion Checklist**"));
    assertTrue(checklist.contains("- [ ] **Security review completed**: not measured at compile time: "), checklist);
    assertTrue(checklist.contains("- [ ] **All phases completed successfully**: not evaluated: "), checklist);
  }

  @Test
  void unmetCriteria_areOneNotePerFeatureByDefault() {
    List<String> notes = Compilations.messages(compilation, Diagnostic.Kind.NOTE).stream()
        .filter(m -> m.startsWith("[FD82")).toList();

    assertEquals(1, notes.size(), notes.toString());
    assertEquals("[FD820] feature \"Orders\": 5 success criteria not met (API Design: 2 elements, Type Safety: 2"
        + " elements, Security: 3 elements, Documentation: 2 elements, Error Handling: 1 element): the summary's Success"
        + " Criteria name each failing element; -Afeaturedocs.criteriaDetails=true puts a note (FD821) on each",
        notes.get(0));
    // on the first failing element, in the order of the criteria: an API Design failure
    assertThat(compilation).hadNoteContaining("[FD820] feature \"Orders\"").inFile(source("com/acme/orders/ReportController.java"));
  }

  @Test
  void unmetCriterion_withDetails_isANoteOnTheFailingElement() {
    Compilation compilation = Compilations.compile(Fixtures.load("review"), "-Afeaturedocs.criteriaDetails=true");
    assertThat(compilation).hadNoteContaining("[FD821] success criterion \"Type Safety\" of feature \"Orders\" is not met"
            + " here: OrderController#create: request body OrderRequest not validated")
        .inFile(source("com/acme/orders/OrderController.java"))
        .onLineContaining("public OrderResponse create(");
    assertThat(compilation).hadNoteContaining("[FD821] success criterion \"Error Handling\" of feature \"Orders\"")
        .inFile(source("com/acme/orders/PaymentFailedException.java"))
        .onLineContaining("public class PaymentFailedException");
    assertThat(compilation).hadNoteContaining("[FD821] success criterion \"Security\" of feature \"Orders\" is not met"
            + " here: Errors#badArgument")
        .inFile(source("com/acme/config/Errors.java"))
        .onLineContaining("public ErrorBody badArgument(");
    assertThat(compilation).hadNoteContaining("model OrderResponse: no javadoc")
        .inFile(source("com/acme/orders/OrderResponse.java"))
        .onLineContaining("public record OrderResponse");
  }

  private static javax.tools.JavaFileObject source(String path) {
    return Fixtures.load("review").stream().filter(f -> f.getName().endsWith(path)).findFirst().orElseThrow();
  }

  @Test
  void security_authenticationFromTheConfigurationClassOfNoFeature() {
    String auth = section("### Authentication & Authorization");

    assertTrue(auth.contains("""
        - method security: @PreAuthorize/@PostAuthorize, @RolesAllowed/@PermitAll/@DenyAll enforced (`@EnableMethodSecurity on WebSecurity`)
        - HTTP Basic (`WebSecurity#api`)
        - OAuth2 resource server with JWT bearer tokens (`WebSecurity#api`)
        """), auth);
  }

  @Test
  void security_eachEndpointGetsTheFirstFilterChainRuleThatCoversItsPath_orNone() {
    String auth = section("### Authentication & Authorization");

    assertTrue(auth.contains("""
        | `POST /api/orders` | `authenticated()` | `WebSecurity#api: requestMatchers("/api/orders").authenticated()` |
        | `GET /api/orders/{id}` | `hasRole("USER")` | `WebSecurity#api: requestMatchers(HttpMethod.GET, "/api/orders/*").hasRole("USER")` |
        | `GET /api/public/ping` | `permitAll()` (open) | `WebSecurity#api: requestMatchers("/api/public/**").permitAll()` |
        | `GET /api/reports/createReport` | **no rule in code** |  |
        """), auth);
  }

  @Test
  void security_inputValidationIsAFinding() {
    String input = section("### Input Validation");

    assertTrue(input.contains("| `POST /api/orders` | body OrderRequest | **body not validated: no @Valid or @Validated on it** |\n"),
        input);
    assertTrue(input.contains("**Not validated**: `OrderController#create`.\n"), input);
  }

  @Test
  void security_errorHandlingSaysWhichHandlerReturnsALibraryExceptionsMessage() {
    String errors = section("### Error Handling");

    assertTrue(errors.contains("""
        | `IllegalArgumentException` | 400 | `Errors#badArgument` | `Errors.ErrorBody` | **returns its message, written by a library: it may reveal internals** |
        | `OrderNotFoundException` | 404 | `Errors#notFound` | `Errors.ErrorBody` | returns its message, which the project's own code writes |
        | `PaymentFailedException` | 500 | **nothing maps it** |  | not returned |
        """), errors);
    assertTrue(errors.contains("**Exception messages leaked**: `Errors#badArgument` returns the message of `IllegalArgumentException`.\n"),
        errors);
  }

  @Test
  void troubleshooting_anIssuePerException_withSymptomFromTheAdviceAndTheFixTag() {
    String issues = section("### Common Issues");

    assertTrue(issues.contains("""
        2. **Issue**: `OrderNotFoundException` — No order has the requested id. \s
           **Symptoms**: HTTP `404`, body `Errors.ErrorBody` (`Errors#notFound`); thrown in `OrderService#find`, `ReportController#ping` \s
           **Solution**: Check the id against GET /api/orders; orders are purged after 90 days.
        """), issues);
    assertTrue(issues.contains("""
           **Symptoms**: HTTP `500`: nothing maps it, the framework answers with its default error; thrown in `ReportController#createReport` \s
           **Solution**: _not documented: add a `@fix` tag to the javadoc of PaymentFailedException_
        """), issues);
    assertTrue(issues.contains("<!-- featuredocs:manual id=\"common-issues\" -->"), issues);
  }

  @Test
  void troubleshooting_loggersAndHealthIndicators() {
    String debug = section("### Debug Information");
    String monitoring = section("### Monitoring");

    assertTrue(debug.contains("```properties\nlogging.level.com.acme.orders=DEBUG\n```\n"), debug);
    assertTrue(debug.contains("logging.level.org.hibernate.SQL=DEBUG\n"), debug);
    assertTrue(monitoring.contains(
        "- `OrdersHealthIndicator` contributes `orders` to `GET /actuator/health`: Whether the order store answers.\n"),
        monitoring);
  }

  @Test
  void diagram_mermaidFlowchartFromClientToEntities() {
    String overview = section("## Feature Overview");
    Matcher block = Pattern.compile("```mermaid\n(.*?)```\n", Pattern.DOTALL).matcher(overview);
    assertTrue(block.find(), overview);
    String mermaid = block.group(1);

    assertTrue(mermaid.startsWith("flowchart LR\n  L_client[\"HTTP client\"]\n"), mermaid);
    assertTrue(mermaid.contains("    L_endpoints_2[\"GET /api/orders/{id}\"]\n"), mermaid);
    for (String edge : List.of("L_client --> L_endpoints_2", "L_endpoints_2 --> L_controllers_1",
        "L_controllers_1 --> L_services_1", "L_services_1 --> L_repositories_1", "L_repositories_1 --> L_entities_1",
        "L_entities_1 --> L_tables_1")) {
      assertTrue(mermaid.contains("  " + edge + "\n"), () -> edge + " missing:\n" + mermaid);
    }
    Matcher ids = Pattern.compile("^\\s*(?:subgraph )?([^\\s\\[]+)\\[", Pattern.MULTILINE).matcher(mermaid);
    int count = 0;
    while (ids.find()) {
      count++;
      assertTrue(ids.group(1).matches("[A-Za-z][A-Za-z0-9_]*"), ids.group(1));
    }
    // the client, 6 subgraphs, 4 endpoints, 2 controllers, 2 services, a repository, an entity, its table
    assertEquals(18, count, mermaid);
    assertTrue(mermaid.contains("  subgraph L_tables[\"Tables\"]\n"), mermaid);
  }

  @Test
  void passingFeature_criteriaTickedWithEvidence() {
    String passing = Compilations.summaryOf("tidy", """
        package com.tidy;

        import jakarta.annotation.security.PermitAll;
        import jakarta.validation.Valid;
        import org.springframework.web.bind.annotation.*;

        /** Greetings. */
        @dev.featuredocs.annotations.Feature("Tidy")
        @RestController
        public class Greetings {
          /** Greets. */
          @PermitAll
          @PostMapping("/greetings")
          public Greeting greet(@Valid @RequestBody Greeting greeting) { return greeting; }

          /**
           * A greeting.
           *
           * @param text what to say
           */
          public record Greeting(String text) {}
        }
        """);
    String criteria = Summaries.section(passing, "### Success Criteria Met");

    assertTrue(criteria.contains("- [x] **API Design**: 1/1 endpoints declare their HTTP method, a success status and"
        + " error statuses; 1/1 paths name resources without verbs\n"), criteria);
    assertTrue(criteria.contains("- [x] **Security**: 1/1 endpoints have an authorization rule (1 by method security,"
        + " 0 by the filter chain; 1 explicitly open); 1/1 request bodies validated;"), criteria);
    assertTrue(criteria.contains("- [x] **Documentation**: 1/1 endpoints and 1/1 models have javadoc"), criteria);
    assertTrue(criteria.contains("- [x] **Error Handling**: the feature throws no exception type of the project's own\n"),
        criteria);
    assertFalse(passing.contains("[FD820]"));
  }

  @Test
  void troubleshooting_listsEveryThrowSiteOfAnException() {
    String guide = Summaries.section(Compilations.summaryOf("stock",
        """
        package com.stock;

        @dev.featuredocs.annotations.Feature("Stock")
        @org.springframework.web.bind.annotation.RestController
        public class StockController {
          private final StockService service;
          public StockController(StockService service) { this.service = service; }
          /** Reserves. */
          @org.springframework.web.bind.annotation.PostMapping("/stock/{id}/reserve")
          public void reserve(@org.springframework.web.bind.annotation.PathVariable long id) { service.reserve(id); }
          /** Releases. */
          @org.springframework.web.bind.annotation.PostMapping("/stock/{id}/release")
          public void release(@org.springframework.web.bind.annotation.PathVariable long id) { service.release(id); }
        }
        """,
        """
        package com.stock;

        @dev.featuredocs.annotations.Feature("Stock")
        @org.springframework.stereotype.Service
        public class StockService {
          public void reserve(long id) { if (id < 0) throw new IllegalStateException("no stock"); }
          public void release(long id) { if (id < 0) throw new IllegalStateException("nothing reserved"); }
        }
        """), "### Common Issues");

    assertTrue(guide.contains("; thrown in `StockService#release`, `StockService#reserve`  \n"), guide);
  }

  @Test
  void passingFeature_hasNoCriterionNotes() {
    Compilation tidy = Compilations.compile(List.of(com.google.testing.compile.JavaFileObjects.forSourceString("com.tidy.Ok", """
        package com.tidy;

        import org.springframework.web.bind.annotation.*;

        /** Ok. */
        @dev.featuredocs.annotations.Feature("Tidy")
        @RestController
        public class Ok {
          /** Pings. */
          @jakarta.annotation.security.PermitAll
          @GetMapping("/ping/{id}")
          public String ping(@PathVariable long id) { return "ok"; }
        }
        """)));
    assertThat(tidy).succeeded();
    assertTrue(Compilations.messages(tidy, Diagnostic.Kind.NOTE).stream().noneMatch(m -> m.contains("FD820")),
        () -> Compilations.messages(tidy, Diagnostic.Kind.NOTE).toString());
  }

  @Test
  void jaxRsSecurityContext_isTheAuthenticationCodeShows() {
    String jaxrs = Compilations.summaryOf("reports", """
        package com.reports;

        import jakarta.ws.rs.GET;
        import jakarta.ws.rs.Path;
        import jakarta.ws.rs.core.Context;
        import jakarta.ws.rs.core.SecurityContext;

        /** Reports. */
        @dev.featuredocs.annotations.Feature("Reports")
        @Path("/reports")
        public class Reports {
          /** Mine. */
          @GET
          public String mine(@Context SecurityContext security) { return security.getUserPrincipal().getName(); }
        }
        """);

    assertTrue(Summaries.section(jaxrs, "### Authentication & Authorization").contains(
        "- JAX-RS SecurityContext: the container authenticates, the code reads the caller (`Reports#mine`)\n"), jaxrs);
  }

  @Test
  void healthIndicatorBeanMethod_isListedUnderItsBeanName() {
    String health = Compilations.summaryOf("billing", """
        package org.springframework.boot.health.contributor;

        public interface HealthIndicator {
          Object health();
        }
        """, """
        package com.billing;

        import org.springframework.boot.health.contributor.HealthIndicator;
        import org.springframework.context.annotation.Bean;
        import org.springframework.context.annotation.Configuration;

        /** Billing beans. */
        @dev.featuredocs.annotations.Feature("Billing")
        @Configuration
        public class BillingConfig {
          /** Whether the ledger answers. */
          @Bean
          public HealthIndicator ledgerHealthIndicator() { return () -> "UP"; }
        }
        """);

    assertTrue(Summaries.section(health, "### Monitoring").contains(
        "- `BillingConfig#ledgerHealthIndicator` contributes `ledger` to `GET /actuator/health`: Whether the ledger answers.\n"),
        health);
  }
}
