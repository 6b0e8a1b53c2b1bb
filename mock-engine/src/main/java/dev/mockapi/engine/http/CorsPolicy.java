package dev.mockapi.engine.http;

import dev.mockapi.model.ProjectSettings;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.Map;

/** CORS for a project's mocks: preflight answers and the headers of actual responses. */
final class CorsPolicy {

  private static final String EXPOSED = "X-Total-Count, Link";

  private CorsPolicy() {}

  static boolean isPreflight(String method, HttpHeaders headers) {
    return method.equals("OPTIONS")
        && headers.contains("Origin")
        && headers.contains("Access-Control-Request-Method");
  }

  /** Adds the CORS headers for {@code origin} to {@code out} when the project allows it. */
  static void apply(ProjectSettings.Cors cors, String origin, Map<String, String> out) {
    if (origin == null || cors == null) {
      return;
    }
    boolean any = cors.allowedOrigins().contains("*");
    if (!any && !cors.allowedOrigins().contains(origin)) {
      return;
    }
    out.put("Access-Control-Allow-Origin", any && !cors.allowCredentials() ? "*" : origin);
    if (!any || cors.allowCredentials()) {
      out.put("Vary", "Origin");
    }
    if (cors.allowCredentials()) {
      out.put("Access-Control-Allow-Credentials", "true");
    }
    out.put("Access-Control-Expose-Headers", EXPOSED);
  }

  /** Headers of a preflight answer: the method and headers asked for are allowed. */
  static void applyPreflight(
      ProjectSettings.Cors cors, HttpHeaders request, Map<String, String> out) {
    apply(cors, request.get("Origin"), out);
    if (!out.containsKey("Access-Control-Allow-Origin")) {
      return;
    }
    out.put("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS");
    String asked = request.get("Access-Control-Request-Headers");
    if (asked != null) {
      out.put("Access-Control-Allow-Headers", asked);
    }
    out.put("Access-Control-Max-Age", "600");
  }
}
