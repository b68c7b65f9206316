package dev.featuredocs.processor.harvest.feature;

import dev.featuredocs.processor.model.FeatureSummary;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * The features that harvested without error, and for each (by name) the elements that declare it:
 * passed to the {@code Filer} as originating elements, and where output failures are reported;
 * {@code unseen}: for features whose code calls into class files of the module's previous compile
 * (a partial compile), those types, whose method bodies (what they throw) this compile cannot see;
 * {@code untoldRules}: by feature, the rule ids this compile sees only without text, each with the
 * first element and annotation that names it (the text may be in a fragment, else FD208 there).
 */
public record HarvestResult(List<FeatureSummary> features, Map<String, List<Element>> originating,
    Map<String, java.util.SortedSet<String>> unseen,
    Map<String, Map<String, Map.Entry<Element, javax.lang.model.element.AnnotationMirror>>> untoldRules) {
  public HarvestResult {
    features = List.copyOf(features);
    originating = Map.copyOf(originating);
    unseen = Map.copyOf(unseen);
    untoldRules = Map.copyOf(untoldRules);
  }
}
