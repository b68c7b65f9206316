package dev.featuredocs.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Compiles generated backends of several sizes with plain javac and with javac + featuredocs,
 * alternating, after warm-up, and prints one table per size and a summary (Markdown, also written to
 * {@code <work>/results.md}).
 *
 * <p>Every run with the processor is also checked: no error and no featuredocs warning, one summary
 * per feature, five endpoints and three rules in each, the processor's note present, javaparser
 * parsing no more files than the features have. A failed check ends the run with exit code 1.
 *
 * <pre>
 * --sizes 100,1000,5000   source files per generated project
 * --files-per-feature 10  one feature per this many files
 * --runs 5                measured compiles per variant and size
 * --warmup 3              unmeasured compiles per variant and size, first
 * --work DIR              where projects are generated and compiled (default target/benchmark)
 * --no-op true            also compile with a processor that does nothing (javac's own cost of processing)
 * --catalogs true         false: featuredocs with -Afeaturedocs.catalogs=false (no generated catalogs)
 * --large 8               also the large feature with this many resources (8 → 40 endpoints, 32 models); 0: not
 * --smart-doc true        also run the peer, smart-doc, on each generated project
 * --live-set true         also one untimed probe compile per variant that measures the live set
 * </pre>
 *
 * <p>The goals ({@link Goals}): featuredocs' own cost ≤ {@value #BUDGET_PERCENT} % of javac with a
 * do-nothing processor at ≥ 1,000 files, wall and CPU; per-feature time at the largest size within
 * {@value #LINEAR_PERCENT} % of that at 1,000 files; the large feature ≤ {@value #LARGE_BUDGET_PERCENT} %
 * with a summary ≤ {@value #SUMMARY_LIMIT_KB} KB; the live set ≤ {@value #HEAP_RATIO}× javac's; and
 * featuredocs' increment ≥ {@value #PEER_FACTOR}× faster than smart-doc's run.
 */
public final class Benchmark {
  /** featuredocs' own cost, at most this share of javac with a do-nothing processor, at 1,000 files and more. */
  static final double BUDGET_PERCENT = 25.0;
  /** Per-feature processor time at the largest size, at most this much above that at 1,000 files. */
  static final double LINEAR_PERCENT = 20.0;
  /** featuredocs' own cost on the large feature, at most this share of its do-nothing compile. */
  static final double LARGE_BUDGET_PERCENT = 30.0;
  /** The large feature's summary, at most this many KB. */
  static final int SUMMARY_LIMIT_KB = 200;
  /** The live set with featuredocs, at most this multiple of plain javac's. */
  static final double HEAP_RATIO = 1.5;
  /** smart-doc's run, at least this multiple of featuredocs' increment over the do-nothing compile. */
  static final double PEER_FACTOR = 10.0;

  private Benchmark() {}

  record Options(List<Integer> sizes, int filesPerFeature, int runs, int warmup, Path work, boolean noOp,
      boolean catalogs, int large, boolean smartDoc, boolean liveSet) {
    static Options parse(String[] args) {
      List<Integer> sizes = List.of(100, 1_000, 5_000);
      int filesPerFeature = 10;
      int runs = 5;
      int warmup = 3;
      Path work = Path.of("target", "benchmark");
      boolean noOp = true;
      boolean catalogs = true;
      int large = 8;
      boolean smartDoc = true;
      boolean liveSet = true;
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : "";
        switch (args[i]) {
          case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(String::trim).map(Integer::parseInt).toList();
          case "--files-per-feature" -> filesPerFeature = Integer.parseInt(value);
          case "--runs" -> runs = Integer.parseInt(value);
          case "--warmup" -> warmup = Integer.parseInt(value);
          case "--work" -> work = Path.of(value);
          case "--no-op" -> noOp = Boolean.parseBoolean(value);
          case "--catalogs" -> catalogs = Boolean.parseBoolean(value);
          case "--large" -> large = Integer.parseInt(value);
          case "--smart-doc" -> smartDoc = Boolean.parseBoolean(value);
          case "--live-set" -> liveSet = Boolean.parseBoolean(value);
          default -> throw new IllegalArgumentException("unknown argument " + args[i]
              + "; use --sizes 100,1000,5000 --files-per-feature 10 --runs 5 --warmup 3 --work DIR --no-op true"
              + " --catalogs true --large 8 --smart-doc true --live-set true");
        }
        i++;
      }
      return new Options(sizes, filesPerFeature, runs, warmup, work, noOp, catalogs, large, smartDoc, liveSet);
    }
  }

  /**
   * All measurements of one project: a size, or the large feature ({@code large}); {@code probes}:
   * the untimed live-set compile of each variant (empty with {@code --live-set false}).
   */
  record SizeResult(int files, boolean large, ProjectGenerator.Project project,
      Map<Javac.Variant, List<Javac.Result>> runs, String load, List<SmartDoc.Run> smartDoc,
      Map<Javac.Variant, Javac.Result> probes) {
    /** Whether the 1-minute load average, before or after, exceeded the cores: other work competed for them. */
    boolean loaded() {
      int cores = Runtime.getRuntime().availableProcessors();
      return java.util.Arrays.stream(load.split(" → "))
          .map(l -> l.split(",")[0].trim())
          .anyMatch(l -> {
            try {
              return Double.parseDouble(l) > cores;
            } catch (NumberFormatException e) {
              return false;
            }
          });
    }

    int features() {
      return project.features().size();
    }

    List<Javac.Result> of(Javac.Variant variant) {
      return runs.getOrDefault(variant, List.of());
    }

    double ms(Javac.Variant variant) {
      return median(of(variant), Javac.Result::millis);
    }

    double plainMs() {
      return ms(Javac.Variant.PLAIN);
    }

    double processorMs() {
      return ms(Javac.Variant.FEATUREDOCS);
    }

    double overheadPercent() {
      return (processorMs() - plainMs()) / plainMs() * 100;
    }

    double cpuMs(Javac.Variant variant) {
      return median(of(variant), Javac.Result::cpuMillis);
    }

    double cpuOverheadPercent() {
      return (cpuMs(Javac.Variant.FEATUREDOCS) - cpuMs(Javac.Variant.PLAIN)) / cpuMs(Javac.Variant.PLAIN) * 100;
    }

    /** featuredocs' own cost: with featuredocs minus with a no-op processor, relative to the no-op compile. */
    double ownPercent() {
      return of(Javac.Variant.NO_OP).isEmpty() ? Double.NaN
          : (processorMs() - ms(Javac.Variant.NO_OP)) / ms(Javac.Variant.NO_OP) * 100;
    }

    double ownCpuPercent() {
      return of(Javac.Variant.NO_OP).isEmpty() ? Double.NaN
          : (cpuMs(Javac.Variant.FEATUREDOCS) - cpuMs(Javac.Variant.NO_OP)) / cpuMs(Javac.Variant.NO_OP) * 100;
    }

    /** featuredocs' increment over the do-nothing compile, in ms (wall). */
    double incrementMs() {
      return processorMs() - ms(Javac.Variant.NO_OP);
    }

    double heapRatio() {
      return median(of(Javac.Variant.FEATUREDOCS), x -> x.peakHeapBytes())
          / median(of(Javac.Variant.PLAIN), x -> x.peakHeapBytes());
    }

    /** The live set of a variant (its probe compile), in bytes; NaN without one. */
    double liveBytes(Javac.Variant variant) {
      Javac.Result probe = probes.get(variant);
      return probe == null || probe.liveHeapBytes() <= 0 ? Double.NaN : probe.liveHeapBytes();
    }

    /** The live set with featuredocs against plain javac's; NaN without probes. */
    double liveRatio() {
      return liveBytes(Javac.Variant.FEATUREDOCS) / liveBytes(Javac.Variant.PLAIN);
    }

    double smartDocMs() {
      return median(smartDoc, SmartDoc.Run::millis);
    }

    /** The largest summary written, in bytes (the large feature's has to stay readable). */
    long largestSummaryBytes() {
      return of(Javac.Variant.FEATUREDOCS).stream().flatMap(r -> r.summaries().stream()).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return -1;
        }
      }).max().orElse(-1);
    }

    String title() {
      return large ? String.format(Locale.ROOT, "the large feature (%,d source files)", files)
          : String.format(Locale.ROOT, "%,d source files", files);
    }

    double timing(ToDoubleFunction<Javac.ProcessorTiming> value) {
      return median(of(Javac.Variant.FEATUREDOCS), r -> value.applyAsDouble(r.timing().orElseThrow()));
    }

    double processorPerFeatureMs() {
      return timing(Javac.ProcessorTiming::totalMs) / features();
    }
  }

  public static void main(String[] args) throws IOException {
    Options options = Options.parse(args);
    List<Path> classpath = Javac.generatedProjectClasspath();
    Javac javac = new Javac(classpath, options.catalogs() ? List.of() : List.of("-Afeaturedocs.catalogs=false"));
    StringBuilder report = new StringBuilder();
    report.append(environment(options)).append('\n');
    List<SizeResult> results = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (int files : options.sizes()) {
      SizeResult result = measure(javac, options, files, failures);
      results.add(result);
      String table = table(result);
      System.out.println(table);
      report.append(table).append('\n');
    }
    SizeResult large = null;
    if (options.large() > 0) {
      large = measureLarge(javac, options, failures);
      String table = table(large);
      System.out.println(table);
      report.append(table).append('\n');
    }
    String summary = summary(results) + '\n' + Goals.table(results, large);
    System.out.println(summary);
    report.append(summary);
    Files.createDirectories(options.work());
    Files.writeString(options.work().resolve("results.md"), report, StandardCharsets.UTF_8);
    System.out.println("Written to " + options.work().resolve("results.md").toAbsolutePath());
    if (!failures.isEmpty()) {
      System.err.println("FAILED checks:");
      failures.forEach(f -> System.err.println("  " + f));
      System.exit(1);
    }
  }

  static SizeResult measure(Javac javac, Options options, int files, List<String> failures) {
    int features = Math.min(ProjectGenerator.maxFeatures(files), Math.max(1, files / options.filesPerFeature()));
    Path root = options.work().resolve("size-" + files);
    Javac.clean(root);
    ProjectGenerator.Project project = ProjectGenerator.generate(root.resolve("src/main/java"), files, features);
    ProjectGenerator.writeReferences(root, project);
    progress("%,d files: %d features, %d feature files, %d of no feature; %d warm-up + %d measured compiles per variant",
        files, features, features * ProjectGenerator.FILES_PER_FEATURE,
        files - features * ProjectGenerator.FILES_PER_FEATURE, options.warmup(), options.runs());
    return measure(javac, options, root, project, false, failures);
  }

  /** The large feature of {@link LargeFeatureFiles}, compiled like a size. */
  static SizeResult measureLarge(Javac javac, Options options, List<String> failures) {
    Path root = options.work().resolve("large-" + options.large());
    Javac.clean(root);
    ProjectGenerator.Project project = ProjectGenerator.generateLarge(root.resolve("src/main/java"), options.large());
    progress("large feature: %d resources, %,d files; %d warm-up + %d measured compiles per variant",
        options.large(), project.sources().size(), options.warmup(), options.runs());
    return measure(javac, options, root, project, true, failures);
  }

  private static SizeResult measure(Javac javac, Options options, Path root, ProjectGenerator.Project project,
      boolean large, List<String> failures) {
    Path out = root.resolve("out");
    List<Javac.Variant> variants = options.noOp() ? List.of(Javac.Variant.values())
        : List.of(Javac.Variant.PLAIN, Javac.Variant.FEATUREDOCS);
    Map<Javac.Variant, List<Javac.Result>> runs = new EnumMap<>(Javac.Variant.class);
    String loadBefore = loadAverage();
    for (int i = 0; i < options.warmup() + options.runs(); i++) {
      boolean warmup = i < options.warmup();
      // Rotate which variant goes first, so drift (JIT, GC, page cache) hits all alike.
      for (int k = 0; k < variants.size(); k++) {
        Javac.Variant variant = variants.get((i + k) % variants.size());
        Javac.Result result = check(javac.compile(project.sources(), out, variant), project, failures);
        if (!warmup) {
          runs.computeIfAbsent(variant, v -> new ArrayList<>()).add(result);
        }
        report(result, warmup ? "warm-up" : "run " + (i - options.warmup() + 1));
      }
    }
    Map<Javac.Variant, Javac.Result> probes = new EnumMap<>(Javac.Variant.class);
    if (options.liveSet()) {
      for (Javac.Variant variant : variants) {
        Javac.Result probe = check(javac.probe(project.sources(), out, variant), project, failures);
        probes.put(variant, probe);
        progress("  live set %-23s %,6d MB (untimed probe compile, a full GC every %d ms or more)", variant.label,
            probe.liveHeapBytes() >> 20, Javac.PROBE_INTERVAL_MS);
      }
    }
    String load = loadBefore + " → " + loadAverage();
    List<SmartDoc.Run> peer = List.of();
    if (options.smartDoc()) {
      peer = SmartDoc.measure(project.sourceRoot(), root.resolve("smart-doc"), Math.max(1, options.warmup()), options.runs());
      peer.forEach(r -> progress("  smart-doc %,9.0f ms (cpu %,7.0f ms), %d files, %,d bytes", r.millis(), r.cpuMillis(),
          r.files(), r.bytes()));
    }
    return new SizeResult(project.sources().size(), large, project, runs, load, peer, probes);
  }

  /** The robustness checks; a failure is recorded, and the run goes on so every failure is listed. */
  static Javac.Result check(Javac.Result result, ProjectGenerator.Project project, List<String> failures) {
    String at = project.sources().size() + " files, " + result.variant().label + ": ";
    result.problems().forEach(p -> failures.add(at + p));
    if (!result.processor()) {
      return result;
    }
    if (result.timing().isEmpty()) {
      failures.add(at + "no FD800 timing note");
    } else if (result.timing().get().features() != project.features().size()) {
      failures.add(at + "the note counts " + result.timing().get().features() + " features, not " + project.features().size());
    } else if (result.timing().get().parsedFiles() > project.featureFiles() + ProjectGenerator.ADVICE_FILES) {
      failures.add(at + "javaparser parsed " + result.timing().get().parsedFiles() + " files, more than the features have");
    }
    List<String> expected = project.features().stream().map(f -> f.slug() + ".md").sorted().toList();
    List<String> actual = result.summaries().stream().map(p -> p.getFileName().toString()).sorted().toList();
    if (!expected.equals(actual)) {
      failures.add(at + "summaries " + actual.size() + " (expected one per feature, " + expected.size() + ")");
    }
    for (ProjectGenerator.Feature feature : project.features()) {
      Path json = result.classes().resolve("META-INF/featuredocs/" + feature.slug() + ".json");
      try {
        String model = Files.readString(json, StandardCharsets.UTF_8);
        int endpoints = count(model, "\"method\": \"");
        int rules = count(model, "\"id\": \"BR-");
        if (endpoints != feature.endpoints() || rules != feature.rules()) {
          failures.add(at + feature.name() + ": " + endpoints + " endpoints and " + rules + " rules documented, expected "
              + feature.endpoints() + " and " + feature.rules());
        }
      } catch (IOException e) {
        failures.add(at + feature.name() + ": no model " + json);
      }
    }
    return result;
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  private static void report(Javac.Result result, String what) {
    progress("  %-8s %-23s %,9.0f ms (cpu %,7.0f ms)  peak heap %,6d MB  allocated %,6d MB%s", what,
        result.variant().label, result.millis(), result.cpuMillis(), result.peakHeapBytes() >> 20,
        result.allocatedBytes() >> 20, result.timing().map(t -> String.format(Locale.ROOT,
            "  processor %,.0f ms (parse %,.0f ms, %d files)", t.totalMs(), t.parseMs(), t.parsedFiles())).orElse(""));
  }

  private static void progress(String format, Object... args) {
    System.err.println(String.format(Locale.ROOT, format, args));
    System.err.flush();
  }

  // ---------------------------------------------------------------- tables

  static String table(SizeResult r) {
    StringBuilder t = new StringBuilder();
    t.append(String.format(Locale.ROOT, "### %s: %d features (%,d feature files, %,d of no feature)%n%n",
        r.title(), r.features(), r.project().featureFiles(), r.project().plainFiles()));
    t.append("| measure | median | all runs |\n|---|---:|---|\n");
    for (Javac.Variant variant : Javac.Variant.values()) {
      if (!r.of(variant).isEmpty()) {
        row(t, variant.label, ms(r.ms(variant)), runs(r.of(variant)));
      }
    }
    for (Javac.Variant variant : Javac.Variant.values()) {
      if (!r.of(variant).isEmpty()) {
        row(t, variant.label + ", CPU of the compiling thread", ms(r.cpuMs(variant)),
            String.join(" ", r.of(variant).stream().map(x -> String.format(Locale.ROOT, "%,.0f", x.cpuMillis())).toList()));
      }
    }
    row(t, "**overhead** (featuredocs vs javac)", String.format(Locale.ROOT, "**%+,.0f ms (%+.1f %%)**",
        r.processorMs() - r.plainMs(), r.overheadPercent()),
        String.format(Locale.ROOT, "CPU: %+,.0f ms (%+.1f %%)", r.cpuMs(Javac.Variant.FEATUREDOCS) - r.cpuMs(Javac.Variant.PLAIN),
            r.cpuOverheadPercent()));
    if (!r.of(Javac.Variant.NO_OP).isEmpty()) {
      double noOp = r.ms(Javac.Variant.NO_OP);
      row(t, "of which javac's annotation processing itself (no-op processor vs javac)",
          String.format(Locale.ROOT, "%+,.0f ms (%+.1f %%)", noOp - r.plainMs(), (noOp - r.plainMs()) / r.plainMs() * 100), "");
      row(t, "**featuredocs' own cost** (featuredocs vs no-op processor, relative to the no-op compile)",
          String.format(Locale.ROOT, "**%+,.0f ms (%+.1f %%)**", r.processorMs() - noOp, r.ownPercent()),
          String.format(Locale.ROOT, "CPU: %+,.0f ms (%+.1f %%)", r.cpuMs(Javac.Variant.FEATUREDOCS)
              - r.cpuMs(Javac.Variant.NO_OP), r.ownCpuPercent()));
    }
    row(t, "processor: collect (all rounds)", ms(r.timing(Javac.ProcessorTiming::collectMs)), "");
    row(t, "processor: harvest", ms(r.timing(Javac.ProcessorTiming::harvestMs)), "");
    row(t, "&nbsp;&nbsp;of which javaparser", ms(r.timing(Javac.ProcessorTiming::parseMs)),
        String.format(Locale.ROOT, "%,.0f files parsed", r.timing(t2 -> t2.parsedFiles())));
    row(t, "processor: render", ms(r.timing(Javac.ProcessorTiming::renderMs)), "");
    row(t, "processor: write", ms(r.timing(Javac.ProcessorTiming::writeMs)), "");
    row(t, "processor: total", ms(r.timing(Javac.ProcessorTiming::totalMs)),
        String.format(Locale.ROOT, "%.2f ms per feature", r.processorPerFeatureMs()));
    for (Javac.Variant variant : Javac.Variant.values()) {
      if (!r.of(variant).isEmpty()) {
        row(t, "peak heap, " + variant.label, mb(median(r.of(variant), x -> x.peakHeapBytes())), "");
      }
    }
    for (Javac.Variant variant : Javac.Variant.values()) {
      if (!Double.isNaN(r.liveBytes(variant))) {
        row(t, "live set (heap after a full GC, largest), " + variant.label, mb(r.liveBytes(variant)),
            "untimed probe compile, a full GC every " + Javac.PROBE_INTERVAL_MS + " ms or more");
      }
    }
    for (Javac.Variant variant : Javac.Variant.values()) {
      if (!r.of(variant).isEmpty()) {
        row(t, "allocated, " + variant.label, mb(median(r.of(variant), x -> x.allocatedBytes())), "");
      }
    }
    row(t, "bytes written", String.format(Locale.ROOT, "%,.0f", median(r.of(Javac.Variant.FEATUREDOCS), x -> x.bytesWritten())),
        String.format(Locale.ROOT, "%d summaries (.md) and models (.json) to class output; the %d committed copies, current"
            + " after the first compile, were left alone", r.features(), r.features()));
    row(t, "peak heap, featuredocs / javac", String.format(Locale.ROOT, "%.2f×", r.heapRatio()),
        "follows allocation: with a fixed heap G1 collects late");
    if (!Double.isNaN(r.liveRatio())) {
      row(t, "live set, featuredocs / javac", String.format(Locale.ROOT, "%.2f×", r.liveRatio()), "");
    }
    row(t, "largest summary", String.format(Locale.ROOT, "%,d bytes", r.largestSummaryBytes()), "");
    if (!r.smartDoc().isEmpty()) {
      SmartDoc.Run first = r.smartDoc().get(0);
      row(t, "smart-doc 3.1.1 (API Markdown only, same sources)", ms(r.smartDocMs()),
          String.format(Locale.ROOT, "runs %s; CPU %s; %d files, %,d bytes; %.1f× featuredocs' increment",
              String.join(" ", r.smartDoc().stream().map(x -> String.format(Locale.ROOT, "%,.0f", x.millis())).toList()),
              ms(median(r.smartDoc(), SmartDoc.Run::cpuMillis)), first.files(), first.bytes(),
              r.smartDocMs() / r.incrementMs()));
    }
    row(t, "load average (1, 5, 15 min) before → after", r.load(), r.loaded()
        ? "**busy machine: more runnable processes than cores, wall times are not comparable; read the CPU rows**"
        : "other processes on the machine");
    return t.toString();
  }

  static String summary(List<SizeResult> results) {
    StringBuilder t = new StringBuilder("### Summary\n\n");
    t.append("| source files | features | javac | javac + no-op processor | javac + featuredocs | overhead vs javac"
        + " | featuredocs' own (vs no-op) | featuredocs' own, CPU | processor | per feature | peak heap javac / + featuredocs"
        + " | live set javac / + featuredocs"
        + " | bytes written | smart-doc | own cost ≤ " + (int) BUDGET_PERCENT + " % at ≥ 1,000 files |\n");
    t.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (SizeResult r : results) {
      boolean budgeted = r.files() >= 1_000;
      String verdict = !budgeted ? "n/a (< 1,000 files)" : verdict(r.ownPercent(), r.ownCpuPercent(), BUDGET_PERCENT);
      t.append(String.format(Locale.ROOT,
          "| %,d | %d | %s | %s | %s | %+.1f %% | %+.1f %% | %+.1f %% | %s | %.2f ms | %s / %s | %s / %s | %,.0f | %s | %s |%n",
          r.files(), r.features(), ms(r.plainMs()), r.of(Javac.Variant.NO_OP).isEmpty() ? "" : ms(r.ms(Javac.Variant.NO_OP)),
          ms(r.processorMs()), r.overheadPercent(), r.ownPercent(), r.ownCpuPercent(),
          ms(r.timing(Javac.ProcessorTiming::totalMs)), r.processorPerFeatureMs(),
          mb(median(r.of(Javac.Variant.PLAIN), x -> x.peakHeapBytes())),
          mb(median(r.of(Javac.Variant.FEATUREDOCS), x -> x.peakHeapBytes())),
          mb(r.liveBytes(Javac.Variant.PLAIN)), mb(r.liveBytes(Javac.Variant.FEATUREDOCS)),
          median(r.of(Javac.Variant.FEATUREDOCS), x -> x.bytesWritten()),
          r.smartDoc().isEmpty() ? "" : ms(r.smartDocMs()), verdict));
    }
    return t.toString();
  }

  /**
   * Within budget only if both the wall-clock and the CPU measure are: on a loaded machine the
   * wall-clock medians of different variants can land anywhere (a processor run that waited less
   * for a core looks free), while the compiling thread's CPU time misses GC and JIT threads.
   */
  static String verdict(double wallPercent, double cpuPercent, double budget) {
    if (Double.isNaN(wallPercent)) {
      return "n/a";
    }
    return wallPercent <= budget && cpuPercent <= budget ? "within"
        : String.format(Locale.ROOT, "**over** (wall %+.1f %%, CPU %+.1f %%)", wallPercent, cpuPercent);
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException | RuntimeException e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static String environment(Options o) {
    Runtime rt = Runtime.getRuntime();
    return String.format(Locale.ROOT,
        "Run %s on %s %s, %d cores, JDK %s (%s), max heap %,d MB, JVM flags %s; %d warm-up and %d measured compiles"
            + " per variant and size, alternating; one feature per %d files; catalogs %s; processor from %s.%n",
        ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT)),
        System.getProperty("os.name"), System.getProperty("os.arch"), rt.availableProcessors(),
        System.getProperty("java.version"), System.getProperty("java.vm.name"), rt.maxMemory() >> 20,
        ManagementFactory.getRuntimeMXBean().getInputArguments(), o.warmup(), o.runs(), o.filesPerFeature(),
        o.catalogs() ? "on (default)" : "off (-Afeaturedocs.catalogs=false)",
        dev.featuredocs.processor.FeatureDocsProcessor.class.getProtectionDomain().getCodeSource().getLocation());
  }

  private static void row(StringBuilder t, String measure, String median, String detail) {
    t.append("| ").append(measure).append(" | ").append(median).append(" | ").append(detail).append(" |\n");
  }

  private static String runs(List<Javac.Result> results) {
    return String.join(" ", results.stream().map(r -> String.format(Locale.ROOT, "%,.0f", r.millis())).toList());
  }

  static String ms(double millis) {
    return String.format(Locale.ROOT, millis < 10 ? "%,.1f ms" : "%,.0f ms", millis);
  }

  static String mb(double bytes) {
    return String.format(Locale.ROOT, "%,.0f MB", bytes / (1 << 20));
  }

  static <T> double median(List<T> items, ToDoubleFunction<T> value) {
    double[] sorted = items.stream().mapToDouble(value).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
