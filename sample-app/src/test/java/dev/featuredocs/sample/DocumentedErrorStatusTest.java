package dev.featuredocs.sample;

import static dev.featuredocs.sample.ApiClient.newEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.featuredocs.sample.ApiClient.Caller;
import dev.featuredocs.sample.ModelSchemas.ModelSchema;
import dev.featuredocs.sample.SummaryEndpoints.Endpoint;
import dev.featuredocs.sample.SummaryEndpoints.Parameter;
import dev.featuredocs.sample.SummaryEndpoints.Status;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Both directions of the status lists, over real HTTP: every documented status, error ones
 * included, is provoked by a request built from the summary's own words and answered with that
 * code; and every status the app answers to the test's probes (no credentials, a caller without
 * the role, a missing or malformed id) is documented for that endpoint.
 *
 * <p>How each documented line is provoked is decided by what the line says (its code and its
 * reason or exception), never by the endpoint's name alone; a line nothing here knows how to
 * provoke is itself a failure, so a status cannot be documented without being proved.
 *
 * <p>Where the summary names the body of an error status (its Error bodies line), every answer
 * with that status is held against that model: its JSON Schema, and its keys at every level.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentedErrorStatusTest {

  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
  private static final Pattern MIN = Pattern.compile("@Min\\((\\d+)\\)");
  private static final String MISSING_ID = "987654321";

  @LocalServerPort private int port;
  @Autowired private InMemoryUserDetailsManager users;

  private ApiClient api;
  private Caller guest;
  /** The documented models' schemas, by model name. */
  private Map<String, ModelSchema> schemas;

  /** A fresh document of alice's, with its title, shared with a fresh recipient. */
  private record Fixture(Caller owner, long documentId, String title, long shareId, String recipient) {}

  /**
   * A request that should end in one status.
   *
   * @param what the circumstance, for messages: {@code without credentials}
   */
  private record Request(String what, String method, String path, Caller caller, String body) {}

  @BeforeEach
  void setUp() throws java.io.IOException {
    api = new ApiClient(port, users);
    schemas = new java.util.TreeMap<>();
    for (ModelSchema schema : ModelSchemas.readAll()) {
      schemas.put(schema.file().replace(".schema.json", ""), schema);
    }
    guest = new Caller(newEmail("guest"), UUID.randomUUID().toString());
    users.createUser(
        User.withUsername(guest.email()).password("{noop}" + guest.password()).roles("GUEST").build());
  }

  @Test
  void everyDocumentedStatus_isAnsweredToTheRequestThatProvokesIt_andEveryAnswerIsDocumented()
      throws java.io.IOException {
    List<Endpoint> documented = SummaryEndpoints.read(Path.of("docs/features"));
    assertThat(documented).isNotEmpty();

    List<String> mismatches = check(documented);

    assertThat(mismatches)
        .as("status lists the running app contradicts:%n  %s",
            String.join(System.lineSeparator() + "  ", mismatches))
        .isEmpty();
  }

  /** Proves that {@link #check} fails when it should, on a deliberately wrong summary. */
  @Test
  void check_aWrongSummary_reportsExactlyItsUnprovableUndocumentedAndWrongStatuses() {
    String wrong =
        """
        ### API Endpoints Implemented

        #### GET /api/documents/{id}
        **Security**: `@PreAuthorize("hasRole('USER')")`\s\s
        **Parameters**:

        | Name | In | Type | Required | Default | Constraints | Description |
        |---|---|---|---|---|---|---|
        | `id` | path | `long` | yes |  |  | the document's id |

        **Request**: _no body_

        **Response**: `DocumentResponse`

        **Status Codes**:
        - `200` — success
        - `400` — missing or malformed parameter
        - `403` — not authorised (`hasRole('USER')`)
        - `404` — `DocumentNotFoundException` (`ApiExceptionHandler#notFound`)
        - `410` — `DocumentGoneException` (`ApiExceptionHandler#gone`)

        **Error bodies**: `DocumentResponse` for 404; `ErrorResponse` for 400, 403

        #### DELETE /api/documents/{id}
        **Security**: `@PreAuthorize("hasRole('USER')")`\s\s
        **Parameters**:

        | Name | In | Type | Required | Default | Constraints | Description |
        |---|---|---|---|---|---|---|
        | `id` | path | `long` | yes |  |  | the document's id |

        **Request**: _no body_

        **Response**: _no body_

        **Status Codes**:
        - `204` — success (`@ResponseStatus`)
        - `400` — missing or malformed parameter
        - `401` — not authenticated
        - `403` — not authorised (`hasRole('USER')`)
        - `404` — `DocumentNotFoundException` (`ApiExceptionHandler#notFound`)
        - `409` — `BusinessRuleViolationException` (`ApiExceptionHandler#businessRuleViolated`)
        """;

    List<String> mismatches = check(SummaryEndpoints.parse(wrong, "wrong.md"));

    // a body the summary names wrongly (DocumentResponse for the 404): the schema's findings and the keys,
    // for the provoked line and the probe for a missing id alike
    assertThat(mismatches)
        .containsExactly(
            "GET /api/documents/{id}: 404 it does not exist: DocumentResponse: /status: integer found,"
                + " string expected [type]",
            "GET /api/documents/{id}: 404 it does not exist: DocumentResponse: /status: does not have a"
                + " value in the enumeration [\"DRAFT\", \"PUBLISHED\", \"ARCHIVED\"] [enum]",
            "GET /api/documents/{id}: 404 it does not exist: DocumentResponse: /status: integer found, null"
                + " expected [type]",
            "GET /api/documents/{id}: 404 it does not exist: DocumentResponse: : required property 'id' not"
                + " found [required]",
            "GET /api/documents/{id}: 404 it does not exist: DocumentResponse: the app sends '/error',"
                + " which the documented model does not have",
            "GET /api/documents/{id}: 404 it does not exist: DocumentResponse: the app sends '/message',"
                + " which the documented model does not have",
            "GET /api/documents/{id}: 404 it does not exist: DocumentResponse: the app leaves out '/id',"
                + " which is documented as required",
            "GET /api/documents/{id}: nothing in this test provokes `410` — `DocumentGoneException`"
                + " (`ApiExceptionHandler#gone`)",
            "GET /api/documents/{id}: the app answered 401 without credentials, which the summary does not"
                + " list",
            "GET /api/documents/{id}: 404 for an id that does not exist: DocumentResponse: /status: integer"
                + " found, string expected [type]",
            "GET /api/documents/{id}: 404 for an id that does not exist: DocumentResponse: /status: does"
                + " not have a value in the enumeration [\"DRAFT\", \"PUBLISHED\", \"ARCHIVED\"] [enum]",
            "GET /api/documents/{id}: 404 for an id that does not exist: DocumentResponse: /status: integer"
                + " found, null expected [type]",
            "GET /api/documents/{id}: 404 for an id that does not exist: DocumentResponse: : required"
                + " property 'id' not found [required]",
            "GET /api/documents/{id}: 404 for an id that does not exist: DocumentResponse: the app sends"
                + " '/error', which the documented model does not have",
            "GET /api/documents/{id}: 404 for an id that does not exist: DocumentResponse: the app sends"
                + " '/message', which the documented model does not have",
            "GET /api/documents/{id}: 404 for an id that does not exist: DocumentResponse: the app leaves"
                + " out '/id', which is documented as required",
            "DELETE /api/documents/{id}: summary says 409 (`BusinessRuleViolationException`"
                + " (`ApiExceptionHandler#businessRuleViolated`)) when bob, not the owner, calls it; the app"
                + " answered 422");
  }

  /** One line per documented status the app does not answer as documented, or answer it gives undocumented. */
  private List<String> check(List<Endpoint> endpoints) {
    List<String> mismatches = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      for (Status status : endpoint.statuses()) {
        if (status.isSuccess()) {
          continue; // DocumentedStatusTest proves the success statuses
        }
        Fixture fixture = fixture();
        Optional<Request> request = provoke(endpoint, status, fixture);
        if (request.isEmpty()) {
          mismatches.add(endpoint.key() + ": nothing in this test provokes `" + status.code() + "` — "
              + status.text());
          continue;
        }
        ApiClient.Reply reply = send(request.get());
        if (reply.status() != status.code()) {
          mismatches.add(endpoint.key() + ": summary says " + status.code() + " (" + status.text() + ") when "
              + request.get().what() + "; the app answered " + reply.status());
        } else {
          mismatches.addAll(body(endpoint, request.get(), reply));
        }
      }
      Set<Integer> documented = new TreeSet<>();
      endpoint.statuses().forEach(s -> documented.add(s.code()));
      for (Request probe : probes(endpoint, fixture())) {
        ApiClient.Reply reply = send(probe);
        if (!documented.contains(reply.status())) {
          mismatches.add(endpoint.key() + ": the app answered " + reply.status() + " " + probe.what()
              + ", which the summary does not list");
        } else {
          mismatches.addAll(body(endpoint, probe, reply));
        }
      }
    }
    return mismatches;
  }

  /** An error answer held against the body the summary names for its status; nothing when it names none. */
  private List<String> body(Endpoint endpoint, Request request, ApiClient.Reply reply) {
    String model = endpoint.errorBodies().get(reply.status());
    if (model == null) {
      return List.of();
    }
    String label = endpoint.key() + ": " + reply.status() + " " + request.what();
    ModelSchema schema = schemas.get(model);
    if (schema == null) {
      return List.of(label + ": no schema " + model + ".schema.json for the documented error body");
    }
    if (reply.body() == null || !reply.body().isObject()) {
      return List.of(label + ": the summary says the body is " + model + "; the app answered " + reply.text());
    }
    List<String> problems = new ArrayList<>();
    schema.errors(reply.body()).forEach(e -> problems.add(label + ": " + model + ": " + e));
    DocumentedExamplesLiveTest.keys(schema.root(), schema.root(), reply.body(), "", label + ": " + model, problems);
    return problems;
  }

  /** Requests every endpoint gets, whatever its summary says: their answers must be documented. */
  private List<Request> probes(Endpoint endpoint, Fixture fixture) {
    List<Request> probes = new ArrayList<>();
    Request valid = valid(endpoint, fixture);
    probes.add(new Request("without credentials", valid.method(), valid.path(), null, valid.body()));
    probes.add(new Request("to a caller without its role", valid.method(), valid.path(), guest, valid.body()));
    if (endpoint.path().contains("{")) {
      probes.add(new Request("for an id that does not exist", valid.method(),
          fill(endpoint, fixture, Map.of("id", MISSING_ID, "documentId", MISSING_ID)) + query(endpoint, fixture, Map.of()),
          fixture.owner(), valid.body()));
    }
    return probes;
  }

  /** The request that should end in {@code status}, read from what the status line says; empty when none is known. */
  private Optional<Request> provoke(Endpoint endpoint, Status status, Fixture fixture) {
    Request valid = valid(endpoint, fixture);
    String text = status.text();
    switch (status.code()) {
      case 401 -> {
        return Optional.of(new Request("without credentials", valid.method(), valid.path(), null, valid.body()));
      }
      case 403 -> {
        if (text.startsWith("not authorised")) {
          return Optional.of(new Request("a caller without the role calls it", valid.method(), valid.path(),
              text.contains("ADMIN") ? Caller.BOB : guest, valid.body()));
        }
      }
      case 404 -> {
        String variable = text.contains("`DocumentNotFoundException`") ? "id|documentId"
            : text.contains("`ShareNotFoundException`") ? "shareId" : null;
        if (variable != null && endpoint.path().matches(".*\\{(" + variable + ")}.*")) {
          Map<String, String> missing = new LinkedHashMap<>();
          for (String name : variable.split("\\|")) {
            missing.put(name, MISSING_ID);
          }
          return Optional.of(new Request("it does not exist", valid.method(),
              fill(endpoint, fixture, missing) + query(endpoint, fixture, Map.of()), fixture.owner(), valid.body()));
        }
      }
      case 400 -> {
        return badRequest(endpoint, text, fixture, valid);
      }
      case 409 -> {
        if (text.contains("`DocumentArchivedException`")) {
          archive(fixture);
          return Optional.of(new Request("the document is archived", valid.method(), valid.path(), fixture.owner(),
              valid.body()));
        }
      }
      default -> {
        // a business rule's status is whatever the summary says it is: provoked by the rule, checked against the line
      }
    }
    return businessRule(endpoint, text, fixture, valid);
  }

  private Optional<Request> badRequest(Endpoint endpoint, String text, Fixture fixture, Request valid) {
    if (text.startsWith("invalid request body") && valid.body() != null) {
      return Optional.of(new Request("the body is empty JSON", valid.method(), valid.path(), fixture.owner(), "{}"));
    }
    if (text.startsWith("unreadable request body") && valid.body() != null) {
      return Optional.of(new Request("the body is not JSON", valid.method(), valid.path(), fixture.owner(), "{"));
    }
    if (text.startsWith("missing or malformed parameter")) {
      Matcher variable = PATH_VARIABLE.matcher(endpoint.path());
      if (variable.find()) {
        return Optional.of(new Request("a path variable is not a number", valid.method(),
            fill(endpoint, fixture, Map.of(variable.group(1), "not-a-number")) + query(endpoint, fixture, Map.of()),
            fixture.owner(), valid.body()));
      }
      for (Parameter parameter : endpoint.parameters()) {
        if (parameter.in().equals("query") && parameter.required()) {
          return Optional.of(new Request("required " + parameter.name() + " is missing", valid.method(),
              fill(endpoint, fixture, Map.of()) + query(endpoint, fixture, Map.of(parameter.name(), "")),
              fixture.owner().equals(Caller.ALICE) && endpoint.security() != null
                  && endpoint.security().contains("ADMIN") ? Caller.CAROL : fixture.owner(), valid.body()));
        }
        if (parameter.in().equals("query") && !parameter.type().equals("String")) {
          return Optional.of(new Request(parameter.name() + " is not a " + parameter.type(), valid.method(),
              fill(endpoint, fixture, Map.of()) + query(endpoint, fixture, Map.of(parameter.name(), "not-a-value")),
              fixture.owner(), valid.body()));
        }
      }
    }
    if (text.startsWith("parameter fails its constraints")) {
      for (Parameter parameter : endpoint.parameters()) {
        Matcher min = MIN.matcher(parameter.constraints());
        if (min.find()) {
          String below = String.valueOf(Long.parseLong(min.group(1)) - 1);
          return Optional.of(new Request(parameter.name() + " is below its minimum", valid.method(),
              fill(endpoint, fixture, Map.of()) + query(endpoint, fixture, Map.of(parameter.name(), below)),
              fixture.owner(), valid.body()));
        }
      }
    }
    return Optional.empty();
  }

  /** The documented business rules' exceptions: broken the way each endpoint's rules say. */
  private Optional<Request> businessRule(Endpoint endpoint, String text, Fixture fixture, Request valid) {
    if (!text.contains("`BusinessRuleViolationException`")) {
      return Optional.empty();
    }
    if (endpoint.key().equals("POST /api/documents")) {
      return Optional.of(new Request("the owner already has a document with that title (BR-DOC-1)", "POST",
          valid.path(), fixture.owner(),
          "{\"title\": \"" + fixture.title() + "\", \"content\": \"again\", \"language\": \"en\"}"));
    }
    if (endpoint.method().equals("POST") && endpoint.path().endsWith("/shares")) {
      return Optional.of(new Request("the owner shares with themselves (BR-SHARE-2)", "POST", valid.path(),
          fixture.owner(), "{\"recipientEmail\": \"" + fixture.owner().email() + "\", \"permission\": \"VIEW\"}"));
    }
    if (endpoint.method().equals("PUT") || endpoint.method().equals("DELETE")) {
      return Optional.of(new Request("bob, not the owner, calls it", valid.method(), valid.path(), Caller.BOB,
          valid.body()));
    }
    return Optional.empty();
  }

  /** The request DocumentedStatusTest proves successful: path, query and example body from the summary. */
  private Request valid(Endpoint endpoint, Fixture fixture) {
    String body = endpoint.requestExample();
    if (body != null && endpoint.requestType() != null && endpoint.requestType().contains("Document")) {
      body = body.replaceAll("\"title\"\\s*:\\s*\"[^\"]*\"", "\"title\": \"Probe " + UUID.randomUUID() + "\"");
    }
    Caller caller = endpoint.security() != null && endpoint.security().contains("ADMIN") ? Caller.CAROL : fixture.owner();
    return new Request("as documented", endpoint.method(),
        fill(endpoint, fixture, Map.of()) + query(endpoint, fixture, Map.of()), caller, body);
  }

  private static String fill(Endpoint endpoint, Fixture fixture, Map<String, String> overrides) {
    StringBuilder path = new StringBuilder();
    Matcher variable = PATH_VARIABLE.matcher(endpoint.path());
    while (variable.find()) {
      String name = variable.group(1);
      String value = overrides.getOrDefault(name, switch (name) {
        case "id", "documentId" -> String.valueOf(fixture.documentId());
        case "shareId" -> String.valueOf(fixture.shareId());
        default -> "0";
      });
      variable.appendReplacement(path, value);
    }
    variable.appendTail(path);
    return path.toString();
  }

  /** Required query parameters with the fixture's values, optional ones with their default; an override of "" leaves one out. */
  private static String query(Endpoint endpoint, Fixture fixture, Map<String, String> overrides) {
    StringBuilder query = new StringBuilder();
    for (Parameter parameter : endpoint.parameters()) {
      if (!parameter.in().equals("query")) {
        continue;
      }
      String value = overrides.get(parameter.name());
      if (value == null) {
        value = parameter.required()
            ? switch (parameter.name()) {
              case "recipient", "recipientEmail" -> fixture.recipient();
              default -> "x";
            }
            : parameter.defaultValue();
      }
      if (value.isEmpty()) {
        continue;
      }
      query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    return query.toString();
  }

  private ApiClient.Reply send(Request request) {
    return api.send(request.method(), request.path(), request.caller(), request.body());
  }

  private Fixture fixture() {
    Caller owner = Caller.ALICE;
    String title = "Error check " + UUID.randomUUID();
    ApiClient.Reply document = api.post("/api/documents", owner, Map.of("title", title, "content", "fixture"));
    assertThat(document.status()).as("fixture document: %s", document.text()).isEqualTo(201);
    String recipient = newEmail("error-reader");
    ApiClient.Reply share = api.post("/api/documents/" + document.id() + "/shares", owner,
        Map.of("recipientEmail", recipient, "permission", "VIEW"));
    assertThat(share.status()).as("fixture share: %s", share.text()).isEqualTo(201);
    return new Fixture(owner, document.id(), title, share.id(), recipient);
  }

  private void archive(Fixture fixture) {
    ApiClient.Reply archived = api.put("/api/documents/" + fixture.documentId(), fixture.owner(),
        Map.of("title", fixture.title(), "content", "fixture", "language", "en", "status", "ARCHIVED"));
    assertThat(archived.status()).as("archiving the fixture: %s", archived.text()).isEqualTo(200);
  }
}
