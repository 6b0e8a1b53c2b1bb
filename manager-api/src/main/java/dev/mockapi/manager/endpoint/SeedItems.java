package dev.mockapi.manager.endpoint;

import dev.mockapi.manager.state.SeedItem;
import dev.mockapi.manager.web.ValidationException;
import dev.mockapi.model.template.RequestData;
import dev.mockapi.model.template.Template;
import dev.mockapi.model.template.TemplateRenderException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders the seed items of a resource: each a JSON object whose first member is its id, 1 to n,
 * replacing any id the template rendered. The first item that is not a storable object is a 400
 * naming it.
 */
final class SeedItems {

  private static final String FIELD = "itemTemplate";

  private final JsonMapper json;

  SeedItems(JsonMapper json) {
    this.json = json;
  }

  List<String> render(Template template, int count, String locale, int maxItemBytes) {
    List<String> items = new ArrayList<>(count);
    for (int id = 1; id <= count; id++) {
      String item =
          json.writeValueAsString(SeedItem.numbered(json, object(template, locale, id), id));
      int bytes = item.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > maxItemBytes) {
        throw invalid(
            id,
            "is "
                + bytes
                + " bytes of JSON; items are limited to "
                + maxItemBytes
                + " bytes (mockapi.limits.item-size)");
      }
      items.add(item);
    }
    return items;
  }

  private ObjectNode object(Template template, String locale, int id) {
    JsonNode rendered;
    try {
      rendered = json.readTree(template.render(RequestData.empty(), locale, null));
    } catch (TemplateRenderException e) {
      throw invalid(id, "could not be rendered: " + e.getMessage());
    } catch (JacksonException e) {
      throw invalid(id, "is not valid JSON: " + e.getOriginalMessage());
    }
    if (rendered instanceof ObjectNode object) {
      return object;
    }
    throw invalid(
        id,
        "rendered " + kind(rendered) + "; it must be a JSON object, such as {\"name\": \"Ada\"}");
  }

  private static String kind(JsonNode node) {
    return switch (node == null ? null : node.getNodeType()) {
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case NULL -> "null";
      case null, default -> "nothing";
    };
  }

  private static ValidationException invalid(int id, String problem) {
    return new ValidationException(FIELD, "item " + id + " " + problem);
  }
}
