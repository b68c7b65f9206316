package dev.featuredocs.processor.harvest.review;

import dev.featuredocs.processor.harvest.javac.SourcePaths;
import dev.featuredocs.processor.harvest.persistence.PersistenceHarvester;
import dev.featuredocs.processor.model.persistence.PersistenceDoc;
import dev.featuredocs.processor.model.review.DebtItem;
import dev.featuredocs.processor.model.review.IntegrationDoc;
import dev.featuredocs.processor.model.review.PerformanceDoc;
import dev.featuredocs.processor.source.SourceComments;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * The facts of the later template sections — database, integration, performance, technical debt —
 * for one feature's types. One instance per compilation: entities, imports and source comments are
 * read once however many features share them.
 */
public final class FeatureFacts {
  private final PersistenceHarvester persistence;
  private final IntegrationHarvester integration;
  private final PerformanceHarvester performance;
  private final SourcePaths sources;
  private final SourceComments comments = new SourceComments();

  public FeatureFacts(PersistenceHarvester persistence, IntegrationHarvester integration, PerformanceHarvester performance,
      SourcePaths sources) {
    this.persistence = persistence;
    this.integration = integration;
    this.performance = performance;
    this.sources = sources;
  }

  public record Facts(PersistenceDoc persistence, IntegrationDoc integration, PerformanceDoc performance, List<DebtItem> debt) {}

  public Facts of(Collection<TypeElement> members) {
    PersistenceDoc stored = persistence.harvest(members);
    return new Facts(stored, integration.harvest(members), performance.harvest(members, stored), debt(members));
  }

  /** TODO/FIXME/XXX comments of the files that declare the feature's types, by file and line. */
  private List<DebtItem> debt(Collection<TypeElement> members) {
    Set<TypeElement> files = new LinkedHashSet<>();
    members.forEach(type -> files.add(IntegrationHarvester.outermost(type)));
    List<DebtItem> result = new ArrayList<>();
    for (TypeElement file : files) {
      Optional<JavaFileObject> source = sources.sourceFile(file);
      Optional<String> path = sources.relativePath(file);
      if (source.isEmpty() || path.isEmpty()) {
        continue;
      }
      for (SourceComments.Tagged tagged : comments.tagged(source.get())) {
        result.add(new DebtItem(tagged.tag(), tagged.text(), path.get(), tagged.line()));
      }
    }
    result.sort(Comparator.comparing(DebtItem::file).thenComparingInt(DebtItem::line));
    return result.stream().distinct().toList();
  }
}
