package dev.featuredocs.processor.model.review;

import java.util.List;

/**
 * A success criterion or completion-checklist item, checked over the harvested facts.
 *
 * @param name {@code API Design}, {@code Type Safety}, …
 * @param verdict whether the check holds, fails, or cannot be decided from code
 * @param evidence what was checked and found: {@code 8/8 endpoints declare success and error statuses};
 *     for an undecided criterion, why
 * @param failing the elements that fail, each with its reason: {@code DocumentController#search: request not validated}
 */
public record CriterionDoc(String name, Verdict verdict, String evidence, List<String> failing) {
  public CriterionDoc {
    failing = List.copyOf(failing);
  }

  /** Ticked only when it holds. */
  public boolean done() {
    return verdict == Verdict.MET;
  }

  /** How a criterion came out. */
  public enum Verdict {
    /** the check holds */
    MET,
    /** the check fails for {@link #failing} */
    UNMET,
    /** not decidable from code, e.g. response time or coverage */
    NOT_MEASURED,
    /** decidable from code, but the facts it needs were not harvested */
    NOT_EVALUATED
  }
}
