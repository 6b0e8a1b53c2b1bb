package dev.mockapi.manager.relay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.ManagerApplication;
import dev.mockapi.manager.support.Api;
import dev.mockapi.model.testsupport.TestRedis;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stopping the manager (SIGTERM closes the context) closes each STOMP session with 1001 (going
 * away), so clients reconnect at once instead of waiting for a heart-beat to time out. The manager
 * is a context of this test's own (H2, no MariaDB needed), since the test stops it.
 */
class ShutdownTest {

  @Test
  void stopClosesStompSessionsWithGoingAway() throws Exception {
    ConfigurableApplicationContext manager = start();
    try {
      int port = manager.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
      Api api = new Api(port);
      String email = "shutdown-" + System.nanoTime() + "@example.com";
      api.post("/api/auth/register", null, Map.of("email", email, "password", "password-123"));
      String token =
          api.post("/api/auth/login", null, Map.of("email", email, "password", "password-123"))
              .text("accessToken");
      Frames frames = new Frames();
      WebSocket socket =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .buildAsync(URI.create("ws://localhost:" + port + "/ws"), frames)
              .get(10, TimeUnit.SECONDS);
      socket.sendText(
          "CONNECT\naccept-version:1.2\nhost:localhost\nAuthorization:Bearer " + token + "\n\n\0",
          true);
      assertThat(frames.connected.get(10, TimeUnit.SECONDS)).startsWith("CONNECTED");

      manager.close();

      assertThat(frames.closeStatus.get(10, TimeUnit.SECONDS))
          .as("1001, going away")
          .isEqualTo(1001);
    } finally {
      manager.close();
    }
  }

  private static ConfigurableApplicationContext start() throws Exception {
    TestRedis.Server redis = TestRedis.get(TestRedis.MANAGER_SUITE);
    return new SpringApplicationBuilder(ManagerApplication.class)
        .run(
            "--server.port=0",
            "--mockapi.data-dir=" + Files.createTempDirectory("mockapi-shutdown"),
            "--mockapi.auth.secret-key=shutdown-test-secret-key-of-32-bytes-or-more",
            "--mockapi.redis.embedded=never",
            "--spring.data.redis.host=" + redis.host(),
            "--spring.data.redis.port=" + redis.port(),
            "--spring.data.redis.database=" + redis.database(),
            "--spring.main.banner-mode=off");
  }

  /** Records the first frame the manager sends and the status it closes the socket with. */
  private static final class Frames implements WebSocket.Listener {
    final CompletableFuture<String> connected = new CompletableFuture<>();
    final CompletableFuture<Integer> closeStatus = new CompletableFuture<>();
    private final StringBuilder frame = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      frame.append(data);
      if (last) {
        connected.complete(frame.toString());
        frame.setLength(0);
      }
      socket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
      closeStatus.complete(status);
      return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
      closeStatus.completeExceptionally(error);
    }
  }
}
