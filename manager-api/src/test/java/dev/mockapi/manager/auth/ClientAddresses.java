package dev.mockapi.manager.auth;

import dev.mockapi.manager.support.Api;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** Login calls that say which client they come from, as a reverse proxy would. */
final class ClientAddresses {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AtomicInteger NEXT = new AtomicInteger(1);
  private final HttpClient client = HttpClient.newHttpClient();
  private final int port;

  ClientAddresses(int port) {
    this.port = port;
  }

  /** An address no other test of the run uses, outside every range Tomcat trusts as a proxy. */
  static String fresh() {
    return "2001:db8::" + Integer.toHexString(NEXT.getAndIncrement());
  }

  /** POST /api/auth/login with {@code body} (JSON text or a value to write as JSON). */
  Api.Response login(Object body, Map<String, String> headers) {
    String payload = body instanceof String text ? text : JSON.writeValueAsString(body);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/login"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(payload));
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Api.Response(
          response.statusCode(), response.headers(), parse(response.body()), response.body());
    } catch (IOException e) {
      throw new IllegalStateException("login failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Api.Response login(String address, String email, String password) {
    return login(Map.of("email", email, "password", password), Map.of("X-Forwarded-For", address));
  }

  private static JsonNode parse(String text) {
    try {
      return text == null || text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
    } catch (RuntimeException notJson) {
      return MissingNode.getInstance();
    }
  }
}
