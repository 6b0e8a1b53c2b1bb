package dev.mockapi.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a stateful endpoint does to its collection. */
public enum StateAction {
  @JsonProperty("create")
  CREATE,
  @JsonProperty("list")
  LIST,
  @JsonProperty("get")
  GET,
  @JsonProperty("replace")
  REPLACE,
  @JsonProperty("patch")
  PATCH,
  @JsonProperty("delete")
  DELETE,
  @JsonProperty("reset")
  RESET
}
