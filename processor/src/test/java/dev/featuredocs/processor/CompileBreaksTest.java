package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Valid code stays valid with featuredocs: what it generates compiles, and it adds no warning of its own. */
class CompileBreaksTest {
  @TempDir Path dir;

  private static String catalogSource(Compilation compilation, String name) throws IOException {
    return compilation.generatedSourceFile(name).orElseThrow(() -> new AssertionError("no catalog " + name))
        .getCharContent(true).toString();
  }

  private static JavaFileObject source(String name, String text) {
    return JavaFileObjects.forSourceString(name, text);
  }

  @Test
  void ruleIdsWithoutLetterOrDigit_getValidDistinctConstants() throws IOException {
    JavaFileObject rules = source("com.odd.Odd", """
        package com.odd;

        import dev.featuredocs.annotations.BusinessRule;

        /** Odd ids. */
        @dev.featuredocs.annotations.Feature("Odd")
        public class Odd {
          @BusinessRule(value = "Dash", id = "-") public void a() {}
          @BusinessRule(value = "Underscore", id = "_") public void b() {}
          @BusinessRule(value = "Dollar", id = "$") public void c() {}
          @BusinessRule(value = "Accent", id = "é") public void d() {}
          @BusinessRule(value = "Han", id = "日本") public void e() {}
        }
        """);

    Compilation compilation = Compilations.compile(List.of(rules));

    assertThat(compilation).succeededWithoutWarnings();
    String catalog = catalogSource(compilation, "com.odd.OddFeature");
    assertTrue(catalog.contains("public static final String ID_24 = \"$\";"), catalog);
    assertTrue(catalog.contains("public static final String ID_2D = \"-\";"), catalog);
    assertTrue(catalog.contains("public static final String ID_5F = \"_\";"), catalog);
    assertTrue(catalog.contains("public static final String E = \"é\";"), catalog);
    assertTrue(catalog.contains("public static final String ID_65E5_672C = \"日本\";"), catalog);
  }

  @Test
  void featureNamesWithoutLetters_getCatalogsThatShadowNoAnnotation() throws IOException {
    JavaFileObject dots = source("com.dots.Dots", """
        package com.dots;

        import dev.featuredocs.annotations.BusinessRule;

        /** Dots. */
        @dev.featuredocs.annotations.Feature("..")
        public class Dots {
          @BusinessRule(value = "A rule", id = "R-1") public void a() {}
        }
        """);
    JavaFileObject bang = source("com.dots.Bang", """
        package com.dots;

        /** Bang. */
        @dev.featuredocs.annotations.Feature("!!!")
        public class Bang {}
        """);
    JavaFileObject space = source("com.dots.Space", """
        package com.dots;

        /** Space. */
        @dev.featuredocs.annotations.Feature("\\u00a0")
        public class Space {}
        """);
    JavaFileObject feature = source("com.dots.Named", """
        package com.dots;

        import dev.featuredocs.annotations.BusinessRule;

        /** Named Feature. */
        @dev.featuredocs.annotations.Feature("Feature")
        public class Named {
          @BusinessRule(value = "Another rule", id = "R-2") public void a() {}
        }
        """);

    Compilation compilation = Compilations.compile(List.of(dots, bang, space, feature));

    assertThat(compilation).succeededWithoutWarnings();
    List<String> catalogs = compilation.generatedSourceFiles().stream().map(f -> f.getName()).sorted().toList();
    assertEquals(List.of("/SOURCE_OUTPUT/com/dots/Feature212121.java", "/SOURCE_OUTPUT/com/dots/Feature2E2E.java",
        "/SOURCE_OUTPUT/com/dots/FeatureA0.java", "/SOURCE_OUTPUT/com/dots/FeatureCatalog.java"), catalogs);
  }

  @Test
  void catalogAttributeNamingAnAnnotationOrJavaLangType_isAnErrorOnTheAttribute() {
    JavaFileObject named = source("com.dots.Named", """
        package com.dots;

        /** Named. */
        @dev.featuredocs.annotations.Feature(value = "Billing", catalog = "Feature")
        public class Named {}
        """);
    JavaFileObject string = source("com.dots.Other", """
        package com.dots;

        /** Other. */
        @dev.featuredocs.annotations.Feature(value = "Other", catalog = "String")
        public class Other {}
        """);

    Compilation compilation = Compilations.compile(List.of(named, string));

    assertThat(compilation).hadErrorContaining("[FD110] @Feature(catalog = \"Feature\") would generate com.dots.Feature,"
            + " which hides dev.featuredocs.annotations.Feature in package com.dots: give the catalog another name,"
            + " e.g. @Feature(catalog = \"BillingFeature\")")
        .inFile(named).onLineContaining("catalog = \"Feature\"");
    assertThat(compilation).hadErrorContaining("[FD110] @Feature(catalog = \"String\") would generate com.dots.String,"
            + " which hides java.lang.String in package com.dots")
        .inFile(string).onLineContaining("catalog = \"String\"");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void longFeatureName_getsACatalogClassNameAFileSystemTakes() throws IOException {
    String name = "Very long feature name ".repeat(14).strip();
    JavaFileObject longName = source("com.longer.Longer", """
        package com.longer;

        /** Long. */
        @dev.featuredocs.annotations.Feature("%s")
        public class Longer {}
        """.formatted(name));

    Compilation compilation = Compilations.compile(List.of(longName), "-Afeaturedocs.dir=" + dir);

    assertThat(compilation).succeededWithoutWarnings();
    String file = compilation.generatedSourceFiles().get(0).getName();
    String simple = file.substring(file.lastIndexOf('/') + 1, file.length() - ".java".length());
    assertTrue(simple.length() <= 100, simple);
    assertTrue(simple.startsWith("VeryLongFeatureNameVeryLong") && simple.endsWith("Feature"), simple);
  }

  @Test
  void businessRuleOnARecordComponent_isOneRuleWithoutDuplicateError() {
    JavaFileObject record = source("com.rec.Order", """
        package com.rec;

        import dev.featuredocs.annotations.BusinessRule;

        /** An order. */
        @dev.featuredocs.annotations.Feature("Orders")
        public record Order(
            @BusinessRule(value = "An order has at least one line", id = "BR-ORD-1") int lines,
            @BusinessRule("A total is never negative") long total) {}
        """);

    Compilation compilation = Compilations.compile(List.of(record));

    assertThat(compilation).succeededWithoutWarnings();
    String summary = Compilations.summary(compilation, "orders");
    assertTrue(summary.contains("1. **BR-ORD-1**: An order has at least one line (enforced in `Order#lines`)\n"
        + "2. A total is never negative (enforced in `Order#total`)\n"), summary);
    assertEquals(2, summary.split("\\(enforced in `Order#", -1).length - 1, "each rule once: " + summary);
  }

  @Test
  void markerInATextBlockOfAModel_isTextAndTheSchemaAndSummaryAreWritten() throws Exception {
    JavaFileObject model = source("com.txt.Note", """
        package com.txt;

        /** A note. */
        public class Note {
          public String text = \"""
              <!-- featuredocs:manual id="notes" -->
              \""";
        }
        """);
    JavaFileObject api = source("com.txt.Notes", """
        package com.txt;

        import org.springframework.web.bind.annotation.*;

        @dev.featuredocs.annotations.Feature("Notes")
        @RestController
        public class Notes {
          @PostMapping("/notes")
          public Note add(@RequestBody Note note) { return note; }
        }
        """);

    Compilation compilation = Compilations.compile(List.of(model, api), "-Afeaturedocs.dir=" + dir);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadErrorCount(0);
    String summary = Files.readString(dir.resolve("notes.md"));
    String declaration = Summaries.section(summary, "##### Note");
    assertTrue(declaration.contains("```java\npublic class Note {\n\n    public String text = \"\"\"\n"
        + "        <!-- featuredocs:manual id=\"notes\" -->\n        \"\"\";\n}\n```\n"), declaration);
    assertTrue(Files.exists(dir.resolve("schemas/Note.schema.json")));
  }
}
