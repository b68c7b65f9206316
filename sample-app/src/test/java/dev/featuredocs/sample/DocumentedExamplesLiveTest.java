package dev.featuredocs.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featuredocs.sample.ApiClient.Caller;
import dev.featuredocs.sample.ApiClient.Reply;
import dev.featuredocs.sample.ModelSchemas.ModelSchema;
import dev.featuredocs.sample.SummaryEndpoints.Endpoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The summaries' examples, as a client developer would use them, against the running app: every
 * documented request example is sent as it is written (the app accepts it with the documented
 * success status), and every answer is held against the documented model — its JSON Schema, and
 * its field names at every level: no key the model does not document, no documented required key
 * missing. This covers what the sample exercises on purpose: a property-level
 * {@code @JsonIgnoreProperties} ({@code DocumentResponse.stats} without {@code words}), a
 * {@code @JsonProperty} accessor that is not public ({@code DocumentStats.is_empty}) and a
 * {@code @Pattern} with a Unicode class ({@code ShareRequest.recipientName}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentedExamplesLiveTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort private int port;
  @Autowired private InMemoryUserDetailsManager users;

  private ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port, users);
  }

  @Test
  void everyDocumentedRequestExample_isAccepted_andEveryAnswerIsTheDocumentedModel() throws IOException {
    List<Endpoint> documented = SummaryEndpoints.read(Path.of("docs/features"));
    Map<String, ModelSchema> schemas = new TreeMap<>();
    for (ModelSchema schema : ModelSchemas.readAll()) {
      schemas.put(schema.file().replace(".schema.json", ""), schema);
    }
    List<String> problems = new ArrayList<>();
    int sent = 0;
    for (Endpoint endpoint : documented) {
      if (endpoint.requestExample() == null && !(endpoint.method().equals("GET") && endpoint.responseExample() != null
          && endpoint.parameters().stream().noneMatch(p -> p.in().equals("query") && p.required()))) {
        continue;
      }
      Caller owner = api.newUser("examples");
      long document = api.post("/api/documents", owner, Map.of("title", "Live " + sent, "content", "Hello")).id();
      String path = endpoint.path().replace("{id}", String.valueOf(document))
          .replace("{documentId}", String.valueOf(document));
      Object body = endpoint.requestExample() == null ? null : endpoint.requestExample();
      Reply reply = api.send(endpoint.method(), path, owner, body);
      sent++;
      if (reply.status() != endpoint.successStatus()) {
        problems.add(endpoint.key() + ": the documented example " + endpoint.requestExample() + " got " + reply.status()
            + " " + reply.text() + ", documented success is " + endpoint.successStatus());
        continue;
      }
      if (endpoint.responseType() != null) {
        problems.addAll(check(endpoint, reply.body(), schemas));
      }
    }

    assertThat(sent).as("documented requests sent").isGreaterThanOrEqualTo(3);
    assertThat(problems).as("documented examples and models the running app contradicts:%n  %s",
        String.join(System.lineSeparator() + "  ", problems)).isEmpty();
  }

  /** A documented response model as the app really answers it: the schema, and its keys at every level. */
  private static List<String> check(Endpoint endpoint, JsonNode body, Map<String, ModelSchema> schemas) {
    String type = endpoint.responseType();
    boolean list = type.startsWith("List<");
    String model = list ? type.substring("List<".length(), type.length() - 1) : type;
    ModelSchema schema = schemas.get(model);
    if (schema == null) {
      return List.of(endpoint.key() + ": no schema " + model + ".schema.json for the documented response");
    }
    List<String> problems = new ArrayList<>();
    List<JsonNode> values = new ArrayList<>();
    if (list) {
      body.forEach(values::add);
    } else {
      values.add(body);
    }
    for (JsonNode value : values) {
      schema.errors(value).forEach(e -> problems.add(endpoint.key() + ": " + e));
      keys(schema.root(), schema.root(), value, "", endpoint.key(), problems);
    }
    return problems;
  }

  /** Compares an answer's keys with the schema's properties and required list, through $ref, anyOf and items. */
  static void keys(JsonNode root, JsonNode schema, JsonNode value, String at, String label, List<String> problems) {
    if (value == null || value.isNull()) {
      return;
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asString();
      keys(root, root.path("$defs").path(ref.substring(ref.lastIndexOf('/') + 1)), value, at, label, problems);
      return;
    }
    if (schema.has("anyOf")) {
      for (JsonNode branch : schema.get("anyOf")) {
        if (!"null".equals(branch.path("type").asString(""))) {
          keys(root, branch, value, at, label, problems);
          return;
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      int i = 0;
      for (JsonNode item : value) {
        keys(root, schema.get("items"), item, at + "/" + i++, label, problems);
      }
      return;
    }
    if (!value.isObject() || !schema.has("properties")) {
      return;
    }
    JsonNode properties = schema.get("properties");
    for (String key : value.propertyNames()) {
      if (!properties.has(key) && !schema.has("additionalProperties")) {
        problems.add(label + ": the app sends '" + at + "/" + key + "', which the documented model does not have");
      } else if (properties.has(key)) {
        keys(root, properties.get(key), value.get(key), at + "/" + key, label, problems);
      }
    }
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asString())) {
        problems.add(label + ": the app leaves out '" + at + "/" + required.asString() + "', which is documented as required");
      }
    }
  }

  /** Proves {@link #keys} reports an undocumented nested key and a missing required one. */
  @Test
  void keys_reportsAnUndocumentedNestedKeyAndAMissingRequiredOne() {
    JsonNode schema = JSON.readTree("""
        {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"},
         "stats": {"anyOf": [{"$ref": "#/$defs/Stats"}, {"type": "null"}]}},
         "$defs": {"Stats": {"type": "object", "properties": {"lines": {"type": "integer"}}}}}
        """);
    List<String> problems = new ArrayList<>();

    keys(schema, schema, JSON.readTree("{\"stats\": {\"lines\": 1, \"words\": {}}}"), "", "GET /x", problems);

    assertThat(problems).containsExactly(
        "GET /x: the app sends '/stats/words', which the documented model does not have",
        "GET /x: the app leaves out '/id', which is documented as required");
  }
}
