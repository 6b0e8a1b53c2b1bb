package dev.mockapi.manager.endpoint;

import dev.mockapi.manager.chaos.ChaosValidator;
import dev.mockapi.manager.state.CollectionNames;
import dev.mockapi.manager.template.TemplateChecks;
import dev.mockapi.manager.web.FieldErrors;
import dev.mockapi.model.EndpointDefinition;
import dev.mockapi.model.EndpointLimits;
import dev.mockapi.model.HttpMethods;
import dev.mockapi.model.InvalidPathPatternException;
import dev.mockapi.model.PathPattern;
import dev.mockapi.model.ResponseSpec;
import dev.mockapi.model.StateAction;
import dev.mockapi.model.StateBinding;
import dev.mockapi.model.template.TemplateCompiler;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns an {@link EndpointRequest} into a normalised definition, or lists every invalid field. */
final class EndpointValidator {

  static final int MAX_PRIORITY = 10_000;
  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]{1,256}");
  private static final Set<StateAction> BY_ID =
      EnumSet.of(StateAction.GET, StateAction.REPLACE, StateAction.PATCH, StateAction.DELETE);

  private EndpointValidator() {}

  /**
   * A valid definition with its pattern, or a {@code ValidationException} naming each bad field.
   */
  static Validated validate(EndpointRequest request) {
    return validate(request, new FieldErrors());
  }

  /**
   * As {@link #validate}, for a replacement: it must also carry the {@code version} the client
   * read, so that a concurrent change is a 409 instead of being silently overwritten.
   */
  static Validated validateUpdate(EndpointRequest request) {
    FieldErrors errors = new FieldErrors();
    errors.check(
        request.version() != null,
        "version",
        "is required: send the version of the endpoint you read (GET answers it)");
    return validate(request, errors);
  }

  private static Validated validate(EndpointRequest request, FieldErrors errors) {
    String method = HttpMethods.normalise(request.method());
    errors.check(
        method != null,
        "method",
        request.method() == null
            ? "is required"
            : "must be one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, ANY");
    PathPattern pattern = null;
    try {
      pattern = PathPattern.parse(request.path());
    } catch (InvalidPathPatternException e) {
      errors.add("path", e.getMessage());
    }
    errors.check(
        request.description() == null
            || request.description().length() <= EndpointLimits.MAX_DESCRIPTION_LENGTH,
        "description",
        "must be at most " + EndpointLimits.MAX_DESCRIPTION_LENGTH + " characters");
    int priority = request.priority() == null ? 0 : request.priority();
    errors.check(
        Math.abs(priority) <= MAX_PRIORITY,
        "priority",
        "must be between -" + MAX_PRIORITY + " and " + MAX_PRIORITY);
    ResponseSpec response = request.response() == null ? ResponseSpec.empty() : request.response();
    validateResponse(response, errors);
    ChaosValidator.validate("chaos", request.chaos(), errors);
    validateState(request.state(), pattern, errors);
    errors.throwIfAny();
    var definition =
        new EndpointDefinition(
            method,
            pattern.source(),
            request.description(),
            request.enabled() == null || request.enabled(),
            priority,
            response,
            request.chaos(),
            request.state());
    return new Validated(definition, pattern.routeKey());
  }

  private static void validateResponse(ResponseSpec response, FieldErrors errors) {
    errors.check(
        response.status() >= 100 && response.status() <= 599,
        "response.status",
        "must be an HTTP status from 100 to 599");
    Map<String, String> headers = response.headers();
    errors.check(
        headers.size() <= EndpointLimits.MAX_HEADERS,
        "response.headers",
        "must have at most " + EndpointLimits.MAX_HEADERS + " headers");
    Set<String> seen = new HashSet<>();
    headers.forEach(
        (name, value) -> {
          String field = "response.headers." + name;
          errors.check(
              HEADER_NAME.matcher(name).matches(),
              field,
              "is not a valid header name (letters, digits and !#$%&'*+-.^_`|~)");
          errors.check(
              seen.add(name.toLowerCase(Locale.ROOT)),
              field,
              "is given twice (header names ignore case)");
          if (errors.check(value != null, field, "must have a value")) {
            errors.check(
                value.length() <= EndpointLimits.MAX_HEADER_VALUE_LENGTH,
                field,
                "must be at most " + EndpointLimits.MAX_HEADER_VALUE_LENGTH + " characters");
            errors.check(
                value.indexOf('\r') < 0 && value.indexOf('\n') < 0,
                field,
                "must not contain line breaks");
          }
        });
    boolean bodySizeOk =
        errors.check(
            response.body().getBytes(StandardCharsets.UTF_8).length
                <= EndpointLimits.MAX_BODY_BYTES,
            "response.body",
            "must be at most " + EndpointLimits.MAX_BODY_BYTES + " bytes (256 KiB)");
    if (bodySizeOk) {
      TemplateChecks.check(
          "response.body",
          response.body(),
          TemplateCompiler.looksLikeJson(response.header("Content-Type"), response.body()),
          errors);
    }
    headers.forEach(
        (name, value) -> {
          if (value != null) {
            TemplateChecks.check("response.headers." + name, value, false, errors);
          }
        });
  }

  private static void validateState(StateBinding state, PathPattern pattern, FieldErrors errors) {
    if (state == null) {
      return;
    }
    errors.check(
        CollectionNames.isValid(state.collection()), "state.collection", CollectionNames.RULE);
    if (!errors.check(state.action() != null, "state.action", "is required")) {
      return;
    }
    if (BY_ID.contains(state.action()) && pattern != null) {
      errors.check(
          pattern.segments().contains(new PathPattern.Param("id")),
          "path",
          "must contain an {id} segment for the state action '"
              + state.action().name().toLowerCase(Locale.ROOT)
              + "'");
    }
  }

  record Validated(EndpointDefinition definition, String routeKey) {}
}
