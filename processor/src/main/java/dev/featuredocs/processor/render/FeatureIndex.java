package dev.featuredocs.processor.render;

import dev.featuredocs.processor.model.CheckItem;
import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.PhaseDoc;
import dev.featuredocs.processor.model.TestingDoc;
import java.util.List;

/**
 * One row of the docs directory's index ({@code README.md}) per feature: what a newcomer needs to
 * pick the summary to read.
 *
 * @param name the feature's name
 * @param slug its summary's file name stem
 * @param businessValue {@code @Feature(businessValue)}, empty when not declared
 * @param owner {@code @Feature(owner)}, empty when not declared
 * @param endpoints its HTTP endpoints
 * @param models its data models
 * @param rulesVerified {@code n/m}: rules verified by at least one test of all its rules; empty when
 *     no test compilation was analysed
 * @param phasesDone phases whose tasks and testing criteria are all done (and that have some)
 * @param phases all its phases
 * @param openTasks tasks of its phases not done yet
 */
public record FeatureIndex(String name, String slug, String businessValue, String owner, int endpoints, int models,
    String rulesVerified, int phasesDone, int phases, int openTasks) {

  /** The row of {@code feature}; {@code testing} says which rules tests verify, when analysed. */
  public static FeatureIndex of(FeatureSummary feature, TestingDoc testing) {
    return of(feature, testing.analysed() ? testing.verifiedRules() + "/" + testing.rules() : "");
  }

  /** The row of {@code feature} with its rules cell as given ({@code n/m}, or empty: not analysed). */
  public static FeatureIndex of(FeatureSummary feature, String rulesVerified) {
    int done = (int) feature.phases().stream().filter(FeatureIndex::done).count();
    int open = (int) feature.phases().stream().flatMap(p -> p.tasks().stream()).filter(t -> !t.done()).count();
    return new FeatureIndex(feature.name(), feature.slug(), feature.businessValue(), feature.owner(),
        feature.endpoints().size(), feature.models().size(), rulesVerified, done, feature.phases().size(), open);
  }

  private static boolean done(PhaseDoc phase) {
    List<CheckItem> items = new java.util.ArrayList<>(phase.tasks());
    items.addAll(phase.tests());
    return !items.isEmpty() && items.stream().allMatch(CheckItem::done);
  }
}
