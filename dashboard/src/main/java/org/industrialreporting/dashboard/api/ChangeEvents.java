package org.industrialreporting.dashboard.api;

import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Tells open pages that the view changed, over Server-Sent Events: an {@code update} event carrying the view's
 * version, at most once per interval however many batches arrived, so that a page refetches once per burst. A change
 * after a quiet interval is told within a tenth of the interval, not at the next interval's end, so that a lone
 * correction shows at once. Idle connections get a comment now and then, so that proxies keep them open.
 */
final class ChangeEvents implements AutoCloseable {

  static final String EVENT = "update";
  private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

  private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "dashboard-change-events");
    thread.setDaemon(true);
    return thread;
  });
  private final LongSupplier version;
  private final long intervalNanos;
  // Confined to the scheduler's thread.
  private long sentVersion;
  private long lastEventNanos;
  private long lastWriteNanos;

  ChangeEvents(LongSupplier version, Duration interval) {
    this.version = version;
    this.intervalNanos = interval.toNanos();
    this.sentVersion = version.getAsLong();
    this.lastEventNanos = System.nanoTime();
    this.lastWriteNanos = lastEventNanos;
    long tick = Math.max(1, interval.toMillis() / 10);
    scheduler.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
  }

  /** Keeps the client's connection open and sends it the current version at once. */
  void accept(SseClient client) {
    client.keepAlive();
    client.onClose(() -> clients.remove(client));
    clients.add(client);
    client.sendEvent(EVENT, data(version.getAsLong()));
  }

  private void tick() {
    long current = version.getAsLong();
    long now = System.nanoTime();
    if (current != sentVersion && now - lastEventNanos >= intervalNanos) {
      sentVersion = current;
      lastEventNanos = now;
      lastWriteNanos = now;
      clients.forEach(client -> send(client, () -> client.sendEvent(EVENT, data(current))));
    } else if (now - lastWriteNanos >= KEEP_ALIVE.toNanos()) {
      lastWriteNanos = now;
      clients.forEach(client -> send(client, () -> client.sendComment("keep-alive")));
    }
  }

  private void send(SseClient client, Runnable sending) {
    if (client.terminated()) {
      clients.remove(client);
      return;
    }
    try {
      sending.run();
    } catch (RuntimeException e) { // the page went away between the check and the write
      clients.remove(client);
    }
  }

  private static String data(long version) {
    return "{\"version\":" + version + "}";
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    clients.forEach(SseClient::close);
    clients.clear();
  }
}
