package dev.mockapi.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A latency distribution, written in JSON with a {@code type} discriminator. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = DelaySpec.Fixed.class, name = "fixed"),
  @JsonSubTypes.Type(value = DelaySpec.Uniform.class, name = "uniform"),
  @JsonSubTypes.Type(value = DelaySpec.LogNormal.class, name = "lognormal")
})
public sealed interface DelaySpec {

  /** Longest delay any distribution may be configured with. */
  long MAX_MS = 60_000;

  /** Always {@code ms} milliseconds. */
  record Fixed(long ms) implements DelaySpec {}

  /** Uniformly between {@code minMs} and {@code maxMs}. */
  record Uniform(long minMs, long maxMs) implements DelaySpec {}

  /**
   * Log-normal around {@code medianMs}, with shape {@code sigma}; long tails like real services.
   */
  record LogNormal(long medianMs, double sigma) implements DelaySpec {}
}
