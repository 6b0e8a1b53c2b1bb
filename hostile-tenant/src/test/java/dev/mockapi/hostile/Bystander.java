package dev.mockapi.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * Tenant B while tenant A attacks: every 20 ms one call of its static mock and one read of its
 * manager API, each timed. {@link #stop()} gives what it saw.
 */
final class Bystander implements AutoCloseable {

  static final long PERIOD_MILLIS = 20;

  /** One bystander call: which API, its status (0: no answer) and how long it took. */
  record Call(String api, int status, long millis, String failure) {}

  private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch firstRound = new CountDownLatch(1);
  private final Thread thread;
  private volatile boolean running = true;

  Bystander(Tenant tenant, String mockPath) {
    thread =
        Thread.ofPlatform()
            .name("bystander")
            .daemon()
            .start(
                () -> {
                  while (running) {
                    long start = System.nanoTime();
                    record("mock", () -> tenant.mock(mockPath));
                    record(
                        "manager",
                        () ->
                            tenant.api("GET", "/api/projects/" + tenant.projectId + "/endpoints"));
                    firstRound.countDown();
                    long left = PERIOD_MILLIS - (System.nanoTime() - start) / 1_000_000;
                    if (left > 0) {
                      try {
                        Thread.sleep(left);
                      } catch (InterruptedException e) {
                        return;
                      }
                    }
                  }
                });
    try {
      firstRound.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void record(String api, Supplier<Api.Answer> call) {
    long start = System.nanoTime();
    try {
      Api.Answer answer = call.get();
      calls.add(
          new Call(
              api,
              answer.status(),
              answer.millis(),
              answer.status() == 200 ? null : answer.toString()));
    } catch (RuntimeException e) {
      calls.add(new Call(api, 0, (System.nanoTime() - start) / 1_000_000, e.toString()));
    }
  }

  /** Stops the load and returns every call it made. */
  List<Call> stop() {
    running = false;
    try {
      thread.join(Api.TIMEOUT.toMillis() * 2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  @Override
  public void close() {
    stop();
  }
}
