package org.industrialreporting.bench;

import java.io.PrintStream;

/** Progress of a long benchmark run, one line per step, on the error stream so that the results stay clean. */
final class Progress {

  private final PrintStream out;
  private final long start = System.nanoTime();

  Progress(PrintStream out) {
    this.out = out;
  }

  void step(String message) {
    out.printf("[%6.1f s] %s%n", elapsed(), message);
  }

  void update(String what, long count) {
    out.printf("[%6.1f s]   %s: %,d%n", elapsed(), what, count);
  }

  void done(String what, long count, double perSecond) {
    out.printf("[%6.1f s] %s: %,d records, %,.0f/s%n", elapsed(), what, count, perSecond);
  }

  private double elapsed() {
    return (System.nanoTime() - start) / 1e9;
  }
}
