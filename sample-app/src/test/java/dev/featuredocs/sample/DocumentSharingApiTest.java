package dev.featuredocs.sample;

import static dev.featuredocs.sample.ApiClient.newEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.featuredocs.annotations.Verifies;
import dev.featuredocs.sample.ApiClient.Caller;
import dev.featuredocs.sample.sharing.DocumentSharingFeature;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Calls the sharing endpoints of the running app over HTTP: share, list, revoke and BR-SHARE rules.
 *
 * <p>The owner is a fresh user per test; recipients are fresh addresses that need no account.
 * Looking up what a recipient has received needs role ADMIN, so those calls sign in as carol.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentSharingApiTest {

  @LocalServerPort private int port;
  @Autowired private InMemoryUserDetailsManager users;

  private ApiClient api;
  private Caller owner;
  private long documentId;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port, users);
    owner = api.newUser("owner");
    ApiClient.Reply created =
        api.post("/api/documents", owner, Map.of("title", "Shared plan", "content", "..."));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    documentId = created.id();
  }

  private String shares() {
    return "/api/documents/" + documentId + "/shares";
  }

  private static Map<String, Object> shareTo(String recipient, String permission) {
    Map<String, Object> body = new HashMap<>();
    body.put("recipientEmail", recipient);
    body.put("permission", permission);
    return body;
  }

  @Test
  void shareDocument_returns201WithLocationAndBody() {
    String recipient = newEmail("reader");
    Map<String, Object> body = shareTo(recipient.toUpperCase(), "COMMENT");
    body.put("expiresAt", Instant.now().plus(Duration.ofDays(7)).toString());

    ApiClient.Reply reply = api.post(shares(), owner, body);

    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    assertThat(reply.location()).endsWith(shares() + "/" + reply.id());
    assertThat(reply.body().get("documentId").asLong()).isEqualTo(documentId);
    assertThat(reply.body().get("recipientEmail").asString()).isEqualTo(recipient);
    assertThat(reply.body().get("permission").asString()).isEqualTo("COMMENT");
    assertThat(reply.body().get("sharedBy").asString()).isEqualTo(owner.email());
    assertThat(reply.body().get("expiresAt").asString()).isNotBlank();
  }

  @Test
  void shareWithExpiryInThePast_returns400NamingExpiresAt() {
    Map<String, Object> body = shareTo(newEmail("reader"), "VIEW");
    body.put("expiresAt", Instant.now().minus(Duration.ofHours(1)).toString());

    ApiClient.Reply reply = api.post(shares(), owner, body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().get("fieldErrors").findValuesAsString("field"))
        .containsExactly("expiresAt");
  }

  @Test
  void shareWithInvalidEmailAndNoPermission_returns400NamingTheFields() {
    ApiClient.Reply reply = api.post(shares(), owner, shareTo("not-an-email", null));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().get("fieldErrors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("recipientEmail", "permission");
  }

  @Test
  void shareWithUnknownPermission_returns400() {
    assertThat(api.post(shares(), owner, shareTo(newEmail("reader"), "OWN")).status())
        .isEqualTo(400);
  }

  @Test
  void shareMissingDocument_returns404() {
    ApiClient.Reply reply =
        api.post("/api/documents/987654321/shares", owner, shareTo(newEmail("r"), "VIEW"));

    assertThat(reply.status()).isEqualTo(404);
  }

  @Test
  @Verifies(DocumentSharingFeature.Rules.BR_SHARE_1)
  void shareWithFiftyFirstRecipient_returns422WithBrShare1() {
    for (int i = 1; i <= 50; i++) {
      ApiClient.Reply ok = api.post(shares(), owner, shareTo(newEmail("reader" + i), "VIEW"));
      assertThat(ok.status()).as(ok.text()).isEqualTo(201);
    }

    ApiClient.Reply reply = api.post(shares(), owner, shareTo(newEmail("reader51"), "VIEW"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.ruleId()).isEqualTo("BR-SHARE-1");
    assertThat(api.get(shares(), owner).body().size()).isEqualTo(50);
  }

  @Test
  @Verifies(DocumentSharingFeature.Rules.BR_SHARE_2)
  void shareWithTheOwner_returns422WithBrShare2() {
    ApiClient.Reply reply = api.post(shares(), owner, shareTo(owner.email().toUpperCase(), "EDIT"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.ruleId()).isEqualTo("BR-SHARE-2");
  }

  @Test
  @Verifies(DocumentSharingFeature.Rules.BR_SHARE_3)
  void shareTwiceWithTheSameRecipient_returns422WithBrShare3() {
    String recipient = newEmail("reader");
    assertThat(api.post(shares(), owner, shareTo(recipient, "VIEW")).status()).isEqualTo(201);

    ApiClient.Reply reply = api.post(shares(), owner, shareTo(recipient, "EDIT"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.ruleId()).isEqualTo("BR-SHARE-3");
  }

  @Test
  @Verifies(DocumentSharingFeature.Rules.BR_SHARE_4)
  void shareArchivedDocument_returns422WithBrShare4() {
    Map<String, Object> archive =
        Map.of("title", "Shared plan", "content", "...", "language", "en", "status", "ARCHIVED");
    assertThat(api.put("/api/documents/" + documentId, owner, archive).status()).isEqualTo(200);

    ApiClient.Reply reply = api.post(shares(), owner, shareTo(newEmail("reader"), "VIEW"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.ruleId()).isEqualTo("BR-SHARE-4");
  }

  @Test
  @Verifies(DocumentSharingFeature.Rules.BR_SHARE_5)
  void shareByNonOwner_returns422WithBrShare5() {
    ApiClient.Reply reply =
        api.post(shares(), api.newUser("intruder"), shareTo(newEmail("reader"), "VIEW"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.ruleId()).isEqualTo("BR-SHARE-5");
  }

  @Test
  @Verifies(DocumentSharingFeature.Rules.BR_SHARE_5)
  void revokeShareByNonOwner_returns422WithBrShare5() {
    long shareId = api.post(shares(), owner, shareTo(newEmail("reader"), "VIEW")).id();

    ApiClient.Reply reply = api.delete(shares() + "/" + shareId, api.newUser("intruder"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.ruleId()).isEqualTo("BR-SHARE-5");
  }

  @Test
  void listShares_returnsTheDocumentsSharesOldestFirst() {
    String first = newEmail("first");
    String second = newEmail("second");
    api.post(shares(), owner, shareTo(first, "VIEW"));
    api.post(shares(), owner, shareTo(second, "EDIT"));

    ApiClient.Reply reply = api.get(shares(), owner);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().findValuesAsString("recipientEmail")).containsExactly(first, second);
  }

  @Test
  void listSharesOfMissingDocument_returns404() {
    assertThat(api.get("/api/documents/987654321/shares", owner).status()).isEqualTo(404);
  }

  @Test
  void sharesReceivedByRecipient_returnsTheirShares() {
    String recipient = newEmail("reader");
    api.post(shares(), owner, shareTo(recipient, "VIEW"));

    ApiClient.Reply reply =
        api.get("/api/shares?recipient=" + recipient.toUpperCase(), Caller.CAROL);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().findValuesAsString("documentId"))
        .containsExactly(String.valueOf(documentId));
  }

  @Test
  void sharesReceivedWithoutRecipient_returns400() {
    assertThat(api.get("/api/shares", Caller.CAROL).status()).isEqualTo(400);
  }

  @Test
  void revokeShare_returns204AndTheShareIsGone() {
    long shareId = api.post(shares(), owner, shareTo(newEmail("reader"), "VIEW")).id();

    ApiClient.Reply reply = api.delete(shares() + "/" + shareId, owner);

    assertThat(reply.status()).isEqualTo(204);
    assertThat(api.get(shares(), owner).body().size()).isZero();
    assertThat(api.delete(shares() + "/" + shareId, owner).status()).isEqualTo(404);
  }

  @Test
  void deleteDocument_removesItsShares() {
    String recipient = newEmail("reader");
    api.post(shares(), owner, shareTo(recipient, "VIEW"));

    assertThat(api.delete("/api/documents/" + documentId, owner).status()).isEqualTo(204);

    assertThat(api.get("/api/shares?recipient=" + recipient, Caller.CAROL).body().size())
        .isZero();
  }
}
