package org.industrialreporting.launcher;

import java.io.PrintStream;
import java.time.Duration;
import org.industrialreporting.producers.registry.RegistryFollower;

/**
 * Progress of long work on standard error: on a terminal a bar redrawn in place a few times a second, otherwise
 * (logs, pipes) a plain line every ten seconds, so that short runs print nothing and long ones do not flood a
 * log. Not thread-safe: one per piece of work.
 */
public final class ProgressIndicator {

  private static final int BAR_WIDTH = 30;
  private static final Duration TERMINAL_EVERY = Duration.ofMillis(200);
  private static final Duration LINE_EVERY = Duration.ofSeconds(10);

  private final PrintStream err;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastShown = started;
  private boolean drawn;

  public ProgressIndicator(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** Progress on {@code err}, drawn as a bar when that is this process's standard error on a terminal. */
  public static ProgressIndicator on(PrintStream err) {
    return new ProgressIndicator(err, err == System.err && System.console() != null);
  }

  /** Shows how far reading the registry topics has come. */
  public RegistryFollower.Progress registry(String what) {
    return (read, total) -> show(what, "records", read, total == 0 ? 1 : (double) read / total);
  }

  /**
   * Shows how far the work has come, if it is time to.
   *
   * @param what what is being done, e.g. {@code reports.csv}
   * @param units what is counted, e.g. {@code rows}
   * @param done units done so far
   * @param fraction the share done, 0 to 1, or a negative number when unknown
   */
  public void show(String what, String units, long done, double fraction) {
    long now = System.nanoTime();
    Duration every = terminal ? TERMINAL_EVERY : LINE_EVERY;
    if (now - lastShown < every.toNanos()) {
      return;
    }
    lastShown = now;
    double seconds = (now - started) / 1e9;
    String rate = seconds > 0 ? String.format("%,.0f %s/s", done / seconds, units) : "";
    String percent = fraction >= 0 ? String.format(" %3.0f%%", Math.min(fraction, 1) * 100) : "";
    if (terminal) {
      int filled = fraction >= 0 ? (int) Math.round(Math.min(fraction, 1) * BAR_WIDTH) : 0;
      String bar = fraction >= 0 ? " [" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]" : "";
      err.printf("\r%s%s%s %,d %s, %s\u001b[K", what, bar, percent, done, units, rate);
      drawn = true;
    } else {
      err.printf("%s:%s %,d %s so far, %s%n", what, percent, done, units, rate);
    }
  }

  /** Clears the bar, so that what follows starts on a clean line. */
  public void finish() {
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
      drawn = false;
    }
  }
}
