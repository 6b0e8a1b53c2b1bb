package dev.mockapi.model;

import io.lettuce.core.RedisCommandExecutionException;

/**
 * Recognises the refusal of a Redis at its {@code maxmemory} under {@code noeviction}: {@code OOM
 * command not allowed when used memory > 'maxmemory'}, alone or wrapped (by Spring or a future).
 * Inside a Lua script older servers report it within an {@code ERR Error running script} message.
 */
public final class RedisFull {

  private RedisFull() {}

  public static boolean is(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof RedisCommandExecutionException refused
          && refused.getMessage() != null
          && refused.getMessage().contains("OOM command not allowed")) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }
}
