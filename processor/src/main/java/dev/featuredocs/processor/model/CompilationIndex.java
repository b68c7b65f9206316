package dev.featuredocs.processor.model;

import java.util.List;

/**
 * What one compile of a module documented, left in its class output for its next compile: an IDE
 * or {@code useIncrementalCompilation=false} hands javac only the changed files, and the rest of the
 * module is class files that say nothing of exception handlers, security configuration or which
 * features the summaries belong to.
 *
 * @param advice exception handler classes ({@code @ControllerAdvice}, JAX-RS {@code @Provider}), by canonical name
 * @param configurations configuration classes, where security is configured
 * @param beans bean classes (stereotypes, CDI scopes): the implementations of the interfaces features call through
 * @param features the features documented, with where they are declared and which types they have
 */
public record CompilationIndex(List<String> advice, List<String> configurations, List<String> beans,
    List<IndexedFeature> features) {
  public CompilationIndex {
    advice = List.copyOf(advice);
    configurations = List.copyOf(configurations);
    beans = List.copyOf(beans);
    features = List.copyOf(features);
  }

  public static final CompilationIndex NONE = new CompilationIndex(List.of(), List.of(), List.of(), List.of());

  /**
   * One documented feature.
   *
   * @param declarations the types (canonical names) and packages ({@code <package>.package-info}) that
   *     declare it with {@code @Feature}
   * @param types the module's types of the feature (canonical names), {@code <package>.package-info} for packages
   * @param packages the packages its fragments were found in, this module's and upstream modules'
   */
  public record IndexedFeature(String name, String slug, List<String> declarations, List<String> types,
      List<String> packages) {
    public IndexedFeature {
      declarations = List.copyOf(declarations);
      types = List.copyOf(types);
      packages = List.copyOf(packages);
    }
  }
}
