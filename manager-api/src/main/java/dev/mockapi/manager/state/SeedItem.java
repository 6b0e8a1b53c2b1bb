package dev.mockapi.manager.state;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The one shape of a seed item: a JSON object whose first member is its id, 1 to n in order. */
public final class SeedItem {

  private SeedItem() {}

  /** {@code item} with {@code id} as its first member, replacing any id it had. */
  public static ObjectNode numbered(JsonMapper json, ObjectNode item, int id) {
    ObjectNode numbered = json.createObjectNode().put("id", id);
    item.properties().stream()
        .filter(member -> !member.getKey().equals("id"))
        .forEach(member -> numbered.set(member.getKey(), member.getValue()));
    return numbered;
  }
}
