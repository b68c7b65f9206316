package dev.featuredocs.processor;

import dev.featuredocs.processor.diag.Diagnostics;
import dev.featuredocs.processor.diag.Message;
import dev.featuredocs.processor.model.References;
import dev.featuredocs.processor.output.Mode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The options, parsed and checked once in {@code init}. An invalid value is an error and makes
 * {@link #valid()} false: the processor then writes nothing rather than guess.
 */
record ProcessorOptions(
    Optional<Path> docsDir, Mode mode, Optional<Path> template, String jsonNaming, boolean timing, boolean catalogs,
    boolean valid,
    String jpaNaming, Optional<Path> migrations, boolean openApi, Optional<Path> appConfig,
    boolean prependBasePath, boolean criteriaDetails, boolean classOutputSummaries, Optional<Path> root) {
  /** The values {@code featuredocs.jpaNaming} accepts. */
  static final List<String> JPA_NAMINGS = List.of("spring", "jpa");

  /** Jackson's {@code PropertyNamingStrategies} constants that {@code featuredocs.jsonNaming} accepts. */
  static final List<String> NAMING_STRATEGIES = List.of(
      "LOWER_CAMEL_CASE", "UPPER_CAMEL_CASE", "SNAKE_CASE", "UPPER_SNAKE_CASE", "KEBAB_CASE", "LOWER_CASE",
      "LOWER_DOT_CASE");

  static ProcessorOptions parse(Map<String, String> raw, Diagnostics diagnostics) {
    boolean valid = true;
    for (String key : raw.keySet()) {
      if (key.startsWith(Option.PREFIX) && !Option.keys().contains(key)) {
        diagnostics.warning(Message.OPTION_UNKNOWN, key, String.join(", ", Option.keys()));
      }
    }

    Optional<Path> dir = Optional.empty();
    String dirValue = raw.get(Option.DIR.key());
    if (dirValue != null) {
      Optional<Path> path = path(dirValue);
      if (dirValue.isBlank() || path.isEmpty()) {
        diagnostics.error(Message.OPTION_INVALID, Option.DIR.key(), dirValue, "give a directory path, e.g. ${project.basedir}/docs/features");
        valid = false;
      } else if (!path.get().isAbsolute()) {
        diagnostics.error(Message.OPTION_INVALID, Option.DIR.key(), dirValue,
            "give an absolute path (javac's working directory depends on the build tool), e.g. ${project.basedir}/docs/features");
        valid = false;
      } else if (Files.exists(path.get()) && !Files.isDirectory(path.get())) {
        diagnostics.error(Message.OPTION_INVALID, Option.DIR.key(), dirValue, "it is a file, not a directory");
        valid = false;
      } else {
        dir = path;
      }
    }

    Mode mode = Mode.WRITE;
    String modeValue = raw.get(Option.MODE.key());
    if (modeValue != null) {
      try {
        mode = Mode.valueOf(modeValue.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        diagnostics.error(Message.OPTION_INVALID, Option.MODE.key(), modeValue, "use write or verify");
        valid = false;
      }
    }
    if (mode == Mode.VERIFY && dir.isEmpty() && valid) {
      diagnostics.error(Message.OPTION_INVALID, Option.MODE.key(), modeValue,
          "verify compares the committed summaries: also set -A" + Option.DIR.key() + "=<their directory>");
      valid = false;
    }

    Optional<Path> template = Optional.empty();
    String templateValue = raw.get(Option.TEMPLATE.key());
    if (templateValue != null) {
      Optional<Path> path = path(templateValue);
      if (path.isEmpty() || !Files.isRegularFile(path.get())) {
        diagnostics.error(Message.OPTION_INVALID, Option.TEMPLATE.key(), templateValue,
            "no such file: give the path of a FreeMarker template (.ftl)");
        valid = false;
      } else {
        template = path;
      }
    }
    String jsonNaming = "";
    String namingValue = raw.get(Option.JSON_NAMING.key());
    if (namingValue != null) {
      String normalised = namingValue.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      if (NAMING_STRATEGIES.contains(normalised)) {
        jsonNaming = normalised;
      } else {
        diagnostics.error(Message.OPTION_INVALID, Option.JSON_NAMING.key(), namingValue,
            "use one of " + String.join(", ", NAMING_STRATEGIES) + " (Jackson's PropertyNamingStrategies)");
        valid = false;
      }
    }

    // -Afeaturedocs.timing alone (javac passes no value) means true.
    Optional<Boolean> timing = flag(raw, Option.TIMING, false, diagnostics);
    Optional<Boolean> catalogs = flag(raw, Option.CATALOGS, true, diagnostics);
    Optional<Boolean> openApi = flag(raw, Option.OPENAPI, true, diagnostics);
    Optional<Boolean> prependBasePath = flag(raw, Option.PREPEND_BASE_PATH, false, diagnostics);
    Optional<Boolean> criteriaDetails = flag(raw, Option.CRITERIA_DETAILS, false, diagnostics);
    Optional<Boolean> classOutputSummaries = flag(raw, Option.CLASS_OUTPUT_SUMMARIES, true, diagnostics);
    valid &= timing.isPresent() && catalogs.isPresent() && openApi.isPresent() && prependBasePath.isPresent()
        && criteriaDetails.isPresent() && classOutputSummaries.isPresent();

    String jpaNaming = "spring";
    String jpaNamingValue = raw.get(Option.JPA_NAMING.key());
    if (jpaNamingValue != null) {
      String normalised = jpaNamingValue.strip().toLowerCase(Locale.ROOT);
      if (JPA_NAMINGS.contains(normalised)) {
        jpaNaming = normalised;
      } else {
        diagnostics.error(Message.OPTION_INVALID, Option.JPA_NAMING.key(), jpaNamingValue,
            "use spring (Spring Boot's default: camelCase becomes snake_case) or jpa (JPA's default: names as written)");
        valid = false;
      }
    }

    Optional<Path> migrations = Optional.empty();
    String migrationsValue = raw.get(Option.MIGRATIONS.key());
    if (migrationsValue != null) {
      Optional<Path> path = path(migrationsValue);
      if (migrationsValue.isBlank() || path.isEmpty() || !path.get().isAbsolute()) {
        diagnostics.error(Message.OPTION_INVALID, Option.MIGRATIONS.key(), migrationsValue,
            "give the absolute path of the Flyway or Liquibase directory, e.g. ${project.basedir}/src/main/resources/db/migration");
        valid = false;
      } else if (!Files.isDirectory(path.get())) {
        diagnostics.error(Message.OPTION_INVALID, Option.MIGRATIONS.key(), migrationsValue,
            "no such directory: give the directory that holds the migration files");
        valid = false;
      } else {
        migrations = path;
      }
    }
    Optional<Path> appConfig = Optional.empty();
    String appConfigValue = raw.get(Option.APP_CONFIG.key());
    if (appConfigValue != null) {
      Optional<Path> path = path(appConfigValue);
      if (appConfigValue.isBlank() || path.isEmpty() || !path.get().isAbsolute()) {
        diagnostics.error(Message.OPTION_INVALID, Option.APP_CONFIG.key(), appConfigValue,
            "give the absolute path of application.properties, application.yml or their directory, e.g."
                + " ${project.basedir}/src/main/resources");
        valid = false;
      } else if (!Files.exists(path.get())) {
        diagnostics.error(Message.OPTION_INVALID, Option.APP_CONFIG.key(), appConfigValue,
            "no such file or directory: give the app's application.properties, application.yml or their directory");
        valid = false;
      } else {
        appConfig = path;
      }
    }
    Optional<Path> root = Optional.empty();
    String rootValue = raw.get(Option.ROOT.key());
    if (rootValue != null) {
      Optional<Path> path = path(rootValue);
      if (rootValue.isBlank() || path.isEmpty() || !path.get().isAbsolute()) {
        diagnostics.error(Message.OPTION_INVALID, Option.ROOT.key(), rootValue,
            "give the absolute path of the repository root, e.g. ${maven.multiModuleProjectDirectory}");
        valid = false;
      } else if (!Files.isDirectory(path.get())) {
        diagnostics.error(Message.OPTION_INVALID, Option.ROOT.key(), rootValue,
            "no such directory: give the folder that @Feature(prp/prd) paths are relative to");
        valid = false;
      } else {
        root = Optional.of(path.get().normalize());
      }
    }
    return new ProcessorOptions(dir, mode, template, jsonNaming, timing.orElse(false), catalogs.orElse(true),
        valid, jpaNaming, migrations, openApi.orElse(true), appConfig, prependBasePath.orElse(false),
        criteriaDetails.orElse(false), classOutputSummaries.orElse(true), root);
  }

  /**
   * What {@code @Feature(prp/prd)} paths are relative to, and the folder the summaries link from:
   * {@code featuredocs.root}, else the nearest folder holding {@code .git} (a folder, or a file in a
   * worktree) from the docs directory up; nothing without a docs directory.
   */
  References references() {
    if (docsDir.isEmpty()) {
      return References.AS_WRITTEN;
    }
    Path dir = docsDir.get().toAbsolutePath().normalize();
    Optional<Path> found = root;
    for (Path at = dir; found.isEmpty() && at != null; at = at.getParent()) {
      if (Files.exists(at.resolve(".git"))) {
        found = Optional.of(at);
      }
    }
    return new References(Optional.of(dir), found);
  }

  /**
   * A {@code true}/{@code false} option: {@code absent} when not given, {@code true} when given
   * without a value ({@code -Afeaturedocs.timing}); empty after reporting any other value.
   */
  private static Optional<Boolean> flag(Map<String, String> raw, Option option, boolean absent,
      Diagnostics diagnostics) {
    if (!raw.containsKey(option.key())) {
      return Optional.of(absent);
    }
    String given = raw.get(option.key());
    String value = given == null ? "true" : given.trim().toLowerCase(Locale.ROOT);
    if (value.equals("true") || value.equals("false")) {
      return Optional.of(value.equals("true"));
    }
    diagnostics.error(Message.OPTION_INVALID, option.key(), given, "use true or false");
    return Optional.empty();
  }

  private static Optional<Path> path(String value) {
    try {
      return Optional.of(Path.of(value.trim()));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}
