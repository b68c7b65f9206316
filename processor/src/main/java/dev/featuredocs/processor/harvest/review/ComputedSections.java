package dev.featuredocs.processor.harvest.review;

import dev.featuredocs.processor.harvest.component.ComponentHarvester;
import dev.featuredocs.processor.harvest.persistence.QueryIndexes;
import dev.featuredocs.processor.harvest.security.SecurityHarvester;
import dev.featuredocs.processor.harvest.web.EndpointHarvester;
import dev.featuredocs.processor.harvest.web.ExceptionStatuses;
import dev.featuredocs.processor.harvest.web.FeatureExceptions;
import dev.featuredocs.processor.model.Component;
import dev.featuredocs.processor.model.PhaseDoc;
import dev.featuredocs.processor.model.Role;
import dev.featuredocs.processor.model.persistence.PersistenceDoc;
import dev.featuredocs.processor.model.persistence.RepositoryDoc;
import dev.featuredocs.processor.model.review.CriteriaDoc;
import dev.featuredocs.processor.model.review.DiagramDoc;
import dev.featuredocs.processor.model.review.ExternalApiDoc;
import dev.featuredocs.processor.model.review.TroubleshootingDoc;
import dev.featuredocs.processor.model.schema.ModelDoc;
import dev.featuredocs.processor.model.security.ErrorMappingDoc;
import dev.featuredocs.processor.model.security.SecurityDoc;
import dev.featuredocs.processor.model.web.EndpointDoc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The sections that review a feature rather than list it — Security Considerations, the
 * Troubleshooting Guide, the API Architecture diagram and the computed checklists — built from
 * the endpoints, models and components the summary already holds, and the feature's exceptions.
 */
public final class ComputedSections {
  /** The four sections of one feature. */
  public record Sections(SecurityDoc security, TroubleshootingDoc troubleshooting, DiagramDoc architecture,
      CriteriaDoc criteria) {}

  private final FeatureExceptions exceptions;
  private final SecurityHarvester security;
  private final TroubleshootingHarvester troubleshooting;
  private final SuccessCriteria criteria;
  private final ComponentHarvester roles;

  public ComputedSections(FeatureExceptions exceptions, SecurityHarvester security, TroubleshootingHarvester troubleshooting,
      SuccessCriteria criteria, ComponentHarvester roles) {
    this.exceptions = exceptions;
    this.security = security;
    this.troubleshooting = troubleshooting;
    this.criteria = criteria;
    this.roles = roles;
  }

  /** The endpoint with the 401/403 its filter-chain rule answers (see {@link SecurityHarvester#withChainStatuses}). */
  public EndpointHarvester.Harvested withChainStatuses(EndpointHarvester.Harvested harvested) {
    return security.withChainStatuses(harvested);
  }

  /** {@code queryIndexes}: the feature's query methods and their index use, for the Database criterion. */
  public Sections of(String feature, Collection<TypeElement> featureTypes, List<Component> components,
      List<EndpointHarvester.Harvested> endpoints, List<EndpointDoc> sortedEndpoints, List<ModelDoc> models,
      List<PhaseDoc> phases, QueryIndexes queryIndexes, PersistenceDoc persistence, List<ExternalApiDoc> externalApis) {
    List<ExecutableElement> handlers = endpoints.stream().map(EndpointHarvester.Harvested::handler).toList();
    // roles as the summary's components already read them: not worked out again per section
    Map<String, Role> byName = new java.util.HashMap<>();
    components.forEach(c -> byName.put(c.qualifiedName(), c.role()));
    java.util.function.Function<TypeElement, Role> roleOf =
        type -> byName.computeIfAbsent(type.getQualifiedName().toString(), n -> roles.role(type));
    List<FeatureExceptions.Fact> facts = exceptions.of(handlers, featureTypes, roleOf);
    List<ErrorMappingDoc> errors = new ArrayList<>();
    for (FeatureExceptions.Fact fact : facts) {
      String note = !fact.readsMessage() ? ""
          : fact.own() ? "returns its message, which the project's own code writes"
          : "returns its message, written by a library: it may reveal internals";
      errors.add(new ErrorMappingDoc(fact.name(), fact.status(),
          fact.mapped().map(ExceptionStatuses.Mapped::source).orElse(""),
          fact.handler().map(exceptions::bodyType).orElse(""), fact.exposesMessage(), note));
    }
    SecurityDoc securityDoc = security.of(endpoints, featureTypes, errors);
    TroubleshootingDoc troubleshootingDoc = troubleshooting.of(facts, featureTypes, roleOf);
    DiagramDoc diagram = ArchitectureDiagram.of(sortedEndpoints, components, domainTypes(persistence, components))
        .tables(persistence == null ? List.of() : persistence.tables()).externalApis(externalApis, components).build();
    CriteriaDoc criteriaDoc = criteria.of(feature, endpoints, models, securityDoc, facts, phases, featureTypes,
        queryIndexes);
    return new Sections(securityDoc, troubleshootingDoc, diagram, criteriaDoc);
  }

  /** Repository simple name → the feature's types it stores: the {@code T} of Spring Data's {@code Repository<T, ID>}. */
  private static Map<String, List<String>> domainTypes(PersistenceDoc persistence, List<Component> components) {
    Map<String, List<String>> result = new TreeMap<>();
    if (persistence == null) {
      return result;
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    components.forEach(c -> names.add(c.name()));
    for (RepositoryDoc repository : persistence.repositories()) {
      if (names.contains(repository.entity())) {
        result.put(repository.name(), List.of(repository.entity()));
      }
    }
    return result;
  }
}
