package dev.featuredocs.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featuredocs.sample.documents.DocumentManagementFeature;
import dev.featuredocs.sample.sharing.DocumentSharingFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * {@code GET /docs/features/{slug}} on the running app serves the committed summary, Testing &amp;
 * Validation included: the tests, their scenarios and which of them verify each business rule, as
 * the test compile wrote them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeatureDocsEndpointTest {

  @LocalServerPort private int port;
  @Autowired private InMemoryUserDetailsManager users;

  private ApiClient.Reply get(String slug) {
    return new ApiClient(port, users).get("/docs/features/" + slug, ApiClient.Caller.ALICE);
  }

  private static String committed(String slug) throws IOException {
    return Files.readString(Path.of("docs/features", slug + ".md"), StandardCharsets.UTF_8);
  }

  @Test
  void sharingSummary_isTheCommittedOneWithItsTestsAndRuleCoverage() throws IOException {
    ApiClient.Reply reply = get(DocumentSharingFeature.SLUG);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type")).hasValue("text/markdown;charset=UTF-8");
    assertThat(reply.text()).isEqualTo(committed(DocumentSharingFeature.SLUG));
    assertThat(reply.text())
        .startsWith("# Document Sharing - Backend Implementation")
        .contains("- `src/test/java/dev/featuredocs/sample/DocumentSharingApiTest.java`")
        .contains("  - Share with fifty first recipient: returns 422 with br share 1 — verifies **BR-SHARE-1**")
        .contains("| 1 | **BR-SHARE-1**: A document is shared with at most 50 people. |"
            + " `DocumentSharingApiTest#shareWithFiftyFirstRecipient_returns422WithBrShare1` |")
        .contains("**5/5 business rules verified by a test.**")
        .contains("- **FeatureDocsEndpointTest**\n  - Sharing summary: is the committed one with its tests and rule coverage");
  }

  @Test
  void managementSummary_coversEveryDocumentRule() throws IOException {
    ApiClient.Reply reply = get(DocumentManagementFeature.SLUG);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.text()).isEqualTo(committed(DocumentManagementFeature.SLUG));
    assertThat(reply.text())
        .contains("`DocumentApiTest#moveDocumentStatusBackwards_returns422WithBrDoc4`")
        .contains("**4/4 business rules verified by a test.**")
        .contains("- [x] **Business rules verified by a test**: 4/4 business rules verified by a test\n");
  }

  @Test
  void unknownSlug_returns404() {
    assertThat(get("no-such-feature").status()).isEqualTo(404);
  }

  @Test
  void withoutCredentials_returns401() {
    ApiClient.Reply reply =
        new ApiClient(port, users).get("/docs/features/" + DocumentSharingFeature.SLUG, null);
    assertThat(reply.status()).isEqualTo(401);
  }
}
