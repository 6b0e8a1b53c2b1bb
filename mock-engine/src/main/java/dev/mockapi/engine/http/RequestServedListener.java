package dev.mockapi.engine.http;

/**
 * Told of every answered mock call, on the thread that answered it: it must be cheap and must never
 * block (no I/O), since it runs on the hot path.
 */
public interface RequestServedListener {

  void served(RequestServed request);
}
