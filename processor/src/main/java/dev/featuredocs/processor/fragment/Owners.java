package dev.featuredocs.processor.fragment;

import dev.featuredocs.processor.model.Component;
import dev.featuredocs.processor.model.CrossFeatureUse;
import dev.featuredocs.processor.model.FeatureSummary;
import dev.featuredocs.processor.model.RuleDoc;
import dev.featuredocs.processor.model.ServiceDoc;
import dev.featuredocs.processor.model.SourceFile;
import dev.featuredocs.processor.model.schema.ModelDoc;
import dev.featuredocs.processor.model.web.EndpointDoc;
import java.util.HashMap;
import java.util.Map;

/**
 * Which type a fact of a summary came from: the canonical name of a type, or
 * {@code <package>.package-info} for a package's file and deliveries; empty for facts of the whole
 * feature (descriptive attributes, phase plans) and for elements of component types this class does
 * not know (new kinds of facts), which are then merged as facts of the whole feature.
 *
 * <p>Labels in the model name types by simple name ({@code DocumentController#share}); they are
 * resolved through the summary's own components and models, so a fact is attributed within the
 * summary (fragment) it was read from.
 */
final class Owners {
  static final String PACKAGE_INFO = "package-info";

  private final Map<String, String> bySimpleName = new HashMap<>();

  Owners(FeatureSummary summary) {
    for (ModelDoc model : summary.models()) {
      bySimpleName.putIfAbsent(model.name(), raw(model.qualifiedName()));
    }
    for (Component component : summary.components()) {
      bySimpleName.put(component.name(), component.qualifiedName());
    }
  }

  String of(Object fact) {
    if (fact instanceof Component c) {
      return c.qualifiedName();
    }
    if (fact instanceof SourceFile f) {
      return ofPath(f.path());
    }
    if (fact instanceof EndpointDoc e) {
      return ofLabel(e.handler());
    }
    if (fact instanceof ModelDoc m) {
      return raw(m.qualifiedName());
    }
    if (fact instanceof ServiceDoc s) {
      return ofLabel(s.name());
    }
    if (fact instanceof RuleDoc r) {
      return ofLabel(r.enforcedIn());
    }
    if (fact instanceof CrossFeatureUse u) {
      return ofLabel(u.from());
    }
    return "";
  }

  /** {@code DocumentService#share(...)}, {@code DocumentService} or {@code package p.q}. */
  String ofLabel(String label) {
    if (label.startsWith("package ")) {
      return label.substring("package ".length()) + "." + PACKAGE_INFO;
    }
    int hash = label.indexOf('#');
    String type = hash < 0 ? label : label.substring(0, hash);
    return bySimpleName.getOrDefault(type, "");
  }

  /** {@code p/q/Foo.java} → {@code p.q.Foo}: a file is attributed to the type it is named after. */
  static String ofPath(String path) {
    return path.endsWith(".java") ? path.substring(0, path.length() - ".java".length()).replace('/', '.') : "";
  }

  /** {@code p.Page<p.Order>} → {@code p.Page}. */
  static String raw(String qualifiedName) {
    int angle = qualifiedName.indexOf('<');
    return angle < 0 ? qualifiedName : qualifiedName.substring(0, angle);
  }
}
