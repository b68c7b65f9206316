package dev.featuredocs.processor.harvest.javac;

/**
 * Qualified names of the annotations and types the harvesters read. Read by name through
 * mirrors, so the processor needs no Spring, JAX-RS or JPA jar of its own.
 */
public final class Names {
  public static final String FEATURE = "dev.featuredocs.annotations.Feature";
  public static final String PHASE = "dev.featuredocs.annotations.Phase";
  public static final String PHASES = "dev.featuredocs.annotations.Phase.List";
  public static final String RULE = "dev.featuredocs.annotations.BusinessRule";
  public static final String RULES = "dev.featuredocs.annotations.BusinessRule.List";
  public static final String VERIFIES = "dev.featuredocs.annotations.Verifies";
  /** Annotations of test methods: JUnit 5, JUnit 4, TestNG. */
  public static final java.util.List<String> TEST_METHODS = java.util.List.of(
      "org.junit.jupiter.api.Test", "org.junit.jupiter.params.ParameterizedTest",
      "org.junit.jupiter.api.RepeatedTest", "org.junit.jupiter.api.TestFactory",
      "org.junit.jupiter.api.TestTemplate", "org.junit.Test", "org.testng.annotations.Test");

  public static final String SPRING_CONTROLLER = "org.springframework.stereotype.Controller";
  public static final String SPRING_SERVICE = "org.springframework.stereotype.Service";
  public static final String SPRING_REPOSITORY = "org.springframework.stereotype.Repository";
  public static final String SPRING_COMPONENT = "org.springframework.stereotype.Component";
  public static final String SPRING_CONFIGURATION = "org.springframework.context.annotation.Configuration";
  public static final String SPRING_CONTROLLER_ADVICE = "org.springframework.web.bind.annotation.ControllerAdvice";
  public static final String SPRING_DATA_REPOSITORY = "org.springframework.data.repository.Repository";
  static final String SPRING_AUTOWIRED = "org.springframework.beans.factory.annotation.Autowired";

  public static final String[] JAXRS_PATH = {"jakarta.ws.rs.Path", "javax.ws.rs.Path"};
  public static final String[] JAXRS_PROVIDER = {"jakarta.ws.rs.ext.Provider", "javax.ws.rs.ext.Provider"};
  public static final String[] JPA_ENTITY = {
    "jakarta.persistence.Entity", "javax.persistence.Entity",
    "jakarta.persistence.Embeddable", "javax.persistence.Embeddable",
    "jakarta.persistence.MappedSuperclass", "javax.persistence.MappedSuperclass"
  };
  public static final String[] INJECT = {"jakarta.inject.Inject", "javax.inject.Inject", SPRING_AUTOWIRED,
    "jakarta.annotation.Resource", "javax.annotation.Resource"};
  public static final String[] CDI_BEAN = {
    "jakarta.enterprise.context.ApplicationScoped", "javax.enterprise.context.ApplicationScoped",
    "jakarta.enterprise.context.RequestScoped", "javax.enterprise.context.RequestScoped",
    "jakarta.inject.Singleton", "javax.inject.Singleton", "jakarta.inject.Named", "javax.inject.Named"
  };
  /** What makes a class a bean whose interfaces a feature may inject: Spring stereotypes, CDI scopes. */
  public static final java.util.List<String> BEANS = java.util.List.of(
      SPRING_SERVICE, SPRING_COMPONENT, SPRING_REPOSITORY,
      "jakarta.enterprise.context.ApplicationScoped", "javax.enterprise.context.ApplicationScoped",
      "jakarta.enterprise.context.RequestScoped", "javax.enterprise.context.RequestScoped",
      "jakarta.enterprise.context.SessionScoped", "javax.enterprise.context.SessionScoped",
      "jakarta.enterprise.context.Dependent", "javax.enterprise.context.Dependent",
      "jakarta.inject.Singleton", "javax.inject.Singleton", "jakarta.inject.Named", "javax.inject.Named");
  /** Injection wrappers whose type argument is the real dependency. */
  public static final String[] PROVIDERS = {
    "java.util.Optional", "java.util.List", "java.util.Set", "java.util.Collection",
    "org.springframework.beans.factory.ObjectProvider", "jakarta.inject.Provider", "javax.inject.Provider",
    "jakarta.enterprise.inject.Instance", "javax.enterprise.inject.Instance"
  };

  private Names() {}
}
