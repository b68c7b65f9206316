package dev.featuredocs.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A business rule.
 *
 * @param number its position in the feature's numbered list, from 1
 * @param id its stable id, empty when none was given
 * @param text the rule; empty only while its text is in another part of the feature (a fragment)
 * @param enforcedIn where it is enforced, e.g. {@code DocumentSharingService#share}: where its text is given
 * @param alsoEnforcedIn the other elements that enforce it, naming its id alone ({@code @BusinessRule(id = "…")})
 *     or repeating its text, in name order
 */
public record RuleDoc(int number, String id, String text, String enforcedIn, List<String> alsoEnforcedIn) {
  public RuleDoc {
    alsoEnforcedIn = List.copyOf(alsoEnforcedIn);
  }

  public RuleDoc(int number, String id, String text, String enforcedIn) {
    this(number, id, text, enforcedIn, List.of());
  }

  /** Every element that enforces the rule: {@link #enforcedIn()} first. */
  public List<String> enforcedAt() {
    List<String> all = new ArrayList<>(List.of(enforcedIn));
    alsoEnforcedIn.stream().filter(l -> !all.contains(l)).forEach(all::add);
    return List.copyOf(all);
  }

  /** This rule renumbered. */
  public RuleDoc numbered(int position) {
    return new RuleDoc(position, id, text, enforcedIn, alsoEnforcedIn);
  }

  /**
   * One rule per id across {@code services} and {@code others} (in that order): a rule that names
   * only its id ({@code text} empty) adds where it is enforced to the rule of that id that has the
   * text, and is dropped; one with no such rule stays, with empty text. Numbered again from 1.
   */
  public static Consolidated consolidated(List<ServiceDoc> services, List<RuleDoc> others) {
    List<RuleDoc> all = new ArrayList<>();
    services.forEach(s -> all.addAll(s.rules()));
    all.addAll(others);
    // the rule of each id that stays: the first with text, else the first
    java.util.Map<String, RuleDoc> main = new java.util.LinkedHashMap<>();
    all.stream().filter(r -> !r.id().isEmpty() && !r.text().isEmpty()).forEach(r -> main.putIfAbsent(r.id(), r));
    all.stream().filter(r -> !r.id().isEmpty()).forEach(r -> main.putIfAbsent(r.id(), r));
    java.util.Map<String, List<String>> also = new java.util.HashMap<>();
    for (RuleDoc rule : all) {
      if (rule.id().isEmpty()) {
        continue;
      }
      RuleDoc kept = main.get(rule.id());
      List<String> at = also.computeIfAbsent(rule.id(), i -> new ArrayList<>(kept.alsoEnforcedIn()));
      for (String location : rule.enforcedAt()) {
        if (!location.equals(kept.enforcedIn()) && !at.contains(location)) {
          at.add(location);
        }
      }
    }
    int[] number = {1};
    java.util.function.Function<List<RuleDoc>, List<RuleDoc>> keep = rules -> {
      List<RuleDoc> result = new ArrayList<>();
      for (RuleDoc rule : rules) {
        if (rule.id().isEmpty()) {
          result.add(rule.numbered(number[0]++));
        } else if (main.get(rule.id()) == rule) {
          // in name order: a partial compile, which merges them from fragments, lists them the same
          result.add(new RuleDoc(number[0]++, rule.id(), rule.text(), rule.enforcedIn(),
              also.get(rule.id()).stream().sorted().toList()));
        } // else: listed with the rule that stays
      }
      return result;
    };
    List<ServiceDoc> newServices = new ArrayList<>();
    for (ServiceDoc service : services) {
      newServices.add(service.withRules(keep.apply(service.rules())));
    }
    return new Consolidated(newServices, keep.apply(others));
  }

  /** The services with their rules, and the rules enforced elsewhere, after {@link #consolidated}. */
  public record Consolidated(List<ServiceDoc> services, List<RuleDoc> others) {}
}
