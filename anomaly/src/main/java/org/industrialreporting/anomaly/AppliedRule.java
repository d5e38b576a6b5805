package org.industrialreporting.anomaly;

import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.avro.Severity;

/**
 * The rule that applies to one kind of alert for one enterprise or scope, and what it says about a change.
 *
 * @param key the rule's key on {@code alert-rules}
 */
public record AppliedRule(String key, AlertRule rule) {

  public boolean enabled() {
    return rule.getEnabled();
  }

  /** The smallest change that is an alert, as a log ratio (falls mirrored: −44.4 % is −ln 1.8). */
  double minLogChange() {
    return logRatio(rule.getMinChangeBp());
  }

  /**
   * The severity of a change of {@code logChange} (magnitude) scoring {@code absScore} robust deviations, or null
   * when it is no alert.
   */
  Severity severity(double absScore, double logChange) {
    if (absScore < rule.getYellowZ() || logChange < minLogChange()) {
      return null;
    }
    return absScore >= rule.getRedZ() && logChange >= logRatio(rule.getRedChangeBp()) ? Severity.RED
        : Severity.YELLOW;
  }

  /** The score band of a severity of the statistical kinds. */
  double zThreshold(Severity severity) {
    return severity == Severity.RED ? rule.getRedZ() : rule.getYellowZ();
  }

  private static double logRatio(int riseBp) {
    return Math.log1p(riseBp / 10_000.0);
  }
}
