package dev.mockapi.manager.template;

import dev.mockapi.manager.web.Utf8Size;
import dev.mockapi.model.EndpointLimits;
import dev.mockapi.model.template.RequestData;
import jakarta.validation.Valid;
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
    @NotNull
        @Utf8Size(
            max = EndpointLimits.MAX_BODY_BYTES,
            message = "must be at most " + EndpointLimits.MAX_BODY_BYTES + " bytes (256 KiB)")
        String template,
    @Size(max = EndpointLimits.MAX_HEADER_VALUE_LENGTH) String contentType,
    @Valid SampleRequest request,
    @Size(max = 20) String locale,
    Long seed) {

  /** Parts of a request as the engine would pass them (its URLs are at most 8 192 characters). */
  record SampleRequest(
      @Size(max = 16) String method,
      @Size(max = 8192) String path,
      @Size(max = 64) Map<String, String> pathParams,
      @Size(max = 100) Map<String, String> query,
      @Size(max = 100) Map<String, String> headers,
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
