package dev.featuredocs.processor.harvest.feature;

import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.harvest.javac.Names;
import dev.featuredocs.processor.harvest.security.SecurityHarvester;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Remembers, by qualified name, which top-level types and packages carry featuredocs annotations,
 * and which classes are tests (test methods or {@code @Verifies}; never members of a feature), round
 * after round. Names, not {@code Element}s: elements are looked up again when the last round
 * harvests them, as AutoValue does with its deferred types.
 */
public final class RoundCollector {
  private static final List<String> ANNOTATIONS =
      List.of(Names.FEATURE, Names.PHASE, Names.PHASES, Names.RULE, Names.RULES);

  /** Where exceptions are mapped to statuses, for every feature: Spring advice and JAX-RS providers. */
  private static final List<String> ADVICE = List.of(
      "org.springframework.web.bind.annotation.ControllerAdvice",
      "org.springframework.web.bind.annotation.RestControllerAdvice",
      "jakarta.ws.rs.ext.Provider", "javax.ws.rs.ext.Provider");

  /** What makes a class a test class: test methods (JUnit, TestNG), or {@code @Verifies}. */
  private static final List<String> TEST_MARKS = java.util.stream.Stream
      .concat(Names.TEST_METHODS.stream(), java.util.stream.Stream.of(Names.VERIFIES)).toList();

  private final SortedSet<String> types = new TreeSet<>();
  /** Classes that declare test methods, or carry {@code @Verifies}: the test pass's, never feature members. */
  private final SortedSet<String> tests = new TreeSet<>();
  private final Set<String> testTopLevel = new java.util.HashSet<>();
  private final SortedSet<String> advice = new TreeSet<>();
  /** Configuration classes: where security is configured, for every feature. */
  private final SortedSet<String> configurations = new TreeSet<>();
  private final SortedSet<String> packages = new TreeSet<>();
  /** Bean classes (stereotypes, CDI scopes): what implements the interfaces features inject. */
  private final SortedSet<String> beans = new TreeSet<>();

  /** One scan of the round per set: {@code getElementsAnnotatedWith} walks every root element each call. */
  public void collect(RoundEnvironment round, Elements elements) {
    TypeElement[] featuredocs = present(ANNOTATIONS, elements);
    TypeElement[] testMarks = present(TEST_MARKS, elements);
    if (featuredocs.length + testMarks.length > 0) {
      // one walk for both; test classes first, so that what they carry is never a feature's
      Set<? extends Element> annotated = round.getElementsAnnotatedWithAny(concat(featuredocs, testMarks));
      Set<TypeElement> marks = Set.of(testMarks);
      for (Element element : annotated) {
        if (marks.isEmpty() || element.getAnnotationMirrors().stream()
            .noneMatch(m -> marks.contains((TypeElement) m.getAnnotationType().asElement()))) {
          continue;
        }
        Element type = element instanceof TypeElement ? element : element.getEnclosingElement();
        if (type instanceof TypeElement test) {
          tests.add(test.getQualifiedName().toString());
          testTopLevel.add(outermost(test).getQualifiedName().toString());
        }
      }
      Set<TypeElement> ours = Set.of(featuredocs);
      for (Element element : annotated) {
        if (element.getAnnotationMirrors().stream()
            .anyMatch(m -> ours.contains((TypeElement) m.getAnnotationType().asElement()))) {
          record(element);
        }
      }
    }
    // Advice, configuration and bean classes in one scan of the round, told apart by their annotations.
    TypeElement[] advices = present(ADVICE, elements);
    TypeElement[] configs = present(SecurityHarvester.CONFIG_ANNOTATIONS, elements);
    TypeElement[] beanMarks = beanAnnotations(round, elements);
    TypeElement[] all = java.util.stream.Stream.of(advices, configs, beanMarks).flatMap(java.util.Arrays::stream)
        .distinct().toArray(TypeElement[]::new);
    if (all.length > 0) {
      Set<TypeElement> adviceSet = Set.of(advices);
      Set<TypeElement> configSet = Set.of(configs);
      Set<TypeElement> beanSet = Set.of(beanMarks);
      for (Element element : round.getElementsAnnotatedWithAny(all)) {
        if (element instanceof TypeElement type) {
          boolean isAdvice = false;
          boolean isConfig = false;
          boolean isBean = false;
          for (javax.lang.model.element.AnnotationMirror mirror : type.getAnnotationMirrors()) {
            TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
            isAdvice |= adviceSet.contains(annotation);
            isConfig |= configSet.contains(annotation);
            isBean |= beanSet.contains(annotation);
          }
          String name = type.getQualifiedName().toString();
          if (isAdvice) {
            advice.add(name);
          } else if (isConfig) {
            configurations.add(name);
          }
          if (isBean) {
            beans.add(name);
          }
        }
      }
    }
  }

  /**
   * The bean annotations on the class path, and the round's own stereotypes (annotation types
   * meta-annotated with one, such as a {@code @UseCase} carrying {@code @Component}).
   */
  private static TypeElement[] beanAnnotations(RoundEnvironment round, Elements elements) {
    Set<TypeElement> result = new LinkedHashSet<>(List.of(present(Names.BEANS, elements)));
    for (Element root : round.getRootElements()) {
      if (root.getKind() == javax.lang.model.element.ElementKind.ANNOTATION_TYPE
          && Names.BEANS.stream().anyMatch(bean -> Mirrors.isAnnotated(root, bean))) {
        result.add((TypeElement) root);
      }
    }
    return result.toArray(TypeElement[]::new);
  }

  private static TypeElement[] concat(TypeElement[] a, TypeElement[] b) {
    TypeElement[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** The annotation types on the class path; featuredocs-annotations may be absent, then nothing carries them. */
  private static TypeElement[] present(List<String> names, Elements elements) {
    Set<TypeElement> result = new LinkedHashSet<>();
    for (String name : names) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        result.add(type);
      }
    }
    return result.toArray(TypeElement[]::new);
  }

  private void record(Element element) {
    if (element instanceof PackageElement pkg) {
      packages.add(pkg.getQualifiedName().toString());
      return;
    }
    TypeElement outermost = outermost(element);
    if (outermost != null && !testTopLevel.contains(outermost.getQualifiedName().toString())) {
      types.add(outermost.getQualifiedName().toString());
    }
  }

  private static TypeElement outermost(Element element) {
    TypeElement outermost = null;
    for (Element e = element; e != null && !(e instanceof PackageElement); e = e.getEnclosingElement()) {
      if (e instanceof TypeElement type) {
        outermost = type;
      }
    }
    return outermost;
  }

  /**
   * Adds the advice and configuration classes the previous compile of this module found (its
   * {@code CompilationIndex}) that this compile sees only as class files: a compile of one changed
   * file must map exceptions and read security as a full compile does. A name is kept only while its
   * class file still carries the annotation; one compiled from source now was collected above.
   */
  public void carryOver(List<String> previousAdvice, List<String> previousConfigurations, List<String> previousBeans,
      Elements elements, java.util.function.Predicate<TypeElement> fromSource) {
    carry(previousAdvice, ADVICE, advice, elements, fromSource);
    carry(previousConfigurations, SecurityHarvester.CONFIG_ANNOTATIONS, configurations, elements, fromSource);
    // beans by name: their class files were beans when the previous compile saw them as sources
    // (stereotypes of the project itself are not visible on a class file's annotations alone)
    for (String name : previousBeans) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null && !fromSource.test(type)) {
        beans.add(name);
      }
    }
  }

  private static void carry(List<String> names, List<String> annotations, Set<String> into, Elements elements,
      java.util.function.Predicate<TypeElement> fromSource) {
    for (String name : names) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null && !fromSource.test(type) && type.getAnnotationMirrors().stream()
          .anyMatch(m -> annotations.contains(((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString()))) {
        into.add(name);
      }
    }
  }

  /** Adds what {@code round} collected: the processor keeps one collector for all rounds. */
  public void addAll(RoundCollector round) {
    tests.addAll(round.tests);
    testTopLevel.addAll(round.testTopLevel);
    types.addAll(round.types);
    types.removeAll(testTopLevel);
    advice.addAll(round.advice);
    configurations.addAll(round.configurations);
    packages.addAll(round.packages);
    beans.addAll(round.beans);
    beans.removeAll(testTopLevel);
  }

  /** The test classes, by qualified name. */
  public SortedSet<String> tests() {
    return Collections.unmodifiableSortedSet(tests);
  }

  SortedSet<String> types() {
    return Collections.unmodifiableSortedSet(types);
  }

  public SortedSet<String> advice() {
    return Collections.unmodifiableSortedSet(advice);
  }

  public SortedSet<String> configurations() {
    return Collections.unmodifiableSortedSet(configurations);
  }

  /** Classes carrying a bean annotation or stereotype, by qualified name. */
  public SortedSet<String> beans() {
    return Collections.unmodifiableSortedSet(beans);
  }

  SortedSet<String> packages() {
    return Collections.unmodifiableSortedSet(packages);
  }

  public boolean isEmpty() {
    return types.isEmpty() && packages.isEmpty();
  }
}
