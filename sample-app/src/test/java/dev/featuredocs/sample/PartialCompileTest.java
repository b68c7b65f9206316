package dev.featuredocs.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featuredocs.processor.FeatureDocsProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an IDE's build (IntelliJ) and Maven with {@code -Dmaven.compiler.useIncrementalCompilation=false}
 * do after one file is edited: javac gets that file alone, with the previous compile's class output
 * (this module's {@code target/classes}, left by the full build that ran before the tests) and the
 * dependencies on the class path. For every main source file of the app, such a compile must leave
 * the committed summaries and schemas byte for byte as the full build wrote them, and must report
 * no live feature as orphaned.
 *
 * <p>Each compile runs in-process (javax.tools) against a fresh copy of {@code target/classes} and of
 * {@code docs/}, so the real ones are never touched and one file's compile cannot feed the next.
 */
class PartialCompileTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path CLASSES = Path.of("target/classes").toAbsolutePath();
  private static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();
  private static final Path DOCS = Path.of("docs");

  @TempDir Path temp;

  static Stream<String> sourceFiles() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).map(f -> SOURCES.relativize(f).toString())
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sourceFiles")
  void compilingOneFileAlone_leavesTheCommittedDocsAsTheFullBuildWroteThem(String file) throws IOException {
    Path classes = copy(CLASSES, temp.resolve("classes"));
    Path docs = copy(DOCS, temp.resolve("docs"));

    List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(SOURCES.resolve(file), classes,
        docs.resolve("features"), "write");

    assertThat(problems(diagnostics)).as("errors and warnings of the compile of %s alone", file).isEmpty();
    assertThat(contents(docs)).as("docs/ after compiling %s alone", file).isEqualTo(contents(DOCS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sourceFiles")
  void verifyingWithOneFileAlone_findsTheCommittedDocsCurrent(String file) throws IOException {
    Path classes = copy(CLASSES, temp.resolve("classes"));

    List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(SOURCES.resolve(file), classes,
        DOCS.resolve("features"), "verify");

    assertThat(problems(diagnostics)).as("errors and warnings of the verify compile of %s alone", file).isEmpty();
  }

  /** javac on {@code source} alone, class output {@code classes} first on the class path, as the pom configures it. */
  private static List<Diagnostic<? extends JavaFileObject>> compile(Path source, Path classes, Path docs, String mode)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-d", classes.toString(), "-classpath", classPath(classes), "-parameters",
          "-Afeaturedocs.dir=" + docs.toAbsolutePath(), "-Afeaturedocs.mode=" + mode,
          // the module's folder, as the pom sets it: docs/features/ is in it, beside docs/PRPs/
          "-Afeaturedocs.root=" + docs.toAbsolutePath().getParent().getParent());
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjects(source));
      task.setProcessors(List.of(new FeatureDocsProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics();
  }

  /** The test run's class path with this module's own class directories replaced by the copy. */
  private static String classPath(Path classes) {
    List<String> entries = new ArrayList<>(List.of(classes.toString()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath();
      if (!path.equals(CLASSES) && !path.equals(TEST_CLASSES)) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /**
   * Errors and warnings, but for javac's own "options were not recognized by any processor": javac
   * starts a processor only for a file that carries one of its annotations, so a file without
   * featuredocs annotations (SampleApplication, ErrorResponse) compiles without featuredocs, and
   * the committed summaries are left as they were.
   */
  private static List<String> problems(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
        .filter(m -> !m.startsWith("WARNING The following options were not recognized by any processor"))
        .toList();
  }

  /** Every file under {@code dir}, by relative path. */
  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> result = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        result.put(dir.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return result;
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return to;
  }
}
