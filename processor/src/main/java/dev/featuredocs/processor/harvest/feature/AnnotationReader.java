package dev.featuredocs.processor.harvest.feature;

import dev.featuredocs.processor.diag.Diagnostics;
import dev.featuredocs.processor.diag.Message;
import dev.featuredocs.processor.harvest.feature.FeatureBuilder.Given;
import dev.featuredocs.processor.harvest.feature.FeatureBuilder.PhaseBuilder;
import dev.featuredocs.processor.harvest.feature.FeatureBuilder.Plan;
import dev.featuredocs.processor.harvest.feature.FeatureBuilder.RuleEntry;
import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.Mirrors;
import dev.featuredocs.processor.model.References;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;

/**
 * Reads {@code @Feature}, {@code @Phase} and {@code @BusinessRule} into {@link FeatureBuilder}s and
 * reports their misuse on the annotation attribute at fault.
 */
final class AnnotationReader {
  private static final List<String> DESCRIPTIVE = List.of("businessValue", "implementedOn", "owner", "prp", "prd", "catalog");

  private final Mirrors mirrors;
  private final Diagnostics diagnostics;
  private final Map<String, FeatureBuilder> features = new TreeMap<>();
  private References references = References.AS_WRITTEN;

  AnnotationReader(Mirrors mirrors, Diagnostics diagnostics) {
    this.mirrors = mirrors;
    this.diagnostics = diagnostics;
  }

  void references(References references) {
    this.references = references;
  }

  Map<String, FeatureBuilder> features() {
    return features;
  }

  /** The feature a membership declaration names, or null when the name is blank (reported where declared). */
  FeatureBuilder featureOf(Membership.Declaration declaration) {
    String name = mirrors.string(declaration.mirror(), "value").strip();
    return name.isEmpty() ? null : features.computeIfAbsent(name, FeatureBuilder::new);
  }

  /** A {@code @Feature} on a type or package: registers the feature and its descriptive attributes. */
  FeatureBuilder declare(Element carrier, AnnotationMirror mirror) {
    String name = mirrors.string(mirror, "value").strip();
    if (name.isEmpty()) {
      diagnostics.error(Message.FEATURE_NAME_BLANK, carrier, mirror, mirrors.value(mirror, "value"));
      return null;
    }
    FeatureBuilder feature = features.computeIfAbsent(name, FeatureBuilder::new);
    feature.originating.add(carrier);
    if (carrier instanceof PackageElement pkg) {
      feature.packages.add(pkg);
    }
    for (String attribute : DESCRIPTIVE) {
      String value = mirrors.string(mirror, attribute).strip();
      if (value.isEmpty()) {
        continue;
      }
      AnnotationValue at = Mirrors.explicit(mirror, attribute).orElse(null);
      if (attribute.equals("implementedOn") && !isIsoDate(value)) {
        diagnostics.error(Message.FEATURE_DATE_INVALID, carrier, mirror, at, value);
        feature.errors++;
        continue;
      }
      if (attribute.equals("prp") || attribute.equals("prd")) {
        checkReference(carrier, mirror, at, attribute, value);
      }
      Given first = feature.attributes.get(attribute);
      if (first == null) {
        feature.attributes.put(attribute, new Given(value, Labels.location(carrier)));
      } else if (!first.value().equals(value)) {
        diagnostics.error(Message.FEATURE_ATTRIBUTE_CONFLICT, carrier, mirror, at,
            attribute, value, attribute, first.value(), name, first.location());
        feature.errors++;
      }
    }
    return feature;
  }

  /** A {@code @Phase}: declares the phase's plan, names the element as delivered in it, or both. */
  void phase(FeatureBuilder feature, Element element, AnnotationMirror mirror, int sequence) {
    String name = mirrors.string(mirror, "value").strip();
    if (name.isEmpty()) {
      diagnostics.error(Message.PHASE_NAME_BLANK, element, mirror, mirrors.value(mirror, "value"));
      feature.errors++;
      return;
    }
    PhaseBuilder phase = feature.phases.computeIfAbsent(name, n -> new PhaseBuilder());
    Plan plan = new Plan(
        mirrors.integer(mirror, "order"),
        mirrors.string(mirror, "duration").strip(),
        mirrors.strings(mirror, "tasks"),
        mirrors.strings(mirror, "openTasks"),
        mirrors.strings(mirror, "tests"),
        mirrors.strings(mirror, "openTests"));
    if (plan.declared()) {
      if (phase.plan == null) {
        phase.plan = plan;
        phase.planLocation = Labels.location(element);
      } else if (!phase.plan.equals(plan)) {
        diagnostics.error(Message.PHASE_PLAN_CONFLICT, element, mirror, null, name, feature.name, phase.planLocation, name);
        feature.errors++;
      }
    } else if (phase.firstBareElement == null) {
      phase.firstBareElement = element;
      phase.firstBareMirror = mirror;
    }
    if (!(element instanceof PackageElement)) {
      phase.delivered.put(sequence, Labels.delivery(element));
    }
  }

  /**
   * A {@code @BusinessRule}: the rule and the element that enforces it. An id may be repeated on
   * every element that enforces the rule, with its text given once ({@code @BusinessRule(id = "X")}
   * elsewhere) or given identically.
   */
  void rule(FeatureBuilder feature, Element element, AnnotationMirror mirror, String owner, int sequence) {
    String text = mirrors.string(mirror, "value").strip();
    String id = mirrors.string(mirror, "id").strip();
    // a text given blank is a mistake; a text left out names a rule stated elsewhere by its id
    if (text.isEmpty() && (id.isEmpty() || Mirrors.explicit(mirror, "value").isPresent())) {
      diagnostics.error(Message.RULE_TEXT_BLANK, element, mirror, mirrors.value(mirror, "value"));
      feature.errors++;
      return;
    }
    String where = Labels.member(element);
    if (!id.isEmpty() && !text.isEmpty()) {
      Given first = feature.ruleTexts.putIfAbsent(id, new Given(text, where));
      if (first != null && !first.value().equals(text)) {
        diagnostics.error(Message.RULE_TEXT_CONFLICT, element, mirror, mirrors.value(mirror, "value"),
            id, feature.name, first.location(), first.value(), id);
        feature.errors++;
        return;
      }
    } else if (!id.isEmpty()) {
      feature.ruleReferences.putIfAbsent(id, Map.entry(element, mirror));
    }
    feature.rules.add(new RuleEntry(sequence, owner, id, text, where));
  }

  /** Phases named only bare, never planned: probably a typo, so say so. */
  void warnUnplannedPhases() {
    for (FeatureBuilder feature : features.values()) {
      if (feature.originating.isEmpty()) {
        continue; // declared only in class files: its plans are in the fragments of the compile that declared it
      }
      List<String> planned = feature.phases.entrySet().stream()
          .filter(e -> e.getValue().plan != null).map(Map.Entry::getKey).sorted().toList();
      feature.phases.forEach((name, phase) -> {
        if (phase.plan == null && phase.firstBareElement != null) {
          diagnostics.warning(Message.PHASE_UNDECLARED, phase.firstBareElement, phase.firstBareMirror,
              mirrors.value(phase.firstBareMirror, "value"), name, feature.name,
              planned.isEmpty() ? "none" : String.join(", ", planned));
        }
      });
    }
  }

  /** A repository-relative {@code prp}/{@code prd} path whose file is not there: the link would be broken. */
  private void checkReference(Element carrier, AnnotationMirror mirror, AnnotationValue at, String attribute,
      String value) {
    references.target(value).filter(target -> !Files.exists(target)).ifPresent(target ->
        diagnostics.warning(Message.REFERENCE_MISSING, carrier, mirror, at, attribute, value, target,
            references.root().map(Object::toString).orElse("")));
  }

  private static boolean isIsoDate(String value) {
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
