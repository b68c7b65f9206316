package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.featuredocs.processor.diag.Message;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java catalog generated per feature: its contents, its use from code, and name clashes. */
class CatalogTest {
  @TempDir Path temp;

  private static String catalogSource(Compilation compilation, String name) throws IOException {
    return compilation.generatedSourceFile(name).orElseThrow(() -> new AssertionError("no catalog " + name))
        .getCharContent(true).toString();
  }

  @Test
  void sharingCatalog_holdsNameSlugSummaryRulesAndEndpoints() throws IOException {
    Compilation compilation = Compilations.compileSharing();

    assertThat(compilation).succeededWithoutWarnings();
    String source = catalogSource(compilation, "com.example.sharing.DocumentSharingFeature");
    assertTrue(source.contains("@Generated(\"dev.featuredocs.processor.FeatureDocsProcessor\")\n"
        + "public final class DocumentSharingFeature {"), source);
    assertTrue(source.contains("public static final String NAME = \"Document Sharing\";"), source);
    assertTrue(source.contains("public static final String SLUG = \"document-sharing\";"), source);
    assertTrue(source.contains("public static final String SUMMARY = \"META-INF/featuredocs/document-sharing.md\";"), source);
    assertTrue(source.contains("private DocumentSharingFeature() {"), source);
    assertTrue(source.contains("""
          public static final class Rules {
            /**
             * Recipients are notified once per share (enforced in Notifier#notify)
             */
            public static final String BR_NOTIFY_1 = "BR-NOTIFY-1";

            /**
             * A document is shared with at most 50 people (enforced in SharingService#share)
             */
            public static final String BR_SHARE_1 = "BR-SHARE-1";
        """), source);
    assertTrue(source.contains("public static final String BR_SHARE_3 = \"BR-SHARE-3\";"), source);
    assertTrue(source.contains("""
          public static final class Endpoints {
            /**
             * Handled by ShareController#sharesOf.
             */
            public static final String GET_API_DOCUMENTS_DOCUMENTID_SHARES = "GET /api/documents/{documentId}/shares";

            /**
             * Handled by ShareController#share.
             */
            public static final String POST_API_DOCUMENTS_DOCUMENTID_SHARES = "POST /api/documents/{documentId}/shares";

            private Endpoints() {
            }
          }
        """), source);
  }

  @Test
  void catalog_isNoPartOfItsFeaturesSummary() {
    Compilation compilation = Compilations.compileSharing();

    String summary = Compilations.summary(compilation, "document-sharing");
    assertFalse(summary.contains("DocumentSharingFeature"), "neither a file nor a type of the feature");
  }

  @Test
  void codeOfTheSameCompilation_usesTheCatalogAndItsSummaryReadsTheClassOutputCopy() throws Exception {
    List<JavaFileObject> sources = new ArrayList<>(Fixtures.load("sharing"));
    sources.add(JavaFileObjects.forSourceString("com.example.docs.Docs", """
        package com.example.docs;

        import com.example.sharing.DocumentSharingFeature;

        public class Docs {
          public static final String LIMIT = DocumentSharingFeature.Rules.BR_SHARE_1;

          public static String sharing() {
            return DocumentSharingFeature.summary();
          }
        }
        """));

    Compilation compilation = Compilations.compile(sources);

    assertThat(compilation).succeededWithoutWarnings();
    Path classes = Compilations.writeClassOutput(compilation, temp.resolve("classes"));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> catalog = loader.loadClass("com.example.sharing.DocumentSharingFeature");
      assertTrue(Modifier.isFinal(catalog.getModifiers()));
      assertEquals(Compilations.summary(compilation, "document-sharing"),
          loader.loadClass("com.example.docs.Docs").getMethod("sharing").invoke(null));
      assertEquals("BR-SHARE-1", loader.loadClass("com.example.docs.Docs").getField("LIMIT").get(null));
      Field endpoint = loader.loadClass("com.example.sharing.DocumentSharingFeature$Endpoints")
          .getField("POST_API_DOCUMENTS_DOCUMENTID_SHARES");
      assertEquals("POST /api/documents/{documentId}/shares", endpoint.get(null));
    }
  }

  @Test
  void summaryOfACatalogWithoutItsResource_saysWhatIsMissing() throws Exception {
    Compilation compilation = Compilations.compileSharing();
    Path classes = Compilations.writeClassOutput(compilation, temp.resolve("classes"));
    java.nio.file.Files.delete(classes.resolve("META-INF/featuredocs/document-sharing.md"));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      InvocationTargetException thrown = org.junit.jupiter.api.Assertions.assertThrows(InvocationTargetException.class,
          () -> loader.loadClass("com.example.sharing.DocumentSharingFeature").getMethod("summary").invoke(null));
      assertTrue(thrown.getCause() instanceof IllegalStateException);
      assertTrue(thrown.getCause().getMessage().startsWith("META-INF/featuredocs/document-sharing.md is not on the class path"));
    }
  }

  @Test
  void catalogNameTakenByAType_isAnErrorOnTheFeatureSayingHowToGetOut() {
    JavaFileObject billing = JavaFileObjects.forSourceString("com.example.billing.Invoices", """
        package com.example.billing;

        import dev.featuredocs.annotations.BusinessRule;
        import dev.featuredocs.annotations.Feature;

        @Feature("Billing")
        public class Invoices {
          @BusinessRule(value = "An invoice is issued once", id = "BR-BILL-1")
          public void issue() {}
        }
        """);
    JavaFileObject taken = JavaFileObjects.forSourceString("com.example.billing.BillingFeature", """
        package com.example.billing;

        public class BillingFeature {}
        """);

    Compilation compilation = Compilations.compile(List.of(billing, taken));

    assertThat(compilation).hadErrorContaining(Message.CATALOG_CLASH.format(
            "com.example.billing.BillingFeature", "Billing", "com.example.billing.BillingFeature"))
        .inFile(billing).onLineContaining("@Feature(\"Billing\")");
    assertThat(compilation).hadErrorContaining("@Feature(catalog = \"...\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void catalogAttribute_namesTheCatalogAndResolvesTheClash() throws IOException {
    JavaFileObject billing = JavaFileObjects.forSourceString("com.example.billing.Invoices", """
        package com.example.billing;

        import dev.featuredocs.annotations.Feature;

        @Feature(value = "Billing", catalog = "BillingCatalog")
        public class Invoices {}
        """);
    JavaFileObject taken = JavaFileObjects.forSourceString("com.example.billing.BillingFeature", """
        package com.example.billing;

        public class BillingFeature {}
        """);

    Compilation compilation = Compilations.compile(List.of(billing, taken));

    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(catalogSource(compilation, "com.example.billing.BillingCatalog")
        .contains("public static final String NAME = \"Billing\";"));
  }

  @Test
  void catalogsOff_generateNoSourceAndTheSameSummary() {
    Compilation on = Compilations.compileSharing();
    Compilation off = Compilations.compileSharing("-Afeaturedocs.catalogs=false");

    assertThat(off).succeededWithoutWarnings();
    assertTrue(on.generatedSourceFile("com.example.sharing.DocumentSharingFeature").isPresent());
    assertEquals(List.of(), off.generatedSourceFiles(), "no catalog, no generated source");
    assertEquals(Compilations.summary(on, "document-sharing"), Compilations.summary(off, "document-sharing"));
  }

  @Test
  void catalogsOff_warnOnACatalogAttributeThatNamesNoClass() {
    JavaFileObject billing = JavaFileObjects.forSourceString("com.example.billing.Invoices", """
        package com.example.billing;

        import dev.featuredocs.annotations.Feature;

        @Feature(value = "Billing", catalog = "BillingCatalog")
        public class Invoices {}
        """);

    Compilation compilation = Compilations.compile(List.of(billing), "-Afeaturedocs.catalogs=false");

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(Message.CATALOG_OFF.format(
            "BillingCatalog", "Billing", "featuredocs.catalogs"))
        .inFile(billing).onLineContaining("catalog = \"BillingCatalog\"");
    assertEquals(List.of(), compilation.generatedSourceFiles());
  }

  @Test
  void catalogsOptionOtherThanTrueOrFalse_isAnError() {
    assertThat(Compilations.compileSharing("-Afeaturedocs.catalogs=no"))
        .hadErrorContaining("option -Afeaturedocs.catalogs=no is not valid: use true or false");
  }

  @Test
  void featureNameStartingWithADigit_getsACatalogNameStartingWithFeature() throws IOException {
    JavaFileObject twoFactor = JavaFileObjects.forSourceString("com.example.auth.Login", """
        package com.example.auth;

        import dev.featuredocs.annotations.Feature;

        @Feature("2FA login")
        public class Login {}
        """);

    Compilation compilation = Compilations.compile(List.of(twoFactor));

    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(catalogSource(compilation, "com.example.auth.Feature2FALoginFeature")
        .contains("public static final String NAME = \"2FA login\";"));
  }

  @Test
  void catalogAttributeThatIsNoJavaName_isAnErrorAskingForACatalogName() {
    JavaFileObject twoFactor = JavaFileObjects.forSourceString("com.example.auth.Login", """
        package com.example.auth;

        import dev.featuredocs.annotations.Feature;

        @Feature(value = "2FA login", catalog = "2FALogin")
        public class Login {}
        """);

    Compilation compilation = Compilations.compile(List.of(twoFactor));

    assertThat(compilation).hadErrorContaining(Message.CATALOG_NAME_INVALID.format(
            "com.example.auth.2FALogin", "2FA login"))
        .inFile(twoFactor).onLineContaining("catalog = \"2FALogin\"");
  }

  @Test
  void compilationWithoutGenerated_getsACatalogWithoutIt() throws IOException {
    JavaFileObject billing = JavaFileObjects.forSourceString("com.example.billing.Invoices", """
        package com.example.billing;

        import dev.featuredocs.annotations.Feature;

        @Feature("Billing")
        public class Invoices {}
        """);

    Compilation compilation = Compilations.compile(List.of(billing), "--release", "8");

    assertThat(compilation).succeeded();
    String source = catalogSource(compilation, "com.example.billing.BillingFeature");
    assertFalse(source.contains("@Generated") || source.contains("import javax.annotation.processing.Generated"), source);
    assertTrue(source.contains("public final class BillingFeature {"), source);
  }

  /** Another processor that, in the first round, generates a type that adds a rule to feature Billing. */
  @javax.annotation.processing.SupportedAnnotationTypes("dev.featuredocs.annotations.Feature")
  static final class RuleGenerator extends javax.annotation.processing.AbstractProcessor {
    private boolean done;

    @Override
    public javax.lang.model.SourceVersion getSupportedSourceVersion() {
      return javax.lang.model.SourceVersion.latestSupported();
    }

    @Override
    public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
        javax.annotation.processing.RoundEnvironment round) {
      if (!done && !annotations.isEmpty()) {
        done = true;
        try (java.io.Writer out = processingEnv.getFiler().createSourceFile("com.example.billing.Reminders").openWriter()) {
          out.write("""
              package com.example.billing;

              import dev.featuredocs.annotations.BusinessRule;
              import dev.featuredocs.annotations.Feature;

              @Feature("Billing")
              public class Reminders {
                @BusinessRule(value = "A reminder follows an unpaid invoice", id = "BR-BILL-2")
                public void remind() {}
              }
              """);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void ruleFromCodeGeneratedLater_isInTheSummaryAndAWarningSaysTheCatalogLacksIt() throws IOException {
    JavaFileObject billing = JavaFileObjects.forSourceString("com.example.billing.Invoices", """
        package com.example.billing;

        import dev.featuredocs.annotations.BusinessRule;
        import dev.featuredocs.annotations.Feature;

        @Feature("Billing")
        public class Invoices {
          @BusinessRule(value = "An invoice is issued once", id = "BR-BILL-1")
          public void issue() {}
        }
        """);

    Compilation compilation = Compilations.withoutInternalError(com.google.testing.compile.Compiler.javac()
        .withProcessors(new FeatureDocsProcessor(), new RuleGenerator()).compile(billing));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(Message.CATALOG_INCOMPLETE.format(
            "com.example.billing.BillingFeature", "Billing", "BR-BILL-2"))
        .inFile(billing).onLineContaining("@Feature(\"Billing\")");
    assertTrue(Compilations.summary(compilation, "billing").contains("**BR-BILL-2**: A reminder follows an unpaid invoice"));
    assertFalse(catalogSource(compilation, "com.example.billing.BillingFeature").contains("BR-BILL-2"));
  }
}
