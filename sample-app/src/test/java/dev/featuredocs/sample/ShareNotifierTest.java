package dev.featuredocs.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.featuredocs.sample.ApiClient.Caller;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The external API the sharing summary lists ({@code RestClient ShareNotifier.http}): with
 * {@code sharing.notifications.base-url} set, a share posts one event to {@code /share-events}. The
 * notification service is a local stub on a free port, so no network is needed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShareNotifierTest {
  private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
  private static final HttpServer STUB = start();

  @LocalServerPort private int port;
  @Autowired private InMemoryUserDetailsManager users;

  private static HttpServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/share-events", exchange -> {
        RECEIVED.add(exchange.getRequestMethod() + " "
            + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(202, -1);
        exchange.close();
      });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void notificationService(DynamicPropertyRegistry registry) {
    registry.add("sharing.notifications.base-url", () -> "http://localhost:" + STUB.getAddress().getPort());
  }

  @AfterAll
  static void stop() {
    STUB.stop(0);
  }

  @Test
  void share_postsOneEventToTheConfiguredNotificationService() {
    ApiClient api = new ApiClient(port, users);
    Caller owner = api.newUser("notifying-owner");
    long documentId = api.post("/api/documents", owner, Map.of("title", "Notified plan", "content", "...")).id();
    String recipient = ApiClient.newEmail("notified");

    ApiClient.Reply shared = api.post("/api/documents/" + documentId + "/shares", owner,
        Map.of("recipientEmail", recipient, "permission", "VIEW"));

    assertThat(shared.status()).as(shared.text()).isEqualTo(201);
    assertThat(RECEIVED).hasSize(1);
    assertThat(RECEIVED.get(0)).startsWith("POST ");
    JsonNode event = AppJson.MAPPER.readTree(RECEIVED.get(0).substring("POST ".length()));
    assertThat(event.get("documentId").asLong()).isEqualTo(documentId);
    assertThat(event.get("recipientEmail").asString()).isEqualTo(recipient);
    assertThat(event.get("permission").asString()).isEqualTo("VIEW");
  }
}
