package dev.featuredocs.processor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac with the processor and a class output directory on disk, as a build tool runs it: what a
 * previous compile left there is visible to the next, which compile-testing's in-memory output is not.
 */
final class DiskCompiler {
  private DiskCompiler() {}

  record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    List<String> messages(Diagnostic.Kind kind) {
      return diagnostics.stream().filter(d -> d.getKind() == kind).map(d -> d.getMessage(Locale.ROOT)).toList();
    }
  }

  /** Compiles {@code sources} into {@code out}, with {@code out} and the test class path on the class path. */
  static Result compile(Path out, List<JavaFileObject> sources, String... options) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(out);
      List<String> arguments = new ArrayList<>(List.of("-d", out.toString(), "-classpath",
          out + File.pathSeparator + System.getProperty("java.class.path"), "-implicit:none"));
      arguments.addAll(List.of(options));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, arguments, null, sources);
      task.setProcessors(List.of(new FeatureDocsProcessor()));
      Result result = new Result(task.call(), diagnostics.getDiagnostics());
      result.messages(Diagnostic.Kind.ERROR).stream().filter(m -> m.contains("[FD901]")).findFirst().ifPresent(m -> {
        throw new AssertionError("internal error FD901: " + m);
      });
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
