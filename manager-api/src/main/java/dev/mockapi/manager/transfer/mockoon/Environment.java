package dev.mockapi.manager.transfer.mockoon;

import dev.mockapi.manager.transfer.Reports;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What of a Mockoon environment every route shares: the endpoint prefix, the latency added to every
 * response, the headers every response sends, and the data buckets by id.
 *
 * @param prefix the {@code endpointPrefix}, without slashes at either end
 * @param latency milliseconds added to every response
 * @param headers the environment's headers (a route's own header of the same name wins)
 * @param buckets each data bucket by its {@code id}, with its index in {@code data}
 */
record Environment(
    String prefix, long latency, Map<String, String> headers, Map<String, Bucket> buckets) {

  /** A data bucket: its {@code value} text and where it is. */
  record Bucket(String value, String pointer) {}

  static Environment of(JsonNode environment, Reports reports) {
    Map<String, Bucket> buckets = new LinkedHashMap<>();
    JsonNode data = environment.path("data");
    for (int i = 0; i < data.size(); i++) {
      JsonNode bucket = data.get(i);
      buckets.putIfAbsent(
          bucket.path("id").asString(""),
          new Bucket(bucket.path("value").asString(""), "/data/" + i + "/value"));
    }
    return new Environment(
        environment.path("endpointPrefix").asString("").replaceAll("^/+|/+$", ""),
        Math.max(0, environment.path("latency").asLong(0)),
        headers(environment.path("headers"), "/headers", reports),
        buckets);
  }

  /** Mockoon's {@code [{key, value}]} headers, the first of a name kept. */
  static Map<String, String> headers(JsonNode headers, String pointer, Reports reports) {
    Map<String, String> byName = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      String key = headers.get(i).path("key").asString("").strip();
      if (key.isEmpty()) {
        continue;
      }
      boolean taken = byName.keySet().stream().anyMatch(name -> name.equalsIgnoreCase(key));
      if (taken) {
        reports.add(pointer + "/" + i, "the header " + key + " is given twice: the first is sent");
      } else {
        byName.put(key, headers.get(i).path("value").asString(""));
      }
    }
    return byName;
  }
}
