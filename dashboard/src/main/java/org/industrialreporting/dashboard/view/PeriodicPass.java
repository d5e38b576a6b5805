package org.industrialreporting.dashboard.view;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * A pass the dashboard makes over its view every interval, on a daemon thread of its own (so the pass's state is
 * confined to it): a pass that fails is logged and made again at the next interval.
 */
public final class PeriodicPass implements AutoCloseable {

  private final ScheduledExecutorService scheduler;

  private PeriodicPass(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
  }

  /**
   * Starts at once and then every {@code interval} after the end of the pass before.
   *
   * @param failed what a failed pass did not do, for the log (e.g. "Bulletins not published")
   */
  public static PeriodicPass start(String threadName, Duration interval, Runnable pass, Logger log, String failed) {
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, threadName);
      thread.setDaemon(true);
      return thread;
    });
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        pass.run();
      } catch (RuntimeException e) {
        log.warn("{} this time; trying again at the next interval: {}", failed, e.getMessage(), e);
      }
    }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    return new PeriodicPass(scheduler);
  }

  /** Stops the passes, waiting up to ten seconds for one under way. */
  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      scheduler.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
