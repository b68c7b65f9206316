package dev.featuredocs.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Runs javac with the processor, and reads what it wrote to class output. */
final class Compilations {
  private Compilations() {}

  static Compilation compile(List<JavaFileObject> sources, String... options) {
    return compile(new FeatureDocsProcessor(), sources, options);
  }

  static Compilation compile(FeatureDocsProcessor processor, List<JavaFileObject> sources, String... options) {
    return withoutInternalError(compileProvokingInternalError(processor, sources, options));
  }

  /** As {@link #compile}, for the one test that provokes internal error FD901 on purpose. */
  static Compilation compileProvokingInternalError(FeatureDocsProcessor processor, List<JavaFileObject> sources,
      String... options) {
    List<JavaFileObject> all = new ArrayList<>(Fixtures.stubs());
    all.addAll(sources);
    return Compiler.javac().withProcessors(processor).withOptions((Object[]) options).compile(all);
  }

  /**
   * Fails the test when the compilation reported internal error FD901: every test compiles through
   * here, so no input of the suite, however bad, may crash the processor unnoticed.
   */
  static Compilation withoutInternalError(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      if (diagnostic.getMessage(Locale.ROOT).contains("[FD901]")) {
        throw new AssertionError("internal error FD901: " + diagnostic.getMessage(Locale.ROOT));
      }
    }
    return compilation;
  }

  /**
   * Compiles inline sources (each named after its package and first type) that must succeed, and
   * returns the summary of the feature {@code slug}.
   */
  static String summaryOf(String slug, String... sources) {
    List<JavaFileObject> files = new ArrayList<>();
    for (String source : sources) {
      String pkg = source.replaceAll("(?s).*?package ([\\w.]+);.*", "$1");
      String name = source.contains("\npackage ") && !source.matches("(?s).*\\b(?:class|interface|record|enum) .*")
          ? "package-info" : source.replaceAll("(?s).*?(?:class|interface|record|enum) (\\w+).*", "$1");
      files.add(com.google.testing.compile.JavaFileObjects.forSourceString(pkg + "." + name, source));
    }
    Compilation compilation = compile(files);
    com.google.testing.compile.CompilationSubject.assertThat(compilation).succeeded();
    return summary(compilation, slug);
  }

  /** The sharing fixture plus the Spring/JPA stubs. */
  static Compilation compileSharing(String... options) {
    return compile(Fixtures.load("sharing"), options);
  }

  /** {@code META-INF/featuredocs/<name>} from class output, if the processor wrote it. */
  static Optional<String> output(Compilation compilation, String name) {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/featuredocs/" + name)
        .map(file -> {
          try {
            return file.getCharContent(true).toString();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The text of every diagnostic of {@code kind}, in order. */
  static List<String> messages(Compilation compilation, Diagnostic.Kind kind) {
    return compilation.diagnostics().stream().filter(d -> d.getKind() == kind)
        .map(d -> d.getMessage(Locale.ROOT)).toList();
  }

  /**
   * Writes what the compilation put in class output (classes, {@code META-INF/featuredocs/}) under
   * {@code dir}, as a build's output directory: the class path of a next compilation.
   */
  static java.nio.file.Path writeClassOutput(Compilation compilation, java.nio.file.Path dir) {
    String marker = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().toString();
      int at = uri.indexOf(marker);
      if (at < 0) {
        continue;
      }
      java.nio.file.Path target = dir.resolve(uri.substring(at + marker.length()));
      try (java.io.InputStream in = file.openInputStream()) {
        java.nio.file.Files.createDirectories(target.getParent());
        java.nio.file.Files.write(target, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(uri, e);
      }
    }
    return dir;
  }

  /** Compiles {@code sources} (test sources) with the processor, {@code classes} first on the class path. */
  static Compilation compileWithClasspath(java.nio.file.Path classes, List<JavaFileObject> sources, String... options) {
    List<java.io.File> classpath = new ArrayList<>();
    classpath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      classpath.add(new java.io.File(entry));
    }
    return withoutInternalError(Compiler.javac().withProcessors(new FeatureDocsProcessor()).withClasspath(classpath)
        .withOptions((Object[]) options).compile(sources));
  }

  static String summary(Compilation compilation, String slug) {
    return output(compilation, slug + ".md").orElseThrow(() -> new AssertionError("no summary " + slug + ".md"));
  }
}
