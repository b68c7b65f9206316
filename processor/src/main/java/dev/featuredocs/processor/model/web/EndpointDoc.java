package dev.featuredocs.processor.model.web;

import java.util.List;

/**
 * One HTTP operation, as the framework maps it.
 *
 * @param method the HTTP method, upper case
 * @param path OpenAPI-style: leading {@code /}, no trailing {@code /}, no regex in variables
 * @param purpose the first sentence of the handler's javadoc, else its humanised name
 * @param handler {@code DocumentController#share}
 * @param security the method-security annotation that applies, as written, or empty
 * @param consumes declared request media types
 * @param produces declared response media types
 * @param parameters path, query, header, cookie and form parameters, in signature order
 * @param request the request body, or null when there is none
 * @param response the response body, or null when there is none
 * @param statuses status codes in ascending order; exactly one is the success status
 */
public record EndpointDoc(
    String method,
    String path,
    String purpose,
    String handler,
    String security,
    List<String> consumes,
    List<String> produces,
    List<ParameterDoc> parameters,
    BodyDoc request,
    BodyDoc response,
    List<StatusDoc> statuses) {

  public EndpointDoc {
    consumes = List.copyOf(consumes);
    produces = List.copyOf(produces);
    parameters = List.copyOf(parameters);
    statuses = List.copyOf(statuses);
  }

  /** This endpoint at another path: the same mapping with the configured base path before it. */
  public EndpointDoc withPath(String other) {
    return new EndpointDoc(method, other, purpose, handler, security, consumes, produces, parameters, request, response,
        statuses);
  }

  /** The success status. */
  public StatusDoc success() {
    return statuses.stream().filter(StatusDoc::success).findFirst().orElseThrow();
  }

  /**
   * The error statuses grouped by the body their answering code returns, bodies by name, then the
   * statuses whose body code does not state (type {@code ""}); empty when no error status states one.
   */
  public List<ErrorBodies> errorBodies() {
    java.util.Map<String, java.util.Set<String>> byBody = new java.util.TreeMap<>();
    for (StatusDoc status : statuses) {
      if (!status.success() && status.code() >= 400 || status.code() == StatusDoc.RUN_TIME && !status.success()) {
        byBody.computeIfAbsent(status.body(), b -> new java.util.LinkedHashSet<>())
            .add(status.decidedAtRunTime() ? "?" : String.valueOf(status.code()));
      }
    }
    if (byBody.keySet().stream().allMatch(String::isEmpty)) {
      return List.of();
    }
    List<ErrorBodies> result = new java.util.ArrayList<>();
    byBody.forEach((body, codes) -> {
      if (!body.isEmpty()) {
        result.add(new ErrorBodies(body, List.copyOf(codes)));
      }
    });
    if (byBody.containsKey("")) {
      result.add(new ErrorBodies("", List.copyOf(byBody.get(""))));
    }
    return result;
  }

  /**
   * @param type the body's type, simple name; empty for the statuses whose body is not stated in code
   * @param codes the status codes answered with it, ascending ({@code ?} for one decided at run time)
   */
  public record ErrorBodies(String type, List<String> codes) {}
}
