package dev.featuredocs.processor.harvest.review;

import dev.featuredocs.processor.harvest.web.EndpointHarvester;
import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.review.CriteriaDoc;
import dev.featuredocs.processor.model.review.CriterionDoc.Verdict;
import dev.featuredocs.processor.model.review.CriterionDoc;
import dev.featuredocs.processor.model.schema.ModelDoc;
import dev.featuredocs.processor.model.web.EndpointDoc;
import java.util.ArrayList;
import java.util.List;

/**
 * The Documentation criterion judged again on a summary that fragments completed. Javadoc is not in
 * class files: a model or handler of another module (or not recompiled by an incremental compile)
 * has no javadoc in this compile's harvest, but its fragment carries it, as the summary's endpoint
 * and model purposes. So once fragments are merged, "has javadoc" is read from those purposes:
 * a model documented when its purpose is not empty, an endpoint when its purpose is not the
 * handler's humanised name (what the summary shows without javadoc).
 */
public final class MergedDocumentation {
  static final String CRITERION = "Documentation";
  static final String CHECKLIST_ITEM = "API documentation updated";

  private MergedDocumentation() {}

  /** {@code summary} with both Documentation lines judged on its merged endpoints and models. */
  public static FeatureSummary judged(FeatureSummary summary) {
    CriteriaDoc criteria = summary.criteria();
    if (criteria == null) {
      return summary;
    }
    List<String> failing = new ArrayList<>();
    int endpoints = 0;
    for (EndpointDoc endpoint : summary.endpoints()) {
      String method = endpoint.handler().substring(endpoint.handler().indexOf('#') + 1);
      if (!endpoint.purpose().isEmpty() && !endpoint.purpose().equals(EndpointHarvester.humanise(method))) {
        endpoints++;
      } else {
        failing.add(endpoint.handler() + ": no javadoc");
      }
    }
    int models = 0;
    for (ModelDoc model : summary.models()) {
      if (!model.purpose().isEmpty()) {
        models++;
      } else {
        failing.add("model " + model.name() + ": no javadoc");
      }
    }
    String evidence = SuccessCriteria.documentationEvidence(endpoints, summary.endpoints().size(), models,
        summary.models().size());
    Verdict verdict = failing.isEmpty() ? Verdict.MET : Verdict.UNMET;
    CriteriaDoc judged = new CriteriaDoc(
        replace(criteria.success(), CRITERION, new CriterionDoc(CRITERION, verdict, evidence, failing)),
        replace(criteria.completion(), CHECKLIST_ITEM, new CriterionDoc(CHECKLIST_ITEM, verdict, evidence, failing)));
    return summary.withCriteria(judged);
  }

  private static List<CriterionDoc> replace(List<CriterionDoc> criteria, String name, CriterionDoc replacement) {
    return criteria.stream().map(c -> c.name().equals(name) ? replacement : c).toList();
  }
}
