package dev.featuredocs.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featuredocs.annotations.Verifies;
import dev.featuredocs.sample.ApiClient.Caller;
import dev.featuredocs.sample.documents.DocumentManagementFeature;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import tools.jackson.databind.JsonNode;

/**
 * Calls the document endpoints of the running app over HTTP: CRUD, validation and BR-DOC rules.
 *
 * <p>Each test signs in as a fresh user of its own, so tests sharing the application never see
 * each other's documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentApiTest {

  @LocalServerPort private int port;
  @Autowired private InMemoryUserDetailsManager users;

  private ApiClient api;
  private Caller owner;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port, users);
    owner = api.newUser("owner");
  }

  private ApiClient.Reply create(Caller user, String title) {
    ApiClient.Reply reply =
        api.post("/api/documents", user, Map.of("title", title, "content", "Body of " + title));
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return reply;
  }

  private static Map<String, Object> update(String title, String status) {
    return Map.of("title", title, "content", "new body", "language", "en-GB", "status", status);
  }

  @Test
  void createDocument_returns201WithLocationAndBody() {
    // Signing in with the user name in capitals still makes the canonical lower-case address the
    // owner.
    ApiClient.Reply reply =
        api.post(
            "/api/documents",
            owner.signingInAs(owner.email().toUpperCase()),
            Map.of("title", "  Quarterly report ", "content", "Numbers", "language", "en-GB"));

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.location()).endsWith("/api/documents/" + reply.id());
    assertThat(reply.body().get("title").asString()).isEqualTo("Quarterly report");
    assertThat(reply.body().get("content").asString()).isEqualTo("Numbers");
    assertThat(reply.body().get("language").asString()).isEqualTo("en-GB");
    assertThat(reply.body().get("owner").asString()).isEqualTo(owner.email());
    assertThat(reply.body().get("status").asString()).isEqualTo("DRAFT");
    assertThat(reply.body().get("createdAt").asString()).isNotBlank();
  }

  @Test
  void createDocumentWithInvalidBody_returns400NamingTheFields() {
    ApiClient.Reply reply =
        api.post(
            "/api/documents",
            owner,
            Map.of("title", " ", "content", "x", "language", "english"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().get("fieldErrors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("title", "language");
  }

  @Test
  void createDocumentWithoutCredentials_returns401AndCreatesNothing() {
    ApiClient.Reply reply =
        api.post("/api/documents", null, Map.of("title", "Anonymous", "content", ""));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body().get("status").asInt()).isEqualTo(401);
    assertThat(api.get("/api/documents?owner=" + owner.email(), owner).body().size()).isZero();
  }

  @Test
  void getDocument_returns200WithTheDocument() {
    long id = create(owner, "Readable").id();

    ApiClient.Reply reply = api.get("/api/documents/" + id, owner);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().get("title").asString()).isEqualTo("Readable");
  }

  @Test
  void getMissingDocument_returns404() {
    ApiClient.Reply reply = api.get("/api/documents/987654321", owner);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.body().get("message").asString()).contains("987654321");
  }

  @Test
  void listDocuments_filtersByOwnerAndStatus() {
    long draft = create(owner, "Draft one").id();
    long published = create(owner, "Published one").id();
    api.put("/api/documents/" + published, owner, update("Published one", "PUBLISHED"));
    create(api.newUser("someone-else"), "Not mine");

    ApiClient.Reply mine = api.get("/api/documents?owner=" + owner.email(), owner);
    ApiClient.Reply minePublished =
        api.get("/api/documents?owner=" + owner.email() + "&status=PUBLISHED", owner);

    assertThat(mine.status()).isEqualTo(200);
    assertThat(ids(mine.body())).containsExactlyInAnyOrder(draft, published);
    assertThat(ids(minePublished.body())).containsExactly(published);
  }

  @Test
  void listDocumentsWithUnknownStatus_returns400() {
    assertThat(api.get("/api/documents?status=LOST", owner).status()).isEqualTo(400);
  }

  @Test
  void updateDocument_returns200WithTheNewValues() {
    long id = create(owner, "Before").id();

    ApiClient.Reply reply = api.put("/api/documents/" + id, owner, update("After", "PUBLISHED"));

    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.body().get("title").asString()).isEqualTo("After");
    assertThat(reply.body().get("status").asString()).isEqualTo("PUBLISHED");
    assertThat(api.get("/api/documents/" + id, owner).body().get("title").asString())
        .isEqualTo("After");
  }

  @Test
  void deleteDocument_returns204AndTheDocumentIsGone() {
    long id = create(owner, "Short-lived").id();

    ApiClient.Reply reply = api.delete("/api/documents/" + id, owner);

    assertThat(reply.status()).isEqualTo(204);
    assertThat(api.get("/api/documents/" + id, owner).status()).isEqualTo(404);
  }

  @Test
  @Verifies(DocumentManagementFeature.Rules.BR_DOC_1)
  void createDocumentWithTitleTheOwnerAlreadyUses_returns422WithBrDoc1() {
    create(owner, "Roadmap");

    ApiClient.Reply sameOwner =
        api.post("/api/documents", owner, Map.of("title", "ROADMAP", "content", ""));
    ApiClient.Reply otherOwner =
        api.post("/api/documents", api.newUser("other"), Map.of("title", "Roadmap", "content", ""));

    assertThat(sameOwner.status()).isEqualTo(422);
    assertThat(sameOwner.ruleId()).isEqualTo("BR-DOC-1");
    assertThat(otherOwner.status()).isEqualTo(201);
  }

  @Test
  @Verifies(DocumentManagementFeature.Rules.BR_DOC_1)
  void renameDocumentToTitleTheOwnerAlreadyUses_returns422WithBrDoc1() {
    create(owner, "Taken");
    long id = create(owner, "Free").id();

    ApiClient.Reply reply = api.put("/api/documents/" + id, owner, update("taken", "DRAFT"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.ruleId()).isEqualTo("BR-DOC-1");
  }

  @Test
  @Verifies(DocumentManagementFeature.Rules.BR_DOC_2)
  void updateArchivedDocument_returns422WithBrDoc2() {
    long id = create(owner, "Old").id();
    assertThat(api.put("/api/documents/" + id, owner, update("Old", "ARCHIVED")).status())
        .isEqualTo(200);

    ApiClient.Reply reply = api.put("/api/documents/" + id, owner, update("Old", "ARCHIVED"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.ruleId()).isEqualTo("BR-DOC-2");
  }

  @Test
  @Verifies(DocumentManagementFeature.Rules.BR_DOC_3)
  void updateDocumentByNonOwner_returns422WithBrDoc3() {
    long id = create(owner, "Guarded").id();

    ApiClient.Reply reply =
        api.put("/api/documents/" + id, api.newUser("intruder"), update("Mine now", "DRAFT"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.ruleId()).isEqualTo("BR-DOC-3");
  }

  @Test
  @Verifies(DocumentManagementFeature.Rules.BR_DOC_3)
  void deleteDocumentByNonOwner_returns422WithBrDoc3() {
    long id = create(owner, "Keep me").id();

    ApiClient.Reply reply = api.delete("/api/documents/" + id, api.newUser("intruder"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.ruleId()).isEqualTo("BR-DOC-3");
    assertThat(api.get("/api/documents/" + id, owner).status()).isEqualTo(200);
  }

  @Test
  @Verifies(DocumentManagementFeature.Rules.BR_DOC_4)
  void moveDocumentStatusBackwards_returns422WithBrDoc4() {
    long id = create(owner, "Released").id();
    api.put("/api/documents/" + id, owner, update("Released", "PUBLISHED"));

    ApiClient.Reply reply = api.put("/api/documents/" + id, owner, update("Released", "DRAFT"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.ruleId()).isEqualTo("BR-DOC-4");
  }

  private static Iterable<Long> ids(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asLong()).toList();
  }
}
