package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.featuredocs.processor.diag.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test pass: two compilations, as Maven runs them. The main one (the sharing fixture) leaves
 * its model in class output; the test one, with that output on its class path, adds the tests,
 * their scenarios and the rules they verify to the feature's summary.
 */
class TestPassTest {
  @TempDir Path temp;
  Path docs;
  Path classes;
  Compilation main;

  /** A unit test in the feature's package: it belongs to the feature by the package's {@code @Feature}. */
  static final JavaFileObject SERVICE_TEST = JavaFileObjects.forSourceString("com.example.sharing.SharingServiceTest", """
      package com.example.sharing;

      import dev.featuredocs.annotations.Verifies;
      import org.junit.jupiter.api.Disabled;
      import org.junit.jupiter.api.DisplayName;
      import org.junit.jupiter.api.Test;

      class SharingServiceTest {
        @Test
        @Verifies(DocumentSharingFeature.Rules.BR_SHARE_1)
        void share_rejectsTheFiftyFirstRecipient() {}

        @Test
        @DisplayName("The owner is never a recipient")
        @Verifies("BR-SHARE-2")
        void ownerShare() {}

        @Test
        @Disabled
        void expiringShares() {}

        void helper() {}
      }
      """);

  /** An integration test elsewhere that names the feature only through its catalog in {@code @Verifies}. */
  static final JavaFileObject API_TEST = JavaFileObjects.forSourceString("com.example.api.ShareApiTest", """
      package com.example.api;

      import com.example.sharing.DocumentSharingFeature;
      import dev.featuredocs.annotations.Verifies;
      import org.junit.jupiter.api.Test;
      import org.springframework.boot.test.context.SpringBootTest;

      @SpringBootTest
      class ShareApiTest {
        @Test
        @Verifies({DocumentSharingFeature.Rules.BR_NOTIFY_1, DocumentSharingFeature.Rules.BR_SHARE_1})
        void share_notifiesTheRecipient() {}
      }
      """);

  /** Spring Boot's annotation, by its real name: the processor recognises it by name. */
  static final JavaFileObject SPRING_BOOT_TEST = JavaFileObjects.forSourceString(
      "org.springframework.boot.test.context.SpringBootTest", """
      package org.springframework.boot.test.context;

      public @interface SpringBootTest {}
      """);

  /** A unit test that only uses a type of the feature. */
  static final JavaFileObject REQUEST_TEST = JavaFileObjects.forSourceString("com.example.other.ShareRequestTest", """
      package com.example.other;

      import com.example.sharing.ShareRequest;
      import org.junit.jupiter.api.Test;

      class ShareRequestTest {
        @Test
        void recipient_isKept() {
          new ShareRequest("bob@example.com").recipient();
        }
      }
      """);

  /** A test of nothing featuredocs knows. */
  static final JavaFileObject UNRELATED_TEST = JavaFileObjects.forSourceString("com.example.other.MathTest", """
      package com.example.other;

      import org.junit.jupiter.api.Test;

      class MathTest {
        @Test
        void addition() {}
      }
      """);

  @BeforeEach
  void compileMain() {
    docs = temp.resolve("docs");
    main = Compilations.compile(Fixtures.load("sharing"), "-Afeaturedocs.dir=" + docs);
    assertThat(main).succeededWithoutWarnings();
    classes = Compilations.writeClassOutput(main, temp.resolve("classes"));
  }

  private Compilation compileTests(List<JavaFileObject> tests, String... options) {
    return Compilations.compileWithClasspath(classes, tests, options);
  }

  private Compilation compileAllTests(String... options) {
    return compileTests(List.of(SERVICE_TEST, API_TEST, SPRING_BOOT_TEST, REQUEST_TEST, UNRELATED_TEST), options);
  }

  private static String before(String text, String marker) {
    return text.substring(0, text.indexOf(marker));
  }

  @Test
  void testPass_rewritesTheMainSummaryWithTheTestsAndChangesNothingElse() throws Exception {
    Compilation tests = compileAllTests("-Afeaturedocs.dir=" + docs);

    assertThat(tests).succeededWithoutWarnings();
    String mainSummary = Compilations.summary(main, "document-sharing");
    String tested = Compilations.summary(tests, "document-sharing");
    assertEquals(before(mainSummary, "## Testing & Validation"), before(tested, "## Testing & Validation"));
    assertEquals(mainSummary.substring(mainSummary.indexOf("### Manual Testing Performed")).replace("""
        <!-- featuredocs:tests id="checklist-tests" -->
        - [ ] **Business rules verified by a test**: tests were not analysed (featuredocs did not run on the test sources)
        """, """
        <!-- featuredocs:tests id="checklist-tests" -->
        - [ ] **Business rules verified by a test**: 3/4 business rules verified by a test; fails for:
          - BR-SHARE-3: A recipient gets at most one share per document
        """),
        tested.substring(tested.indexOf("### Manual Testing Performed")));
    assertEquals(tested, Files.readString(docs.resolve("document-sharing.md")), "the committed copy is the test pass's");
    assertTrue(tests.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/featuredocs/document-sharing.json").isEmpty(),
        "the main compile's model is not shadowed in test class output");
  }

  @Test
  void testPass_listsUnitAndIntegrationTestsWithTheirScenarios() {
    String tested = Compilations.summary(compileAllTests(), "document-sharing");

    assertTrue(tested.contains("""
        <!-- featuredocs:tests id="tests" -->
        ### Unit Tests Created
        **Files**:
        - `com/example/other/ShareRequestTest.java`
        - `com/example/sharing/SharingServiceTest.java`

        **Scenarios Tested**:
        - **ShareRequestTest**
          - Recipient: is kept
        - **SharingServiceTest**
          - Share: rejects the fifty first recipient — verifies **BR-SHARE-1**
          - The owner is never a recipient — verifies **BR-SHARE-2**
          - Expiring shares _(disabled)_

        ### Integration Tests
        **Files**:
        - `com/example/api/ShareApiTest.java`

        **Scenarios Tested**:
        - **ShareApiTest**
          - Share: notifies the recipient — verifies **BR-NOTIFY-1**, **BR-SHARE-1**
        """), tested);
    assertFalse(tested.contains("MathTest"), "a test that names nothing of the feature is not its test");
  }

  @Test
  void coverageTable_flagsTheRuleNoTestVerifiesAndTheChecklistCountsIt() {
    String tested = Compilations.summary(compileAllTests(), "document-sharing");

    assertTrue(tested.contains("""
        ### Business Rule Coverage
        | # | Rule | Verified by |
        |---|---|---|
        | 1 | **BR-NOTIFY-1**: Recipients are notified once per share | `ShareApiTest#share_notifiesTheRecipient` |
        | 2 | **BR-SHARE-1**: A document is shared with at most 50 people | `ShareApiTest#share_notifiesTheRecipient`, `SharingServiceTest#share_rejectsTheFiftyFirstRecipient` |
        | 3 | **BR-SHARE-2**: A document cannot be shared with its owner | `SharingServiceTest#ownerShare` |
        | 4 | **BR-SHARE-3**: A recipient gets at most one share per document | **not verified by any test** |

        **3/4 business rules verified by a test.**
        <!-- /featuredocs:tests -->
        """), tested);
    assertTrue(tested.contains("**Completion Checklist**:\n"
        + "<!-- featuredocs:tests id=\"checklist-tests\" -->\n"
        + "- [ ] **Business rules verified by a test**: 3/4 business rules verified by a test; fails for:\n"
        + "  - BR-SHARE-3: A recipient gets at most one share per document\n"
        + "<!-- /featuredocs:tests -->\n"), tested);
  }

  @Test
  void unknownRuleId_isAnErrorOnTheValueListingTheFeaturesIds() {
    JavaFileObject typo = JavaFileObjects.forSourceString("com.example.sharing.TypoTest", """
        package com.example.sharing;

        import dev.featuredocs.annotations.Verifies;
        import org.junit.jupiter.api.Test;

        class TypoTest {
          @Test
          @Verifies({"BR-SHARE-1", "BR-SHARE-9"})
          void share() {}
        }
        """);

    Compilation tests = compileTests(List.of(typo));

    assertThat(tests).hadErrorContaining(Message.VERIFIES_UNKNOWN.format(
            "BR-SHARE-9", "Document Sharing", "BR-NOTIFY-1, BR-SHARE-1, BR-SHARE-2, BR-SHARE-3"))
        .inFile(typo).onLineContaining("@Verifies({\"BR-SHARE-1\", \"BR-SHARE-9\"})");
    assertThat(tests).hadErrorCount(1);
  }

  @Test
  void unknownRuleIdInATestOfNoFeature_listsTheIdsOfEveryKnownFeature() {
    JavaFileObject typo = JavaFileObjects.forSourceString("com.example.other.TypoTest", """
        package com.example.other;

        import dev.featuredocs.annotations.Verifies;
        import org.junit.jupiter.api.Test;

        class TypoTest {
          @Test
          @Verifies("BR-SHAER-1")
          void share() {}
        }
        """);

    Compilation tests = compileTests(List.of(typo), "-Afeaturedocs.dir=" + docs);

    assertThat(tests).hadErrorContaining(Message.VERIFIES_UNKNOWN_ANY.format(
            "BR-SHAER-1", "\"Document Sharing\": BR-NOTIFY-1, BR-SHARE-1, BR-SHARE-2, BR-SHARE-3"))
        .inFile(typo).onLineContaining("@Verifies(\"BR-SHAER-1\")");
  }

  @Test
  void testNamingAFeatureWithNoModel_isAnErrorOnItsFeature() {
    JavaFileObject billing = JavaFileObjects.forSourceString("com.example.other.BillingTest", """
        package com.example.other;

        import dev.featuredocs.annotations.Feature;
        import org.junit.jupiter.api.Test;

        @Feature("Billing")
        class BillingTest {
          @Test
          void invoice() {}
        }
        """);

    Compilation tests = compileTests(List.of(billing), "-Afeaturedocs.dir=" + docs);

    assertThat(tests).hadErrorContaining(Message.TEST_FEATURE_UNKNOWN.format("BillingTest", "Billing", "billing"))
        .inFile(billing).onLineContaining("@Feature(\"Billing\")");
    assertThat(tests).hadErrorCount(1);
    assertFalse(Files.exists(docs.resolve("billing.md")), "a test class is never documented as a feature of its own");
  }

  @Test
  void mainCompile_keepsTheCommittedTestBlocksAndVerifiesCleanWithThem() throws Exception {
    assertThat(compileAllTests("-Afeaturedocs.dir=" + docs)).succeeded();
    String tested = Files.readString(docs.resolve("document-sharing.md"));

    Compilation again = Compilations.compile(Fixtures.load("sharing"), "-Afeaturedocs.dir=" + docs);
    Compilation verify = Compilations.compile(Fixtures.load("sharing"), "-Afeaturedocs.dir=" + docs,
        "-Afeaturedocs.mode=verify");

    assertThat(again).succeededWithoutWarnings();
    assertEquals(tested, Files.readString(docs.resolve("document-sharing.md")), "the main compile leaves the tests as they are");
    assertEquals(tested, Compilations.summary(again, "document-sharing"), "and so does its class-output copy");
    assertThat(verify).succeededWithoutWarnings();
    assertThat(verify).hadNoteContaining(Message.SUMMARY_CURRENT.format(docs.resolve("document-sharing.md")));
  }

  @Test
  void index_testPassFillsTheRulesColumn_andTheMainCompileKeepsIt() throws Exception {
    Path index = docs.resolve("README.md");
    String beforeTests = Files.readString(index);

    assertThat(compileAllTests("-Afeaturedocs.dir=" + docs)).succeeded();
    String tested = Files.readString(index);
    Compilation again = Compilations.compile(Fixtures.load("sharing"), "-Afeaturedocs.dir=" + docs,
        "-Afeaturedocs.mode=verify");

    assertEquals(beforeTests.replace("| Docs team | 2 | 2 | _not analysed_ | 1/2 | 1 |", "| Docs team | 2 | 2 | 3/4 | 1/2 | 1 |"),
        tested, "3 of the 4 rules are verified, as the Business Rule Coverage says");
    assertThat(again).succeededWithoutWarnings();
    assertEquals(tested, Files.readString(index));
  }

  @Test
  void testCompileInVerifyMode_failsWhenTheTestsChangedAndPassesWhenCurrent() throws Exception {
    assertThat(compileAllTests("-Afeaturedocs.dir=" + docs)).succeeded();
    String committed = Files.readString(docs.resolve("document-sharing.md"));

    Compilation current = compileAllTests("-Afeaturedocs.dir=" + docs, "-Afeaturedocs.mode=verify");
    Compilation changed = compileTests(List.of(SERVICE_TEST, REQUEST_TEST), "-Afeaturedocs.dir=" + docs,
        "-Afeaturedocs.mode=verify");

    assertThat(current).succeededWithoutWarnings();
    assertThat(changed).hadErrorContaining(Message.SUMMARY_STALE.format(docs.resolve("document-sharing.md"), "")
        .substring(0, 40));
    assertThat(changed).hadErrorContaining("-| 1 | **BR-NOTIFY-1**: Recipients are notified once per share | `ShareApiTest#share_notifiesTheRecipient` |");
    assertThat(changed).hadErrorContaining("+| 1 | **BR-NOTIFY-1**: Recipients are notified once per share | **not verified by any test** |");
    assertEquals(committed, Files.readString(docs.resolve("document-sharing.md")), "verify writes nothing");
  }

  @Test
  void withoutATestPass_theSectionSaysTestsWereNotAnalysed() {
    String summary = Compilations.summary(main, "document-sharing");

    assertTrue(summary.contains("""
        ### Unit Tests Created
        _Tests were not analysed: featuredocs fills this in when it runs on the test sources (Maven's test compile)._
        """), summary);
  }

  @Test
  void testsInTheMainCompilation_areAnalysedThere() {
    List<JavaFileObject> sources = new ArrayList<>(Fixtures.load("sharing"));
    sources.add(SERVICE_TEST);

    Compilation both = Compilations.compile(sources);

    assertThat(both).succeededWithoutWarnings();
    String summary = Compilations.summary(both, "document-sharing");
    assertTrue(summary.contains("- **SharingServiceTest**\n"), summary);
    assertFalse(summary.contains("SharingServiceTest.java                 #"), "a test is no file of the feature's code");
    assertTrue(Compilations.messages(both, Diagnostic.Kind.ERROR).isEmpty());
  }

  @Test
  void verifiesOnATestClass_coversEachOfItsTestMethods() {
    JavaFileObject classLevel = JavaFileObjects.forSourceString("com.example.sharing.LimitTest", """
        package com.example.sharing;

        import dev.featuredocs.annotations.Verifies;
        import org.junit.jupiter.api.Test;

        @Verifies(DocumentSharingFeature.Rules.BR_SHARE_3)
        class LimitTest {
          @Test
          void secondShare_isRefused() {}

          @Test
          void otherRecipient_isAccepted() {}
        }
        """);

    String tested = Compilations.summary(compileTests(List.of(classLevel)), "document-sharing");

    assertTrue(tested.contains("| 4 | **BR-SHARE-3**: A recipient gets at most one share per document |"
        + " `LimitTest#otherRecipient_isAccepted`, `LimitTest#secondShare_isRefused` |"), tested);
  }

  @Test
  void emptyVerifies_isAnError() {
    JavaFileObject empty = JavaFileObjects.forSourceString("com.example.sharing.EmptyTest", """
        package com.example.sharing;

        import dev.featuredocs.annotations.Verifies;
        import org.junit.jupiter.api.Test;

        class EmptyTest {
          @Test
          @Verifies({})
          void share() {}
        }
        """);

    assertThat(compileTests(List.of(empty))).hadErrorContaining(Message.VERIFIES_EMPTY.format())
        .inFile(empty).onLineContaining("@Verifies({})");
  }

  /** Billing and Refunds, both with a rule "BR-1", and Refunds with "BR-REFUND-2"; their class output. */
  private Path moneyClasses() {
    Compilation twoFeatures = Compilations.compile(List.of(
        JavaFileObjects.forSourceString("com.example.billing.Invoices", """
            package com.example.billing;

            import dev.featuredocs.annotations.BusinessRule;
            import dev.featuredocs.annotations.Feature;

            @Feature("Billing")
            public class Invoices {
              @BusinessRule(value = "Invoices are numbered without gaps", id = "BR-1")
              public void issue() {}
            }
            """),
        JavaFileObjects.forSourceString("com.example.refunds.Refunds", """
            package com.example.refunds;

            import dev.featuredocs.annotations.BusinessRule;
            import dev.featuredocs.annotations.Feature;

            @Feature("Refunds")
            public class Refunds {
              @BusinessRule(value = "A refund never exceeds its payment", id = "BR-1")
              @BusinessRule(value = "A refund names its reason", id = "BR-REFUND-2")
              public void refund() {}
            }
            """)), "-Afeaturedocs.dir=" + temp.resolve("money"));
    assertThat(twoFeatures).succeededWithoutWarnings();
    return Compilations.writeClassOutput(twoFeatures, temp.resolve("money-classes"));
  }

  @Test
  void idOfSeveralFeaturesInATestOfNone_isAnErrorAskingToNameTheFeature() {
    Path money = moneyClasses();
    JavaFileObject ambiguous = JavaFileObjects.forSourceString("com.example.other.MoneyTest", """
        package com.example.other;

        import dev.featuredocs.annotations.Verifies;
        import org.junit.jupiter.api.Test;

        class MoneyTest {
          @Test
          @Verifies("BR-1")
          void rule() {}
        }
        """);

    Compilation tests = Compilations.compileWithClasspath(money, List.of(ambiguous),
        "-Afeaturedocs.dir=" + temp.resolve("money"));

    assertThat(tests).hadErrorContaining(Message.VERIFIES_AMBIGUOUS.format("BR-1", "\"Billing\", \"Refunds\""))
        .inFile(ambiguous).onLineContaining("@Verifies(\"BR-1\")");
  }

  @Test
  void testOfOneFeature_mayVerifyARuleOfAnotherByItsId() throws Exception {
    Path money = moneyClasses();
    JavaFileObject billingTest = JavaFileObjects.forSourceString("com.example.billing.InvoiceRefundTest", """
        package com.example.billing;

        import dev.featuredocs.annotations.Feature;
        import dev.featuredocs.annotations.Verifies;
        import org.junit.jupiter.api.Test;

        @Feature("Billing")
        class InvoiceRefundTest {
          @Test
          @Verifies({"BR-1", "BR-REFUND-2"})
          void refundOfAnInvoice() {}
        }
        """);

    Compilation tests = Compilations.compileWithClasspath(money, List.of(billingTest),
        "-Afeaturedocs.dir=" + temp.resolve("money"));

    assertThat(tests).succeededWithoutWarnings();
    String billing = Files.readString(temp.resolve("money/billing.md"));
    String refunds = Files.readString(temp.resolve("money/refunds.md"));
    assertTrue(billing.contains("| 1 | **BR-1**: Invoices are numbered without gaps | `InvoiceRefundTest#refundOfAnInvoice` |"),
        "BR-1 of the test's own feature, not Refunds' BR-1: " + billing);
    assertTrue(refunds.contains("| 1 | **BR-1**: A refund never exceeds its payment | **not verified by any test** |"), refunds);
    assertTrue(refunds.contains("| 2 | **BR-REFUND-2**: A refund names its reason | `InvoiceRefundTest#refundOfAnInvoice` |"), refunds);
    assertTrue(billing.contains("  - Refund of an invoice — verifies **BR-1**\n"), "only Billing's rule in Billing: " + billing);
    assertTrue(refunds.contains("  - Refund of an invoice — verifies **BR-REFUND-2**\n"), "only Refunds' in Refunds: " + refunds);
  }

  @Test
  void testPass_isDeterministic() {
    String first = Compilations.summary(compileAllTests(), "document-sharing");
    String second = Compilations.summary(compileTests(
        List.of(UNRELATED_TEST, REQUEST_TEST, SPRING_BOOT_TEST, API_TEST, SERVICE_TEST)), "document-sharing");

    assertEquals(first, second, "same tests in another order, same bytes");
  }
}
