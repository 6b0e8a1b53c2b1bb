package dev.mockapi.model;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** A Lua script run by its SHA-1, and sent again when Redis lost it (after a restart). */
public final class LuaScript {

  private final byte[] source;
  private final String sha1;
  private final ScriptOutputType output;

  private LuaScript(byte[] source, ScriptOutputType output) {
    this.source = source;
    this.output = output;
    try {
      this.sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(source));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Loads {@code name.lua} from the package of {@code anchor}. */
  public static LuaScript load(Class<?> anchor, String name, ScriptOutputType output) {
    return new LuaScript(read(anchor, name), output);
  }

  /** Loads {@code name.lua} after {@code prelude.lua} (functions it calls), as one script. */
  public static LuaScript load(
      Class<?> anchor, String prelude, String name, ScriptOutputType output) {
    ByteArrayOutputStream source = new ByteArrayOutputStream();
    source.writeBytes(read(anchor, prelude));
    source.writeBytes(read(anchor, name));
    return new LuaScript(source.toByteArray(), output);
  }

  private static byte[] read(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name + ".lua")) {
      if (in == null) {
        throw new IllegalStateException("missing script " + name + ".lua");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public <T> CompletableFuture<T> run(
      RedisClusterAsyncCommands<byte[], byte[]> redis, byte[][] keys, byte[]... args) {
    CompletableFuture<T> first = redis.<T>evalsha(sha1, output, keys, args).toCompletableFuture();
    return first.exceptionallyCompose(
        error ->
            unwrap(error) instanceof RedisNoScriptException
                ? redis.<T>eval(source, output, keys, args).toCompletableFuture()
                : CompletableFuture.failedFuture(error));
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }
}
