package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Gradle's incremental Java compilation is told about the processor. */
class GradleIncrementalTest {
  @TempDir Path docs;

  @Test
  void jar_declaresTheProcessorDynamic() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
      assertEquals("dev.featuredocs.processor.FeatureDocsProcessor,dynamic\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void withoutDocsDirectory_itIsAggregating() {
    FeatureDocsProcessor processor = new FeatureDocsProcessor();
    Compilations.compile(processor, Fixtures.load("sharing"));

    assertEquals(Set.of("featuredocs.catalogs", "featuredocs.dir", "featuredocs.jpaNaming", "featuredocs.jsonNaming", "featuredocs.migrations",
        "featuredocs.mode", "featuredocs.openapi", "featuredocs.template", "featuredocs.timing", "featuredocs.appConfig",
        "featuredocs.prependBasePath", "featuredocs.classOutputSummaries", "featuredocs.criteriaDetails",
        "featuredocs.root", "org.gradle.annotation.processing.aggregating"), processor.getSupportedOptions());
  }

  @Test
  void withDocsDirectory_itIsNotIncremental() {
    FeatureDocsProcessor processor = new FeatureDocsProcessor();
    Compilations.compile(processor, Fixtures.load("sharing"), "-Afeaturedocs.dir=" + docs);

    assertEquals(new TreeSet<>(List.of("featuredocs.catalogs", "featuredocs.dir", "featuredocs.jpaNaming", "featuredocs.jsonNaming",
        "featuredocs.migrations", "featuredocs.mode", "featuredocs.openapi", "featuredocs.template", "featuredocs.timing",
        "featuredocs.appConfig", "featuredocs.prependBasePath", "featuredocs.classOutputSummaries", "featuredocs.criteriaDetails",
        "featuredocs.root")),
        processor.getSupportedOptions());
  }

  @Test
  void withMigrationsDirectory_itIsNotIncremental() {
    FeatureDocsProcessor processor = new FeatureDocsProcessor();
    Compilations.compile(processor, Fixtures.load("sharing"), "-Afeaturedocs.migrations=" + docs);

    assertFalse(processor.getSupportedOptions().contains("org.gradle.annotation.processing.aggregating"),
        "the migration files are inputs Gradle does not track");
  }
}
