package org.industrialreporting.streams.anomaly;

import java.util.List;
import org.industrialreporting.anomaly.RuleBook;

/**
 * The alert rules in force in this application instance: replaced by the {@code alert-rules} global store's processor
 * whenever a rule changes (on the global thread), read by the detectors for every evaluation (on the stream
 * threads). Reading is a volatile read, so a changed rule applies to the next evaluation without a restart.
 */
public final class RuleSnapshot {

  private volatile RuleBook current = RuleBook.of(List.of());

  RuleBook current() {
    return current;
  }

  void replace(RuleBook book) {
    current = book;
  }
}
