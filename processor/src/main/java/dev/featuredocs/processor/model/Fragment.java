package dev.featuredocs.processor.model;

import java.util.List;

/**
 * What one module's compile knows of a feature, for the types of one package: written to
 * {@code <package dir>/<slug>.featuredocs.json} in class output, so that a downstream
 * module (which has this module's classes on its class path) and this module's own next incremental
 * compile can use facts they cannot harvest from class files: javadoc, declarations as written,
 * source paths.
 *
 * @param feature the feature's name
 * @param module the name of the module's directory (the one holding {@code src/}), e.g.
 *     {@code sample-model}; empty when unknown
 * @param sourceRoot the module's source root label, e.g. {@code src/main/java}; empty when unknown
 * @param pkg the package whose types the facts come from
 * @param packages every package this module wrote a fragment of the feature for (this one too), so
 *     that finding one finds them all
 * @param types canonical names of the types (and {@code <package>.package-info}) this fragment speaks
 *     for: their facts in {@code facts} replace what a later compile harvests from their class files
 * @param facts the feature's summary restricted to facts of {@code types}, plus the feature-wide
 *     facts (descriptive attributes, phase plans); paths relative to {@code sourceRoot}
 */
public record Fragment(
    String feature,
    String module,
    String sourceRoot,
    String pkg,
    List<String> packages,
    List<String> types,
    FeatureSummary facts) {

  public Fragment {
    packages = List.copyOf(packages);
    types = List.copyOf(types);
  }
}
