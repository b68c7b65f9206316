package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Afeaturedocs.template} replaces the built-in template; built-in sections stay includable. */
class TemplateOptionTest {
  @TempDir Path dir;

  @Test
  void userTemplate_replacesTheSummaryAndCanIncludeBuiltInSections() throws Exception {
    Path template = dir.resolve("team.ftl");
    Files.writeString(template, """
        <#import "lib/markdown.ftl" as md>
        # ${feature.name} (${feature.rules?size} rules)
        <#include "sections/phases.ftl">
        """);

    Compilation compilation = Compilations.compileSharing("-Afeaturedocs.template=" + template);

    assertThat(compilation).succeededWithoutWarnings();
    String summary = Compilations.summary(compilation, "document-sharing");
    assertEquals("# Document Sharing (4 rules)\n### Phase Breakdown\n", summary.substring(0, summary.indexOf("\n\n#### Phase 1") + 1));
  }

  @Test
  void templateError_isAnErrorOnTheFeatureAndNothingIsWritten() throws Exception {
    Path template = dir.resolve("broken.ftl");
    Files.writeString(template, "# ${feature.nonsense}\n");
    Path docs = dir.resolve("docs");

    Compilation compilation = Compilations.compileSharing("-Afeaturedocs.template=" + template, "-Afeaturedocs.dir=" + docs);

    assertThat(compilation).hadErrorContaining(
            "[FD601] summary of feature \"Document Sharing\" could not be rendered with template broken.ftl:")
        .inFile(Fixtures.load("sharing").stream().filter(f -> f.getName().endsWith("package-info.java")).findFirst().orElseThrow())
        .onLineContaining("package com.example.sharing;");
    assertEquals(false, Files.exists(docs.resolve("document-sharing.md")));
  }
}
