package dev.mockapi.manager.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What a login budget counts for (an account or a client address), as the first 128 bits of the
 * SHA-256 of its kind and text: every key takes the same few bytes of memory whatever was sent, and
 * no email is kept in memory.
 */
record BudgetKey(long high, long low) {

  static BudgetKey account(String normalisedEmail) {
    return of("account\n" + normalisedEmail);
  }

  static BudgetKey address(String clientAddress) {
    return of("address\n" + clientAddress);
  }

  private static BudgetKey of(String text) {
    try {
      ByteBuffer digest =
          ByteBuffer.wrap(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
      return new BudgetKey(digest.getLong(), digest.getLong());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
