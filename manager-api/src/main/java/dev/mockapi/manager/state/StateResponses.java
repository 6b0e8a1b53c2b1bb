package dev.mockapi.manager.state;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** What the state routes answer. */
final class StateResponses {

  private StateResponses() {}

  /** Every collection of a project, by name. */
  record CollectionList(List<CollectionCount> collections) {}

  record CollectionCount(String name, long count) {}

  /**
   * One page of a collection, in insertion order.
   *
   * @param total the items of the whole collection
   * @param items the items of this page, as the JSON objects they are
   */
  record CollectionPage(String name, int total, int page, int size, List<JsonNode> items) {}
}
