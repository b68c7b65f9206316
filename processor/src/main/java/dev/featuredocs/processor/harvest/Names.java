package dev.featuredocs.processor.harvest;

/**
 * Qualified names of the annotations and types the harvesters read. Read by name through
 * mirrors, so the processor needs no Spring, JAX-RS or JPA jar of its own.
 */
final class Names {
  static final String FEATURE = "dev.featuredocs.annotations.Feature";
  static final String PHASE = "dev.featuredocs.annotations.Phase";
  static final String PHASES = "dev.featuredocs.annotations.Phase.List";
  static final String RULE = "dev.featuredocs.annotations.BusinessRule";
  static final String RULES = "dev.featuredocs.annotations.BusinessRule.List";
  static final String VERIFIES = "dev.featuredocs.annotations.Verifies";

  static final String SPRING_CONTROLLER = "org.springframework.stereotype.Controller";
  static final String SPRING_SERVICE = "org.springframework.stereotype.Service";
  static final String SPRING_REPOSITORY = "org.springframework.stereotype.Repository";
  static final String SPRING_COMPONENT = "org.springframework.stereotype.Component";
  static final String SPRING_CONFIGURATION = "org.springframework.context.annotation.Configuration";
  static final String SPRING_CONTROLLER_ADVICE = "org.springframework.web.bind.annotation.ControllerAdvice";
  static final String SPRING_DATA_REPOSITORY = "org.springframework.data.repository.Repository";
  static final String SPRING_AUTOWIRED = "org.springframework.beans.factory.annotation.Autowired";

  static final String[] JAXRS_PATH = {"jakarta.ws.rs.Path", "javax.ws.rs.Path"};
  static final String[] JAXRS_PROVIDER = {"jakarta.ws.rs.ext.Provider", "javax.ws.rs.ext.Provider"};
  static final String[] JPA_ENTITY = {
    "jakarta.persistence.Entity", "javax.persistence.Entity",
    "jakarta.persistence.Embeddable", "javax.persistence.Embeddable",
    "jakarta.persistence.MappedSuperclass", "javax.persistence.MappedSuperclass"
  };
  static final String[] INJECT = {"jakarta.inject.Inject", "javax.inject.Inject", SPRING_AUTOWIRED,
    "jakarta.annotation.Resource", "javax.annotation.Resource"};
  static final String[] CDI_BEAN = {
    "jakarta.enterprise.context.ApplicationScoped", "javax.enterprise.context.ApplicationScoped",
    "jakarta.enterprise.context.RequestScoped", "javax.enterprise.context.RequestScoped",
    "jakarta.inject.Singleton", "javax.inject.Singleton", "jakarta.inject.Named", "javax.inject.Named"
  };
  /** Injection wrappers whose type argument is the real dependency. */
  static final String[] PROVIDERS = {
    "java.util.Optional", "java.util.List", "java.util.Set", "java.util.Collection",
    "org.springframework.beans.factory.ObjectProvider", "jakarta.inject.Provider", "javax.inject.Provider",
    "jakarta.enterprise.inject.Instance", "javax.enterprise.inject.Instance"
  };

  private Names() {}
}
