package dev.featuredocs.benchmarks;

import static dev.featuredocs.benchmarks.Benchmark.BUDGET_PERCENT;
import static dev.featuredocs.benchmarks.Benchmark.HEAP_RATIO;
import static dev.featuredocs.benchmarks.Benchmark.LARGE_BUDGET_PERCENT;
import static dev.featuredocs.benchmarks.Benchmark.LINEAR_PERCENT;
import static dev.featuredocs.benchmarks.Benchmark.PEER_FACTOR;
import static dev.featuredocs.benchmarks.Benchmark.SUMMARY_LIMIT_KB;

import dev.featuredocs.benchmarks.Benchmark.SizeResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The performance goals, each judged on one run's measurements: goal, what was measured, met or not. */
final class Goals {
  private Goals() {}

  static String table(List<SizeResult> sizes, SizeResult large) {
    StringBuilder t = new StringBuilder("### Goals\n\n| goal | measured | met |\n|---|---|---|\n");
    List<SizeResult> budgeted = sizes.stream().filter(r -> r.files() >= 1_000).toList();
    for (SizeResult r : budgeted) {
      row(t, String.format(Locale.ROOT, "featuredocs' own cost ≤ %.0f %% of javac + no-op processor, %,d files",
          BUDGET_PERCENT, r.files()), String.format(Locale.ROOT, "wall %+.1f %%, CPU %+.1f %%", r.ownPercent(),
          r.ownCpuPercent()), r.ownPercent() <= BUDGET_PERCENT && r.ownCpuPercent() <= BUDGET_PERCENT);
    }
    Optional<SizeResult> thousand = sizes.stream().filter(r -> r.files() == 1_000).findFirst();
    Optional<SizeResult> largest = sizes.stream().filter(r -> r.files() > 1_000).reduce((a, b) -> b);
    if (thousand.isPresent() && largest.isPresent()) {
      double growth = (largest.get().processorPerFeatureMs() / thousand.get().processorPerFeatureMs() - 1) * 100;
      row(t, String.format(Locale.ROOT, "per-feature processor time at %,d files within %.0f %% of 1,000 files'",
          largest.get().files(), LINEAR_PERCENT), String.format(Locale.ROOT, "%.2f ms vs %.2f ms (%+.1f %%)",
          largest.get().processorPerFeatureMs(), thousand.get().processorPerFeatureMs(), growth), growth <= LINEAR_PERCENT);
    }
    if (large != null) {
      row(t, String.format(Locale.ROOT, "large feature: featuredocs' own cost ≤ %.0f %% of its no-op compile",
          LARGE_BUDGET_PERCENT), String.format(Locale.ROOT, "wall %+.1f %%, CPU %+.1f %%", large.ownPercent(),
          large.ownCpuPercent()), large.ownPercent() <= LARGE_BUDGET_PERCENT && large.ownCpuPercent() <= LARGE_BUDGET_PERCENT);
      row(t, String.format(Locale.ROOT, "large feature: summary ≤ %d KB", SUMMARY_LIMIT_KB),
          String.format(Locale.ROOT, "%,d bytes", large.largestSummaryBytes()),
          large.largestSummaryBytes() >= 0 && large.largestSummaryBytes() <= SUMMARY_LIMIT_KB * 1024L);
    }
    // The live set (heap after a full GC, probe compiles), not the peak heap of the timed compiles:
    // with a fixed 6 GB heap the peak follows what was allocated, most of it garbage G1 had not collected yet.
    for (SizeResult r : budgeted) {
      if (Double.isNaN(r.liveRatio())) {
        row(t, String.format(Locale.ROOT, "live set with featuredocs ≤ %.1f× javac's, %,d files", HEAP_RATIO, r.files()),
            "not measured (--live-set false)", false);
        continue;
      }
      row(t, String.format(Locale.ROOT, "live set with featuredocs ≤ %.1f× javac's, %,d files", HEAP_RATIO, r.files()),
          String.format(Locale.ROOT, "%s / %s = %.2f× (peak heap, following allocation: %.2f×)",
              Benchmark.mb(r.liveBytes(Javac.Variant.FEATUREDOCS)), Benchmark.mb(r.liveBytes(Javac.Variant.PLAIN)),
              r.liveRatio(), r.heapRatio()), r.liveRatio() <= HEAP_RATIO);
    }
    for (SizeResult r : sizes) {
      if (!r.smartDoc().isEmpty() && r.files() >= 1_000) {
        double factor = r.smartDocMs() / r.incrementMs();
        row(t, String.format(Locale.ROOT, "featuredocs' increment ≥ %.0f× faster than smart-doc, %,d files", PEER_FACTOR,
            r.files()), String.format(Locale.ROOT, "smart-doc %s, featuredocs' increment %s: %.1f×",
            Benchmark.ms(r.smartDocMs()), Benchmark.ms(r.incrementMs()), factor), factor >= PEER_FACTOR);
      }
    }
    return t.toString();
  }

  private static void row(StringBuilder t, String goal, String measured, boolean met) {
    t.append("| ").append(goal).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**").append(" |\n");
  }
}
