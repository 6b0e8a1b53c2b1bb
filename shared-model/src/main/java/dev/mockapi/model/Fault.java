package dev.mockapi.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a failing call fails. */
public enum Fault {
  /** Answer with the failure status and body. */
  @JsonProperty("http_error")
  HTTP_ERROR,
  /** Reset the TCP connection without answering. */
  @JsonProperty("connection_reset")
  CONNECTION_RESET,
  /** Close the connection without sending a response. */
  @JsonProperty("empty_response")
  EMPTY_RESPONSE,
  /** Answer the normal status with a body that is not valid JSON. */
  @JsonProperty("malformed_body")
  MALFORMED_BODY
}
