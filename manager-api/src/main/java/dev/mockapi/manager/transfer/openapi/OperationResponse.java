package dev.mockapi.manager.transfer.openapi;

import dev.mockapi.manager.transfer.ForeignTemplates;
import dev.mockapi.manager.transfer.Translation.Untranslated;
import dev.mockapi.model.EndpointLimits;
import dev.mockapi.model.ResponseSpec;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The response of one operation's endpoint: its first 2xx response, with the {@code Content-Type}
 * of its JSON media type (else its first), that type's example, else the first of its examples,
 * else a template generated from its schema, and its headers.
 */
final class OperationResponse {

  private final Refs refs;
  private final Set<String> pathParams;
  private final Set<Untranslated> untranslated;
  private final String pointer;

  OperationResponse(
      Refs refs, Set<String> pathParams, Set<Untranslated> untranslated, String pointer) {
    this.refs = refs;
    this.pathParams = pathParams;
    this.untranslated = untranslated;
    this.pointer = pointer;
  }

  ResponseSpec of(Operation operation) {
    ApiResponses responses = operation.getResponses();
    if (responses == null || responses.isEmpty()) {
      report(pointer + "/responses", "no response is declared: the endpoint answers an empty 200");
      return ResponseSpec.empty();
    }
    String code = chosen(responses);
    int status = status(code);
    String responsePointer = pointer + "/responses/" + Refs.token(code);
    if (!code.startsWith("2")) {
      report(
          pointer + "/responses",
          "no 2xx response is declared: the endpoint answers " + status + " (" + code + ")");
    }
    ApiResponse response =
        refs.follow(
            responses.get(code), ApiResponse::get$ref, Components::getResponses, "responses");
    if (response == null) {
      report(responsePointer, "the response's reference does not resolve: the body is empty");
      return new ResponseSpec(status, Map.of(), "");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    String body = "";
    Content content = response.getContent();
    if (content != null && !content.isEmpty()) {
      String type = mediaType(content);
      String mediaPointer = responsePointer + "/content/" + Refs.token(type);
      boolean json = type.toLowerCase(Locale.ROOT).contains("json");
      body = body(content.get(type), json, mediaPointer);
      if (!type.contains("*")) {
        headers.put("Content-Type", type);
      } else if (json
          || body.stripLeading().startsWith("{")
          || body.stripLeading().startsWith("[")) {
        headers.put("Content-Type", "application/json");
      }
    }
    headers(response, responsePointer, headers);
    return new ResponseSpec(status, headers, body);
  }

  /** The status of a response code: {@code 201}, {@code 4XX} is 400, {@code default} 200. */
  private static int status(String code) {
    if (code.matches("[1-5][0-9][0-9]")) {
      return Integer.parseInt(code);
    }
    return code.matches("[1-5]XX") ? (code.charAt(0) - '0') * 100 : 200;
  }

  /** The first 2xx response in the order declared, else the first declared. */
  private static String chosen(ApiResponses responses) {
    for (String code : responses.keySet()) {
      if (code.startsWith("2")) {
        return code;
      }
    }
    return responses.keySet().iterator().next();
  }

  private static String mediaType(Content content) {
    for (String type : content.keySet()) {
      if (type.toLowerCase(Locale.ROOT).contains("json")) {
        return type;
      }
    }
    return content.keySet().iterator().next();
  }

  private String body(MediaType media, boolean json, String mediaPointer) {
    if (media == null) {
      return "";
    }
    Object example = example(media, mediaPointer);
    if (example != null) {
      String literal = json ? Literals.json(example, false) : Literals.text(example);
      if (fits(literal, mediaPointer, "the example")) {
        return checked(literal, json, mediaPointer);
      }
    }
    Schema<?> schema = media.getSchema();
    if (schema == null) {
      return "";
    }
    if (!json) {
      String text = generator(false).text(schema, null, mediaPointer + "/schema");
      if (text.isEmpty()) {
        report(
            mediaPointer,
            "without an example only JSON and plain values are generated from a schema: the body"
                + " is empty");
      }
      return checked(text, false, mediaPointer);
    }
    String generated = generator(false).json(schema, mediaPointer + "/schema");
    String error = ForeignTemplates.compileError(generated, true);
    if (error != null) {
      report(
          mediaPointer + "/schema",
          "the template of the schema's sizes passes the render limits ("
              + error
              + "): every array has one item");
      generated = generator(true).json(schema, mediaPointer + "/schema");
    }
    return fits(generated, mediaPointer, "the generated template")
        ? checked(generated, true, mediaPointer)
        : "";
  }

  /** The media type's example, else the value of the first of its examples. */
  private Object example(MediaType media, String mediaPointer) {
    if (media.getExample() != null) {
      return media.getExample();
    }
    if (media.getExamples() == null || media.getExamples().isEmpty()) {
      return null;
    }
    Map.Entry<String, Example> first = media.getExamples().entrySet().iterator().next();
    String examplePointer = mediaPointer + "/examples/" + Refs.token(first.getKey());
    Example example =
        refs.follow(first.getValue(), Example::get$ref, Components::getExamples, "examples");
    if (example == null) {
      report(examplePointer, "the example's reference does not resolve");
      return null;
    }
    if (example.getValue() == null && example.getExternalValue() != null) {
      report(
          examplePointer + "/externalValue",
          "the external example " + example.getExternalValue() + " is not fetched");
    }
    return example.getValue();
  }

  private void headers(ApiResponse response, String responsePointer, Map<String, String> into) {
    if (response.getHeaders() == null) {
      return;
    }
    for (Map.Entry<String, Header> entry : response.getHeaders().entrySet()) {
      String name = entry.getKey();
      String headerPointer = responsePointer + "/headers/" + Refs.token(name);
      if (name.equalsIgnoreCase("Content-Type")) {
        continue;
      }
      if (into.size() >= EndpointLimits.MAX_HEADERS) {
        report(
            headerPointer,
            "more headers than an endpoint holds (" + EndpointLimits.MAX_HEADERS + ")");
        continue;
      }
      Header header =
          refs.follow(entry.getValue(), Header::get$ref, Components::getHeaders, "headers");
      if (header == null) {
        report(headerPointer, "the header's reference does not resolve");
        continue;
      }
      String value =
          header.getExample() != null
              ? Literals.text(header.getExample())
              : header.getSchema() == null
                  ? ""
                  : generator(false).text(header.getSchema(), name, headerPointer + "/schema");
      if (value.length() > EndpointLimits.MAX_HEADER_VALUE_LENGTH
          || ForeignTemplates.compileError(value, false) != null) {
        report(headerPointer, "the header's value cannot be a template: left out");
        continue;
      }
      if (!value.isEmpty()) {
        into.put(name, value);
      }
    }
  }

  private SchemaTemplates generator(boolean lean) {
    return new SchemaTemplates(
        refs, (location, reason) -> report(location, reason), pathParams, lean);
  }

  private boolean fits(String body, String mediaPointer, String what) {
    if (body.getBytes(StandardCharsets.UTF_8).length <= EndpointLimits.MAX_BODY_BYTES) {
      return true;
    }
    report(
        mediaPointer,
        what
            + " is larger than an endpoint's body ("
            + EndpointLimits.MAX_BODY_BYTES / 1024
            + " KiB)");
    return false;
  }

  /** The body if it compiles, else the reason reported and an empty body. */
  private String checked(String body, boolean json, String mediaPointer) {
    String error = ForeignTemplates.compileError(body, json);
    if (error == null) {
      return body;
    }
    report(mediaPointer, "the body cannot be a template (" + error + "): the body is empty");
    return "";
  }

  private void report(String location, String reason) {
    untranslated.add(new Untranslated(location, reason));
  }
}
