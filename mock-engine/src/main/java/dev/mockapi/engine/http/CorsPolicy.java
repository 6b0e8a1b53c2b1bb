package dev.mockapi.engine.http;

import dev.mockapi.model.ProjectSettings;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.Collections;
import java.util.LinkedHashMap;
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

  /** The CORS headers of an answer to {@code origin}: none unless the project allows it. */
  static Map<String, String> headers(ProjectSettings.Cors cors, String origin) {
    if (!allows(cors, origin)) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    put(cors, origin, out);
    return Collections.unmodifiableMap(out);
  }

  /** Headers of a preflight answer: the method and headers asked for are allowed. */
  static Map<String, String> preflightHeaders(ProjectSettings.Cors cors, HttpHeaders request) {
    String origin = request.get("Origin");
    if (!allows(cors, origin)) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    put(cors, origin, out);
    out.put("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS");
    String asked = request.get("Access-Control-Request-Headers");
    if (asked != null) {
      out.put("Access-Control-Allow-Headers", asked);
    }
    out.put("Access-Control-Max-Age", "600");
    return Collections.unmodifiableMap(out);
  }

  private static boolean allows(ProjectSettings.Cors cors, String origin) {
    return origin != null
        && cors != null
        && (cors.allowedOrigins().contains("*") || cors.allowedOrigins().contains(origin));
  }

  private static void put(ProjectSettings.Cors cors, String origin, Map<String, String> out) {
    boolean any = cors.allowedOrigins().contains("*");
    out.put("Access-Control-Allow-Origin", any && !cors.allowCredentials() ? "*" : origin);
    if (!any || cors.allowCredentials()) {
      out.put("Vary", "Origin");
    }
    if (cors.allowCredentials()) {
      out.put("Access-Control-Allow-Credentials", "true");
    }
    out.put("Access-Control-Expose-Headers", EXPOSED);
  }
}
