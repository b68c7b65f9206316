package dev.featuredocs.sample;

import static dev.featuredocs.sample.ApiClient.newEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.featuredocs.sample.ApiClient.Caller;
import dev.featuredocs.sample.ApiClient.Reply;
import dev.featuredocs.sample.ModelSchemas.ModelSchema;
import dev.featuredocs.sample.SummaryEndpoints.Endpoint;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON the running app answers matches the schemas of its documented response models: each
 * endpoint that returns {@code DocumentResponse} or {@code ShareResponse} (or a list of them) is
 * called with real data, and the body (each element, for a list) is validated against
 * {@code docs/features/schemas/<Model>.schema.json}; a property the app sends that the schema
 * does not document is reported too.
 *
 * <p>The data covers what a schema must allow: a document whose language was defaulted and one
 * that was updated, and a share with an expiry and one without ({@code "expiresAt": null}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResponseSchemaTruthTest {

  /** Every endpoint that answers with a documented model, as the summaries write its type. */
  private static final Map<String, String> RESPONSES = Map.of(
      "POST /api/documents", "DocumentResponse",
      "GET /api/documents", "List<DocumentResponse>",
      "GET /api/documents/{id}", "DocumentResponse",
      "GET /api/documents/mine", "DocumentPage",
      "PUT /api/documents/{id}", "DocumentResponse",
      "POST /api/documents/{documentId}/shares", "ShareResponse",
      "GET /api/documents/{documentId}/shares", "List<ShareResponse>",
      "GET /api/shares", "List<ShareResponse>",
      "GET /api/documents/{id}/export", "DocumentExport");

  @LocalServerPort private int port;
  @Autowired private InMemoryUserDetailsManager users;
  @Autowired private JsonMapper appJson;

  private ApiClient api;

  /** One answer of the app, and the endpoint (as documented) that gave it. */
  private record Answer(String endpoint, String note, Reply reply) {

    String label() {
      return note.isEmpty() ? endpoint : endpoint + " (" + note + ")";
    }
  }

  @BeforeEach
  void setUp() {
    api = new ApiClient(port, users);
  }

  @Test
  void everyDocumentedResponseModel_isCheckedHere() throws IOException {
    List<Endpoint> documented = SummaryEndpoints.read(Path.of("docs/features")).stream()
        .filter(e -> e.responseType() != null)
        .toList();
    assertThat(documented).as("endpoints with a response body in docs/features/*.md").isNotEmpty();

    List<String> unchecked = new ArrayList<>();
    for (Endpoint endpoint : documented) {
      if (!endpoint.responseType().equals(RESPONSES.get(endpoint.key()))) {
        unchecked.add(endpoint.key() + " → " + endpoint.responseType());
      }
    }

    assertThat(unchecked)
        .as("documented responses that ResponseSchemaTruthTest does not call (add them to"
            + " RESPONSES and to the calls):%n  %s",
            String.join(System.lineSeparator() + "  ", unchecked))
        .isEmpty();
  }

  @Test
  void everyResponseModelSchema_acceptsWhatTheAppAnswers() throws IOException {
    Map<String, ModelSchema> schemas = schemasByName();

    List<String> problems = new ArrayList<>();
    for (Answer answer : answers()) {
      String type = RESPONSES.get(answer.endpoint());
      boolean list = type.startsWith("List<");
      String model = list ? type.substring("List<".length(), type.length() - 1) : type;
      problems.addAll(check(answer, model, list, schemas.get(model)));
    }

    assertThat(problems)
        .as("answers of the app that the response models' schemas (%s) do not describe:%n  %s",
            ModelSchemas.DIRECTORY, String.join(System.lineSeparator() + "  ", problems))
        .isEmpty();
  }

  /** Proves that {@link #check} reports what a wrong schema gets wrong, on a hand-written one. */
  @Test
  void check_aWrongShareResponseSchema_reportsTheNullExpiryAndTheUndocumentedProperty() {
    ModelSchema wrong = ModelSchemas.resource("truth/ShareResponse.wrong.schema.json");
    String label = "POST /api/documents/{documentId}/shares (without expiry)";

    List<String> problems = check(sharesWithAndWithoutExpiry().get(1), "ShareResponse", false,
        wrong);

    assertThat(problems).satisfiesExactly(
        rejected -> assertThat(rejected)
            .startsWith(label + ": ShareResponse.wrong.schema.json rejects the app's {")
            .endsWith(": /expiresAt: null found, string expected [type]"),
        undocumented -> assertThat(undocumented).isEqualTo(label + ": the app sends '/sharedBy',"
            + " which ShareResponse.wrong.schema.json does not document"));
  }

  /** Proves that {@link #check} passes a right schema, with and without an expiry. */
  @Test
  void check_aRightShareResponseSchema_reportsNothing() {
    ModelSchema right = ModelSchemas.resource("truth/ShareResponse.right.schema.json");

    for (Answer answer : sharesWithAndWithoutExpiry()) {
      assertThat(check(answer, "ShareResponse", false, right)).as(answer.label()).isEmpty();
    }
  }

  /**
   * The error body is no documented model of a feature; if the processor emits a schema for it,
   * the app's real error answers must match it, including the properties {@code @JsonInclude}
   * leaves out.
   */
  @Test
  void errorResponseSchema_acceptsTheAppsErrorAnswers() throws IOException {
    ModelSchema schema = schemasByName().get("ErrorResponse");
    assumeThat(schema).as("ErrorResponse.schema.json (only checked when emitted)").isNotNull();
    Caller owner = api.newUser("error-owner");
    long id = api.post("/api/documents", owner, Map.of("title", "Errors", "content", "")).id();

    List<Answer> answers = List.of(
        new Answer("GET /api/documents/{id}", "404", api.get("/api/documents/987654321", owner)),
        new Answer("POST /api/documents", "400 with fieldErrors",
            api.post("/api/documents", owner, Map.of("title", " "))),
        new Answer("POST /api/documents", "400 unreadable",
            api.post("/api/documents", owner, "{\"title\": ")),
        new Answer("DELETE /api/documents/{id}", "422 with ruleId",
            api.delete("/api/documents/" + id, api.newUser("intruder"))),
        new Answer("GET /api/shares", "401", api.get("/api/shares?recipient=x", null)),
        new Answer("GET /api/shares", "403", api.get("/api/shares?recipient=x", owner)));

    List<String> problems = new ArrayList<>();
    for (Answer answer : answers) {
      problems.addAll(check(answer, "ErrorResponse", false, schema));
    }

    assertThat(problems)
        .as("error answers that ErrorResponse.schema.json does not describe:%n  %s",
            String.join(System.lineSeparator() + "  ", problems))
        .isEmpty();
  }

  /**
   * The model truth tests run without Spring and read bodies with {@link AppJson#MAPPER}: it must
   * be configured as the app's own mapper is, and the app must ignore unknown properties, as that
   * mapper does.
   */
  @Test
  void appJsonMapper_readsBodiesLikeTheTruthTestsMapper() {
    List<String> differences = new ArrayList<>();
    compare(DeserializationFeature.values(), appJson::isEnabled, AppJson.MAPPER::isEnabled,
        differences);
    compare(MapperFeature.values(), appJson::isEnabled, AppJson.MAPPER::isEnabled, differences);
    compare(DateTimeFeature.values(), appJson::isEnabled, AppJson.MAPPER::isEnabled,
        differences);
    compare(EnumFeature.values(), appJson::isEnabled, AppJson.MAPPER::isEnabled, differences);

    assertThat(differences).as("features where AppJson.MAPPER differs from the app's JsonMapper")
        .isEmpty();
    Reply created = api.post("/api/documents", api.newUser("json-owner"),
        Map.of("title", "Unknown property", "content", "", "unknownProperty", 1));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
  }

  /** Real answers of every endpoint in {@link #RESPONSES}, on fresh data. */
  private List<Answer> answers() {
    Caller owner = api.newUser("schema-owner");
    String title = "Schema truth " + UUID.randomUUID();
    Reply created = api.post("/api/documents", owner, Map.of("title", title, "content", "Facts"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String document = "/api/documents/" + created.id();
    Reply updated = api.put(document, owner, Map.of(
        "title", title, "content", "More facts", "language", "en-GB", "status", "PUBLISHED"));
    Reply second = api.post("/api/documents", owner,
        Map.of("title", title + " (draft)", "content", "", "language", "fr"));
    String reader = newEmail("schema-reader");
    Reply expiring = api.post(document + "/shares", owner, Map.of(
        "recipientEmail", reader, "permission", "COMMENT",
        "expiresAt", Instant.now().plus(Duration.ofDays(7)).toString()));
    Reply forever = api.post(document + "/shares", owner,
        Map.of("recipientEmail", newEmail("schema-reader"), "permission", "VIEW"));
    return List.of(
        new Answer("POST /api/documents", "language defaulted", created),
        new Answer("POST /api/documents", "language given", second),
        new Answer("PUT /api/documents/{id}", "", updated),
        new Answer("GET /api/documents/{id}", "", api.get(document, owner)),
        new Answer("GET /api/documents/mine", "", api.get("/api/documents/mine", owner)),
        new Answer("GET /api/documents/{id}/export", "", api.get(document + "/export", owner)),
        new Answer("GET /api/documents", "the owner's",
            api.get("/api/documents?owner=" + encode(owner.email()), owner)),
        new Answer("GET /api/documents", "published",
            api.get("/api/documents?owner=" + encode(owner.email()) + "&status=PUBLISHED", owner)),
        new Answer("POST /api/documents/{documentId}/shares", "with expiry", expiring),
        new Answer("POST /api/documents/{documentId}/shares", "without expiry", forever),
        new Answer("GET /api/documents/{documentId}/shares", "", api.get(document + "/shares",
            owner)),
        new Answer("GET /api/shares", "", api.get("/api/shares?recipient=" + encode(reader),
            Caller.CAROL)));
  }

  /** Two fresh shares of a fresh document: one that expires, one that does not. */
  private List<Answer> sharesWithAndWithoutExpiry() {
    Caller owner = api.newUser("share-owner");
    long id = api.post("/api/documents", owner, Map.of("title", "Shared", "content", "")).id();
    String shares = "/api/documents/" + id + "/shares";
    return List.of(
        new Answer("POST /api/documents/{documentId}/shares", "with expiry",
            api.post(shares, owner, Map.of("recipientEmail", newEmail("reader"), "permission",
                "EDIT", "expiresAt", Instant.now().plus(Duration.ofDays(1)).toString()))),
        new Answer("POST /api/documents/{documentId}/shares", "without expiry",
            api.post(shares, owner, Map.of("recipientEmail", newEmail("reader"),
                "permission", "VIEW"))));
  }

  /** What is wrong with one answer: its status, the schema's errors, undocumented properties. */
  private static List<String> check(Answer answer, String model, boolean list, ModelSchema schema) {
    List<String> problems = new ArrayList<>();
    Reply reply = answer.reply();
    boolean error = model.equals("ErrorResponse");
    if (!error && reply.status() / 100 != 2) {
      problems.add(answer.label() + ": answered " + reply.status() + " " + reply.text());
      return problems;
    }
    if (schema == null) {
      problems.add(answer.label() + ": no " + model + ".schema.json in " + ModelSchemas.DIRECTORY);
      return problems;
    }
    JsonNode body = reply.body();
    List<JsonNode> values = new ArrayList<>();
    if (list) {
      if (body == null || !body.isArray() || body.isEmpty()) {
        problems.add(answer.label() + ": expected a non-empty JSON array, got " + reply.text());
        return problems;
      }
      body.forEach(values::add);
    } else {
      values.add(body);
    }
    for (JsonNode value : values) {
      List<String> errors = schema.errors(value);
      if (!errors.isEmpty()) {
        problems.add(answer.label() + ": " + schema.file() + " rejects the app's " + value + ": "
            + String.join("; ", errors));
      }
      for (String property : undocumented(schema, schema.root(), value, "")) {
        problems.add(answer.label() + ": the app sends " + property + ", which " + schema.file()
            + " does not document");
      }
    }
    return problems;
  }

  /** Properties of a value that the (part of the) schema does not list in {@code properties}. */
  private static List<String> undocumented(
      ModelSchema model, JsonNode schema, JsonNode value, String where) {
    JsonNode s = model.resolve(schema);
    List<String> found = new ArrayList<>();
    for (String keyword : List.of("anyOf", "oneOf")) {
      for (JsonNode branch : s.path(keyword)) {
        if (model.errorsAgainst(branch, value).isEmpty()) {
          return undocumented(model, branch, value, where);
        }
      }
    }
    if (value.isObject() && s.has("properties") && !s.path("additionalProperties").isObject()) {
      for (var entry : value.properties()) {
        String path = where + "/" + entry.getKey();
        JsonNode property = s.get("properties").get(entry.getKey());
        if (property == null) {
          found.add("'" + path + "'");
        } else {
          found.addAll(undocumented(model, property, entry.getValue(), path));
        }
      }
    } else if (value.isArray() && s.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        found.addAll(undocumented(model, s.get("items"), value.get(i), where + "/" + i));
      }
    }
    return found;
  }

  private static Map<String, ModelSchema> schemasByName() throws IOException {
    List<ModelSchema> schemas = ModelSchemas.readAll();
    assertThat(schemas).as(ModelSchemas.NONE_EMITTED).isNotEmpty();
    Map<String, ModelSchema> byName = new LinkedHashMap<>();
    for (ModelSchema schema : schemas) {
      byName.put(schema.file().replace(".schema.json", ""), schema);
    }
    return byName;
  }

  private static <F extends Enum<F>> void compare(
      F[] features, Predicate<F> app, Predicate<F> tests, List<String> differences) {
    for (F feature : features) {
      if (app.test(feature) != tests.test(feature)) {
        differences.add(feature.getDeclaringClass().getSimpleName() + "." + feature
            + ": the app " + (app.test(feature) ? "enables" : "disables") + " it");
      }
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
