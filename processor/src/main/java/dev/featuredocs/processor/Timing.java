package dev.featuredocs.processor;

import dev.featuredocs.processor.diag.Diagnostics;
import dev.featuredocs.processor.diag.Message;
import java.util.EnumMap;
import java.util.Map;

/**
 * The processor's own wall-clock time per pipeline step, for {@code -Afeaturedocs.timing=true}:
 * summed over rounds and printed once, at the end, as note {@code FD800}. Costs two
 * {@code System.nanoTime()} calls per step, so it is always measured and only printed on demand.
 */
final class Timing {
  enum Step { COLLECT, HARVEST, RENDER, WRITE }

  private final Map<Step, Long> nanos = new EnumMap<>(Step.class);
  private long parseNanos;
  private int parsedFiles;
  private int features;
  private long bytes;

  /** Adds the time since {@code start} (a {@code System.nanoTime()}) to the step. */
  void add(Step step, long start) {
    nanos.merge(step, System.nanoTime() - start, Long::sum);
  }

  /** javaparser's share of the harvest: time and files parsed. */
  void parsing(long nanos, int files) {
    parseNanos += nanos;
    parsedFiles += files;
  }

  /** One feature's summary was handed to the writers: its Markdown and JSON, in UTF-8 bytes. */
  void rendered(long summaryBytes) {
    features++;
    bytes += summaryBytes;
  }

  /** A model's JSON Schema was handed to the writers, in UTF-8 bytes. */
  void schema(long schemaBytes) {
    bytes += schemaBytes;
  }

  void report(Diagnostics diagnostics) {
    diagnostics.note(Message.TIMING, features, millis(nanos.get(Step.COLLECT)), millis(nanos.get(Step.HARVEST)),
        millis(parseNanos), parsedFiles, millis(nanos.get(Step.RENDER)), millis(nanos.get(Step.WRITE)), bytes);
  }

  private static double millis(Long nanos) {
    return nanos == null ? 0 : nanos / 1_000_000.0;
  }
}
