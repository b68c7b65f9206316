package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code -Xlint:all -Werror} and featuredocs (docs/options.md, "javac's -Xlint:processing"): javac
 * warns that no processor claimed the annotations, since featuredocs claims none on purpose; the
 * documented workaround, {@code -Xlint:all,-processing -Werror}, compiles cleanly.
 */
class XlintWerrorTest {
  /** A feature with a rule: lint-clean itself, so any warning comes from javac's processing lint or featuredocs' catalog. */
  private static final List<JavaFileObject> SOURCES = List.of(
      JavaFileObjects.forSourceString("com.example.billing.package-info", """
          @Feature(value = "Billing", owner = "Payments team")
          package com.example.billing;

          import dev.featuredocs.annotations.Feature;
          """),
      JavaFileObjects.forSourceString("com.example.billing.InvoiceService", """
          package com.example.billing;

          import dev.featuredocs.annotations.BusinessRule;

          public class InvoiceService {
            @BusinessRule(value = "An invoice is paid once", id = "BR-PAY-1")
            public void pay() {}

            String rule() {
              return BillingFeature.Rules.BR_PAY_1;
            }
          }
          """));

  @Test
  void lintAllWithoutProcessing_compilesCleanlyWithWerror() {
    Compilation compilation = Compilations.compile(SOURCES, "-Xlint:all,-processing", "-Werror");

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void lintAll_failsOnJavacsNoProcessorClaimedWarning_theDocumentedLimit() {
    Compilation compilation = Compilations.compile(SOURCES, "-Xlint:all", "-Werror");

    assertThat(compilation).failed();
    assertThat(compilation).hadWarningContaining("No processor claimed any of these annotations");
  }
}
