package dev.featuredocs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unexpected failure inside a harvester costs the feature it happened in, never the build's other features. */
class InternalFailureTest {
  @TempDir Path docs;

  /** Source paths that fail, as a bug would, when asked about one type. */
  private static FeatureDocsProcessor failingOn(String simpleName) {
    return new FeatureDocsProcessor(env -> {
      SourcePaths real = SourcePaths.of(env);
      return new SourcePaths() {
        @Override
        public Optional<String> relativePath(Element element) {
          if (element.getSimpleName().contentEquals(simpleName)) {
            throw new IllegalStateException("simulated harvester bug");
          }
          return real.relativePath(element);
        }

        @Override
        public Optional<JavaFileObject> sourceFile(Element element) {
          return real.sourceFile(element);
        }

        @Override
        public String rootLabel(Element element) {
          return real.rootLabel(element);
        }
      };
    });
  }

  @Test
  void failureWhileReadingInjections_isAnErrorOnTheTypeAndOnlyItsFeatureGetsNoSummary() throws Exception {
    List<JavaFileObject> sources = new ArrayList<>(Fixtures.load("sharing"));
    JavaFileObject sharingService = sources.stream()
        .filter(s -> s.getName().endsWith("SharingService.java")).findFirst().orElseThrow();
    sources.add(JavaFileObjects.forSourceString("com.example.billing.Invoices", """
        package com.example.billing;

        /** Issues invoices. */
        @dev.featuredocs.annotations.Feature("Billing")
        @org.springframework.stereotype.Service
        public class Invoices {}
        """));

    Compilation compilation = Compilations.compileProvokingInternalError(failingOn("Notifier"), sources, "-Afeaturedocs.dir=" + docs);

    assertThat(compilation).hadErrorContaining(
            "[FD901] featuredocs (dev.featuredocs.processor.FeatureDocsProcessor) failed while documenting"
                + " com.example.sharing.SharingService of feature \"Document Sharing\":"
                + " java.lang.IllegalStateException: simulated harvester bug."
                + " Nothing was written for this feature")
        .inFile(sharingService).onLineContaining("public class SharingService");
    assertThat(compilation).hadErrorCount(1);
    assertFalse(Files.exists(docs.resolve("document-sharing.md")), "the failed feature gets no summary");
    assertTrue(Files.readString(docs.resolve("billing.md")).startsWith("# Billing - Backend Implementation\n"),
        "the other feature is still documented");
  }
}
