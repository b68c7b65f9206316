package dev.featuredocs.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small generated project compiles with the processor, cleanly, with one complete summary per feature. */
class ProjectGeneratorTest {
  @TempDir Path temp;

  @Test
  void twentyFileProject_compilesWithTheProcessorWithoutErrorsAndOneSummaryPerFeature() {
    ProjectGenerator.Project project = ProjectGenerator.generate(temp.resolve("src"), 20, 1);
    ProjectGenerator.writeReferences(temp, project); // the PRP/PRD files its @Feature names, under its root
    assertEquals(20, project.sources().size());
    assertEquals(20 - ProjectGenerator.FILES_PER_FEATURE - ProjectGenerator.COMMON_FILES, project.plainFiles());

    Javac javac = new Javac(Javac.generatedProjectClasspath());
    List<String> failures = new ArrayList<>();
    Javac.Result result = Benchmark.check(javac.compile(project.sources(), temp.resolve("out"), Javac.Variant.FEATUREDOCS), project, failures);

    assertEquals(List.of(), failures);
    assertEquals(1, result.summaries().size());
    assertTrue(result.bytesWritten() > result.timing().orElseThrow().bytes(), "class output copies plus the docs copy");
  }

  @Test
  void generatedProject_compilesWithPlainJavacToo() {
    ProjectGenerator.Project project = ProjectGenerator.generate(temp.resolve("src"), 20, 1);
    List<String> failures = new ArrayList<>();

    Benchmark.check(new Javac(Javac.generatedProjectClasspath()).compile(project.sources(), temp.resolve("out"), Javac.Variant.PLAIN),
        project, failures);

    assertEquals(List.of(), failures);
  }

  @Test
  void largeFeature_compilesCleanlyWithFortyEndpointsAndEightRules() {
    ProjectGenerator.Project project = ProjectGenerator.generateLarge(temp.resolve("src"), 8);
    assertEquals(ProjectGenerator.COMMON_FILES + 1 + 8 * LargeFeatureFiles.FILES_PER_RESOURCE, project.sources().size());
    assertEquals(List.of(new ProjectGenerator.Feature("Customer Accounts", "customer-accounts", 40, 8)), project.features());

    List<String> failures = new ArrayList<>();
    Javac.Result result = Benchmark.check(new Javac(Javac.generatedProjectClasspath())
        .compile(project.sources(), temp.resolve("out"), Javac.Variant.FEATUREDOCS), project, failures);

    assertEquals(List.of(), failures, "no error, 40 endpoints and 8 rules in the feature's model");
    assertEquals(1, result.summaries().size());
  }

  @Test
  void firstFeature_hasTheVeryLongService() throws Exception {
    ProjectGenerator.Project project = ProjectGenerator.generate(temp.resolve("src"), 20, 1);

    Path service = project.sources().stream().filter(p -> p.endsWith("Invoice1Service.java")).findFirst().orElseThrow();
    assertTrue(java.nio.file.Files.readAllLines(service).size() > 2_000);
  }
}
