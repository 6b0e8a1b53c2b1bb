package dev.mockapi.manager.template;

import dev.mockapi.model.template.RequestData;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A template to render.
 *
 * @param template the template text
 * @param contentType decides JSON escaping like the endpoint's Content-Type; guessed when absent
 * @param request a sample request the template may read; an empty GET when absent
 * @param locale the Faker locale, {@code en} when absent
 * @param seed a fixed seed for reproducible output, random when absent
 */
record PreviewRequest(
    @NotNull @Size(max = 262_144) String template,
    String contentType,
    SampleRequest request,
    @Size(max = 20) String locale,
    Long seed) {

  record SampleRequest(
      String method,
      String path,
      Map<String, String> pathParams,
      Map<String, String> query,
      Map<String, String> headers,
      String body) {}

  RequestData sampleRequest() {
    if (request == null) {
      return RequestData.empty();
    }
    Map<String, List<String>> query =
        request.query() == null
            ? Map.of()
            : request.query().entrySet().stream()
                .collect(
                    Collectors.toMap(
                        Map.Entry::getKey, e -> List.of(String.valueOf(e.getValue()))));
    Map<String, String> headers =
        request.headers() == null
            ? Map.of()
            : request.headers().entrySet().stream()
                .collect(
                    Collectors.toMap(
                        e -> e.getKey().toLowerCase(Locale.ROOT),
                        e -> String.valueOf(e.getValue()),
                        (a, b) -> b));
    return new RequestData(
        request.method() == null ? "GET" : request.method().toUpperCase(Locale.ROOT),
        request.path() == null ? "/" : request.path(),
        request.pathParams(),
        query,
        headers,
        request.body());
  }

  String localeOrDefault() {
    return locale == null || locale.isBlank() ? "en" : locale;
  }
}
