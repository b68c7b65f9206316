package dev.featuredocs.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The processor's {@code docs/features/openapi.json} is a valid OpenAPI 3.1 document, and says what
 * springdoc's {@code /v3/api-docs} of the running application says, where both know: the same
 * operations, parameters, request and response bodies, and every status springdoc lists. Where
 * ours is more precise, {@link #ACCEPTED} names each difference and why; each must still occur, so
 * the list cannot outlive the differences it excuses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiTruthTest {
  static final Path DOCUMENT = Path.of("docs/features/openapi.json");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Each difference from springdoc that is ours being more precise, with the reason. */
  static final Map<String, String> ACCEPTED = accepted();

  @LocalServerPort private int port;
  @Autowired private InMemoryUserDetailsManager users;

  private static Map<String, String> accepted() {
    Map<String, String> accepted = new TreeMap<>();
    String created = "ResponseEntity.created(…) answers 201; springdoc, which does not read the handler's body,"
        + " assumes 200";
    accepted.put("POST /api/documents: status 200: ours answers 201 instead", created);
    accepted.put("POST /api/documents/{documentId}/shares: status 200: ours answers 201 instead", created);

    // springdoc puts every status of the @RestControllerAdvice on every operation; ours lists the
    // exceptions each handler's calls can throw (DocumentedStatusTest provokes each one over HTTP)
    String notThrown = "springdoc lists every @ExceptionHandler status of the advice on every operation; nothing"
        + " this handler calls throws the exception behind it";
    for (String operation : List.of("GET /api/documents", "GET /api/documents/{documentId}/shares",
        "GET /api/documents/{id}", "GET /api/shares", "GET /api/documents/mine", "GET /api/documents/{id}/export",
        "GET /api/documents/{id}/export/latest")) {
      accepted.put(operation + ": status 422: in springdoc, not in ours", notThrown);
    }
    for (String operation : List.of("GET /api/documents", "GET /api/shares", "POST /api/documents",
        "GET /api/documents/mine", "GET /api/documents/{id}/export/latest")) {
      accepted.put(operation + ": status 404: in springdoc, not in ours", notThrown);
    }

    accepted.put("GET /api/documents/{id}/export/latest: status 200: in springdoc, not in ours",
        "the handler answers ResponseEntity.status(FOUND) with a Location: ours documents 302; springdoc, which"
            + " does not read the handler's body, assumes 200");
    accepted.put("GET /api/links/documents/{id}: in ours, not in springdoc",
        "a @Controller handler that returns a \"redirect:\" view name answers 302 with a Location: ours documents"
            + " it as an endpoint; springdoc leaves view-returning handlers out of the API");
    accepted.put("GET /api/documents/mine: status 400: in springdoc, not in ours",
        "a page, size or sort that does not parse falls back to the @PageableDefault (Spring Data's"
            + " PageableHandlerMethodArgumentResolver), so the endpoint has no parameter that answers 400;"
            + " springdoc lists the advice's 400 on every operation");

    // a primitive component is always written (Jackson writes 0, never omits it): ours marks it required
    String primitive = "a primitive long is always in the JSON, so ours lists it as required; springdoc lists"
        + " no required property of a response";
    accepted.put("GET /api/documents: status 200: required: ours [id], springdoc []", primitive);
    accepted.put("GET /api/documents/{id}: status 200: required: ours [id], springdoc []", primitive);
    accepted.put("PUT /api/documents/{id}: status 200: required: ours [id], springdoc []", primitive);
    accepted.put("POST /api/documents: status 200/201: required: ours [id], springdoc []", primitive);
    accepted.put("GET /api/documents/{documentId}/shares: status 200: required: ours [documentId, id],"
        + " springdoc []", primitive);
    accepted.put("GET /api/shares: status 200: required: ours [documentId, id], springdoc []", primitive);
    accepted.put("GET /api/documents/mine: status 200: required: ours [page, size, totalElements, totalPages],"
        + " springdoc []", "primitive int components are always in the JSON, so ours lists them as required;"
        + " springdoc lists no required property of a response");
    accepted.put("GET /api/documents/{id}/export: status 200: required: ours [documentId], springdoc []", primitive);
    accepted.put("POST /api/documents/{documentId}/shares: status 200/201: required: ours [documentId, id],"
        + " springdoc []", primitive);
    // the ErrorResponse of every error status springdoc lists: its primitive int status is always written
    String errorStatus = "ErrorResponse's primitive int status is always in the JSON (@JsonInclude(NON_EMPTY) leaves"
        + " out empty values, and 0 is not one for a primitive), so ours lists it as required; springdoc lists no"
        + " required property of a response";
    Map<String, List<String>> errorCodes = new TreeMap<>();
    errorCodes.put("DELETE /api/documents/{documentId}/shares/{shareId}", List.of("400", "403", "404", "422"));
    errorCodes.put("DELETE /api/documents/{id}", List.of("400", "403", "404", "422"));
    errorCodes.put("GET /api/documents", List.of("400", "403"));
    errorCodes.put("GET /api/documents/mine", List.of("403"));
    errorCodes.put("GET /api/documents/{documentId}/shares", List.of("400", "403", "404"));
    errorCodes.put("GET /api/documents/{id}", List.of("400", "403", "404"));
    errorCodes.put("GET /api/documents/{id}/export", List.of("400", "403", "404"));
    errorCodes.put("GET /api/documents/{id}/export/latest", List.of("400", "403"));
    errorCodes.put("GET /api/shares", List.of("400", "403"));
    errorCodes.put("POST /api/documents", List.of("400", "403", "422"));
    errorCodes.put("POST /api/documents/{documentId}/shares", List.of("400", "403", "404", "422"));
    errorCodes.put("PUT /api/documents/{id}", List.of("400", "403", "404", "422"));
    errorCodes.forEach((operation, codes) -> codes.forEach(code ->
        accepted.put(operation + ": status " + code + ": required: ours [status], springdoc []", errorStatus)));
    return accepted;
  }

  /**
   * Where ours knows less than springdoc, named so that the gap is visible and closes loudly.
   */
  static final List<String> KNOWN_GAPS = knownGaps();

  private static List<String> knownGaps() {
    List<String> gaps = new ArrayList<>();
    // Spring Data binds every sort=… of the query (sort=title,asc&sort=createdAt,desc): springdoc writes an
    // array; ours documents the parameter once, as a string
    gaps.add("GET /api/documents/mine: parameter: ours sort in=query required=false type=string, springdoc sort"
        + " in=query required=false type=array of string");
    return gaps;
  }

  @Test
  void document_isValidOpenApi31WhoseReferencesAllResolve() throws IOException {
    String text = Files.readString(DOCUMENT, StandardCharsets.UTF_8);

    SwaggerParseResult result = parse(text);

    assertThat(result.getMessages()).as("Swagger Parser's findings on %s", DOCUMENT).isEmpty();
    assertThat(result.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
    assertThat(result.getOpenAPI().getPaths()).hasSize(9);
    assertThat(unresolvedReferences(JSON.readTree(text))).isEmpty();
  }

  @Test
  void validator_reportsWhatBreaksTheSpecification() throws IOException {
    // the same document with a parameter in a place OpenAPI does not know, and a dangling reference
    String broken = Files.readString(DOCUMENT, StandardCharsets.UTF_8)
        .replaceFirst("\"in\": \"query\"", "\"in\": \"body\"")
        .replaceFirst("\"#/components/schemas/ShareRequest\"", "\"#/components/schemas/NoSuchModel\"");

    assertThat(parse(broken).getMessages()).isNotEmpty();
    assertThat(unresolvedReferences(JSON.readTree(broken))).containsExactly("#/components/schemas/NoSuchModel");
  }

  @Test
  void document_saysWhatSpringdocSaysWhereBothKnow() throws IOException {
    ApiClient.Reply apiDocs = new ApiClient(port, users).get("/v3/api-docs", null);
    assertThat(apiDocs.status()).as(apiDocs.text()).isEqualTo(200);
    JsonNode ours = JSON.readTree(Files.readString(DOCUMENT, StandardCharsets.UTF_8));

    List<String> differences = OpenApiParity.compare(ours, apiDocs.body());

    List<String> unexplained =
        differences.stream().filter(d -> !ACCEPTED.containsKey(d) && !KNOWN_GAPS.contains(d)).toList();
    assertThat(unexplained)
        .as("openapi.json and springdoc's /v3/api-docs disagree:%n  %s", String.join("\n  ", unexplained))
        .isEmpty();
    assertThat(differences).as("accepted differences that no longer occur").containsAll(ACCEPTED.keySet());
    assertThat(differences).as("known gaps that are closed now: remove them from KNOWN_GAPS").containsAll(KNOWN_GAPS);
  }

  private static SwaggerParseResult parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(text, null, options);
  }

  /** Every local {@code $ref} that points nowhere in the document. */
  static List<String> unresolvedReferences(JsonNode document) {
    List<String> unresolved = new ArrayList<>();
    collect(document, document, unresolved);
    return unresolved;
  }

  private static void collect(JsonNode document, JsonNode node, List<String> unresolved) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isString()
          && (!ref.asString().startsWith("#/") || document.at(ref.asString().substring(1)).isMissingNode())) {
        unresolved.add(ref.asString());
      }
      node.properties().forEach(e -> collect(document, e.getValue(), unresolved));
    } else if (node.isArray()) {
      node.forEach(item -> collect(document, item, unresolved));
    }
  }
}
