package dev.featuredocs.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Compares two OpenAPI documents of the same application, the processor's {@code openapi.json}
 * ("ours") and springdoc's {@code /v3/api-docs}: the same operations; per operation the same
 * parameters (name, in, required, schema type), the same request body schema (property names,
 * types, required), every status springdoc lists also in ours, and for each status both list the
 * same body: the same schema (property names, types, required), or for a body ours names without a
 * schema ({@code x-java-type}), the same type name.
 *
 * <p>Returns one readable line per difference, such as {@code POST /api/documents: status 200: in
 * springdoc, not in ours}; an empty list means both documents say the same where both know.
 * Media types are not compared: springdoc writes {@code *}{@code /*} for every response it cannot
 * pin down, ours the JSON the handlers' bodies are written as. Servers are compared by the path of
 * their URL: springdoc writes the absolute URL of the request that asked for the document
 * ({@code http://localhost:PORT} plus the base path), ours the base path only (host and port are
 * not in code); server path + operation path must be the same URL path in both.
 */
final class OpenApiParity {
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final JsonNode ours;
  private final JsonNode springdoc;
  private final List<String> differences = new ArrayList<>();

  private OpenApiParity(JsonNode ours, JsonNode springdoc) {
    this.ours = ours;
    this.springdoc = springdoc;
  }

  /** Every difference, by operation. */
  static List<String> compare(JsonNode ours, JsonNode springdoc) {
    OpenApiParity parity = new OpenApiParity(ours, springdoc);
    parity.compare();
    return parity.differences;
  }

  private void compare() {
    String base = serverPath(ours);
    if (!base.equals(serverPath(springdoc))) {
      differences.add("servers: ours " + base + ", springdoc " + serverPath(springdoc));
    }
    Map<String, JsonNode> mine = operations(ours);
    Map<String, JsonNode> theirs = operations(springdoc);
    Set<String> keys = new TreeSet<>(mine.keySet());
    keys.addAll(theirs.keySet());
    for (String key : keys) {
      if (!mine.containsKey(key)) {
        differences.add(key + ": in springdoc, not in ours");
      } else if (!theirs.containsKey(key)) {
        differences.add(key + ": in ours, not in springdoc");
      } else {
        parameters(key, mine.get(key), theirs.get(key));
        body(key + ": request body", content(ours, mine.get(key).path("requestBody")),
            content(springdoc, theirs.get(key).path("requestBody")));
        responses(key, mine.get(key).path("responses"), theirs.get(key).path("responses"));
      }
    }
  }

  /** The path of the first server's URL, {@code ""} when it is {@code /} or there is none (OpenAPI's default). */
  private static String serverPath(JsonNode document) {
    JsonNode given = document.path("servers").path(0).path("url");
    String url = given.isString() ? given.asString() : "/";
    String path = java.net.URI.create(url).getRawPath();
    return path == null || path.equals("/") ? "" : path.replaceAll("/$", "");
  }

  private static Map<String, JsonNode> operations(JsonNode document) {
    Map<String, JsonNode> operations = new TreeMap<>();
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (String method : METHODS) {
        if (path.getValue().has(method)) {
          operations.put(method.toUpperCase(Locale.ROOT) + " " + path.getKey(), path.getValue().get(method));
        }
      }
    }
    return operations;
  }

  private void parameters(String key, JsonNode mine, JsonNode theirs) {
    Map<String, String> a = parameters(ours, mine);
    Map<String, String> b = parameters(springdoc, theirs);
    Set<String> names = new TreeSet<>(a.keySet());
    names.addAll(b.keySet());
    for (String name : names) {
      if (!a.containsKey(name)) {
        differences.add(key + ": parameter " + b.get(name) + ": in springdoc, not in ours");
      } else if (!b.containsKey(name)) {
        differences.add(key + ": parameter " + a.get(name) + ": in ours, not in springdoc");
      } else if (!a.get(name).equals(b.get(name))) {
        differences.add(key + ": parameter: ours " + a.get(name) + ", springdoc " + b.get(name));
      }
    }
  }

  /** Parameters by name as {@code name in=query required=false type=string}. */
  private static Map<String, String> parameters(JsonNode document, JsonNode operation) {
    Map<String, String> result = new TreeMap<>();
    for (JsonNode parameter : operation.path("parameters")) {
      JsonNode p = resolve(document, parameter);
      String name = p.path("name").asString();
      result.put(name, name + " in=" + p.path("in").asString() + " required=" + p.path("required").asBoolean(false)
          + " type=" + type(document, p.path("schema")));
    }
    return result;
  }

  private void responses(String key, JsonNode mine, JsonNode theirs) {
    for (Map.Entry<String, JsonNode> status : theirs.properties()) {
      String code = status.getKey();
      if (!mine.has(code)) {
        String success = code.startsWith("2") ? success(mine) : null;
        if (success == null) {
          differences.add(key + ": status " + code + ": in springdoc, not in ours");
          continue;
        }
        // springdoc assumes 200 where ours has read the status the handler answers with
        differences.add(key + ": status " + code + ": ours answers " + success + " instead");
        body(key + ": status " + code + "/" + success, content(ours, mine.get(success)),
            content(springdoc, status.getValue()));
        continue;
      }
      body(key + ": status " + code, content(ours, mine.get(code)), content(springdoc, status.getValue()));
    }
  }

  /** Ours' first 2xx status, or null. */
  private static String success(JsonNode responses) {
    for (Map.Entry<String, JsonNode> status : responses.properties()) {
      if (status.getKey().startsWith("2")) {
        return status.getKey();
      }
    }
    return null;
  }

  /** The schema of the first media type of a request body or response, or a missing node. */
  private static JsonNode content(JsonNode document, JsonNode bodyOrResponse) {
    JsonNode content = resolve(document, bodyOrResponse).path("content");
    for (Map.Entry<String, JsonNode> mediaType : content.properties()) {
      return mediaType.getValue().path("schema");
    }
    return content.path("none");
  }

  private void body(String where, JsonNode mine, JsonNode theirs) {
    if (mine.isMissingNode() && theirs.isMissingNode()) {
      return;
    }
    if (mine.isMissingNode() || theirs.isMissingNode()) {
      differences.add(where + ": body in " + (mine.isMissingNode() ? "springdoc (" + name(springdoc, theirs) + ")"
          : "ours (" + name(ours, mine) + ")") + " only");
      return;
    }
    if (mine.has("x-java-type") && mine.size() == 1) {
      String named = mine.path("x-java-type").asString();
      if (!named.equals(name(springdoc, theirs))) {
        differences.add(where + ": ours names " + named + ", springdoc has " + name(springdoc, theirs));
      }
      return;
    }
    String a = type(ours, mine);
    String b = type(springdoc, theirs);
    if (!a.equals(b)) {
      differences.add(where + ": ours " + a + ", springdoc " + b);
      return;
    }
    JsonNode objectA = object(ours, mine);
    JsonNode objectB = object(springdoc, theirs);
    Map<String, String> propsA = properties(ours, objectA);
    Map<String, String> propsB = properties(springdoc, objectB);
    if (!propsA.equals(propsB)) {
      differences.add(where + ": properties: ours " + propsA + ", springdoc " + propsB);
    }
    Set<String> requiredA = required(objectA);
    Set<String> requiredB = required(objectB);
    if (!requiredA.equals(requiredB)) {
      differences.add(where + ": required: ours " + requiredA + ", springdoc " + requiredB);
    }
  }

  /** The object schema a body is, or its items are. */
  private static JsonNode object(JsonNode document, JsonNode schema) {
    JsonNode resolved = nonNull(document, schema);
    return "array".equals(resolved.path("type").asString()) ? nonNull(document, resolved.path("items")) : resolved;
  }

  private static Map<String, String> properties(JsonNode document, JsonNode object) {
    Map<String, String> result = new TreeMap<>();
    for (Map.Entry<String, JsonNode> property : object.path("properties").properties()) {
      result.put(property.getKey(), type(document, property.getValue()));
    }
    return result;
  }

  private static Set<String> required(JsonNode object) {
    Set<String> result = new TreeSet<>();
    object.path("required").forEach(n -> result.add(n.asString()));
    return result;
  }

  /** The JSON type a schema describes, null aside: {@code string}, {@code array of integer}. */
  static String type(JsonNode document, JsonNode schema) {
    JsonNode resolved = nonNull(document, schema);
    JsonNode type = resolved.path("type");
    String name = type.isArray() ? nonNullType(type) : type.asString("");
    if (name.equals("array")) {
      return "array of " + type(document, resolved.path("items"));
    }
    return name.isEmpty() ? "any" : name;
  }

  private static String nonNullType(JsonNode types) {
    List<String> names = new ArrayList<>();
    types.forEach(t -> {
      if (!t.asString().equals("null")) {
        names.add(t.asString());
      }
    });
    return String.join("|", names);
  }

  /** The schema with references followed and a {@code null} alternative ({@code anyOf}/{@code oneOf}) dropped. */
  private static JsonNode nonNull(JsonNode document, JsonNode schema) {
    JsonNode resolved = resolve(document, schema);
    for (String combinator : List.of("anyOf", "oneOf")) {
      if (resolved.has(combinator)) {
        List<JsonNode> alternatives = new ArrayList<>();
        resolved.get(combinator).forEach(alternative -> {
          if (!"null".equals(alternative.path("type").asString())) {
            alternatives.add(alternative);
          }
        });
        if (alternatives.size() == 1) {
          return nonNull(document, alternatives.get(0));
        }
      }
    }
    return resolved;
  }

  /** The component name a schema refers to, or its type. */
  private static String name(JsonNode document, JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    return ref != null ? ref.asString().substring(ref.asString().lastIndexOf('/') + 1) : type(document, schema);
  }

  /** Follows local {@code $ref}s such as {@code #/components/schemas/ShareRequest}. */
  static JsonNode resolve(JsonNode document, JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
      String ref = current.get("$ref").asString();
      if (!ref.startsWith("#/")) {
        break;
      }
      current = document.at(ref.substring(1));
    }
    return current;
  }
}
