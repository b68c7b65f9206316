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
  CONFIGURATION_PROPERTIES("configuration properties class", "configuration properties classes"),
  MAPPER("mapper", "mappers"),
  FILTER("filter", "filters"),
  INTERCEPTOR("interceptor", "interceptors"),
  PROVIDER("JAX-RS provider", "JAX-RS providers"),
  COMPONENT("component", "components"),
  /** A type of the feature's code that is no bean and never crosses the HTTP boundary: a helper, a value. */
  OTHER("other type", "other types");

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
