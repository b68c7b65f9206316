package dev.featuredocs.processor.harvest.feature;

import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.javac.Names;
import dev.featuredocs.processor.model.CompilationIndex;
import dev.featuredocs.processor.model.CompilationIndex.IndexedFeature;
import dev.featuredocs.processor.model.FeatureSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;

/**
 * What this compile can tell from the {@link CompilationIndex} the previous compile of the module
 * left, when javac was handed only some of its sources (an IDE's build, Maven with
 * {@code useIncrementalCompilation=false}): which features not compiled now are still declared in
 * class files (their summaries are no orphans), and which types of a feature compiled now are class
 * files that no fragment describes (its summary cannot be made whole).
 */
public final class PreviousCompile {
  private static final String PACKAGE_INFO = ".package-info";

  private final FragmentTypes types;
  private final Mirrors mirrors;

  public PreviousCompile(FragmentTypes types, javax.lang.model.util.Elements elements) {
    this.types = types;
    this.mirrors = new Mirrors(elements);
  }

  /**
   * Whether {@code feature}, which no source of this compile declares, is still declared by a class
   * file this compile did not recompile: then the feature lives, and its summary is left as it is.
   */
  public boolean declaredInClassFiles(IndexedFeature feature) {
    for (String name : feature.declarations()) {
      if (!types.exists(name) || types.fromSource(name)) {
        continue;
      }
      Element element = types.element(name).orElseThrow();
      List<Element> carriers = new ArrayList<>(List.of(element));
      if (element instanceof TypeElement type) {
        type.getEnclosedElements().stream().filter(e -> e.getKind() == ElementKind.METHOD).forEach(carriers::add);
      }
      for (Element carrier : carriers) {
        if (Membership.of(carrier).map(d -> mirrors.string(d.mirror(), "value").strip())
            .filter(feature.name()::equals).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Without an index (class output of a featuredocs version that wrote none): the feature as the
   * previous compile's model in class output describes it, its components standing for its declarations.
   */
  public static IndexedFeature fromModel(FeatureSummary model) {
    List<String> components = model.components().stream().map(c -> c.qualifiedName()).toList();
    return new IndexedFeature(model.name(), model.slug(), components, List.of(), List.of());
  }

  /**
   * The types the previous compile documented for {@code feature} that are class files now, not
   * recompiled, that none of {@code covered} (the types the previous fragments speak for) describes.
   */
  public List<String> undescribed(IndexedFeature feature, Set<String> covered) {
    return feature.types().stream()
        .filter(t -> types.exists(t) && !types.fromSource(t) && !covered.contains(t)).toList();
  }

  /**
   * The index entry of a feature documented now: its declarations, and {@code ownTypes}, the types
   * the module's fragments of it speak for.
   */
  public static IndexedFeature indexed(FeatureSummary summary, Collection<? extends Element> originating,
      Collection<String> ownTypes, Collection<String> packages) {
    Set<String> declarations = new TreeSet<>();
    for (Element element : originating) {
      declarations.add(declarationName(element));
    }
    return new IndexedFeature(summary.name(), summary.slug(), List.copyOf(declarations), List.copyOf(new TreeSet<>(ownTypes)),
        List.copyOf(new TreeSet<>(packages)));
  }

  /** A type's canonical name, a package's {@code <package>.package-info}, a method's type's name. */
  static String declarationName(Element element) {
    if (element instanceof PackageElement pkg) {
      return pkg.getQualifiedName() + PACKAGE_INFO;
    }
    if (element instanceof QualifiedNameable named) {
      return named.getQualifiedName().toString();
    }
    return declarationName(element.getEnclosingElement());
  }
}
