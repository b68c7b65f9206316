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
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every misuse of an annotation or option gets a diagnostic on the element and attribute at fault. */
class DiagnosticsTest {
  @TempDir Path temp;
  Path docs;

  @BeforeEach
  void docsDir() {
    docs = temp.resolve("docs");
  }

  private static JavaFileObject source(String name, String code) {
    return JavaFileObjects.forSourceString(name, code);
  }

  @Test
  void blankFeatureName_isAnErrorOnTheName() {
    JavaFileObject blank = source("com.example.Blank", """
        package com.example;

        import dev.featuredocs.annotations.Feature;

        @Feature("   ")
        public class Blank {}
        """);

    Compilation compilation = Compilations.compile(List.of(blank));

    assertThat(compilation).hadErrorContaining(Message.FEATURE_NAME_BLANK.format())
        .inFile(blank).onLineContaining("@Feature(\"   \")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void descriptiveAttributeGivenTwiceWithDifferentValues_isAnErrorOnTheSecondNamingTheFirst() {
    JavaFileObject first = source("com.example.First", """
        package com.example;

        import dev.featuredocs.annotations.Feature;

        @Feature(value = "Billing", owner = "Payments team")
        public class First {}
        """);
    JavaFileObject second = source("com.example.Second", """
        package com.example;

        import dev.featuredocs.annotations.Feature;

        @Feature(value = "Billing",
                 owner = "Growth team")
        public class Second {}
        """);

    Compilation compilation = Compilations.compile(List.of(second, first), "-Afeaturedocs.dir=" + docs);

    assertThat(compilation).hadErrorContaining(Message.FEATURE_ATTRIBUTE_CONFLICT.format(
            "owner", "Growth team", "owner", "Payments team", "Billing", "First"))
        .inFile(second).onLineContaining("owner = \"Growth team\"");
    assertThat(compilation).hadErrorCount(1);
    assertFalse(Files.exists(docs.resolve("billing.md")), "no summary for a feature with errors");
  }

  @Test
  void sameDescriptiveAttributeRepeatedWithTheSameValue_isAccepted() {
    JavaFileObject first = source("com.example.First", """
        package com.example;

        @dev.featuredocs.annotations.Feature(value = "Billing", owner = "Payments team")
        public class First {}
        """);
    JavaFileObject second = source("com.example.Second", """
        package com.example;

        @dev.featuredocs.annotations.Feature(value = "Billing", owner = "Payments team")
        public class Second {}
        """);

    Compilation compilation = Compilations.compile(List.of(first, second));

    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(Compilations.summary(compilation, "billing").contains("**Developer/Agent**: Payments team  \n"));
  }

  @Test
  void implementedOnThatIsNotAnIsoDate_isAnErrorOnTheDate() {
    JavaFileObject dated = source("com.example.Dated", """
        package com.example;

        import dev.featuredocs.annotations.Feature;

        @Feature(value = "Billing",
                 implementedOn = "20/11/2026")
        public class Dated {}
        """);

    Compilation compilation = Compilations.compile(List.of(dated));

    assertThat(compilation).hadErrorContaining(Message.FEATURE_DATE_INVALID.format("20/11/2026"))
        .inFile(dated).onLineContaining("implementedOn = \"20/11/2026\"");
  }

  @Test
  void ruleIdWithAnotherText_isAnErrorOnTheSecondTextSayingWhereTheFirstIs() {
    JavaFileObject service = source("com.example.BillingService", """
        package com.example;

        import dev.featuredocs.annotations.BusinessRule;
        import dev.featuredocs.annotations.Feature;

        @Feature("Billing")
        public class BillingService {
          @BusinessRule(value = "An invoice is paid once", id = "BR-1")
          public void pay() {}

          @BusinessRule(id = "BR-1",
                        value = "A refund never exceeds the payment")
          public void refund() {}
        }
        """);

    Compilation compilation = Compilations.compile(List.of(service));

    assertThat(compilation).hadErrorContaining(Message.RULE_TEXT_CONFLICT.format("BR-1", "Billing", "BillingService#pay",
            "An invoice is paid once", "BR-1"))
        .inFile(service).onLineContaining("value = \"A refund never exceeds the payment\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void phaseOnAnElementOfNoFeature_isAnErrorSayingWhatToAnnotate() {
    JavaFileObject loose = source("com.example.Loose", """
        package com.example;

        import dev.featuredocs.annotations.Phase;

        @Phase("Phase 1: Setup")
        public class Loose {}
        """);

    Compilation compilation = Compilations.compile(List.of(loose));

    assertThat(compilation).hadErrorContaining(Message.NO_FEATURE.format("Phase", "Loose"))
        .inFile(loose).onLineContaining("@Phase(\"Phase 1: Setup\")");
    assertTrue(Message.NO_FEATURE.format("Phase", "Loose")
        .endsWith("belongs to no @Feature: annotate it, its class or its package with @Feature"));
  }

  @Test
  void businessRuleOnAMethodOfNoFeature_isAnErrorOnTheRule() {
    JavaFileObject loose = source("com.example.Loose", """
        package com.example;

        import dev.featuredocs.annotations.BusinessRule;

        public class Loose {
          @BusinessRule("Totals are never negative")
          public int total() { return 0; }
        }
        """);

    Compilation compilation = Compilations.compile(List.of(loose));

    assertThat(compilation).hadErrorContaining(Message.NO_FEATURE.format("BusinessRule", "Loose#total"))
        .inFile(loose).onLineContaining("@BusinessRule(\"Totals are never negative\")");
  }

  @Test
  void ruleOnAServiceInjectedByAFeatureType_joinsThatFeatureInsteadOfFailing() {
    JavaFileObject controller = source("com.example.api.BillingController", """
        package com.example.api;

        @dev.featuredocs.annotations.Feature("Billing")
        @org.springframework.web.bind.annotation.RestController
        public class BillingController {
          public BillingController(com.example.core.Ledger ledger) {}
        }
        """);
    JavaFileObject ledger = source("com.example.core.Ledger", """
        package com.example.core;

        @org.springframework.stereotype.Service
        public class Ledger {
          @dev.featuredocs.annotations.BusinessRule(value = "Entries are append-only", id = "BR-L1")
          public void append() {}
        }
        """);

    Compilation compilation = Compilations.compile(List.of(controller, ledger));

    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(Compilations.summary(compilation, "billing")
        .contains("1. **BR-L1**: Entries are append-only (enforced in `Ledger#append`)\n"));
  }

  @Test
  void blankPhaseName_isAnErrorOnTheName() {
    JavaFileObject type = source("com.example.Billing", """
        package com.example;

        @dev.featuredocs.annotations.Feature("Billing")
        @dev.featuredocs.annotations.Phase(value = "", order = 1)
        public class Billing {}
        """);

    Compilation compilation = Compilations.compile(List.of(type));

    assertThat(compilation).hadErrorContaining(Message.PHASE_NAME_BLANK.format())
        .inFile(type).onLineContaining("@dev.featuredocs.annotations.Phase(value = \"\"");
  }

  @Test
  void blankRule_isAnErrorOnTheRule() {
    JavaFileObject type = source("com.example.Billing", """
        package com.example;

        @dev.featuredocs.annotations.Feature("Billing")
        public class Billing {
          @dev.featuredocs.annotations.BusinessRule(value = " ", id = "BR-9")
          void pay() {}
        }
        """);

    Compilation compilation = Compilations.compile(List.of(type));

    assertThat(compilation).hadErrorContaining(Message.RULE_TEXT_BLANK.format())
        .inFile(type).onLineContaining("BusinessRule(value = \" \"");
  }

  @Test
  void phasePlannedTwiceDifferently_isAnErrorOnTheSecondPlan() {
    JavaFileObject type = source("com.example.Billing", """
        package com.example;

        import dev.featuredocs.annotations.Phase;

        @dev.featuredocs.annotations.Feature("Billing")
        @Phase(value = "Phase 1: Ledger", order = 1, duration = "2 days")
        public class Billing {
          @Phase(value = "Phase 1: Ledger", order = 1, duration = "5 days")
          void pay() {}
        }
        """);

    Compilation compilation = Compilations.compile(List.of(type));

    assertThat(compilation).hadErrorContaining(
            Message.PHASE_PLAN_CONFLICT.format("Phase 1: Ledger", "Billing", "Billing", "Phase 1: Ledger"))
        .inFile(type).onLineContaining("duration = \"5 days\"");
  }

  @Test
  void phaseNamedButNeverPlanned_isAWarningListingTheDeclaredPhases() {
    JavaFileObject type = source("com.example.Billing", """
        package com.example;

        import dev.featuredocs.annotations.Phase;

        @dev.featuredocs.annotations.Feature("Billing")
        @Phase(value = "Phase 1: Ledger", order = 1)
        public class Billing {
          @Phase("Phase 1: Ledgr")
          void pay() {}
        }
        """);

    Compilation compilation = Compilations.compile(List.of(type));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(
            Message.PHASE_UNDECLARED.format("Phase 1: Ledgr", "Billing", "Phase 1: Ledger"))
        .inFile(type).onLineContaining("@Phase(\"Phase 1: Ledgr\")");
  }

  @Test
  void twoFeaturesWithTheSameFileName_isAnErrorOnTheSecond() {
    JavaFileObject a = source("com.example.A", """
        package com.example;

        @dev.featuredocs.annotations.Feature("Billing!")
        public class A {}
        """);
    JavaFileObject b = source("com.example.B", """
        package com.example;

        @dev.featuredocs.annotations.Feature("billing")
        public class B {}
        """);

    Compilation compilation = Compilations.compile(List.of(a, b));

    assertThat(compilation).hadErrorContaining(Message.FEATURE_SLUG_COLLISION.format("Billing!", "billing", "billing"))
        .inFile(b).onLineContaining("@dev.featuredocs.annotations.Feature(\"billing\")");
  }

  @Test
  void unknownModeValue_isAnErrorAndNothingIsWritten() {
    Compilation compilation = Compilations.compileSharing("-Afeaturedocs.mode=publish", "-Afeaturedocs.dir=" + docs);

    assertThat(compilation).hadErrorContaining(
        Message.OPTION_INVALID.format("featuredocs.mode", "publish", "use write or verify"));
    assertOptionErrorHasNoSource(compilation);
    assertFalse(Files.exists(docs), "nothing is written when an option is invalid");
  }

  @Test
  void relativeDocsDir_isAnErrorAskingForAnAbsolutePath() {
    Compilation compilation = Compilations.compileSharing("-Afeaturedocs.dir=docs/features");

    assertThat(compilation).hadErrorContaining(Message.OPTION_INVALID.format("featuredocs.dir", "docs/features",
        "give an absolute path (javac's working directory depends on the build tool), e.g. ${project.basedir}/docs/features"));
  }

  @Test
  void missingTemplateFile_isAnError() {
    Compilation compilation = Compilations.compileSharing("-Afeaturedocs.template=/no/such/summary.ftl");

    assertThat(compilation).hadErrorContaining(Message.OPTION_INVALID.format("featuredocs.template",
        "/no/such/summary.ftl", "no such file: give the path of a FreeMarker template (.ftl)"));
  }

  @Test
  void appConfigOption_relativeOrMissingPath_isAnErrorSayingWhatToGive() {
    Compilation relative = Compilations.compileSharing("-Afeaturedocs.appConfig=src/main/resources");
    Compilation missing = Compilations.compileSharing("-Afeaturedocs.appConfig=/no/such/application.yml");

    assertThat(relative).hadErrorContaining(Message.OPTION_INVALID.format("featuredocs.appConfig", "src/main/resources",
        "give the absolute path of application.properties, application.yml or their directory, e.g."
            + " ${project.basedir}/src/main/resources"));
    assertThat(missing).hadErrorContaining(Message.OPTION_INVALID.format("featuredocs.appConfig", "/no/such/application.yml",
        "no such file or directory: give the app's application.properties, application.yml or their directory"));
  }

  @Test
  void unreadableApplicationYml_isAWarningNamingTheFileAndTheProblem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path yml = java.nio.file.Files.writeString(dir.resolve("application.yml"), "server:\n  port: [8080\n");

    Compilation compilation = Compilations.compileSharing("-Afeaturedocs.appConfig=" + yml);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[FD840] cannot read the app's configuration file " + yml + " (");
  }

  @Test
  void misspelledOptionKey_isAWarningListingTheKnownOptions() {
    Compilation compilation = Compilations.compileSharing("-Afeaturedocs.directory=/tmp/x");

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(Message.OPTION_UNKNOWN.format(
        "featuredocs.directory", "featuredocs.appConfig, featuredocs.catalogs, featuredocs.classOutputSummaries,"
        + " featuredocs.criteriaDetails, featuredocs.dir, featuredocs.jpaNaming, featuredocs.jsonNaming, featuredocs.migrations,"
        + " featuredocs.mode, featuredocs.openapi, featuredocs.prependBasePath, featuredocs.root, featuredocs.template, featuredocs.timing"));
  }

  @Test
  void annotationsOlderThanTheProcessor_isAnErrorOnTheAnnotationSayingToAlignVersions() {
    // @Feature as an older featuredocs-annotations declared it: no `catalog` attribute yet
    JavaFileObject olderFeature = JavaFileObjects.forSourceString("dev.featuredocs.annotations.Feature", """
        package dev.featuredocs.annotations;

        import java.lang.annotation.ElementType;
        import java.lang.annotation.Retention;
        import java.lang.annotation.RetentionPolicy;
        import java.lang.annotation.Target;

        @Retention(RetentionPolicy.CLASS)
        @Target({ElementType.TYPE, ElementType.PACKAGE, ElementType.METHOD})
        public @interface Feature {
          String value();
          String businessValue() default "";
          String implementedOn() default "";
          String owner() default "";
          String prp() default "";
          String prd() default "";
        }
        """);
    JavaFileObject billing = JavaFileObjects.forSourceString("com.example.billing.Invoices", """
        package com.example.billing;

        import dev.featuredocs.annotations.Feature;

        @Feature("Billing")
        public class Invoices {}
        """);

    Compilation compilation = Compilations.compile(List.of(olderFeature, billing));

    assertThat(compilation).hadErrorContaining(Message.ANNOTATIONS_MISMATCH.format("Feature", "catalog"))
        .inFile(billing).onLineContaining("@Feature(\"Billing\")");
    assertEquals(1, compilation.errors().size(), "one error, no FD901: " + compilation.errors());
  }

  private static void assertOptionErrorHasNoSource(Compilation compilation) {
    List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors();
    assertEquals(1, errors.size());
    assertEquals(null, errors.get(0).getSource(), "an option error belongs to no source file");
  }
}
