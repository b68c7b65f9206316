package dev.featuredocs.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featuredocs.sample.SummaryEndpoints.Endpoint;
import dev.featuredocs.sample.SummaryEndpoints.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves the summary parser on literal Markdown in the processor's format, independently of what
 * the installed processor currently emits.
 */
class SummaryEndpointsTest {

  private static final String SUMMARY =
      """
      # Document Sharing - Backend Implementation

      #### GET /not/an/endpoint
      Headings of level four outside the section are not endpoints.

      ### API Endpoints Implemented

      #### POST /api/documents/{documentId}/shares
      **Purpose**: Shares a document with one recipient.\s\s
      **Handler**: `DocumentSharingController#share`\s\s
      **Security**: `@PreAuthorize("hasRole('USER')")`\s\s
      **Consumes**: `application/json`\s\s
      **Produces**: `application/json`\s\s

      **Parameters**:

      | Name | In | Type | Required | Default | Constraints | Description |
      |---|---|---|---|---|---|---|
      | `documentId` | path | `long` | yes |  |  | the document's id |
      | `status` | query | `DocumentStatus` | no | DRAFT | one of DRAFT \\| PUBLISHED | only documents in this status |

      **Request**: `ShareRequest`
      ```json
      {
        "recipientEmail": "user@example.com",
        "permission": "VIEW"
      }
      ```

      **Response**: `ShareResponse`
      ```json
      {
        "id": 1
      }
      ```

      **Status Codes**:
      - `201` — success (`ResponseEntity.created(…)`)
      - `400` — invalid request body (`@Valid`)
      - `401` — not authenticated
      - `403` — not authorised (`hasRole('USER')`)
      - `404` — `DocumentNotFoundException` (`ApiExceptionHandler#notFound`)

      #### DELETE /api/documents/{documentId}/shares/{shareId}
      **Purpose**: Revokes one share of a document.\s\s
      **Handler**: `DocumentSharingController#revoke`\s\s
      **Parameters**: _none_

      **Request**: _no body_

      **Response**: _no body_

      **Status Codes**:
      - `204` — success (`@ResponseStatus(NO_CONTENT)`)
      - `404` — not found

      ### Data Models

      #### GET /api/after/the/section
      **Parameters**: _none_
      """;

  @Test
  void parse_readsEveryEndpointOfTheSectionAndNothingOutsideIt() {
    List<Endpoint> endpoints = SummaryEndpoints.parse(SUMMARY, "sharing.md");

    assertThat(endpoints)
        .extracting(Endpoint::key)
        .containsExactly(
            "POST /api/documents/{documentId}/shares",
            "DELETE /api/documents/{documentId}/shares/{shareId}");
  }

  @Test
  void parse_readsTheFieldsOfAnEndpoint() {
    Endpoint share = SummaryEndpoints.parse(SUMMARY, "sharing.md").get(0);

    assertThat(share.source()).isEqualTo("sharing.md:8");
    assertThat(share.purpose()).isEqualTo("Shares a document with one recipient.");
    assertThat(share.handler()).isEqualTo("DocumentSharingController#share");
    assertThat(share.security()).isEqualTo("@PreAuthorize(\"hasRole('USER')\")");
    assertThat(share.consumes()).containsExactly("application/json");
    assertThat(share.produces()).containsExactly("application/json");
    assertThat(share.requestType()).isEqualTo("ShareRequest");
    assertThat(share.requestExample())
        .isEqualTo(
            """
            {
              "recipientEmail": "user@example.com",
              "permission": "VIEW"
            }
            """);
    assertThat(share.responseType()).isEqualTo("ShareResponse");
    assertThat(share.responseExample()).contains("\"id\": 1");
    assertThat(share.successStatus()).isEqualTo(201);
    assertThat(share.statuses()).extracting(s -> s.code()).containsExactly(201, 400, 401, 403, 404);
  }

  @Test
  void parse_readsTheParameterTableWithEmptyCellsAndEscapedPipes() {
    Endpoint share = SummaryEndpoints.parse(SUMMARY, "sharing.md").get(0);

    assertThat(share.parameters())
        .containsExactly(
            new Parameter("documentId", "path", "long", true, "", "", "the document's id"),
            new Parameter(
                "status",
                "query",
                "DocumentStatus",
                false,
                "DRAFT",
                "one of DRAFT | PUBLISHED",
                "only documents in this status"));
  }

  @Test
  void parse_readsNoneAndNoBody() {
    Endpoint revoke = SummaryEndpoints.parse(SUMMARY, "sharing.md").get(1);

    assertThat(revoke.parameters()).isEmpty();
    assertThat(revoke.requestType()).isNull();
    assertThat(revoke.requestExample()).isNull();
    assertThat(revoke.responseType()).isNull();
    assertThat(revoke.security()).isNull();
    assertThat(revoke.consumes()).isEmpty();
    assertThat(revoke.successStatus()).isEqualTo(204);
  }

  @Test
  void parse_aSummaryWithoutEndpoints_isEmpty() {
    String placeholder =
        """
        ### API Endpoints Implemented

        _Not derived from code yet: this version of featuredocs leaves this section empty._

        ### Data Models
        """;

    assertThat(SummaryEndpoints.parse(placeholder, "x.md")).isEmpty();
  }

  @Test
  void parse_twoSuccessStatuses_failsNamingFileAndLine() {
    String twoSuccesses =
        """
        ### API Endpoints Implemented

        #### GET /api/documents
        **Parameters**: _none_

        **Status Codes**:
        - `200` — success
        - `204` — success when empty
        """;

    assertThatThrownBy(() -> SummaryEndpoints.parse(twoSuccesses, "x.md"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x.md:3: #### GET /api/documents: expected exactly one 'success' status");
  }

  @Test
  void parse_requiredOtherThanYesOrNo_fails() {
    String badRequired =
        """
        ### API Endpoints Implemented

        #### GET /api/documents
        **Parameters**:

        | Name | In | Type | Required | Default | Constraints | Description |
        |---|---|---|---|---|---|---|
        | `status` | query | `DocumentStatus` | true |  |  |  |

        **Status Codes**:
        - `200` — success
        """;

    assertThatThrownBy(() -> SummaryEndpoints.parse(badRequired, "x.md"))
        .hasMessage("x.md:8: 'Required' must be yes or no, found: true");
  }

  @Test
  void parse_malformedEndpointHeading_fails() {
    String lowerCase =
        """
        ### API Endpoints Implemented

        #### get /api/documents
        """;

    assertThatThrownBy(() -> SummaryEndpoints.parse(lowerCase, "x.md"))
        .hasMessageStartingWith("x.md:3: expected an endpoint heading");
  }

  @Test
  void cells_splitOnUnescapedPipesOnly() {
    assertThat(SummaryEndpoints.cells("| `a` | b \\| c |  | d |"))
        .containsExactly("`a`", "b | c", "", "d");
  }
}
