package dev.featuredocs.processor.harvest.feature;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;

/** What the last round has gathered about one feature so far; mutable, lives only inside one harvest. */
final class FeatureBuilder {
  final String name;
  /** Descriptive {@code @Feature} attributes: attribute name → first value given and where. */
  final Map<String, Given> attributes = new TreeMap<>();
  final SortedSet<String> members = new TreeSet<>();
  /** Types with handler methods that name this feature on themselves, though the type may belong elsewhere. */
  final SortedSet<String> endpointOwners = new TreeSet<>();
  final List<PackageElement> packages = new ArrayList<>();
  final List<Element> originating = new ArrayList<>();
  final Map<String, PhaseBuilder> phases = new LinkedHashMap<>();
  final List<RuleEntry> rules = new ArrayList<>();
  /** Rule id → its text as first given and where. */
  final Map<String, Given> ruleTexts = new HashMap<>();
  /** Rule id → the first element that names it without text, with its annotation: for FD208 when no text is found. */
  final Map<String, Map.Entry<Element, AnnotationMirror>> ruleReferences = new LinkedHashMap<>();
  int errors;

  FeatureBuilder(String name) {
    this.name = name;
  }

  String attribute(String name) {
    Given given = attributes.get(name);
    return given == null ? "" : given.value();
  }

  record Given(String value, String location) {}

  /** A rule in scan order; {@code owner} is the qualified name of the type that encloses (or is) the enforcing element. */
  record RuleEntry(int sequence, String owner, String id, String text, String enforcedIn) {}

  /** The plan of a phase as declared; equal plans may be repeated, different ones conflict. */
  record Plan(int order, String duration, List<String> tasks, List<String> openTasks, List<String> tests, List<String> openTests) {
    boolean declared() {
      return order != 0 || !duration.isBlank() || !tasks.isEmpty() || !openTasks.isEmpty()
          || !tests.isEmpty() || !openTests.isEmpty();
    }
  }

  static final class PhaseBuilder {
    Plan plan;
    String planLocation;
    /** Scan sequence → delivered element label, so deliveries list in source order. */
    final Map<Integer, String> delivered = new TreeMap<>();
    /** Where the phase is named bare; for the warning when it is never planned. */
    Element firstBareElement;
    AnnotationMirror firstBareMirror;
  }
}
