package dev.featuredocs.benchmarks;

import com.ly.doc.builder.ApiDocBuilder;
import com.ly.doc.model.ApiConfig;
import com.ly.doc.model.SourceCodePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The peer side by side: smart-doc (its library, {@code ApiDocBuilder}, in this JVM) writes the API
 * Markdown of a generated project from its sources, as {@code smart-doc-maven-plugin}'s
 * {@code smart-doc:markdown} goal does, without Maven's start-up. It documents endpoints only: no
 * data-model section of its own, rules, phases, persistence, security or checks.
 */
final class SmartDoc {
  /** One run: wall and CPU time of the calling thread, and what it wrote. */
  record Run(long nanos, long cpuNanos, int files, long bytes) {
    double millis() {
      return nanos / 1e6;
    }

    double cpuMillis() {
      return cpuNanos / 1e6;
    }
  }

  /**
   * Repository folders of smart-doc and the libraries only it brings (see {@code mvn dependency:tree
   * -pl benchmarks}): kept off the generated projects' class path, so that javac sees the same class
   * path with or without the peer in the harness.
   */
  static final List<String> OWN_JARS = List.of("/com/ly/", "/com/ibeetl/", "/org/antlr/", "/net/datafaker/",
      "/com/github/mifmif/", "/dk/brics/", "/io/github/shalousun/", "/org/apache/commons/commons-lang3/",
      "/commons-codec/", "/org/bouncycastle/", "/com/squareup/", "/org/jetbrains/", "/com/google/code/gson/",
      "/com/google/errorprone/", "/org/eclipse/jgit/", "/com/googlecode/javaewah/");

  private SmartDoc() {}

  /** {@code warmup} unmeasured runs, then {@code runs} measured ones, each into a fresh directory. */
  static List<Run> measure(Path sourceRoot, Path out, int warmup, int runs) {
    List<Run> measured = new ArrayList<>();
    for (int i = 0; i < warmup + runs; i++) {
      Run run = run(sourceRoot, out);
      if (i >= warmup) {
        measured.add(run);
      }
    }
    return measured;
  }

  static Run run(Path sourceRoot, Path out) {
    Javac.clean(out);
    ApiConfig config = new ApiConfig();
    config.setServerUrl("http://localhost:8080");
    // The project's folder (sourceRoot is <project>/src/main/java), as the Maven plugin sets it.
    config.setBaseDir(sourceRoot.getParent().getParent().getParent().toString());
    config.setCodePath(sourceRoot.toString());
    config.setSourceCodePaths(SourceCodePath.builder().setPath(sourceRoot.toString()));
    config.setOutPath(out.toString());
    config.setAllInOne(true);
    config.setCoverOld(true);
    config.setProjectName("benchmark");
    config.setFramework("spring");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    ApiDocBuilder.buildApiDoc(config);
    long nanos = System.nanoTime() - start;
    long cpuNanos = threads.getCurrentThreadCpuTime() - cpu;
    int files = 0;
    long bytes = 0;
    try (Stream<Path> written = Files.walk(out)) {
      for (Path file : written.filter(Files::isRegularFile).toList()) {
        files++;
        bytes += Files.size(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Run(nanos, cpuNanos, files, bytes);
  }
}
