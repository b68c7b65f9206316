package dev.featuredocs.sample;

import dev.featuredocs.sample.SummaryEndpoints.Endpoint;
import dev.featuredocs.sample.SummaryEndpoints.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Compares the endpoints an OpenAPI description (springdoc's {@code /v3/api-docs}) lists with the
 * endpoints the summaries document: the same (method, path) pairs, and per endpoint the same
 * parameters with the same location and required flag.
 *
 * <p>Returns one readable line per difference, such as {@code GET /api/documents: parameter
 * status: summary says required=yes, springdoc says required=false}; an empty list means parity.
 *
 * <p>No springdoc parameter is filtered out: springdoc already leaves out handler arguments that
 * are not HTTP parameters (the controllers' {@code Authentication caller}, like any
 * {@code Principal}), and with the {@code X-User} header gone nothing else remains. Should one
 * appear, the comparison names it rather than hiding it.
 */
final class EndpointParity {

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Set<String> FORM_MEDIA_TYPES =
      Set.of("application/x-www-form-urlencoded", "multipart/form-data");

  private EndpointParity() {}

  /** A parameter as springdoc describes it. */
  private record Param(String name, String in, boolean required) {}

  /**
   * Every difference between springdoc and the summaries.
   *
   * @param openApi the OpenAPI document
   * @param documented the endpoints parsed from the summaries
   * @return the differences, sorted by endpoint; empty when they agree
   */
  static List<String> compare(JsonNode openApi, List<Endpoint> documented) {
    Map<String, Map<String, Param>> springdoc = operations(openApi);
    Map<String, Endpoint> summaries = new TreeMap<>();
    List<String> mismatches = new ArrayList<>();
    for (Endpoint endpoint : documented) {
      Endpoint earlier = summaries.putIfAbsent(endpoint.key(), endpoint);
      if (earlier != null) {
        mismatches.add(
            endpoint.key() + ": documented twice (" + earlier.source() + ", " + endpoint.source()
                + ")");
      }
    }
    Set<String> keys = new TreeSet<>(springdoc.keySet());
    keys.addAll(summaries.keySet());
    for (String key : keys) {
      Endpoint endpoint = summaries.get(key);
      Map<String, Param> params = springdoc.get(key);
      if (endpoint == null) {
        mismatches.add(key + ": in springdoc, missing from the summaries");
      } else if (params == null) {
        mismatches.add(key + ": in the summaries (" + endpoint.source() + "), not in springdoc");
      } else {
        compareParameters(key, endpoint, params, mismatches);
      }
    }
    return mismatches;
  }

  private static void compareParameters(
      String key, Endpoint endpoint, Map<String, Param> springdoc, List<String> mismatches) {
    Map<String, Parameter> summary = new LinkedHashMap<>();
    for (Parameter parameter : endpoint.parameters()) {
      if (summary.putIfAbsent(parameter.name(), parameter) != null) {
        mismatches.add(key + ": parameter " + parameter.name() + ": listed twice in the summary");
      }
    }
    Set<String> names = new TreeSet<>(springdoc.keySet());
    names.addAll(summary.keySet());
    for (String name : names) {
      Parameter documented = summary.get(name);
      Param actual = springdoc.get(name);
      String prefix = key + ": parameter " + name + ": ";
      if (documented == null) {
        mismatches.add(
            prefix + "in springdoc (" + actual.in() + ", required=" + actual.required()
                + "), missing from the summary");
      } else if (actual == null) {
        mismatches.add(
            prefix + "in the summary (" + documented.in() + ", required="
                + yesNo(documented.required()) + "), not in springdoc");
      } else {
        if (!documented.in().equals(actual.in())) {
          mismatches.add(
              prefix + "summary says in=" + documented.in() + ", springdoc says in=" + actual.in());
        }
        if (documented.required() != actual.required()) {
          mismatches.add(
              prefix + "summary says required=" + yesNo(documented.required())
                  + ", springdoc says required=" + actual.required());
        }
      }
    }
  }

  /**
   * Springdoc's operations, as {@code METHOD /path} to parameters by name.
   *
   * <p>Path-level parameters apply to every operation of the path. Form fields, which OpenAPI
   * describes as a form-encoded request body rather than as parameters, count as {@code form}
   * parameters, as in the summaries.
   */
  private static Map<String, Map<String, Param>> operations(JsonNode openApi) {
    Map<String, Map<String, Param>> operations = new TreeMap<>();
    for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
      for (String method : METHODS) {
        JsonNode operation = path.getValue().get(method);
        if (operation == null) {
          continue;
        }
        Map<String, Param> params = new TreeMap<>();
        addParameters(openApi, path.getValue().path("parameters"), params);
        addParameters(openApi, operation.path("parameters"), params);
        addFormFields(openApi, operation.path("requestBody"), params);
        operations.put(method.toUpperCase(Locale.ROOT) + " " + path.getKey(), params);
      }
    }
    return operations;
  }

  private static void addParameters(JsonNode openApi, JsonNode list, Map<String, Param> params) {
    for (JsonNode parameter : list) {
      JsonNode resolved = resolve(openApi, parameter);
      String name = resolved.path("name").asString();
      params.put(
          name,
          new Param(
              name, resolved.path("in").asString(), resolved.path("required").asBoolean(false)));
    }
  }

  private static void addFormFields(
      JsonNode openApi, JsonNode requestBody, Map<String, Param> params) {
    JsonNode content = resolve(openApi, requestBody).path("content");
    for (String mediaType : FORM_MEDIA_TYPES) {
      JsonNode schema = resolve(openApi, content.path(mediaType).path("schema"));
      Set<String> required = new TreeSet<>();
      schema.path("required").forEach(n -> required.add(n.asString()));
      for (Map.Entry<String, JsonNode> field : schema.path("properties").properties()) {
        params.put(
            field.getKey(), new Param(field.getKey(), "form", required.contains(field.getKey())));
      }
    }
  }

  /** Follows a local {@code $ref} such as {@code #/components/schemas/ShareRequest}. */
  private static JsonNode resolve(JsonNode openApi, JsonNode node) {
    JsonNode ref = node.get("$ref");
    return ref != null && ref.asString().startsWith("#/")
        ? openApi.at(ref.asString().substring(1))
        : node;
  }

  private static String yesNo(boolean required) {
    return required ? "yes" : "no";
  }
}
