package dev.featuredocs.processor;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The processor's {@code -A} options, all under the {@code featuredocs.} namespace. */
public enum Option {
  /** Directory of the committed summaries; absolute, since javac's working directory varies by build tool. */
  DIR("featuredocs.dir"),
  /** {@code write} (default) or {@code verify}. */
  MODE("featuredocs.mode"),
  /** A FreeMarker template file that replaces the built-in summary template. */
  TEMPLATE("featuredocs.template"),
  /** The project-wide Jackson naming strategy, as configured in the app ({@code SNAKE_CASE}, …). */
  JSON_NAMING("featuredocs.jsonNaming"),
  /** {@code true} prints one note with the processor's own time per phase, for benchmarks and build tuning. */
  TIMING("featuredocs.timing"),
  /** How JPA table and column names are derived: {@code spring} (Spring Boot's snake_case, default) or {@code jpa}. */
  JPA_NAMING("featuredocs.jpaNaming"),
  /** A directory of Flyway or Liquibase migration files; absolute, like {@link #DIR}. */
  MIGRATIONS("featuredocs.migrations"),
  /** {@code false} generates no catalog classes: no extra compile round, no generated sources. */
  CATALOGS("featuredocs.catalogs"),
  /**
   * The repository root, which {@code @Feature(prp/prd)} paths are relative to; absolute. Default:
   * the nearest folder holding {@code .git} from {@link #DIR} up.
   */
  ROOT("featuredocs.root"),
  /** {@code false} writes no {@code openapi.json} (class output and docs directory). */
  OPENAPI("featuredocs.openapi"),
  /**
   * The app's {@code application.properties}/{@code application.yml}, or the directory holding them;
   * absolute. Default: {@code src/main/resources} beside the sources.
   */
  APP_CONFIG("featuredocs.appConfig"),
  /** {@code true} writes every endpoint path with the base path the configuration sets ({@code /api/documents}). */
  PREPEND_BASE_PATH("featuredocs.prependBasePath"),
  /** {@code true}: a note ({@code FD821}) on every element that fails a success criterion; else one line per feature ({@code FD820}). */
  CRITERIA_DETAILS("featuredocs.criteriaDetails"),
  /**
   * {@code false} leaves the Markdown summaries out of class output (and so out of the jar); the
   * committed copy in {@link #DIR} is the authoritative one either way.
   */
  CLASS_OUTPUT_SUMMARIES("featuredocs.classOutputSummaries");

  static final String PREFIX = "featuredocs.";

  private final String key;

  Option(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  static Set<String> keys() {
    return Arrays.stream(values()).map(Option::key).collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
