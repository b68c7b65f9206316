package dev.featuredocs.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proves that {@link EndpointParity}, the comparison behind {@link EndpointParityTest}, fails when
 * it should: a deliberately wrong summary, held against a literal OpenAPI document, yields exactly
 * the one difference it contains.
 */
class EndpointParityCheckTest {

  /** Two operations, shaped as springdoc writes them (optional parameters omit "required"). */
  private static final String OPEN_API =
      """
      {
        "openapi": "3.1.0",
        "paths": {
          "/api/documents": {
            "get": {
              "operationId": "list",
              "parameters": [
                {"name": "owner", "in": "query", "schema": {"type": "string"}},
                {"name": "status", "in": "query", "schema": {"type": "string"}}
              ]
            }
          },
          "/api/documents/{id}": {
            "get": {
              "operationId": "get",
              "parameters": [
                {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}
              ]
            },
            "delete": {
              "operationId": "delete",
              "parameters": [
                {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}
              ]
            }
          }
        }
      }
      """;

  private static final String GET_ONE =
      """
      #### GET /api/documents/{id}
      **Parameters**:

      | Name | In | Type | Required | Default | Constraints | Description |
      |---|---|---|---|---|---|---|
      | `id` | path | `long` | yes |  |  | the document's id |

      **Request**: _no body_

      **Response**: `DocumentResponse`

      **Status Codes**:
      - `200` — success
      """;

  private static final String DELETE_ONE =
      """
      #### DELETE /api/documents/{id}
      **Parameters**:

      | Name | In | Type | Required | Default | Constraints | Description |
      |---|---|---|---|---|---|---|
      | `id` | path | `long` | yes |  |  | the document's id |

      **Request**: _no body_

      **Response**: _no body_

      **Status Codes**:
      - `204` — success
      """;

  private static String list(String statusRequired) {
    return """
        #### GET /api/documents
        **Parameters**:

        | Name | In | Type | Required | Default | Constraints | Description |
        |---|---|---|---|---|---|---|
        | `owner` | query | `String` | no |  |  | only this owner's documents |
        | `status` | query | `DocumentStatus` | %s |  |  | only documents in this status |

        **Request**: _no body_

        **Response**: `List<DocumentResponse>`

        **Status Codes**:
        - `200` — success
        """
        .formatted(statusRequired);
  }

  private static List<String> compare(String... endpointSections) {
    String markdown =
        "### API Endpoints Implemented\n\n"
            + String.join("\n", endpointSections)
            + "\n### Data Models\n";
    JsonNode openApi = JsonMapper.builder().build().readTree(OPEN_API);
    return EndpointParity.compare(openApi, SummaryEndpoints.parse(markdown, "literal.md"));
  }

  @Test
  void compare_aCorrectSummary_reportsNothing() {
    assertThat(compare(list("no"), GET_ONE, DELETE_ONE)).isEmpty();
  }

  @Test
  void compare_aSummaryMissingAnEndpoint_reportsExactlyThatEndpoint() {
    assertThat(compare(list("no"), GET_ONE))
        .containsExactly("DELETE /api/documents/{id}: in springdoc, missing from the summaries");
  }

  @Test
  void compare_aWrongRequiredFlag_reportsExactlyThatParameter() {
    assertThat(compare(list("yes"), GET_ONE, DELETE_ONE))
        .containsExactly(
            "GET /api/documents: parameter status: summary says required=yes,"
                + " springdoc says required=false");
  }

  @Test
  void compare_anEndpointSpringdocDoesNotKnow_isReported() {
    String extra = GET_ONE.replace("GET /api/documents/{id}", "PATCH /api/documents/{id}");

    assertThat(compare(list("no"), GET_ONE, DELETE_ONE, extra))
        .containsExactly(
            "PATCH /api/documents/{id}: in the summaries (literal.md:46), not in springdoc");
  }
}
