package dev.featuredocs.benchmarks;

import dev.featuredocs.processor.FeatureDocsProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One javac compile in this JVM ({@code javax.tools}), timed and measured: wall time of the whole
 * task (file manager to last class file), peak heap, bytes allocated by the compiling thread, and
 * with the processor its {@code FD800} timing note and the bytes it wrote.
 */
final class Javac {
  private static final Pattern TIMING = Pattern.compile(
      "\\[FD800] featuredocs timing: features=(\\d+) collect=([\\d.]+)ms harvest=([\\d.]+)ms"
          + " \\(parse=([\\d.]+)ms, (\\d+) files\\) render=([\\d.]+)ms write=([\\d.]+)ms bytes=(\\d+)");

  private final List<Path> classpath;

  /** Extra {@code -A} options for the featuredocs variant, e.g. {@code -Afeaturedocs.catalogs=false}. */
  private final List<String> processorOptions;

  Javac(List<Path> classpath) {
    this(classpath, List.of());
  }

  Javac(List<Path> classpath, List<String> processorOptions) {
    this.processorOptions = List.copyOf(processorOptions);
    this.classpath = List.copyOf(classpath);
  }

  /** The processor's own account of its time, parsed from its {@code FD800} note. */
  record ProcessorTiming(int features, double collectMs, double harvestMs, double parseMs, int parsedFiles,
      double renderMs, double writeMs, long bytes) {
    double totalMs() {
      return collectMs + harvestMs + renderMs + writeMs;
    }
  }

  /**
   * @param problems javac errors, and any featuredocs warning (its messages start with {@code [FD})
   * @param summaries the summaries ({@code .md}) in the docs directory, by file name
   * @param bytesWritten what the processor left on disk: class-output copies and the docs directory
   */
  /** What runs in javac: nothing ({@code -proc:none}), a processor that does nothing, or featuredocs. */
  enum Variant {
    PLAIN("javac"), NO_OP("javac + no-op processor"), FEATUREDOCS("javac + featuredocs");

    final String label;

    Variant(String label) {
      this.label = label;
    }
  }

  /**
   * @param nanos wall time
   * @param cpuNanos CPU time of the compiling thread (javac and the processor run in it), which
   *     other processes on the machine do not inflate; GC and JIT threads are not in it
   */
  /**
   * @param liveHeapBytes the live set: the largest heap in use after a full GC during the compile,
   *     measured only by a probe compile ({@link #probe}); -1 for a timed compile
   */
  record Result(Variant variant, long nanos, long cpuNanos, long peakHeapBytes, long allocatedBytes, List<String> problems,
      Optional<ProcessorTiming> timing, Path classes, List<Path> summaries, long bytesWritten, long liveHeapBytes) {
    double millis() {
      return nanos / 1_000_000.0;
    }

    double cpuMillis() {
      return cpuNanos / 1_000_000.0;
    }

    boolean processor() {
      return variant == Variant.FEATUREDOCS;
    }
  }

  /**
   * Compiles into a fresh {@code out/classes}. The docs directory {@code out/docs} is kept from run
   * to run, as a repository keeps its committed summaries: the first compile writes them, later
   * ones find them current and leave them alone, like a build of unchanged code.
   */
  Result compile(List<Path> sources, Path out, Variant variant) {
    return compile(sources, out, variant, false);
  }

  /** At most this often the probe compile forces a full GC and reads the heap left in use. */
  static final long PROBE_INTERVAL_MS = 250;

  /**
   * The live set of a compile, not timed: while it runs, a thread forces a full GC every
   * {@value #PROBE_INTERVAL_MS} ms (or three times as long as the last GC took, if longer) and reads what the heap pools hold after it
   * ({@link MemoryPoolMXBean#getCollectionUsage()}); the largest reading is its live set (sampled:
   * a peak shorter than the interval can fall between two readings). "Peak heap" of a timed compile follows allocation instead: with a fixed 6 GB heap G1 collects
   * late, so the peak is mostly garbage not yet collected.
   */
  Result probe(List<Path> sources, Path out, Variant variant) {
    return compile(sources, out, variant, true);
  }

  private Result compile(List<Path> sources, Path out, Variant variant, boolean probe) {
    boolean withProcessor = variant == Variant.FEATUREDOCS;
    Path classes = out.resolve("classes");
    Path docs = out.resolve("docs");
    clean(classes);
    try {
      Files.createDirectories(classes);
      Files.createDirectories(docs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> options = new ArrayList<>(List.of(
        "-d", classes.toString(),
        "-classpath", join(classpath),
        "-encoding", "UTF-8",
        "-parameters"));
    if (withProcessor) {
      options.add("-Afeaturedocs.dir=" + docs.toAbsolutePath());
      // the generated project is its own repository: @Feature(prp/prd) paths resolve from its root
      options.add("-Afeaturedocs.root=" + out.toAbsolutePath().getParent());
      options.add("-Afeaturedocs.timing=true");
      options.addAll(processorOptions);
    } else if (variant == Variant.PLAIN) {
      options.add("-proc:none");
    }

    System.gc();
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    long cpuBefore = threads.getCurrentThreadCpuTime();

    LiveSet live = probe ? LiveSet.start(heap) : null;
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    long startMillis = System.currentTimeMillis() - 1_000; // file times may be rounded down to the second
    long start = System.nanoTime();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    boolean success;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      if (variant != Variant.PLAIN) {
        task.setProcessors(List.of(withProcessor ? new FeatureDocsProcessor() : new NoOpProcessor()));
      }
      success = task.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long nanos = System.nanoTime() - start;
    long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    long liveBytes = live == null ? -1 : live.stop();

    List<String> problems = new ArrayList<>();
    Optional<ProcessorTiming> timing = Optional.empty();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      if (d.getKind() == Diagnostic.Kind.ERROR
          || (message.startsWith("[FD") && d.getKind() != Diagnostic.Kind.NOTE)) {
        problems.add(d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + " ")
            + message.lines().findFirst().orElse(""));
      }
      Matcher m = TIMING.matcher(message);
      if (m.matches()) {
        timing = Optional.of(new ProcessorTiming(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)),
            Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), Integer.parseInt(m.group(5)),
            Double.parseDouble(m.group(6)), Double.parseDouble(m.group(7)), Long.parseLong(m.group(8))));
      }
    }
    if (!success && problems.isEmpty()) {
      problems.add("javac failed without an error diagnostic");
    }
    // README.md is the index of the summaries, not one of them
    List<Path> summaries = list(docs, ".md").stream().filter(p -> !p.getFileName().toString().equals("README.md"))
        .toList();
    long written = size(classes.resolve("META-INF/featuredocs"), 0) + size(docs, startMillis);
    return new Result(variant, nanos, cpu, peak, allocated, problems, timing, classes, summaries, written, liveBytes);
  }

  /** The probe's thread: a full GC every {@value #PROBE_INTERVAL_MS} ms or more, the largest heap left after one. */
  private static final class LiveSet implements Runnable {
    private final List<MemoryPoolMXBean> heap;
    private final Thread thread;
    private volatile boolean running = true;
    private long max;

    private LiveSet(List<MemoryPoolMXBean> heap) {
      this.heap = heap;
      this.thread = new Thread(this, "live-set probe");
      thread.setDaemon(true);
    }

    static LiveSet start(List<MemoryPoolMXBean> heap) {
      LiveSet live = new LiveSet(heap);
      live.thread.start();
      return live;
    }

    @Override
    public void run() {
      long pause = PROBE_INTERVAL_MS;
      while (running) {
        try {
          Thread.sleep(pause);
        } catch (InterruptedException e) {
          return;
        }
        long start = System.nanoTime();
        measure();
        // at least three GCs' time apart: full GCs of a large heap take at most a quarter of the probe
        pause = Math.max(PROBE_INTERVAL_MS, 3 * (System.nanoTime() - start) / 1_000_000);
      }
    }

    private synchronized void measure() {
      System.gc(); // a full, stop-the-world collection with G1 (no -XX:+ExplicitGCInvokesConcurrent)
      max = Math.max(max, heap.stream().mapToLong(p -> p.getCollectionUsage() == null ? 0 : p.getCollectionUsage().getUsed())
          .sum());
    }

    /** Stops the thread; the largest live heap seen. */
    long stop() {
      running = false;
      thread.interrupt();
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      synchronized (this) {
        return max;
      }
    }
  }

  /**
   * The class path for the generated projects: this JVM's class path without the processor and
   * the libraries only it uses (javac gets the processor as an instance, as Maven's
   * {@code annotationProcessorPaths} keeps it off the class path) and without the harness itself.
   */
  static List<Path> generatedProjectClasspath() {
    Set<Path> excluded = new LinkedHashSet<>();
    for (String name : List.of("dev.featuredocs.benchmarks.Benchmark", "dev.featuredocs.processor.FeatureDocsProcessor",
        "freemarker.template.Configuration", "com.github.javaparser.JavaParser",
        "com.github.curiousoddman.rgxgen.RgxGen", "org.junit.jupiter.api.Test", "org.opentest4j.AssertionFailedError",
        "org.apiguardian.api.API", "org.junit.platform.commons.util.Preconditions")) {
      location(name).ifPresent(excluded::add);
    }
    List<Path> result = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath().normalize();
      if (!entry.isBlank() && !excluded.contains(path) && !path.toString().contains("surefire")
          && SmartDoc.OWN_JARS.stream().noneMatch(path.toString().replace(File.separatorChar, '/')::contains)) {
        result.add(path);
      }
    }
    return result;
  }

  private static Optional<Path> location(String className) {
    try {
      Class<?> type = Class.forName(className, false, Javac.class.getClassLoader());
      return Optional.of(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath().normalize());
    } catch (ClassNotFoundException | URISyntaxException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static String join(List<Path> paths) {
    return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
  }

  static void clean(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> list(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bytes of the files under {@code dir} modified since {@code sinceMillis}. */
  private static long size(Path dir, long sinceMillis) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.getLastModifiedTime(p).toMillis() >= sinceMillis ? Files.size(p) : 0;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
