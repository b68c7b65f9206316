package dev.featuredocs.processor;

import dev.featuredocs.processor.diag.Diagnostics;
import dev.featuredocs.processor.diag.Message;
import dev.featuredocs.processor.harvest.feature.PreviousCompile;
import dev.featuredocs.processor.model.CompilationIndex;
import dev.featuredocs.processor.model.CompilationIndex.IndexedFeature;
import dev.featuredocs.processor.model.FeatureSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.Element;

/**
 * A compile that javac was handed only some of the module's sources (an IDE's build, Maven with
 * {@code useIncrementalCompilation=false}), told apart through the {@link CompilationIndex} the
 * previous compile left in class output:
 * <ul>
 *   <li>a feature none of whose sources were compiled, still declared by a class file, is alive: its
 *       committed summary is left as it is, and no orphan;
 *   <li>a feature compiled now whose other types are class files that no fragment describes cannot
 *       be documented whole: its summary is left as it is, and one note says so;
 *   <li>the index is written again: this compile's features, and the alive ones it did not compile.
 * </ul>
 * After a clean (no index) every committed summary no feature generates is an orphan, as before.
 */
final class PartialCompile {
  private final Optional<CompilationIndex> previous;
  private final PreviousCompile view;
  private final Map<String, IndexedFeature> documented = new TreeMap<>();
  /** {@code name \0 slug} → why its summary is left as it was. */
  private final Map<String, String> undescribed = new TreeMap<>();
  private final Map<String, IndexedFeature> elsewhere = new TreeMap<>();

  PartialCompile(Optional<CompilationIndex> previous, PreviousCompile view) {
    this.previous = previous;
    this.view = view;
  }

  private Optional<IndexedFeature> before(String name) {
    return previous.flatMap(index -> index.features().stream().filter(f -> f.name().equals(name)).findFirst());
  }

  /** The packages the previous compile found the feature's fragments in (this module's and upstream). */
  List<String> packages(String name) {
    return before(name).map(IndexedFeature::packages).orElse(List.of());
  }

  /**
   * A feature compiled now: {@code ownTypes} its module's types now, {@code covered} those its
   * previous fragments described, {@code packages} where its fragments were found, {@code unseen} the
   * class files of the previous compile whose method bodies its code calls into.
   */
  void documented(FeatureSummary summary, Collection<? extends Element> originating, Set<String> ownTypes,
      Set<String> covered, Set<String> packages, Collection<String> unseen) {
    Optional<IndexedFeature> before = before(summary.name());
    List<String> missing = before.map(f -> view.undescribed(f, covered)).orElse(List.of());
    String key = summary.name() + "\0" + summary.slug();
    if (!missing.isEmpty()) {
      undescribed.put(key, "no featuredocs fragment in class output describes " + String.join(", ", missing));
    } else if (!unseen.isEmpty()) {
      undescribed.put(key, "its code calls into " + String.join(", ", unseen)
          + ", compiled earlier, whose method bodies (what they throw) are not part of this compile");
    }
    if (undescribed.containsKey(key) && before.isPresent()) {
      documented.put(summary.name(), before.get());
    } else if (!undescribed.containsKey(key)) {
      documented.put(summary.name(), PreviousCompile.indexed(summary, originating, ownTypes, packages));
    }
  }

  /** Whether the summary of feature {@code name} is left as it is (see {@link #report}). */
  boolean undescribed(String name) {
    return undescribed.keySet().stream().anyMatch(k -> k.startsWith(name + "\0"));
  }

  /**
   * The slugs of the features the previous compile documented that this one did not compile and that
   * class files still declare. Without an index, {@code committed} (the slugs in the docs directory)
   * are looked up in the models the previous compile left in class output ({@code models}).
   */
  Set<String> declaredElsewhere(Collection<String> committed,
      java.util.function.Function<String, Optional<FeatureSummary>> models) {
    Set<String> slugs = new TreeSet<>();
    List<IndexedFeature> known = previous.map(CompilationIndex::features).orElseGet(() -> committed.stream()
        .map(models).flatMap(Optional::stream).map(PreviousCompile::fromModel).toList());
    for (IndexedFeature feature : known) {
      if (!documented.containsKey(feature.name()) && view.declaredInClassFiles(feature)) {
        elsewhere.put(feature.name(), feature);
        slugs.add(feature.slug());
      }
    }
    return slugs;
  }

  /** One note for all the summaries left as they were because this compile could not make them whole. */
  void report(Diagnostics diagnostics) {
    if (undescribed.isEmpty()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    undescribed.forEach((key, why) -> {
      String[] nameAndSlug = key.split("\0", 2);
      parts.add(nameAndSlug[1] + ".md (feature \"" + nameAndSlug[0] + "\": " + why + ")");
    });
    diagnostics.note(Message.PARTIAL_COMPILE_UNSURE, String.join("; ", parts));
  }

  /** The index for the next compile. */
  CompilationIndex index(Collection<String> advice, Collection<String> configurations, Collection<String> beans) {
    Map<String, IndexedFeature> features = new TreeMap<>(elsewhere);
    features.putAll(documented);
    return new CompilationIndex(List.copyOf(new TreeSet<>(advice)), List.copyOf(new TreeSet<>(configurations)),
        List.copyOf(new TreeSet<>(beans)), List.copyOf(features.values()));
  }
}
