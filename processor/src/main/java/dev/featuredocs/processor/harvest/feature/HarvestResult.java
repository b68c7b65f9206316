package dev.featuredocs.processor.harvest.feature;

import dev.featuredocs.processor.model.FeatureSummary;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * The features that harvested without error, and for each (by name) the elements that declare it:
 * passed to the {@code Filer} as originating elements, and where output failures are reported.
 */
public record HarvestResult(List<FeatureSummary> features, Map<String, List<Element>> originating) {
  public HarvestResult {
    features = List.copyOf(features);
    originating = Map.copyOf(originating);
  }
}
