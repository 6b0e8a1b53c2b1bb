package dev.mockapi.manager.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** A small real HTTP client for the API under test: JSON in, status + headers + JSON out. */
public final class Api {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  public Api(int port) {
    this.base = "http://localhost:" + port;
  }

  public record Response(int status, HttpHeaders headers, JsonNode body, String text) {

    /** A field of the body as text, e.g. {@code "accessToken"}. */
    public String text(String field) {
      return body.path(field).asString();
    }

    public long id() {
      return body.path("id").asLong();
    }
  }

  public Response get(String path, String token) {
    return send("GET", path, token, null);
  }

  public Response post(String path, String token, Object body) {
    return send("POST", path, token, body);
  }

  public Response put(String path, String token, Object body) {
    return send("PUT", path, token, body);
  }

  public Response patch(String path, String token, Object body) {
    return send("PATCH", path, token, body);
  }

  public Response delete(String path, String token) {
    return send("DELETE", path, token, null);
  }

  /** Posts {@code body} as it is, with the given content type. */
  public Response upload(String path, String token, byte[] body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", contentType);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return exchange(request, "POST", path);
  }

  /** Sends {@code body} as is when it is a String, else as JSON. */
  public Response send(String method, String path, String token, Object body) {
    String payload =
        body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                payload == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(payload));
    if (payload != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return exchange(request, method, path);
  }

  private Response exchange(HttpRequest.Builder request, String method, String path) {
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      JsonNode json = text == null || text.isBlank() ? MissingNode.getInstance() : parse(text);
      return new Response(response.statusCode(), response.headers(), json, text);
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (RuntimeException notJson) {
      return MissingNode.getInstance();
    }
  }
}
