package dev.featuredocs.processor.model.review;

import java.util.List;

/**
 * The template's two checklists, computed.
 *
 * @param success the Success Criteria Met, in the template's order
 * @param completion the Completion Checklist, in the template's order
 */
public record CriteriaDoc(List<CriterionDoc> success, List<CriterionDoc> completion) {
  public CriteriaDoc {
    success = List.copyOf(success);
    completion = List.copyOf(completion);
  }
}
