package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Integration Points: external APIs, database, other features, libraries, deprecations. */
class IntegrationSectionTest {
  private final String library = Summaries.section(
      Compilations.summary(Compilations.compile(Fixtures.load("persistence")), "library-loans"), "## Integration Points");
  private final String sharing = Summaries.section(
      Compilations.summary(Compilations.compileSharing(), "document-sharing"), "## Integration Points");

  @Test
  void externalApis_areClientFieldsAndHttpExchangeInterfaces() {
    assertTrue(library.contains("""
        - **External APIs**:
          - RestClient `CatalogClient.http` (`@Value ${catalog.url}`)
          - @HttpExchange `IsbnApi` (`base https://isbn.example.org/api`): `GET /{isbn} (lookup)`, `POST /reports (report)`
          - @FeignClient `MembersClient` (`name members, url ${members.url}`): `GET /members/{id} (member)`
        """), library);
  }

  @Test
  void featureWithoutClients_saysItCallsNoExternalApi() {
    assertTrue(sharing.contains("- **External APIs**: _none: no `@FeignClient` or `@HttpExchange` interface, and no"
        + " `RestClient`, `WebClient` or `RestTemplate` field in this feature_\n"), sharing);
  }

  @Test
  void database_namesEntitiesTablesAndRepositories() {
    assertTrue(library.contains("- **Database**: entities `Book` (table `books`), `Loan` (table `loan`);"
        + " repositories `BookRepository`, `LoanRepository`\n"), library);
  }

  @Test
  void internalServices_linkTheOtherFeaturesSummary() {
    String documents = Summaries.section(Compilations.summaryOf("sharing",
        """
        package com.docs;

        @dev.featuredocs.annotations.Feature("Documents")
        @org.springframework.stereotype.Service
        public class DocumentService {}
        """,
        """
        package com.share;

        @dev.featuredocs.annotations.Feature("Sharing")
        @org.springframework.stereotype.Service
        public class ShareService {
          public ShareService(com.docs.DocumentService documents) {}
        }
        """), "## Integration Points");

    assertTrue(documents.contains("- **Internal Services**: `DocumentService` of [Documents](documents.md)"
        + " (used by `ShareService`)\n"), documents);
  }

  @Test
  void thirdPartyLibraries_groupTheImportedPackagesLeavingOutTheJdkAndTheProject() {
    assertTrue(library.contains("""
        - **Third-party Libraries**:
          - `com.fasterxml.jackson`: `com.fasterxml.jackson.annotation`
          - `jakarta.persistence`: `jakarta.persistence`
          - `jakarta.validation`: `jakarta.validation.constraints`
          - `org.springframework`: `org.springframework.beans.factory.annotation`,\
         `org.springframework.cache.annotation`, `org.springframework.data.domain`,\
         `org.springframework.data.jpa.repository`, `org.springframework.data.repository`,\
         `org.springframework.scheduling.annotation`, `org.springframework.stereotype`,\
         `org.springframework.transaction.annotation`, `org.springframework.web.bind.annotation`,\
         `org.springframework.web.client`, `org.springframework.web.service.annotation`
        """), library);
    assertFalse(library.contains("java.time"), "the JDK is no third-party library");
    assertFalse(library.contains("com.example"), "the project's own packages are no library");
  }

  @Test
  void thirdPartyLibraries_groupALibraryNamedWithoutDomainOnceAndLeaveFeaturedocsOut() {
    // freemarker (like lombok and lombok.extern.slf4j) has packages under a first name that is no domain
    String libraries = Summaries.section(Compilations.summaryOf("tools",
        """
        package com.tools;

        import dev.featuredocs.annotations.Feature;
        import freemarker.core.Environment;
        import freemarker.template.Configuration;

        @Feature("Tools")
        @org.springframework.stereotype.Service
        public class TemplateService {
          Environment environment;
          Configuration configuration;
        }
        """), "## Integration Points");

    // the Spring annotation is written fully qualified, not imported: only imports are read
    assertTrue(libraries.contains("""
        - **Third-party Libraries**:
          - `freemarker`: `freemarker.core`, `freemarker.template`

        """), libraries);
    assertFalse(libraries.contains("dev.featuredocs"), libraries);
  }

  @Test
  void breakingChanges_comeFromDeprecatedElements() {
    assertTrue(library.contains("### Breaking Changes\n"
        + "- `LoanService#overdueNow()` is deprecated since 2.0 and will be removed:"
        + " use overdue(Instant) with the caller's clock\n"), library);
    assertTrue(sharing.contains("- _None announced in code: no type or member of this feature is `@Deprecated`._\n"),
        sharing);
  }

  @Test
  void databaseImpact_namesTheTablesAndTheQueriesNoIndexServes() {
    assertTrue(library.contains("- **Schema Changes**: `books`, `loan` (see Database Changes)\n"), library);
    assertTrue(library.contains("- **Performance Impact**:"
        + " `BookRepository#findByIsbnIgnoreCase` filters on `books.isbn`;"
        + " `BookRepository#findByShelfRoomAndTitleContainingIgnoreCase` filters on `books.room`, `books.title`;"
        + " `LoanRepository#findByMemberAndReturnedFalseOrderByDueAtAsc` filters on `loan.member`, `loan.returned`;"
        + " `LoanRepository#overdue` filters on `loan.due_at`, `loan.returned`;"
        + " `LoanRepository#findByBookIdAndDueAtBefore` filters on `loan.due_at`: no index serves them\n"), library);
    assertTrue(library.contains("""
        - **Data Migration**:
          <!-- featuredocs:manual id="data-migration" -->
        """), library);
  }
}
