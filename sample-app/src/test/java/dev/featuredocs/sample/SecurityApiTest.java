package dev.featuredocs.sample;

import static dev.featuredocs.sample.ApiClient.newEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.featuredocs.sample.ApiClient.Caller;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Calls the running app over HTTP with and without credentials: 401 without them, 403 for a USER on
 * the ADMIN endpoint, 200 for an ADMIN, and the public API description.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityApiTest {

  private static final String SHARES_RECEIVED = "/api/shares?recipient=";

  @LocalServerPort private int port;
  @Autowired private InMemoryUserDetailsManager users;

  private ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port, users);
  }

  @Test
  void requestWithoutCredentials_returns401WithBasicChallengeAndJsonBody() {
    ApiClient.Reply reply = api.get("/api/documents", null);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.location()).as("no redirect to a login page").isNull();
    assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> assertThat(challenge).startsWith("Basic realm="));
    assertThat(reply.body().get("status").asInt()).isEqualTo(401);
    assertThat(reply.body().get("error").asString()).isEqualTo("Unauthorized");
  }

  @Test
  void requestWithWrongPassword_returns401() {
    ApiClient.Reply reply =
        api.get("/api/documents", new Caller(Caller.ALICE.email(), "not-alice-pw"));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body().get("status").asInt()).isEqualTo(401);
  }

  @Test
  void unknownPathWithoutCredentials_returns401NotFoundIsNotRevealed() {
    assertThat(api.get("/api/no-such-thing", null).status()).isEqualTo(401);
  }

  @Test
  void builtInUsers_signInAndOwnWhatTheyCreate() {
    for (Caller user : new Caller[] {Caller.ALICE, Caller.BOB, Caller.CAROL}) {
      ApiClient.Reply reply =
          api.post(
              "/api/documents",
              user,
              Map.of("title", "Sign-in check " + newEmail("t"), "content", ""));

      assertThat(reply.status()).as(user.email() + ": " + reply.text()).isEqualTo(201);
      assertThat(reply.body().get("owner").asString()).isEqualTo(user.email());
    }
  }

  @Test
  void sharesReceivedAsUser_returns403WithJsonBody() {
    ApiClient.Reply reply = api.get(SHARES_RECEIVED + newEmail("reader"), Caller.ALICE);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.body().get("status").asInt()).isEqualTo(403);
    assertThat(reply.body().get("error").asString()).isEqualTo("Forbidden");
  }

  @Test
  void sharesReceivedAsFreshUser_returns403() {
    assertThat(api.get(SHARES_RECEIVED + newEmail("reader"), api.newUser("plain")).status())
        .isEqualTo(403);
  }

  @Test
  void sharesReceivedAsAdmin_returns200() {
    ApiClient.Reply reply = api.get(SHARES_RECEIVED + newEmail("reader"), Caller.CAROL);

    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.body().isArray()).isTrue();
  }

  /** The method's {@code hasRole('ADMIN')} replaces the class's {@code hasRole('USER')}. */
  @Test
  void sharesReceivedAsAdminWithoutRoleUser_returns200() {
    Caller adminOnly = new Caller(newEmail("admin-only"), "admin-only-pw");
    users.createUser(
        User.withUsername(adminOnly.email())
            .password("{noop}" + adminOnly.password())
            .roles("ADMIN")
            .build());

    assertThat(api.get(SHARES_RECEIVED + newEmail("reader"), adminOnly).status()).isEqualTo(200);
    assertThat(api.get("/api/documents", adminOnly).status()).isEqualTo(403);
  }

  @Test
  void apiDescriptionWithoutCredentials_returns200() {
    ApiClient.Reply reply = api.get("/v3/api-docs", null);

    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.body().get("paths").has("/api/documents")).isTrue();
  }
}
