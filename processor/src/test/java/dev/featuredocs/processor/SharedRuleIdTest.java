package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.featuredocs.processor.diag.Message;
import dev.featuredocs.processor.json.ModelJson;
import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.RuleDoc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule enforced by several methods: its text once, its id repeated on each; the summary, the
 * JSON model, the catalog and the test pass see one rule with every enforcing method.
 */
class SharedRuleIdTest {
  @TempDir Path dir;

  private static final JavaFileObject FEATURE = JavaFileObjects.forSourceString("com.example.billing.package-info", """
      @Feature("Billing")
      package com.example.billing;

      import dev.featuredocs.annotations.Feature;
      """);

  private static final JavaFileObject INVOICES = JavaFileObjects.forSourceString("com.example.billing.InvoiceService", """
      package com.example.billing;

      import dev.featuredocs.annotations.BusinessRule;

      public class InvoiceService {
        @BusinessRule(value = "An invoice is paid once", id = "BR-PAY-1")
        public void pay() {}

        @BusinessRule(id = "BR-PAY-1")
        public void payAll() {}

        @BusinessRule(value = "An invoice is paid once", id = "BR-PAY-1")
        public void retry() {}

        @BusinessRule("Refunds go to the paying account")
        public void refund() {}
      }
      """);

  private static final JavaFileObject REMINDERS = JavaFileObjects.forSourceString("com.example.billing.ReminderJob", """
      package com.example.billing;

      import dev.featuredocs.annotations.BusinessRule;

      public class ReminderJob {
        @BusinessRule(id = "BR-PAY-1")
        public void remind() {}
      }
      """);

  private static List<String> ruleLines(String summary) {
    return summary.lines().filter(l -> l.matches("\\d+\\. .*\\(enforced in .*")).toList();
  }

  @Test
  void idRepeatedWithoutText_isOneRuleListingEveryEnforcingMethod() {
    Compilation compilation = Compilations.compile(List.of(FEATURE, INVOICES, REMINDERS));

    assertThat(compilation).succeededWithoutWarnings();
    String summary = Compilations.summary(compilation, "billing");
    assertEquals(List.of(
        "1. **BR-PAY-1**: An invoice is paid once (enforced in `InvoiceService#pay`, `InvoiceService#payAll`,"
            + " `InvoiceService#retry`, `ReminderJob#remind`)",
        "2. Refunds go to the paying account (enforced in `InvoiceService#refund`)"), ruleLines(summary));
    String json = Compilations.output(compilation, "billing.json").orElseThrow();
    FeatureSummary model = ModelJson.read(json, FeatureSummary.class);
    assertEquals(List.of(
            new RuleDoc(1, "BR-PAY-1", "An invoice is paid once", "InvoiceService#pay",
                List.of("InvoiceService#payAll", "InvoiceService#retry", "ReminderJob#remind")),
            new RuleDoc(2, "", "Refunds go to the paying account", "InvoiceService#refund")),
        model.rules());
  }

  @Test
  void catalog_hasOneConstantWithTheTextAndEveryMethod() throws Exception {
    Compilation compilation = Compilations.compile(List.of(FEATURE, INVOICES, REMINDERS));

    String catalog = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "com.example.billing", "BillingFeature.java")
        .orElseThrow().getCharContent(true).toString();
    assertEquals(List.of("public static final String BR_PAY_1 = \"BR-PAY-1\";"),
        catalog.lines().map(String::strip).filter(l -> l.contains("BR_PAY_1")).toList());
    assertTrue(catalog.contains("An invoice is paid once (enforced in InvoiceService#pay, InvoiceService#payAll,"
        + " InvoiceService#retry, ReminderJob#remind)"), catalog);
  }

  @Test
  void idOnlyEverUsedWithoutText_isAnErrorOnTheFirstIdAndNoFileIsWritten() {
    JavaFileObject service = JavaFileObjects.forSourceString("com.example.billing.InvoiceService", """
        package com.example.billing;

        import dev.featuredocs.annotations.BusinessRule;

        public class InvoiceService {
          @BusinessRule(id = "BR-PAY-9")
          public void pay() {}
        }
        """);

    JavaFileObject reminders = JavaFileObjects.forSourceString("com.example.billing.ReminderJob", """
        package com.example.billing;

        import dev.featuredocs.annotations.BusinessRule;

        public class ReminderJob {
          @BusinessRule(id = "BR-PAY-9")
          public void remind() {}
        }
        """);

    Compilation compilation = Compilations.compile(List.of(FEATURE, service, reminders), "-Afeaturedocs.dir=" + dir);

    assertThat(compilation).hadErrorContaining(Message.RULE_TEXT_MISSING.format("BR-PAY-9", "Billing",
            "InvoiceService#pay, ReminderJob#remind", "BR-PAY-9"))
        .inFile(service).onLineContaining("@BusinessRule(id = \"BR-PAY-9\")");
    assertThat(compilation).hadErrorCount(1);
    assertTrue(Files.notExists(dir.resolve("billing.md")));
  }

  @Test
  void textGivenTwiceDifferently_isAnErrorOnTheSecondValue() {
    JavaFileObject service = JavaFileObjects.forSourceString("com.example.billing.InvoiceService", """
        package com.example.billing;

        import dev.featuredocs.annotations.BusinessRule;

        public class InvoiceService {
          @BusinessRule(value = "An invoice is paid once", id = "BR-PAY-1")
          public void pay() {}

          @BusinessRule(id = "BR-PAY-1", value = "An invoice is paid at most once")
          public void payAll() {}
        }
        """);

    Compilation compilation = Compilations.compile(List.of(FEATURE, service));

    assertThat(compilation).hadErrorContaining(Message.RULE_TEXT_CONFLICT.format("BR-PAY-1", "Billing",
            "InvoiceService#pay", "An invoice is paid once", "BR-PAY-1"))
        .inFile(service).onLineContaining("value = \"An invoice is paid at most once\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void partialCompileOfTheMethodNamingOnlyTheId_writesTheSameSummary() throws Exception {
    Path classes = dir.resolve("classes");
    Path docs = dir.resolve("docs");
    DiskCompiler.Result full = DiskCompiler.compile(classes, List.of(FEATURE, INVOICES, REMINDERS),
        "-Afeaturedocs.dir=" + docs);
    assertTrue(full.success(), full.diagnostics().toString());
    String clean = Files.readString(docs.resolve("billing.md"));
    assertEquals(4, ruleLines(clean).get(0).split("`", -1).length / 2, ruleLines(clean).toString());

    DiskCompiler.Result partial = DiskCompiler.compile(classes, List.of(REMINDERS), "-Afeaturedocs.dir=" + docs);

    assertTrue(partial.success(), partial.diagnostics().toString());
    assertEquals(List.of(), partial.messages(javax.tools.Diagnostic.Kind.ERROR));
    assertEquals(clean, Files.readString(docs.resolve("billing.md")));
  }

  @Test
  void testPass_countsTheSharedRuleOnce() throws Exception {
    JavaFileObject test = JavaFileObjects.forSourceString("com.example.billing.InvoiceServiceTest", """
        package com.example.billing;

        import dev.featuredocs.annotations.Verifies;
        import org.junit.jupiter.api.Test;

        class InvoiceServiceTest {
          @Test
          @Verifies(BillingFeature.Rules.BR_PAY_1)
          void paysOnce() {}
        }
        """);

    Compilation main = Compilations.compile(List.of(FEATURE, INVOICES, REMINDERS));
    assertThat(main).succeededWithoutWarnings();
    Path classes = Compilations.writeClassOutput(main, dir.resolve("classes"));

    Compilation tests = Compilations.compileWithClasspath(classes, List.of(test));

    assertThat(tests).succeededWithoutWarnings();
    String summary = Compilations.summary(tests, "billing");
    assertTrue(summary.contains("**1/2 business rules verified by a test.**"), summary);
    assertEquals(List.of("| 1 | **BR-PAY-1**: An invoice is paid once | `InvoiceServiceTest#paysOnce` |"),
        summary.lines().filter(l -> l.startsWith("| 1 | **BR-PAY-1**")).toList());
  }
}
