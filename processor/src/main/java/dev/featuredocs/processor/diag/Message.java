package dev.featuredocs.processor.diag;

/**
 * Every message the processor prints, with a short stable id. Tests assert on these texts, so a
 * message changes here and nowhere else. Each one says what to change.
 */
public enum Message {
  FEATURE_NAME_BLANK(
      "FD101",
      "@Feature has a blank name: name the feature, e.g. @Feature(\"Document Sharing\")"),
  FEATURE_ATTRIBUTE_CONFLICT(
      "FD102",
      "@Feature(%s = \"%s\") conflicts with %s = \"%s\" already declared for feature \"%s\" on %s:"
          + " give descriptive attributes on one declaration of the feature only, or make them equal"),
  FEATURE_DATE_INVALID(
      "FD103",
      "@Feature(implementedOn = \"%s\") is not an ISO-8601 date: write it as YYYY-MM-DD, e.g. \"2026-11-20\""),
  FEATURE_SLUG_COLLISION(
      "FD104",
      "features \"%s\" and \"%s\" would both be written to %s.md: rename one of them"),
  CATALOG_CLASH(
      "FD105",
      "the catalog class %s of feature \"%s\" would clash with the existing type %s: rename that type, or give"
          + " the catalog another name with @Feature(catalog = \"...\") on one declaration of the feature"),
  CATALOG_NAME_INVALID(
      "FD106",
      "%s, the catalog class of feature \"%s\", is not a valid Java class name: give it one with"
          + " @Feature(catalog = \"...\"), e.g. @Feature(catalog = \"SharingFeature\")"),
  CATALOG_INCOMPLETE(
      "FD108",
      "the catalog %s of feature \"%s\" was generated when the compiler first saw the feature and lacks %s,"
          + " declared in code generated later (by another annotation processor): the summary lists them, the"
          + " catalog cannot. Declare them in hand-written sources to have constants for them"),
  CATALOG_OFF(
      "FD109",
      "@Feature(catalog = \"%s\") names a catalog for feature \"%s\", but -A%s=false turns catalogs off, so none"
          + " is generated: remove the attribute, or the option"),
  CATALOG_HIDES_TYPE(
      "FD110",
      "@Feature(catalog = \"%s\") would generate %s, which hides %s in package %s: give the catalog another name,"
          + " e.g. @Feature(catalog = \"%s\")"),
  RULE_TEXT_CONFLICT(
      "FD207",
      "business rule \"%s\" of feature \"%s\" already has another text on %s: \"%s\". Give a rule's text once and"
          + " repeat only its id on the other elements that enforce it (@BusinessRule(id = \"%s\")), or give the"
          + " identical text; a different rule needs its own id"),
  RULE_TEXT_MISSING(
      "FD208",
      "business rule id \"%s\" of feature \"%s\" is used only without text (%s): state the rule once, on one of"
          + " the elements that enforce it, e.g. @BusinessRule(value = \"A document is shared with at most 50 people\","
          + " id = \"%s\")"),
  RULE_TEXT_BLANK(
      "FD202",
      "@BusinessRule has a blank rule: state the rule as one sentence, e.g. @BusinessRule(\"A document is shared with at most 50 people\")"),
  PHASE_NAME_BLANK(
      "FD301",
      "@Phase has a blank name: name the phase, e.g. @Phase(\"Phase 1: Data model\")"),
  PHASE_PLAN_CONFLICT(
      "FD302",
      "phase \"%s\" of feature \"%s\" is already planned on %s with a different plan:"
          + " declare order, duration, tasks and tests of a phase once, and name it bare (@Phase(\"%s\")) elsewhere"),
  PHASE_UNDECLARED(
      "FD303",
      "phase \"%s\" of feature \"%s\" has no plan: declare it once with order, duration, tasks or tests"
          + " (e.g. on the feature's package-info.java), or fix the name if it is a typo; declared phases: %s"),
  VERIFIES_UNKNOWN(
      "FD203",
      "@Verifies names rule id \"%s\", which feature \"%s\" does not declare: use one of its rule ids: %s"),
  VERIFIES_UNKNOWN_ANY(
      "FD204",
      "@Verifies names rule id \"%s\", which no feature of this test compilation declares: use a declared id"
          + " (best a constant of the feature's generated catalog, e.g. DocumentSharingFeature.Rules.BR_SHARE_1)."
          + " Known ids: %s"),
  VERIFIES_AMBIGUOUS(
      "FD205",
      "@Verifies names rule id \"%s\", which features %s all declare: name the test's feature with @Feature"
          + " on the test class, or refer to the rule through its feature's catalog"),
  VERIFIES_EMPTY(
      "FD206",
      "@Verifies names no rule: give the ids of the rules the test verifies, e.g."
          + " @Verifies(DocumentSharingFeature.Rules.BR_SHARE_1)"),
  NO_FEATURE(
      "FD401",
      "@%s on %s belongs to no @Feature: annotate it, its class or its package with @Feature"),
  TEST_FEATURE_UNKNOWN(
      "FD402",
      "test %s names feature \"%s\", but no model of it (META-INF/featuredocs/%s.json) is on the test class path:"
          + " fix the name, or compile the feature's main sources with featuredocs before the tests"),
  OPTION_INVALID("FD501", "option -A%s=%s is not valid: %s"),
  OPTION_UNKNOWN("FD502", "unknown option -A%s: featuredocs options are %s"),
  TEMPLATE_FAILED(
      "FD601",
      "summary of feature \"%s\" could not be rendered with template %s: %s. Nothing was written for this feature"),
  TEMPLATE_MANUAL_BLOCKS(
      "FD602",
      "template %s renders a summary of feature \"%s\" whose manual blocks do not pair up (line %d: %s):"
          + " give each <!-- featuredocs:manual id=\"...\" --> its own id and a closing <!-- /featuredocs:manual -->."
          + " Nothing was written for this feature"),
  WRITE_FAILED("FD701", "could not write %s: %s. The previous file, if any, is left as it was"),
  SUMMARY_STALE(
      "FD702",
      "%s is stale: the code generates different text. Regenerate it and commit it: " + Regenerate.HOW + "\n%s"),
  SUMMARY_MISSING(
      "FD703",
      "%s is missing. Generate it and commit it: " + Regenerate.HOW + "\n%s"),
  SUMMARY_CURRENT("FD704", "%s is up to date"),
  SUMMARY_ORPHANED(
      "FD705",
      "%s is a featuredocs summary, but no feature of this compilation generates it (renamed or removed?)."
          + " Delete it and commit: git rm %s\n%s"),
  SUMMARY_ORPHANED_WARNING(
      "FD706",
      "%s is a featuredocs summary, but no feature of this compilation generates it (renamed or removed?):"
          + " if its feature is gone, delete it: git rm %s"),
  MANUAL_UNCLOSED(
      "FD707",
      "%s line %d: manual block \"%s\" is not closed: add <!-- /featuredocs:manual --> on its own line after its text."
          + " The file is left as it was"),
  MANUAL_DUPLICATE_ID(
      "FD708",
      "%s line %d: manual block id \"%s\" is already used on line %d: give each block its own id, or merge the two."
          + " The file is left as it was"),
  MANUAL_STRAY_CLOSE(
      "FD709",
      "%s line %d: <!-- /featuredocs:manual --> closes no block: delete it, or open the block above its text"
          + " with <!-- featuredocs:manual id=\"...\" -->. The file is left as it was"),
  MANUAL_BAD_MARKER(
      "FD710",
      "%s line %d: %s is not a featuredocs marker: open a block with <!-- featuredocs:manual id=\"an-id\" -->"
          + " and close it with <!-- /featuredocs:manual -->, each on its own line. The file is left as it was"),
  MODEL_UNREADABLE(
      "FD712",
      "%s on the class path is not a featuredocs model (%s): its tests are not analysed. Rebuild the main"
          + " sources with this version of featuredocs (mvn clean ...)"),
  READ_FAILED("FD711", "could not read %s: %s. Nothing was written or verified for it"),
  INDEX_HAND_WRITTEN(
      "FD760",
      "%s is not featuredocs' index of the summaries (its last line is not the index's): it is left as it is,"
          + " and no index is written. Move the hand-written text elsewhere (git mv %s <another name>) to get the index"),
  INDEX_FAILED(
      "FD761",
      "the index of the summaries (README.md) could not be rendered with template index.ftl: %s. It was not written"
          + " or verified; an index.ftl beside featuredocs.template replaces the built-in one: fix or remove it"),
  FRAGMENT_CONFLICT(
      "FD107",
      "%s: \"%s\" here, but \"%s\" in the fragment %s. The first is used: declare it in one module only,"
          + " or make both equal"),
  FRAGMENT_UNREADABLE(
      "FD713",
      "the feature fragment %s cannot be read (%s): it is ignored. Rebuild the module that wrote it"
          + " with this version of featuredocs"),
  OUTSIDE_DOCS(
      "FD714",
      "%s is outside the docs directory %s: it resolves to %s (through a symbolic link). featuredocs writes only"
          + " inside the docs directory: replace the link by a folder. Nothing was written there"),
  SCHEMA_ORPHANED_WARNING(
      "FD715",
      "%s is a featuredocs schema file, but no model of this compilation generates it (renamed or removed?):"
          + " if its model is gone, delete it: git rm %s"),
  SCHEMA_ORPHANED(
      "FD716",
      "%s is a featuredocs schema file, but no model of this compilation generates it (renamed or removed?)."
          + " Delete it and commit: git rm %s"),
  REFERENCE_MISSING(
      "FD717",
      "@Feature(%s = \"%s\") points at %s, which does not exist: prp and prd paths are relative to the repository"
          + " root %s (the nearest folder holding .git above featuredocs.dir, or -Afeaturedocs.root). Fix the path,"
          + " add the file, or give an http(s) URL; the summary links to it as given"),
  TYPED_OUTSIDE_BLOCKS_WARNING(
      "FD718",
      "%s: text typed outside a manual block (%s) is not what featuredocs generates there, and would be lost: it is"
          + " moved into the block \"%s\" under Preserved notes at the end of the file. Move it into a manual block"
          + " where it belongs (<!-- featuredocs:manual id=\"...\" --> ... <!-- /featuredocs:manual -->), or delete it"),
  TYPED_OUTSIDE_BLOCKS(
      "FD719",
      "%s: text typed outside a manual block (%s) is not what featuredocs generates there; write mode would move it"
          + " into the block \"%s\" under Preserved notes. Move it into a manual block where it belongs"
          + " (<!-- featuredocs:manual id=\"...\" --> ... <!-- /featuredocs:manual -->), regenerate and commit"),
  PARTIAL_COMPILE_UNSURE(
      "FD740",
      "left as they were, neither written nor verified: %s. This compile was handed only some of the module's"
          + " sources and cannot tell these summaries whole from the class files of the others: a full compile"
          + " (mvn clean compile, or the IDE's Rebuild) regenerates them"),
  TIMING(
      "FD800",
      "featuredocs timing: features=%d collect=%.1fms harvest=%.1fms (parse=%.1fms, %d files) render=%.1fms"
          + " write=%.1fms bytes=%d"),
  CRITERIA_UNMET(
      "FD820",
      "feature \"%s\": %s not met (%s): the summary's Success Criteria name each failing element;"
          + " -Afeaturedocs.criteriaDetails=true puts a note (FD821) on each"),
  CRITERION_UNMET(
      "FD821",
      "success criterion \"%s\" of feature \"%s\" is not met here: %s"),
  JSON_NOT_UNDERSTOOD(
      "FD850",
      "%s on %s changes its JSON in a way featuredocs cannot read from code (%s): the summary documents %s as if"
          + " the annotation were absent and marks it in the field table. Describe the real JSON in the javadoc or a"
          + " manual block, or use an annotation featuredocs reads (@JsonProperty, @JsonIgnore, @JsonFormat,"
          + " @JsonUnwrapped, @JsonTypeInfo/@JsonSubTypes, @JsonbProperty, @JsonbTransient)"),
  APP_CONFIG_UNREADABLE(
      "FD840",
      "cannot read the app's configuration file %s (%s): the conditions and base paths it sets are documented"
          + " as unknown; fix the file, or name the file to read with -Afeaturedocs.appConfig=<path>"),
  VALIDATED_UNMAPPED(
      "FD830",
      "@Validated on %s makes Spring validate its parameters through a proxy that throws"
          + " ConstraintViolationException, and no @ExceptionHandler or @ResponseStatus maps it: the app answers 500"
          + " for a parameter that fails its constraints. Map ConstraintViolationException to 400 in an"
          + " @ExceptionHandler, or remove class-level @Validated (Spring then answers 400 itself)"),
  ANNOTATIONS_MISMATCH(
      "FD902",
      "@%s has no attribute %s here: the featuredocs-annotations on the class path is older than"
          + " featuredocs-processor. Use the same version of both (e.g. one property for both in your build)"),
  INTERNAL_ERROR(
      "FD901",
      "%s failed while documenting %s: %s. Nothing was written for this feature; please report this"
          + " with the stack trace below%n%s");

  /** How to regenerate the committed summaries, in every message that asks for it. */
  private static final class Regenerate {
    static final String HOW = "mvn clean test-compile -Dfeaturedocs.mode=write"
        + " (the javac option is -Afeaturedocs.mode=write, the default; test-compile, so that the tests are analysed too)";
  }

  private final String id;
  private final String format;

  Message(String id, String format) {
    this.id = id;
    this.format = format;
  }

  public String id() {
    return id;
  }

  /** The message text with its id, e.g. {@code [FD101] @Feature has a blank name: ...}. */
  public String format(Object... args) {
    return "[" + id + "] " + String.format(java.util.Locale.ROOT, format, args);
  }
}
