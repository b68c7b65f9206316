package dev.featuredocs.processor.model;

import java.util.List;

/**
 * What the generated Java catalog of one feature holds: harvested in the round that first sees
 * the feature, so that code compiled in the same compilation (tests, a docs endpoint) can use it.
 *
 * @param feature the feature's name
 * @param slug the file name stem of its summary
 * @param packageName the catalog's package, empty for the unnamed package
 * @param simpleName the catalog class's simple name, e.g. {@code DocumentSharingFeature}
 * @param rules the rules that have an id, in id order: value = the id, doc = the rule
 * @param endpoints the endpoints, by path then method: value = {@code "POST /api/documents/{id}/shares"}, doc = purpose and handler
 */
public record FeatureCatalog(
    String feature, String slug, String packageName, String simpleName, List<Entry> rules, List<Entry> endpoints) {

  public FeatureCatalog {
    rules = List.copyOf(rules);
    endpoints = List.copyOf(endpoints);
  }

  /** A constant of the catalog: its value and the javadoc that explains it. */
  public record Entry(String value, String doc) {}

  /** The catalog's qualified name. */
  public String qualifiedName() {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }
}
