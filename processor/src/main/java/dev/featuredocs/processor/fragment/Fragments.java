package dev.featuredocs.processor.fragment;

import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.Fragment;
import dev.featuredocs.processor.model.PhaseDoc;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Splits a module's own summary of a feature into one {@link Fragment} per package of its types:
 * each holds the facts of the types of that package ({@link Owners}) and the facts of the whole
 * feature. Only types this module documents itself are written (compiled from source now, or kept
 * from its previous fragments): a type another module compiled is that module's to describe.
 */
public final class Fragments {
  private Fragments() {}

  /**
   * {@code ownTypes}: the types (canonical names, {@code <package>.package-info}) this module speaks
   * for; {@code packageOf}: the package of such a name.
   */
  public static List<Fragment> split(FeatureSummary own, String module, String sourceRoot, java.util.function.Predicate<String> ownTypes,
      Function<String, String> packageOf) {
    Owners owners = new Owners(own);
    SortedMap<String, SortedSet<String>> typesByPackage = new TreeMap<>();
    RecordComponent[] components = FeatureSummary.class.getRecordComponents();
    for (RecordComponent component : components) {
      if (component.getType() != List.class) {
        continue;
      }
      for (Object fact : (List<?>) FragmentMerge.get(component, own)) {
        List<String> named = fact instanceof PhaseDoc phase
            ? phase.delivered().stream().map(owners::ofLabel).toList()
            : List.of(owners.of(fact));
        for (String owner : named) {
          if (!owner.isEmpty() && ownTypes.test(owner)) {
            typesByPackage.computeIfAbsent(packageOf.apply(owner), p -> new TreeSet<>()).add(owner);
          }
        }
      }
    }
    List<String> packages = List.copyOf(typesByPackage.keySet());
    List<Fragment> result = new ArrayList<>();
    for (Map.Entry<String, SortedSet<String>> entry : typesByPackage.entrySet()) {
      Set<String> types = entry.getValue();
      result.add(new Fragment(own.name(), module, sourceRoot, entry.getKey(), packages, List.copyOf(types),
          restricted(own, owners, types)));
    }
    return result;
  }

  /** The facts owned by {@code types}, and those of the whole feature. */
  private static FeatureSummary restricted(FeatureSummary own, Owners owners, Set<String> types) {
    RecordComponent[] components = FeatureSummary.class.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Object value = FragmentMerge.get(components[i], own);
      if (components[i].getName().equals("flows")) {
        value = List.of();
      } else if (value instanceof List<?> list) {
        List<Object> kept = new ArrayList<>();
        for (Object fact : list) {
          if (fact instanceof PhaseDoc phase) {
            List<String> delivered = phase.delivered().stream().filter(d -> types.contains(owners.ofLabel(d))).toList();
            if (phase.planned() || !delivered.isEmpty()) {
              kept.add(new PhaseDoc(phase.name(), phase.order(), phase.duration(), phase.planned(), phase.tasks(),
                  phase.tests(), delivered));
            }
          } else {
            String owner = owners.of(fact);
            if (owner.isEmpty() || types.contains(owner)) {
              kept.add(fact);
            }
          }
        }
        value = kept;
      }
      values[i] = value;
    }
    return FragmentMerge.construct(values);
  }
}
