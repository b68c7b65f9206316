package dev.featuredocs.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featuredocs.sample.ApiClient.Caller;
import dev.featuredocs.sample.documents.DocumentResponse;
import dev.featuredocs.sample.documents.DocumentService;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The caching the Document Management summary lists: {@code DocumentService#get} fills cache
 * {@code documents} by id, {@code update} and {@code delete} evict that entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentCacheTest {
  @LocalServerPort private int port;
  @Autowired private InMemoryUserDetailsManager users;
  @Autowired private CacheManager caches;

  private ApiClient api;
  private Caller owner;
  private long id;
  private Cache cache;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port, users);
    owner = api.newUser("cached-owner");
    id = api.post("/api/documents", owner, Map.of("title", "Cached", "content", "v1")).id();
    cache = caches.getCache(DocumentService.DOCUMENT_CACHE);
  }

  @Test
  void get_cachesTheDocumentByItsId() {
    assertThat(cache.get(id)).as("not read yet").isNull();

    assertThat(api.get("/api/documents/" + id, owner).status()).isEqualTo(200);

    assertThat(cache.get(id, DocumentResponse.class)).isNotNull()
        .extracting(DocumentResponse::content).isEqualTo("v1");
  }

  @Test
  void update_evictsTheEntrySoTheNextGetReadsTheNewContent() {
    api.get("/api/documents/" + id, owner);

    ApiClient.Reply updated = api.put("/api/documents/" + id, owner,
        Map.of("title", "Cached", "content", "v2", "language", "en", "status", "DRAFT"));

    assertThat(updated.status()).as(updated.text()).isEqualTo(200);
    assertThat(cache.get(id)).as("evicted").isNull();
    assertThat(api.get("/api/documents/" + id, owner).body().get("content").asString()).isEqualTo("v2");
  }

  @Test
  void delete_evictsTheEntry() {
    api.get("/api/documents/" + id, owner);

    assertThat(api.delete("/api/documents/" + id, owner).status()).isEqualTo(204);

    assertThat(cache.get(id)).as("evicted").isNull();
    assertThat(api.get("/api/documents/" + id, owner).status()).isEqualTo(404);
  }
}
