package dev.featuredocs.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for the running sample app: JSON in, status, headers and JSON out.
 *
 * <p>Every request may name the caller in {@code X-User}, as the app expects.
 */
final class ApiClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  /**
   * Creates a client for the app listening on the given local port.
   *
   * @param port the app's HTTP port
   */
  ApiClient(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /**
   * A fresh e-mail address, so that tests sharing one application context never collide.
   *
   * @param name a readable prefix
   * @return an address such as {@code alice-1a2b3c4d@example.com}
   */
  static String newUser(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  Reply get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), null);
  }

  Reply post(String path, String user, Object body) {
    return send(HttpRequest.newBuilder(uri(path)).POST(json(body)), user);
  }

  Reply put(String path, String user, Object body) {
    return send(HttpRequest.newBuilder(uri(path)).PUT(json(body)), user);
  }

  Reply delete(String path, String user) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE(), user);
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private static HttpRequest.BodyPublisher json(Object body) {
    return HttpRequest.BodyPublishers.ofString(
        body instanceof String raw ? raw : JSON.writeValueAsString(body));
  }

  private Reply send(HttpRequest.Builder request, String user) {
    request.header("Content-Type", "application/json").header("Accept", "application/json");
    if (user != null) {
      request.header("X-User", user);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      JsonNode body = text == null || text.isEmpty() ? null : JSON.readTree(text);
      return new Reply(response.statusCode(), response.headers(), body, text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * One HTTP answer.
   *
   * @param status the status code
   * @param headers the response headers
   * @param body the parsed JSON body, or {@code null} when there was none
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
