package dev.featuredocs.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featuredocs.sample.ApiClient.Caller;
import dev.featuredocs.sample.documents.Document;
import dev.featuredocs.sample.documents.DocumentService;
import dev.featuredocs.sample.sharing.DocumentShare;
import dev.featuredocs.sample.sharing.DocumentShareRepository;
import dev.featuredocs.sample.sharing.DocumentSharingService;
import dev.featuredocs.sample.sharing.api.SharePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The nightly purge ({@code DocumentSharingService#purgeExpired}, through the derived
 * {@code deleteByExpiresAtBefore} the summary flags as unindexed) deletes expired shares only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExpiredSharePurgeTest {
  @LocalServerPort private int port;
  @Autowired private InMemoryUserDetailsManager users;
  @Autowired private DocumentService documents;
  @Autowired private DocumentShareRepository shares;
  @Autowired private DocumentSharingService sharing;

  @Test
  void purgeExpired_deletesExpiredSharesAndKeepsTheOthers() {
    ApiClient api = new ApiClient(port, users);
    Caller owner = api.newUser("purging-owner");
    long documentId = api.post("/api/documents", owner, Map.of("title", "Purged", "content", "...")).id();
    Document document = documents.require(documentId);
    Instant now = Instant.now();
    DocumentShare expired = shares.save(new DocumentShare(document, ApiClient.newEmail("expired"),
        SharePermission.VIEW, owner.email(), now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(2))));
    DocumentShare current = shares.save(new DocumentShare(document, ApiClient.newEmail("current"),
        SharePermission.VIEW, owner.email(), now, now.plus(Duration.ofDays(2))));
    DocumentShare forever = shares.save(new DocumentShare(document, ApiClient.newEmail("forever"),
        SharePermission.VIEW, owner.email(), now, null));

    long deleted = sharing.purgeExpired();

    assertThat(deleted).isGreaterThanOrEqualTo(1);
    assertThat(shares.findById(expired.getId())).isEmpty();
    assertThat(shares.findById(current.getId())).isPresent();
    assertThat(shares.findById(forever.getId())).isPresent();
  }
}
