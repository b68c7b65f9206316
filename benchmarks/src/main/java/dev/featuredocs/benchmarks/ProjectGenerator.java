package dev.featuredocs.benchmarks;

import dev.featuredocs.processor.model.Slug;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a synthetic Spring backend of exactly {@code files} source files, {@code features} of
 * them documented with featuredocs, the rest plain code of no feature.
 *
 * <p>Each feature is a package of {@value #FILES_PER_FEATURE} files: {@code package-info.java}
 * ({@code @Feature} and two planned {@code @Phase}s), a {@code @RestController} with five endpoints,
 * four records with Bean Validation and Jackson annotations, a {@code @Service} with three
 * {@code @BusinessRule}s delivered in two phases, a JPA {@code @Entity} with indexes and a Spring
 * Data repository. Shared by all: a {@code @RestControllerAdvice}, two exceptions and constant
 * classes ({@value #COMMON_FILES} files). The rest are plain utilities, POJOs, beans, controllers
 * and entities with no featuredocs annotation.
 *
 * <p>Feature code is deliberately unusual where Java allows it, so the benchmark doubles as a
 * robustness test: deep generics, nested and local classes, records with compact constructors,
 * a sealed interface, an enum with constant bodies, annotation values that are constants of other
 * classes, non-ASCII identifiers and feature names, and one service in {@value #LONG_EVERY} (the
 * first, the 21st, …) a file of a few thousand lines. Output is a function of the two numbers only (no randomness).
 *
 * <p>This class holds the plan (how many of what, and each feature's names); the files come from
 * {@link CommonFiles}, {@link FeatureWebFiles} (package-info, controller, records),
 * {@link FeatureDomainFiles} (service, entity, repository) and {@link PlainFiles}, through
 * {@link SourceWriter}.
 */
public final class ProjectGenerator {
  static final int FILES_PER_FEATURE = 9;
  static final int COMMON_FILES = 6;
  /** Of the common files, those javaparser may read besides feature files: the advice's handler bodies. */
  static final int ADVICE_FILES = 1;
  static final int LONG_EVERY = 20;
  private static final String BASE = "com.acme.shop";
  private static final String[] NOUNS = {
    "Invoice", "Order", "Shipment", "Coupon", "Review", "Ticket", "Payment", "Refund", "Subscription",
    "Warehouse", "Supplier", "Voucher", "Booking", "Contract", "Device", "Course", "Listing", "Claim",
    "Budget", "Campaign", "Prüfung", "Straßenkarte"
  };

  /**
   * What was written; {@code featureFiles} counts the files of documented features (the most
   * javaparser may read, besides the advice).
   */
  public record Project(Path sourceRoot, List<Path> sources, List<Feature> features, int plainFiles, int featureFiles) {}

  /** A generated feature: its name and the file name of its summary. */
  public record Feature(String name, String slug, int endpoints, int rules) {}

  private ProjectGenerator() {}

  /** The most features that fit in {@code files} files. */
  public static int maxFeatures(int files) {
    return Math.max(0, (files - COMMON_FILES) / FILES_PER_FEATURE);
  }

  public static Project generate(Path sourceRoot, int files, int features) {
    if (features < 1 || features > maxFeatures(files)) {
      throw new IllegalArgumentException(files + " files hold 1 to " + maxFeatures(files) + " features, not " + features);
    }
    List<Path> sources = new ArrayList<>();
    List<Feature> written = new ArrayList<>();
    SourceWriter writer = new SourceWriter(sourceRoot, sources);
    CommonFiles.write(writer, BASE);
    for (int i = 1; i <= features; i++) {
      written.add(feature(writer, i));
    }
    int plain = files - sources.size();
    for (int j = 1; j <= plain; j++) {
      PlainFiles.write(writer, BASE, j);
    }
    if (sources.size() != files) {
      throw new IllegalStateException("wrote " + sources.size() + " files, not " + files);
    }
    return new Project(sourceRoot, List.copyOf(sources), List.copyOf(written), plain, features * FILES_PER_FEATURE);
  }

  /**
   * The large feature of {@link LargeFeatureFiles} with {@code resources} resources, and the common
   * files its services throw and its advice maps: one feature shaped like a real API module.
   */
  public static Project generateLarge(Path sourceRoot, int resources) {
    List<Path> sources = new ArrayList<>();
    SourceWriter writer = new SourceWriter(sourceRoot, sources);
    CommonFiles.write(writer, BASE);
    Feature feature = LargeFeatureFiles.write(writer, BASE, resources);
    return new Project(sourceRoot, List.copyOf(sources), List.of(feature), 0, sources.size() - COMMON_FILES);
  }

  /**
   * The PRP and PRD files the features' {@code @Feature(prp, prd)} name, under the project's root
   * ({@code docs/PRPs/<slug>-prp.md}, {@code docs/PRDs/<slug>.md}), as a repository holds them: the
   * processor checks that they exist.
   */
  public static void writeReferences(Path projectRoot, Project project) {
    try {
      for (Feature feature : project.features()) {
        Path prp = projectRoot.resolve("docs/PRPs/" + feature.slug() + "-prp.md");
        Path prd = projectRoot.resolve("docs/PRDs/" + feature.slug() + ".md");
        java.nio.file.Files.createDirectories(prp.getParent());
        java.nio.file.Files.createDirectories(prd.getParent());
        java.nio.file.Files.writeString(prp, "# " + feature.name() + ": backend PRP\n");
        java.nio.file.Files.writeString(prd, "# " + feature.name() + "\n");
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The template values of feature {@code i}, its nine files written. */
  private static Feature feature(SourceWriter w, int i) {
    String noun = NOUNS[(i - 1) % NOUNS.length];
    String ascii = java.text.Normalizer.normalize(noun, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").replace("ß", "ss");
    String type = ascii + i;
    String lower = ascii.toLowerCase(Locale.ROOT);
    String pkg = BASE + "." + lower + i;
    String name = noun + " " + i + (i % 2 == 0 ? " Management" : " Self-Service");
    Map<String, String> v = Map.ofEntries(
        Map.entry("BASE", BASE),
        Map.entry("PKG", pkg),
        Map.entry("X", type),
        Map.entry("x", Character.toLowerCase(type.charAt(0)) + type.substring(1)),
        Map.entry("THING", noun.toLowerCase(Locale.ROOT)),
        Map.entry("A", "AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an" : "a"),
        Map.entry("AN", "AEIOU".indexOf(noun.charAt(0)) >= 0 ? "An" : "A"),
        Map.entry("FEATURE", name),
        Map.entry("PATH", "/" + lower + "s-" + i),
        Map.entry("TABLE", lower + "s_" + i),
        Map.entry("ID", ascii.substring(0, 3).toUpperCase(Locale.ROOT) + i),
        Map.entry("DATE", String.format(Locale.ROOT, "2026-%02d-%02d", 1 + i % 12, 1 + i % 28)),
        Map.entry("TEAM", "Team " + (char) ('A' + i % 26)),
        Map.entry("SLUG", Slug.of(name)),
        Map.entry("LONG", i % LONG_EVERY == 1 ? FeatureDomainFiles.longMethods() : ""));

    FeatureWebFiles.write(w, v);
    FeatureDomainFiles.write(w, v);
    return new Feature(name, Slug.of(name), 5, 3);
  }
}
