package dev.featuredocs.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.featuredocs.annotations.Feature;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources of a named module ({@code module-info.java}), with featuredocs' annotations as an
 * automatic module on the module path: the processor looks names up in that module
 * ({@code ModuleElements}), which must find the module's own types, the annotations it reads, and
 * the JDK's, and not report the catalog's name as taken before it is generated.
 */
class NamedModuleTest {
  @TempDir Path temp;

  @Test
  void featureInANamedModule_isDocumentedWithItsRulesModelAndCatalog() throws Exception {
    Path annotations = annotationsJar();

    Path src = temp.resolve("src");
    write(src.resolve("module-info.java"), """
        module com.example.billing {
          requires featuredocs.annotations;
        }
        """);
    write(src.resolve("com/example/billing/Invoices.java"), """
        package com.example.billing;

        import dev.featuredocs.annotations.BusinessRule;
        import dev.featuredocs.annotations.Feature;

        /** Issues invoices. */
        @Feature("Billing")
        public class Invoices {
          /** Issues one. */
          @BusinessRule(value = "An invoice is issued once", id = "BR-BILL-1")
          public Invoice issue(java.time.Instant at) {
            return new Invoice(at, 1);
          }
        }
        """);
    write(src.resolve("com/example/billing/Invoice.java"), """
        package com.example.billing;

        /** An issued invoice. */
        @dev.featuredocs.annotations.Feature("Billing")
        public record Invoice(java.time.Instant issuedAt, int number) {}
        """);
    Path out = temp.resolve("classes");
    Files.createDirectories(out);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean success;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        Stream<Path> sources = Files.walk(src)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          List.of("-d", out.toString(), "--module-path", annotations.toString(), "-Afeaturedocs.timing"), null,
          files.getJavaFileObjectsFromPaths(sources.filter(f -> f.toString().endsWith(".java")).toList()));
      task.setProcessors(List.of(new FeatureDocsProcessor()));
      success = task.call();
    }

    List<String> problems = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT)).toList();
    assertTrue(success && problems.isEmpty(), problems.toString());
    String summary = Files.readString(out.resolve("META-INF/featuredocs/billing.md"));
    assertTrue(summary.contains("An invoice is issued once"), summary);
    assertTrue(summary.contains("public record Invoice(java.time.Instant issuedAt, int number) {"), summary);
    assertTrue(Files.readString(out.resolve("META-INF/featuredocs/schemas/Invoice.schema.json"))
        .contains("\"format\": \"date-time\""), "java.time.Instant resolved from the module");
    assertTrue(Files.isRegularFile(out.resolve("com/example/billing/BillingFeature.class")), "the catalog, compiled");
    assertTrue(diagnostics.getDiagnostics().stream().anyMatch(d -> d.getMessage(Locale.ROOT)
        .matches("(?s)\\[FD800\\] featuredocs timing: features=1 .*\\(parse=[\\d.]+ms, 0 files\\).*")),
        "the model's declaration came from its outline");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** featuredocs-annotations' classes as a jar named so that its automatic module is {@code featuredocs.annotations}. */
  private Path annotationsJar() throws IOException, URISyntaxException {
    Path classes = Path.of(Feature.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path jar = temp.resolve("featuredocs-annotations.jar");
    if (Files.isRegularFile(classes)) {
      Files.copy(classes, jar);
      return jar;
    }
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
    return jar;
  }
}
