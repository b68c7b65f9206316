package dev.featuredocs.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.UserDetailsManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for the running sample app: JSON in, status, headers and JSON out, signed in
 * with HTTP Basic as a {@link Caller} (or anonymous when the caller is {@code null}).
 */
final class ApiClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private final UserDetailsManager users;

  /**
   * Someone who signs in: an e-mail address (the user name) and a password.
   *
   * @param email the user name, an e-mail address
   * @param password the password
   */
  record Caller(String email, String password) {

    /** The app's user alice, role USER. */
    static final Caller ALICE = new Caller("alice@example.com", "alice-pw");

    /** The app's user bob, role USER. */
    static final Caller BOB = new Caller("bob@example.com", "bob-pw");

    /** The app's user carol, roles USER and ADMIN. */
    static final Caller CAROL = new Caller("carol@example.com", "carol-pw");

    /** The same account, signing in with the user name spelled differently (e.g. in capitals). */
    Caller signingInAs(String userName) {
      return new Caller(userName, password);
    }

    private String authorization() {
      String pair = email + ":" + password;
      return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Creates a client for the app listening on the given local port.
   *
   * @param port the app's HTTP port
   * @param users the app's user store, where {@link #newUser} registers fresh users
   */
  ApiClient(int port, UserDetailsManager users) {
    this.baseUrl = "http://localhost:" + port;
    this.users = users;
  }

  /**
   * A fresh e-mail address, so that tests sharing one application context never collide.
   *
   * @param name a readable prefix
   * @return an address such as {@code reader-1a2b3c4d@example.com}
   */
  static String newEmail(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  /**
   * Registers a fresh user with role USER in the running app, so that each test owns its data
   * (titles are unique per owner, a document has at most 50 recipients, lists are per owner).
   *
   * @param name a readable prefix of the e-mail address
   * @return the new user's credentials
   */
  Caller newUser(String name) {
    Caller caller = new Caller(newEmail(name), UUID.randomUUID().toString());
    users.createUser(
        User.withUsername(caller.email())
            .password("{noop}" + caller.password())
            .roles("USER")
            .build());
    return caller;
  }

  Reply get(String path, Caller caller) {
    return send("GET", path, caller, null);
  }

  Reply post(String path, Caller caller, Object body) {
    return send("POST", path, caller, body);
  }

  Reply put(String path, Caller caller, Object body) {
    return send("PUT", path, caller, body);
  }

  Reply delete(String path, Caller caller) {
    return send("DELETE", path, caller, null);
  }

  /**
   * Sends any request.
   *
   * @param method the HTTP method
   * @param path the path and query, starting with {@code /}
   * @param caller who signs in, or {@code null} for no credentials
   * @param body the JSON body: a raw JSON string or an object to serialise; {@code null} for none
   * @return the answer
   */
  Reply send(String method, String path, Caller caller, Object body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : json(body))
            .header("Accept", "application/json");
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (caller != null) {
      request.header("Authorization", caller.authorization());
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      boolean json = response.headers().firstValue("Content-Type").map(t -> t.contains("json")).orElse(true);
      JsonNode parsed = text == null || text.isEmpty() || !json ? null : JSON.readTree(text);
      return new Reply(response.statusCode(), response.headers(), parsed, text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpRequest.BodyPublisher json(Object body) {
    return HttpRequest.BodyPublishers.ofString(
        body instanceof String raw ? raw : JSON.writeValueAsString(body));
  }

  /**
   * One HTTP answer.
   *
   * @param status the status code
   * @param headers the response headers
   * @param body the parsed JSON body, or {@code null} when there was none or it is not JSON
   * @param text the raw body, for failure messages
   */
  record Reply(int status, HttpHeaders headers, JsonNode body, String text) {

    /** The {@code id} of the JSON body. */
    long id() {
      return body.get("id").asLong();
    }

    /** The {@code Location} header, or {@code null}. */
    String location() {
      return headers.firstValue("Location").orElse(null);
    }

    /** The {@code ruleId} of an error body, or {@code null}. */
    String ruleId() {
      JsonNode ruleId = body == null ? null : body.get("ruleId");
      return ruleId == null ? null : ruleId.asString();
    }
  }
}
