package dev.featuredocs.processor.model;

import java.util.List;

/**
 * A phase of the feature's plan.
 *
 * @param name the phase's name
 * @param order its position; 0 when not given
 * @param duration free text, empty when not given
 * @param planned whether some {@code @Phase} declared its plan
 * @param tasks tasks, done or open, done first
 * @param tests testing criteria, met or open, met first
 * @param delivered the code elements delivered in the phase, e.g. {@code DocumentService#share(...)}
 */
public record PhaseDoc(
    String name, int order, String duration, boolean planned, List<CheckItem> tasks, List<CheckItem> tests, List<String> delivered) {
  public PhaseDoc {
    tasks = List.copyOf(tasks);
    tests = List.copyOf(tests);
    delivered = List.copyOf(delivered);
  }
}
