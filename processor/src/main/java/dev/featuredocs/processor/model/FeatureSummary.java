package dev.featuredocs.processor.model;

import dev.featuredocs.processor.model.persistence.PersistenceDoc;
import dev.featuredocs.processor.model.review.CriteriaDoc;
import dev.featuredocs.processor.model.review.DebtItem;
import dev.featuredocs.processor.model.review.DiagramDoc;
import dev.featuredocs.processor.model.review.IntegrationDoc;
import dev.featuredocs.processor.model.review.PerformanceDoc;
import dev.featuredocs.processor.model.review.TroubleshootingDoc;
import dev.featuredocs.processor.model.schema.ModelDoc;
import dev.featuredocs.processor.model.security.SecurityDoc;
import dev.featuredocs.processor.model.web.EndpointDoc;
import java.util.List;

/**
 * Everything the summary of one feature says, as plain immutable values: what templates render
 * and what the JSON model serialises. Holds nothing from {@code javax.lang.model}.
 *
 * @param name the feature's name, from {@code @Feature}
 * @param slug the file name stem of its summary
 * @param businessValue {@code @Feature(businessValue)}, empty when not declared
 * @param implementedOn {@code @Feature(implementedOn)}, an ISO date or empty
 * @param owner {@code @Feature(owner)}, empty when not declared
 * @param prp {@code @Feature(prp)}, empty when not declared
 * @param prd {@code @Feature(prd)}, empty when not declared
 * @param components the feature's types, sorted by role then name
 * @param flows call chains along injection, each from an entry point (a type nothing else in the feature injects)
 * @param crossFeature where this feature's types inject types of other features
 * @param phases the phases in plan order
 * @param sourceRoot the directory the file paths are relative to, e.g. {@code src/main/java}; empty when unknown
 * @param files the feature's source files, sorted by path
 * @param endpoints the feature's HTTP endpoints, by path then method
 * @param models the feature's data models: request bodies, response bodies, the types they reach
 * @param services the feature's services with their methods and rules
 * @param otherRules rules enforced outside services (entities, controllers, models)
 * @param persistence tables, repositories and query methods, migration files
 * @param integration external APIs, third-party libraries, deprecations
 * @param performance caching, async, transactions, pagination, fetch types, index use
 * @param debt TODO, FIXME and XXX comments of the feature's source files, by file and line
 * @param security input validation, authentication, authorization per endpoint, error handling
 * @param troubleshooting an issue per exception, logger names, health checks
 * @param architecture the API Architecture diagram: client, endpoints, controllers, services, repositories, entities
 * @param criteria the Success Criteria and Completion Checklist, each checked over the facts above
 * @param basePaths the base paths the app's configuration puts before the endpoint paths, and its health path
 */
public record FeatureSummary(
    String name,
    String slug,
    String businessValue,
    String implementedOn,
    String owner,
    String prp,
    String prd,
    List<Component> components,
    List<List<String>> flows,
    List<CrossFeatureUse> crossFeature,
    List<PhaseDoc> phases,
    String sourceRoot,
    List<SourceFile> files,
    List<EndpointDoc> endpoints,
    List<ModelDoc> models,
    List<ServiceDoc> services,
    List<RuleDoc> otherRules,
    PersistenceDoc persistence,
    IntegrationDoc integration,
    PerformanceDoc performance,
    List<DebtItem> debt,
    SecurityDoc security,
    TroubleshootingDoc troubleshooting,
    DiagramDoc architecture,
    CriteriaDoc criteria,
    dev.featuredocs.processor.model.web.BasePathsDoc basePaths) {

  public FeatureSummary {
    components = List.copyOf(components);
    flows = flows.stream().map(List::copyOf).toList();
    crossFeature = List.copyOf(crossFeature);
    phases = List.copyOf(phases);
    files = List.copyOf(files);
    endpoints = List.copyOf(endpoints);
    models = List.copyOf(models);
    services = List.copyOf(services);
    otherRules = List.copyOf(otherRules);
    debt = List.copyOf(debt);
  }

  /** This summary with other computed criteria. */
  public FeatureSummary withCriteria(CriteriaDoc judged) {
    return new FeatureSummary(name, slug, businessValue, implementedOn, owner, prp, prd, components, flows, crossFeature,
        phases, sourceRoot, files, endpoints, models, services, otherRules, persistence, integration, performance, debt,
        security, troubleshooting, architecture, judged, basePaths);
  }

  /** The components grouped by role, in role order; roles the feature lacks are left out. */
  public List<RoleGroup> roleGroups() {
    List<RoleGroup> groups = new java.util.ArrayList<>();
    for (Role role : Role.values()) {
      List<String> names = components.stream().filter(c -> c.role() == role).map(Component::name).toList();
      if (!names.isEmpty()) {
        groups.add(new RoleGroup(role.count(names.size()), names));
      }
    }
    return groups;
  }

  /** Models some endpoint takes as its request body. */
  public List<ModelDoc> requestModels() {
    return models.stream().filter(ModelDoc::request).toList();
  }

  /** Models some endpoint returns and no endpoint takes. */
  public List<ModelDoc> responseModels() {
    return models.stream().filter(m -> m.response() && !m.request()).toList();
  }

  /** Models reached from bodies, or declared in the feature, that are no body themselves. */
  public List<ModelDoc> otherModels() {
    return models.stream().filter(m -> !m.request() && !m.response()).toList();
  }

  /** All business rules of the feature, in their numbered order. */
  public List<RuleDoc> rules() {
    return java.util.stream.Stream.concat(
            services.stream().flatMap(s -> s.rules().stream()), otherRules.stream())
        .toList();
  }
}
