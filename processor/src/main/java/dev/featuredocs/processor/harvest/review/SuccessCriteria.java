package dev.featuredocs.processor.harvest.review;

import dev.featuredocs.processor.diag.Diagnostics;
import dev.featuredocs.processor.diag.Message;
import dev.featuredocs.processor.harvest.javac.Javadoc;
import dev.featuredocs.processor.harvest.javac.Labels;
import dev.featuredocs.processor.harvest.javac.SourcePaths;
import dev.featuredocs.processor.harvest.persistence.QueryIndexes;
import dev.featuredocs.processor.harvest.web.EndpointHarvester;
import dev.featuredocs.processor.harvest.web.FeatureExceptions;
import dev.featuredocs.processor.model.CheckItem;
import dev.featuredocs.processor.model.PhaseDoc;
import dev.featuredocs.processor.model.review.CriteriaDoc;
import dev.featuredocs.processor.model.review.CriterionDoc.Verdict;
import dev.featuredocs.processor.model.review.CriterionDoc;
import dev.featuredocs.processor.model.schema.ModelDoc;
import dev.featuredocs.processor.model.security.AccessDoc;
import dev.featuredocs.processor.model.security.SecurityDoc;
import dev.featuredocs.processor.model.web.EndpointDoc;
import dev.featuredocs.processor.model.web.ParameterDoc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The template's Success Criteria and Completion Checklist as checks over what the harvest found.
 * A criterion is ticked only when its check holds, and always carries its evidence; an unmet one
 * names each failing element, and each failure is also a compiler note ({@code FD820}) on that
 * element. Criteria that code cannot decide (response time, coverage, a review) are never ticked.
 */
public final class SuccessCriteria {
  static final String NOT_MEASURED = "not measured at compile time";
  /** Words that make a path segment an action rather than a resource, e.g. {@code /documents/create}. */
  static final Set<String> VERBS = Set.of("get", "create", "update", "delete", "remove", "add", "fetch", "save",
      "insert", "edit", "modify", "set", "put", "post", "make", "do", "change", "retrieve", "read", "write");
  private static final Pattern LOOSE = Pattern.compile(
      "(^|[<, ])(Object|JsonNode|ObjectNode)($|[>,\\[])|(^|[<, ])(Map|HashMap|LinkedHashMap|TreeMap|List|ArrayList|Set|HashSet|Collection)($|[>,\\[])");

  private final Diagnostics diagnostics;
  private final Elements elements;
  private final Javadoc javadoc;

  private final SourcePaths sources;
  private final boolean details;

  /** {@code details}: a note on each failing element ({@code FD821}), else one line per feature ({@code FD820}). */
  public SuccessCriteria(Diagnostics diagnostics, Elements elements, Javadoc javadoc, SourcePaths sources,
      boolean details) {
    this.details = details;
    this.sources = sources;
    this.diagnostics = diagnostics;
    this.elements = elements;
    this.javadoc = javadoc;
  }

  /** A failing element: the line shown in the summary, and where the note goes. */
  private record Failure(String text, Element element) {}

  private record Check(String name, Verdict verdict, String evidence, List<Failure> failures) {}

  CriteriaDoc of(String feature, List<EndpointHarvester.Harvested> endpoints, List<ModelDoc> models,
      SecurityDoc security, List<FeatureExceptions.Fact> exceptions, List<PhaseDoc> phases,
      Collection<TypeElement> types, QueryIndexes queryIndexes) {
    Check api = apiDesign(endpoints);
    Check typeSafety = typeSafety(endpoints, models);
    Check secure = security(endpoints, security, exceptions);
    Check documentation = documentation(endpoints, models);
    Check errors = errorHandling(exceptions);
    Check database = database(types, queryIndexes);
    List<Check> success = List.of(api, typeSafety,
        new Check("Performance", Verdict.NOT_MEASURED,
            NOT_MEASURED + ": response time (< 200 ms for typical requests) is measured on a running system", List.of()),
        secure, documentation,
        new Check("Testing", Verdict.NOT_MEASURED,
            NOT_MEASURED + ": tests run, and coverage (> 90 %) is measured, after compilation", List.of()),
        errors, database);
    java.util.Map<String, Integer> unmet = new java.util.LinkedHashMap<>();
    Element first = null;
    for (Check check : success) {
      for (Failure failure : check.failures()) {
        // a class file's element is another module's, or not recompiled now: its notes belong to
        // the compile of its source (and javadoc, for one, is not in class files)
        if (failure.element() != null && sources.sourceFile(failure.element()).isEmpty()) {
          continue;
        }
        unmet.merge(check.name(), 1, Integer::sum);
        first = first == null ? failure.element() : first;
        if (details) {
          diagnostics.note(Message.CRITERION_UNMET, failure.element(), check.name(), feature, failure.text());
        }
      }
    }
    if (!details && !unmet.isEmpty()) {
      List<String> counts = new java.util.ArrayList<>();
      unmet.forEach((name, n) -> counts.add(name + ": " + n + (n == 1 ? " element" : " elements")));
      String what = unmet.size() == 1 ? "1 success criterion" : unmet.size() + " success criteria";
      diagnostics.note(Message.CRITERIA_UNMET, first, feature, what, String.join(", ", counts));
    }
    List<Check> completion = List.of(phases(phases),
        new Check("All tests created and passing (>90% coverage)", Verdict.NOT_MEASURED,
            NOT_MEASURED + ": tests run and coverage is measured after compilation", List.of()),
        new Check(MergedDocumentation.CHECKLIST_ITEM, documentation.verdict(), documentation.evidence(), documentation.failures()),
        new Check("Security review completed", Verdict.NOT_MEASURED,
            NOT_MEASURED + ": a review is a person's work; the Security criterion above is what code shows", List.of()),
        new Check("Performance requirements met", Verdict.NOT_MEASURED,
            NOT_MEASURED + ": performance is measured on a running system", List.of()),
        new Check("Integration tested", Verdict.NOT_MEASURED,
            NOT_MEASURED + ": integration tests run after compilation", List.of()),
        new Check("Feature summary documented", Verdict.MET,
            "this summary is generated from the code by featuredocs at every compile", List.of()));
    return new CriteriaDoc(success.stream().map(SuccessCriteria::doc).toList(),
        completion.stream().map(SuccessCriteria::doc).toList());
  }

  private static CriterionDoc doc(Check check) {
    return new CriterionDoc(check.name(), check.verdict(), check.evidence(),
        check.failures().stream().map(Failure::text).toList());
  }

  private static Check check(String name, String evidence, List<Failure> failures) {
    return new Check(name, failures.isEmpty() ? Verdict.MET : Verdict.UNMET, evidence, failures);
  }

  private static String ratio(long good, long all) {
    return good + "/" + all;
  }

  private static String label(EndpointDoc endpoint) {
    return endpoint.method() + " " + endpoint.path() + " (" + endpoint.handler() + ")";
  }

  // API Design: every endpoint declares its HTTP method, its success and error statuses; no verbs in paths.
  private Check apiDesign(List<EndpointHarvester.Harvested> endpoints) {
    List<Failure> failures = new ArrayList<>();
    Map<String, Integer> methodsPerHandler = new LinkedHashMap<>();
    for (EndpointHarvester.Harvested h : endpoints) {
      methodsPerHandler.merge(h.endpoint().handler() + " " + h.endpoint().path(), 1, Integer::sum);
    }
    int declaring = 0;
    int verbless = 0;
    java.util.Set<String> paths = new java.util.TreeSet<>();
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (EndpointHarvester.Harvested h : endpoints) {
      EndpointDoc endpoint = h.endpoint();
      paths.add(endpoint.path());
      boolean allMethods = methodsPerHandler.get(endpoint.handler() + " " + endpoint.path()) >= 7;
      // an exception nothing maps (listed as "unhandled" 500) is not a declared error status
      boolean errorStatus = endpoint.statuses().stream()
          .anyMatch(s -> !s.success() && s.code() >= 400 && !s.reason().equals("unhandled"));
      if (allMethods) {
        if (reported.add(endpoint.handler() + " " + endpoint.path())) {
          failures.add(new Failure(endpoint.handler() + " " + endpoint.path()
              + ": no HTTP method declared, so it answers all seven", h.handler()));
        }
      } else if (!errorStatus) {
        failures.add(new Failure(label(endpoint) + ": declares no error status", h.handler()));
      } else {
        declaring++;
      }
    }
    for (String path : paths) {
      Optional<String> verb = verb(path);
      if (verb.isPresent()) {
        EndpointHarvester.Harvested first = endpoints.stream().filter(h -> h.endpoint().path().equals(path)).findFirst().orElseThrow();
        failures.add(new Failure(path + " (" + first.endpoint().handler() + "): verb \"" + verb.get()
            + "\" in the path; let the HTTP method say the action", first.handler()));
      } else {
        verbless++;
      }
    }
    if (endpoints.isEmpty()) {
      return new Check("API Design", Verdict.NOT_EVALUATED, "not applicable: the feature has no endpoints", List.of());
    }
    return check("API Design", ratio(declaring, endpoints.size())
        + " endpoints declare their HTTP method, a success status and error statuses; "
        + ratio(verbless, paths.size()) + " paths name resources without verbs", failures);
  }

  /** The first literal path segment word that is a verb, {@code createDocument} → {@code create}. */
  static Optional<String> verb(String path) {
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.startsWith("{")) {
        continue;
      }
      String first = segment.split("[-_.]|(?<=[a-z0-9])(?=[A-Z])")[0].toLowerCase(Locale.ROOT);
      if (VERBS.contains(first)) {
        return Optional.of(first);
      }
    }
    return Optional.empty();
  }

  // Type Safety: request bodies validated; no Object, JsonNode or raw collections in bodies, parameters and models.
  private Check typeSafety(List<EndpointHarvester.Harvested> endpoints, List<ModelDoc> models) {
    List<Failure> failures = new ArrayList<>();
    int bodies = 0;
    int validated = 0;
    int typed = 0;
    for (EndpointHarvester.Harvested h : endpoints) {
      EndpointDoc endpoint = h.endpoint();
      if (endpoint.request() != null) {
        bodies++;
        if (endpoint.request().validated()) {
          validated++;
        } else {
          failures.add(new Failure(endpoint.handler() + ": request body " + endpoint.request().type() + " not validated",
              h.handler()));
        }
      }
      List<String> loose = new ArrayList<>();
      if (endpoint.request() != null && isLoose(endpoint.request().type())) {
        loose.add("request body " + endpoint.request().type());
      }
      if (endpoint.response() != null && isLoose(endpoint.response().type())) {
        loose.add("response body " + endpoint.response().type());
      }
      for (ParameterDoc parameter : endpoint.parameters()) {
        if (isLoose(parameter.type())) {
          loose.add("parameter " + parameter.name() + " " + parameter.type());
        }
      }
      if (loose.isEmpty()) {
        typed++;
      } else {
        failures.add(new Failure(endpoint.handler() + ": untyped " + String.join(", ", loose), h.handler()));
      }
    }
    int typedModels = 0;
    int objectModels = 0;
    for (ModelDoc model : models) {
      if (model.kind().equals("enum")) {
        continue;
      }
      objectModels++;
      List<String> loose = model.fields().stream().filter(f -> isLoose(f.type())).map(f -> f.name() + " " + f.type()).toList();
      if (loose.isEmpty()) {
        typedModels++;
      } else {
        failures.add(new Failure("model " + model.name() + ": untyped " + String.join(", ", loose), element(model)));
      }
    }
    return check("Type Safety", ratio(validated, bodies) + " request bodies validated; "
        + ratio(typed, endpoints.size()) + " endpoints and " + ratio(typedModels, objectModels)
        + " models without Object, JsonNode or raw collection types", failures);
  }

  static boolean isLoose(String type) {
    return LOOSE.matcher(type).find();
  }

  // Security: every endpoint has an authorization rule or is explicitly open; input validated; no leaked messages.
  private Check security(List<EndpointHarvester.Harvested> endpoints, SecurityDoc security,
      List<FeatureExceptions.Fact> exceptions) {
    List<Failure> failures = new ArrayList<>();
    Map<String, Element> handlers = new LinkedHashMap<>();
    endpoints.forEach(h -> handlers.put(h.endpoint().handler() + " " + h.endpoint().method() + " " + h.endpoint().path(), h.handler()));
    int covered = 0;
    int byAnnotation = 0;
    int open = 0;
    for (AccessDoc access : security.access()) {
      Element at = handlers.get(access.handler() + " " + access.endpoint());
      if (!access.covered()) {
        failures.add(new Failure(access.handler() + " (" + access.endpoint()
            + "): no authorization rule in code, and not explicitly open", at));
        continue;
      }
      covered++;
      byAnnotation += access.source().startsWith("method security") ? 1 : 0;
      open += access.open() ? 1 : 0;
    }
    for (var input : security.unvalidated()) {
      failures.add(new Failure(input.handler() + ": request not validated", handlers.get(input.handler() + " " + input.endpoint())));
    }
    int bodies = (int) security.inputs().stream().filter(i -> i.input().startsWith("body ")).count();
    int validatedBodies = bodies - security.unvalidated().size();
    long ownMessages = 0;
    for (FeatureExceptions.Fact fact : exceptions) {
      if (fact.exposesMessage()) {
        failures.add(new Failure(fact.handler().map(Labels::member).orElse("?") + ": returns the message of "
            + fact.name() + ", a library exception whose message may reveal internals", fact.handler().orElse(null)));
      } else if (fact.readsMessage()) {
        ownMessages++;
      }
    }
    String evidence = ratio(covered, security.access().size()) + " endpoints have an authorization rule ("
        + byAnnotation + " by method security, " + (covered - byAnnotation) + " by the filter chain; "
        + open + " explicitly open); " + ratio(validatedBodies, bodies) + " request bodies validated; "
        + "no handler returns a library exception's message"
        + (ownMessages > 0 ? " (" + ownMessages + " return the message of one of the project's own exceptions)" : "");
    return check("Security", evidence, failures);
  }

  // Documentation: javadoc on every endpoint and every model.
  private Check documentation(List<EndpointHarvester.Harvested> endpoints, List<ModelDoc> models) {
    List<Failure> failures = new ArrayList<>();
    int documented = 0;
    for (EndpointHarvester.Harvested h : endpoints) {
      boolean has = javadoc.documented(h.handler())
          || !h.endpoint().purpose().equals(EndpointHarvester.humanise(h.handler().getSimpleName().toString()));
      if (has) {
        documented++;
      } else {
        failures.add(new Failure(h.endpoint().handler() + ": no javadoc", h.handler()));
      }
    }
    int documentedModels = 0;
    for (ModelDoc model : models) {
      if (!model.purpose().isEmpty()) {
        documentedModels++;
      } else {
        failures.add(new Failure("model " + model.name() + ": no javadoc", element(model)));
      }
    }
    return check(MergedDocumentation.CRITERION,
        documentationEvidence(documented, endpoints.size(), documentedModels, models.size()), failures);
  }

  static String documentationEvidence(int endpoints, int allEndpoints, int models, int allModels) {
    return ratio(endpoints, allEndpoints) + " endpoints and " + ratio(models, allModels)
        + " models have javadoc (the summary and the OpenAPI description read it)";
  }

  // Error Handling: every custom exception the feature throws is mapped to a status.
  private Check errorHandling(List<FeatureExceptions.Fact> exceptions) {
    List<Failure> failures = new ArrayList<>();
    List<String> mapped = new ArrayList<>();
    int own = 0;
    for (FeatureExceptions.Fact fact : exceptions) {
      if (!fact.own()) {
        continue;
      }
      own++;
      if (fact.mapped().isPresent()) {
        mapped.add(fact.name() + " → " + fact.status());
      } else {
        failures.add(new Failure(fact.name() + (fact.raisedIn().isEmpty() ? "" : " (thrown in " + fact.raisedIn() + ")")
            + ": no handler maps it, so clients get 500", fact.type()));
      }
    }
    if (own == 0) {
      return check("Error Handling", "the feature throws no exception type of the project's own", failures);
    }
    return check("Error Handling", ratio(mapped.size(), own) + " of the project's own exceptions the feature throws are mapped to a status"
        + (mapped.isEmpty() ? "" : " (" + String.join(", ", mapped) + ")"), failures);
  }

  /** The Database criterion alone, for tests of the persistence facts it is given. */
  CriterionDoc databaseCriterion(Collection<TypeElement> types, QueryIndexes queryIndexes) {
    return doc(database(types, queryIndexes));
  }

  // Database: every column a query method filters on is indexed.
  private Check database(Collection<TypeElement> types, QueryIndexes queryIndexes) {
    Optional<List<QueryIndexes.FilteredQuery>> queries = queryIndexes.queries(types);
    if (queries.isEmpty()) {
      return new Check("Database", Verdict.NOT_EVALUATED, "not evaluated: no persistence facts", List.of());
    }
    List<QueryIndexes.FilteredQuery> filtering = queries.get().stream().filter(q -> !q.columns().isEmpty()).toList();
    if (filtering.isEmpty()) {
      return new Check("Database", Verdict.NOT_EVALUATED, "not applicable: no query method filters on a column", List.of());
    }
    List<Failure> failures = new ArrayList<>();
    for (QueryIndexes.FilteredQuery query : filtering) {
      if (!query.unindexed().isEmpty()) {
        Element at = types.stream().filter(t -> t.getSimpleName().contentEquals(query.repository())).findFirst().orElse(null);
        failures.add(new Failure(query.label() + ": filters on " + String.join(", ", query.unindexed())
            + ", which no index covers", at));
      }
    }
    long unknown = filtering.stream().filter(q -> !q.columnsKnown()).count();
    return check("Database", ratio(filtering.size() - failures.size(), filtering.size())
        + " query methods filter only on indexed columns" + (unknown > 0 ? " (" + unknown + " native queries not read)" : ""),
        failures);
  }

  // All phases completed: every planned phase has its tasks done and its tests met.
  private static Check phases(List<PhaseDoc> phases) {
    List<PhaseDoc> planned = phases.stream().filter(PhaseDoc::planned).toList();
    if (planned.isEmpty()) {
      return new Check("All phases completed successfully", Verdict.NOT_EVALUATED,
          "not evaluated: no phase is planned with @Phase(tasks = …)", List.of());
    }
    List<Failure> failures = new ArrayList<>();
    int complete = 0;
    for (PhaseDoc phase : planned) {
      List<String> open = new ArrayList<>();
      phase.tasks().stream().filter(t -> !t.done()).map(CheckItem::text).forEach(t -> open.add("task \"" + t + "\""));
      phase.tests().stream().filter(t -> !t.done()).map(CheckItem::text).forEach(t -> open.add("test \"" + t + "\""));
      if (open.isEmpty()) {
        complete++;
      } else {
        failures.add(new Failure(phase.name() + ": open " + String.join(", ", open), null));
      }
    }
    return check("All phases completed successfully",
        ratio(complete, planned.size()) + " planned phases have every task done and every test met", failures);
  }

  /** The type element of a model, for notes; null for generic instantiations and unknown names. */
  private Element element(ModelDoc model) {
    String name = model.qualifiedName();
    return name.contains("<") ? null : elements.getTypeElement(name);
  }
}
