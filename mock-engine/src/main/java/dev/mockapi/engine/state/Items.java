package dev.mockapi.engine.state;

import dev.mockapi.model.ProblemType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON side of items: request bodies, ids, and JSON merge patch (RFC 7386). */
final class Items {

  static final String ID = "id";

  private final JsonMapper json;

  Items(JsonMapper json) {
    this.json = json;
  }

  /** The request body as a JSON object, or a 400 saying what is wrong with it. */
  ObjectNode object(String body) {
    JsonNode node;
    try {
      node = body.isBlank() ? null : json.readTree(body);
    } catch (JacksonException e) {
      throw badBody("The request body is not valid JSON: " + e.getOriginalMessage());
    }
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw badBody("The request body must be a JSON object, such as {\"name\": \"Ada\"}");
  }

  ObjectNode parseStored(String item) {
    return (ObjectNode) json.readTree(item);
  }

  String text(JsonNode node) {
    return json.writeValueAsString(node);
  }

  /**
   * The id a client gave in a new item, as the store keys it, or null when the store assigns one
   * (absent or null, as json-server does).
   */
  static String givenId(ObjectNode item) {
    JsonNode id = item.get(ID);
    if (id == null || id.isNull()) {
      return null;
    }
    if (id.isString() && !id.stringValue().isEmpty()) {
      return id.stringValue();
    }
    if (id.isIntegralNumber()) {
      return id.bigIntegerValue().toString();
    }
    throw badBody("\"id\" must be a non-empty string or a whole number");
  }

  /** The item's JSON text cut where an assigned id goes: the id is added last, as json-server. */
  String[] aroundAssignedId(ObjectNode item) {
    item.remove(ID);
    String text = text(item);
    String head = text.substring(0, text.length() - 1);
    return new String[] {head + (item.isEmpty() ? "" : ",") + "\"" + ID + "\":", "}"};
  }

  /** Applies a JSON merge patch to {@code target}: objects merge, null removes a member. */
  static void mergePatch(ObjectNode target, ObjectNode patch) {
    for (var member : patch.properties()) {
      JsonNode value = member.getValue();
      JsonNode current = target.get(member.getKey());
      if (value.isNull()) {
        target.remove(member.getKey());
      } else if (value instanceof ObjectNode patchObject) {
        ObjectNode merged = current instanceof ObjectNode object ? object : target.objectNode();
        mergePatch(merged, patchObject);
        target.set(member.getKey(), merged);
      } else {
        target.set(member.getKey(), value);
      }
    }
  }

  private static StateException badBody(String detail) {
    return new StateException(ProblemType.INVALID_ITEM, detail);
  }
}
