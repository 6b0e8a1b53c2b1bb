package dev.mockapi.model;

import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Version-4 UUIDs drawn from a given random source: reproducible from a seeded one, and without the
 * lock and entropy cost of {@link UUID#randomUUID()} on a hot path.
 */
public final class RandomUuids {

  private RandomUuids() {}

  public static String next(RandomGenerator random) {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
