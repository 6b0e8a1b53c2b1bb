package dev.mockapi.engine.state;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a state action answers: the body a response shows when its endpoint has no body template,
 * the headers it adds, and what a template reads as {@code state.*}.
 *
 * @param body JSON text: the item, the list (an array), or the reset summary
 * @param list whether {@code body} is a list
 * @param total items in the list before slicing (the list's {@code X-Total-Count}), else 0
 * @param headers headers the action adds, such as {@code X-Total-Count} and {@code Link}
 */
public record StateOutcome(String body, boolean list, int total, Map<String, String> headers) {

  static StateOutcome item(String json) {
    return new StateOutcome(json, false, 0, Map.of());
  }

  /** {@code {"item": ...}} or {@code {"items": [...], "total": n}}, parsed only when asked. */
  public JsonNode view(JsonMapper json) {
    ObjectNode view = json.createObjectNode();
    JsonNode parsed = json.readTree(body);
    if (list) {
      view.set("items", parsed);
      view.put("total", total);
    } else {
      view.set("item", parsed);
    }
    return view;
  }
}
