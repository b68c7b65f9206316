package dev.featuredocs.sample;

import static dev.featuredocs.sample.ApiClient.newEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.featuredocs.sample.ApiClient.Caller;
import dev.featuredocs.sample.SummaryEndpoints.Endpoint;
import dev.featuredocs.sample.SummaryEndpoints.Parameter;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every documented endpoint, called the way its summary describes it, answers the documented
 * success status.
 *
 * <p>The status is checked with real requests, not against springdoc: springdoc reads the declared
 * return type, so it says {@code 200} for an endpoint that returns
 * {@code ResponseEntity.created(...)}, while the app answers {@code 201} and the summary must say
 * {@code 201}.
 *
 * <p>Each endpoint gets fresh data first: a document owned by alice, shared with a fresh recipient.
 * The request is built only from the summary: path variables filled with that data's ids, required
 * query parameters with a sensible value, optional ones with their documented default (else left
 * out), the documented JSON request example as body, and the credentials of a user allowed to
 * call it: alice, the owner, or carol when the Security line asks for role ADMIN. The example is
 * changed in one place only, {@link #satisfyBusinessRules}, and only where a business rule would
 * otherwise reject it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentedStatusTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

  @LocalServerPort private int port;
  @Autowired private InMemoryUserDetailsManager users;

  private ApiClient api;

  /** The data an endpoint's request refers to. */
  private record Fixture(Caller owner, long documentId, long shareId, String recipient) {}

  @BeforeEach
  void setUp() {
    api = new ApiClient(port, users);
  }

  @Test
  void everyDocumentedEndpoint_answersItsDocumentedSuccessStatus() throws IOException {
    List<Endpoint> documented = SummaryEndpoints.read(Path.of("docs/features"));
    assertThat(documented)
        .as("endpoints documented in docs/features/*.md (does the processor emit the"
            + " 'API Endpoints Implemented' section yet?)")
        .isNotEmpty();

    List<String> mismatches = check(documented);

    assertThat(mismatches)
        .as("documented success statuses the app does not answer:%n  %s",
            String.join(System.lineSeparator() + "  ", mismatches))
        .isEmpty();
  }

  /** Proves that {@link #check} fails when it should, on a deliberately wrong summary. */
  @Test
  void check_aWrongDocumentedStatus_reportsExactlyThatEndpoint() {
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
        - `201` — success
        - `404` — `DocumentNotFoundException`
        """;

    List<String> mismatches = check(SummaryEndpoints.parse(wrong, "wrong.md"));

    assertThat(mismatches)
        .containsExactly("GET /api/documents/{id}: summary says 201, the app answered 200");
  }

  /**
   * Proves that a right summary passes, including the adjustment for BR-DOC-1: both examples use
   * one title, which the first request gives alice, so the second must change it.
   */
  @Test
  void check_rightSummariesSharingOneTitle_reportNothing() {
    String title = "Quarterly report " + UUID.randomUUID();
    String right =
        """
        ### API Endpoints Implemented

        #### POST /api/documents
        **Security**: `@PreAuthorize("hasRole('USER')")`\s\s
        **Parameters**: _none_

        **Request**: `CreateDocumentRequest`
        ```json
        {"title": "%1$s", "content": "Numbers", "language": "en-GB"}
        ```

        **Response**: `DocumentResponse`

        **Status Codes**:
        - `201` — success (`ResponseEntity.created(…)`)

        #### PUT /api/documents/{id}
        **Parameters**:

        | Name | In | Type | Required | Default | Constraints | Description |
        |---|---|---|---|---|---|---|
        | `id` | path | `long` | yes |  |  | the document's id |

        **Request**: `UpdateDocumentRequest`
        ```json
        {"title": "%1$s", "content": "More", "language": "en", "status": "PUBLISHED"}
        ```

        **Response**: `DocumentResponse`

        **Status Codes**:
        - `200` — success
        """
            .formatted(title);

    assertThat(check(SummaryEndpoints.parse(right, "right.md"))).isEmpty();
  }

  /** Calls every endpoint as documented; one line per endpoint whose answer differs. */
  private List<String> check(List<Endpoint> endpoints) {
    List<String> mismatches = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      Fixture fixture = fixture();
      Caller caller = allowedCaller(endpoint, fixture);
      List<String> problems = new ArrayList<>();
      String path = path(endpoint, fixture, problems);
      String body = body(endpoint, fixture, caller, problems);
      if (!problems.isEmpty()) {
        problems.forEach(p -> mismatches.add(endpoint.key() + ": " + p));
        continue;
      }
      ApiClient.Reply reply = api.send(endpoint.method(), path, caller, body);
      if (reply.status() != endpoint.successStatus()) {
        mismatches.add(
            endpoint.key() + ": summary says " + endpoint.successStatus() + ", the app answered "
                + reply.status() + (reply.status() >= 400 ? " " + reply.text() : ""));
      }
    }
    return mismatches;
  }

  /** A fresh document of alice's, shared with a fresh recipient. */
  private Fixture fixture() {
    Caller owner = Caller.ALICE;
    ApiClient.Reply document =
        api.post(
            "/api/documents",
            owner,
            Map.of("title", "Status check " + UUID.randomUUID(), "content", "fixture"));
    assertThat(document.status()).as("fixture document: %s", document.text()).isEqualTo(201);
    String recipient = newEmail("status-reader");
    ApiClient.Reply share =
        api.post(
            "/api/documents/" + document.id() + "/shares",
            owner,
            Map.of("recipientEmail", recipient, "permission", "VIEW"));
    assertThat(share.status()).as("fixture share: %s", share.text()).isEqualTo(201);
    return new Fixture(owner, document.id(), share.id(), recipient);
  }

  /** Carol (USER and ADMIN) where the Security line asks for ADMIN; else the owner. */
  private static Caller allowedCaller(Endpoint endpoint, Fixture fixture) {
    return endpoint.security() != null && endpoint.security().contains("ADMIN")
        ? Caller.CAROL
        : fixture.owner();
  }

  /** The path with its variables filled, and the query built from the parameter table. */
  private static String path(Endpoint endpoint, Fixture fixture, List<String> problems) {
    StringBuilder path = new StringBuilder();
    Matcher variable = PATH_VARIABLE.matcher(endpoint.path());
    while (variable.find()) {
      String value = pathValue(variable.group(1), fixture);
      if (value == null) {
        problems.add("no test data for path variable {" + variable.group(1) + "}");
        value = "0";
      }
      variable.appendReplacement(path, value);
    }
    variable.appendTail(path);
    String separator = "?";
    for (Parameter parameter : endpoint.parameters()) {
      String value;
      if (parameter.in().equals("path")) {
        continue;
      } else if (!parameter.in().equals("query")) {
        if (parameter.required()) {
          problems.add("cannot send required " + parameter.in() + " parameter " + parameter.name());
        }
        continue;
      } else if (parameter.required()) {
        value = queryValue(parameter, fixture);
        if (value == null) {
          problems.add("no sensible value for required query parameter " + parameter.name());
          continue;
        }
      } else if (!parameter.defaultValue().isEmpty()) {
        value = parameter.defaultValue();
      } else {
        continue;
      }
      path.append(separator)
          .append(parameter.name())
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      separator = "&";
    }
    return path.toString();
  }

  private static String pathValue(String name, Fixture fixture) {
    return switch (name) {
      case "id", "documentId" -> String.valueOf(fixture.documentId());
      case "shareId" -> String.valueOf(fixture.shareId());
      default -> null;
    };
  }

  /** A value the app accepts for a required query parameter: the fixture's, by name or type. */
  private static String queryValue(Parameter parameter, Fixture fixture) {
    return switch (parameter.name()) {
      case "recipient", "recipientEmail" -> fixture.recipient();
      case "owner" -> fixture.owner().email();
      default ->
          switch (parameter.type()) {
            case "long", "Long", "int", "Integer" -> "1";
            case "boolean", "Boolean" -> "true";
            case "String" -> "x";
            case "DocumentStatus" -> "DRAFT";
            case "SharePermission" -> "VIEW";
            default -> null;
          };
    };
  }

  /** The documented request example, adjusted only where business rules require; or no body. */
  private String body(Endpoint endpoint, Fixture fixture, Caller caller, List<String> problems) {
    if (endpoint.requestType() == null) {
      return null;
    }
    if (endpoint.requestExample() == null) {
      problems.add("request body " + endpoint.requestType() + " has no JSON example to send");
      return null;
    }
    JsonNode example = JSON.readTree(endpoint.requestExample());
    if (example instanceof ObjectNode object) {
      satisfyBusinessRules(object, fixture, caller);
    }
    return JSON.writeValueAsString(example);
  }

  /**
   * The one place where the documented example is changed, and only where a business rule would
   * reject it for reasons that have nothing to do with the example being right:
   *
   * <ul>
   *   <li>BR-DOC-1, a title is unique among its owner's documents: every endpoint's run creates
   *       documents for alice in the application that all tests share, and the POST and PUT
   *       examples are likely to carry the same title, so the second use would be refused. When
   *       alice already has a document with the example's title, the title gets a unique suffix.
   *   <li>BR-SHARE-2 and BR-SHARE-3, no share with the owner and one share per recipient: when the
   *       example's recipient is the owner or the fixture's recipient, it is replaced by a fresh
   *       address.
   * </ul>
   */
  private void satisfyBusinessRules(ObjectNode example, Fixture fixture, Caller caller) {
    JsonNode title = example.get("title");
    if (title != null && title.isString() && ownsTitle(caller, title.asString())) {
      example.put("title", title.asString() + " " + UUID.randomUUID());
    }
    JsonNode recipient = example.get("recipientEmail");
    if (recipient != null
        && recipient.isString()
        && (recipient.asString().equalsIgnoreCase(fixture.owner().email())
            || recipient.asString().equalsIgnoreCase(fixture.recipient()))) {
      example.put("recipientEmail", newEmail("example-reader"));
    }
  }

  private boolean ownsTitle(Caller caller, String title) {
    String owner = URLEncoder.encode(caller.email(), StandardCharsets.UTF_8);
    ApiClient.Reply mine = api.get("/api/documents?owner=" + owner, caller);
    assertThat(mine.status()).as(mine.text()).isEqualTo(200);
    for (JsonNode document : mine.body()) {
      if (document.get("title").asString().equalsIgnoreCase(title.strip())) {
        return true;
      }
    }
    return false;
  }
}
