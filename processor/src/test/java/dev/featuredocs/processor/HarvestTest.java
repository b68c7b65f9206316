package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the harvesters read from code, asserted on the rendered summary line by line. */
class HarvestTest {
  private final Compilation sharing = Compilations.compileSharing();
  private final String summary = Compilations.summary(sharing, "document-sharing");

  @Test
  void sharingFixture_compilesWithoutWarnings() {
    assertThat(sharing).succeededWithoutWarnings();
  }

  @Test
  void header_comesFromTheFeatureDeclaration() {
    assertTrue(summary.startsWith("""
        # Document Sharing - Backend Implementation

        **Implementation Date**: 2026-11-20 \s
        **Developer/Agent**: Docs team \s
        **PRP Reference**: [docs/PRPs/document-sharing-backend-prp.md](docs/PRPs/document-sharing-backend-prp.md) \s
        **PRD Reference**: [docs/PRDs/sharing.md#sharing](docs/PRDs/sharing.md#sharing) \s
        """), summary);
  }

  @Test
  void apiArchitecture_groupsTypesByRoleAndFollowsInjection() {
    assertTrue(summary.contains("**API Architecture**: 1 controller (`ShareController`);"
        + " 2 services (`Notifier`, `SharingService`); 1 repository (`ShareRepository`); 1 entity (`Share`);"
        + " 2 models (`ShareRequest`, `ShareResponse`); 1 error handler (`SharingErrors`);"
        + " 1 exception (`TooManyRecipientsException`)."
        + " Flow: `ShareController` → `SharingService` → `ShareRepository`;"
        + " `ShareController` → `SharingService` → `Notifier`.  \n"), summary);
  }

  @Test
  void phases_areListedByOrderWithTicksAndDeliveries() {
    int first = summary.indexOf("#### Phase 1: Data model\n");
    int second = summary.indexOf("#### Phase 2: Sharing API\n");
    assertTrue(first > 0 && second > first, "Phase 1 before Phase 2, although declared after it");
    assertTrue(summary.contains("""
        #### Phase 2: Sharing API
        **Duration**: 3 days \s
        **Tasks Completed**:
        - [x] Share endpoint
        - [x] Recipient limit
        - [ ] Expiring shares

        **Testing Phase 2: Sharing API**:
        - [x] Share round-trip
        - [ ] Load test with 50 recipients

        **Delivered in this phase**:
        - `ShareController`
        - `SharingService#share(...)`
        """), summary);
  }

  @Test
  void filesCreated_isATreeOfTheFeatureSourcesWithTheirJavadocRole() {
    assertTrue(summary.contains("""
        ```
        com/example/
        ├── notify/
        │   └── Notifier.java                    # Tells recipients that something was shared with them.
        └── sharing/
            ├── Share.java                       # A document shared with one recipient.
            ├── ShareController.java             # REST endpoints for sharing a document.
        """), summary);
  }

  @Test
  void businessLogic_listsPublicMethodsAndNumberedRulesWithWhereTheyAreEnforced() {
    assertTrue(summary.contains("""
        #### SharingService
        **File**: `com/example/sharing/SharingService.java` \s
        **Purpose**: Shares documents with recipients, within the limits of the plan. \s

        **Key Methods**:
        - `share(long documentId, ShareRequest request) -> ShareResponse`
        - `sharesOf(long documentId) -> List<ShareResponse>`

        **Business Rules**:
        2. **BR-SHARE-1**: A document is shared with at most 50 people (enforced in `SharingService#share`)
        3. **BR-SHARE-2**: A document cannot be shared with its owner (enforced in `SharingService#share`)
        """), summary);
    assertFalse(summary.contains("internalHelper"), "package-private methods are not key methods");
    assertTrue(summary.contains("""
        #### Business Rules Enforced Outside Services
        4. **BR-SHARE-3**: A recipient gets at most one share per document (enforced in `Share`)
        """), summary);
  }

  @Test
  void unannotatedServiceInjectedByTheFeature_joinsItWithItsRules() {
    assertTrue(summary.contains("""
        #### Notifier
        **File**: `com/example/notify/Notifier.java` \s
        """), summary);
    assertTrue(summary.contains(
        "1. **BR-NOTIFY-1**: Recipients are notified once per share (enforced in `Notifier#notify`)\n"), summary);
  }

  @Test
  void membership_isOwnFeatureElseEnclosingTypeElsePackage() {
    Compilation compilation = Compilations.compile(List.of(
        JavaFileObjects.forSourceString("com.shop.package-info", """
            @dev.featuredocs.annotations.Feature("Catalog")
            package com.shop;
            """),
        JavaFileObjects.forSourceString("com.shop.Products", """
            package com.shop;

            /** Lists products. */
            @org.springframework.stereotype.Service
            public class Products {
              /** A price check. */
              public static class PriceCheck {
                @dev.featuredocs.annotations.BusinessRule(value = "Prices are positive", id = "BR-C1")
                public void check() {}
              }
            }
            """),
        JavaFileObjects.forSourceString("com.shop.Checkout", """
            package com.shop;

            /** Takes payment. */
            @dev.featuredocs.annotations.Feature("Checkout")
            @org.springframework.stereotype.Service
            public class Checkout {
              @dev.featuredocs.annotations.BusinessRule(value = "Carts are paid once", id = "BR-K1")
              public void pay() {}
            }
            """)));

    assertThat(compilation).succeededWithoutWarnings();
    String catalog = Compilations.summary(compilation, "catalog");
    String checkout = Compilations.summary(compilation, "checkout");
    assertTrue(catalog.contains("1. **BR-C1**: Prices are positive (enforced in `Products.PriceCheck#check`)\n"), catalog);
    assertFalse(catalog.contains("Checkout"), "a type's own @Feature beats its package's");
    assertTrue(checkout.contains("1. **BR-K1**: Carts are paid once (enforced in `Checkout#pay`)\n"), checkout);
    assertTrue(catalog.contains("**API Architecture**: 1 service (`Products`); 1 other type (`Products.PriceCheck`)."), catalog);
  }

  @Test
  void injection_throughMarkedFieldsAndProviderWrappers() {
    Compilation compilation = Compilations.compile(List.of(
        JavaFileObjects.forSourceString("com.shop.Orders", """
            package com.shop;

            /** Order endpoints. */
            @dev.featuredocs.annotations.Feature("Orders")
            @org.springframework.web.bind.annotation.RestController
            public class Orders {
              @jakarta.inject.Inject Pricing pricing;
              private final java.util.Optional<Stock> stock;

              public Orders(java.util.Optional<Stock> stock) {
                this.stock = stock;
              }
            }
            """),
        JavaFileObjects.forSourceString("com.shop.Pricing", """
            package com.shop;

            @org.springframework.stereotype.Service
            public class Pricing {}
            """),
        JavaFileObjects.forSourceString("com.shop.Stock", """
            package com.shop;

            @org.springframework.stereotype.Service
            public class Stock {}
            """),
        JavaFileObjects.forSourceString("jakarta.inject.Inject", """
            package jakarta.inject;

            public @interface Inject {}
            """)));

    assertThat(compilation).succeeded();
    String orders = Compilations.summary(compilation, "orders");
    assertTrue(orders.contains("Flow: `Orders` → `Stock`; `Orders` → `Pricing`."), orders);
  }

  @Test
  void injectingAnotherFeaturesType_isShownAsUseOfThatFeatureWithALinkToItsSummary() {
    Compilation compilation = Compilations.compile(List.of(
        JavaFileObjects.forSourceString("com.shop.Invoices", """
            package com.shop;

            @dev.featuredocs.annotations.Feature("Billing")
            @org.springframework.stereotype.Service
            public class Invoices {
              public Invoices(Customers customers) {}
            }
            """),
        JavaFileObjects.forSourceString("com.shop.Customers", """
            package com.shop;

            @dev.featuredocs.annotations.Feature("Customer Accounts")
            @org.springframework.stereotype.Service
            public class Customers {}
            """)));

    assertThat(compilation).succeededWithoutWarnings();
    String billing = Compilations.summary(compilation, "billing");
    assertTrue(billing.contains("**API Architecture**: 1 service (`Invoices`)."
        + " Uses other features: `Invoices` → `Customers` ([Customer Accounts](customer-accounts.md)).  \n"), billing);
    assertFalse(Compilations.summary(compilation, "customer-accounts").contains("Invoices"));
  }

  @Test
  void jsonModel_carriesTheSameFacts() {
    String json = Compilations.output(sharing, "document-sharing.json").orElseThrow();
    assertTrue(json.startsWith("{\n  \"name\": \"Document Sharing\",\n  \"slug\": \"document-sharing\",\n"), json);
    assertTrue(json.contains("""
                  "id": "BR-SHARE-1",
                  "text": "A document is shared with at most 50 people",
                  "enforcedIn": "SharingService#share",
                  "alsoEnforcedIn": []
        """), json);
    assertEquals('\n', json.charAt(json.length() - 1));
  }
}
