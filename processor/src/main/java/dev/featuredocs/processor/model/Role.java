package dev.featuredocs.processor.model;

/** What part a type plays in the feature, as read from its stereotype annotations and supertypes. */
public enum Role {
  CONTROLLER("controller", "controllers"),
  SERVICE("service", "services"),
  REPOSITORY("repository", "repositories"),
  ENTITY("entity", "entities"),
  MODEL("model", "models"),
  ERROR_HANDLER("error handler", "error handlers"),
  EXCEPTION("exception", "exceptions"),
  CONFIGURATION("configuration", "configurations"),
  COMPONENT("component", "components");

  private final String singular;
  private final String plural;

  Role(String singular, String plural) {
    this.singular = singular;
    this.plural = plural;
  }

  /** "1 service", "2 services". */
  public String count(int n) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
