package org.industrialreporting.anomaly;

import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.avro.Severity;

/**
 * The rule that applies to one kind of alert for one enterprise or scope, and what it says about a change. Its
 * thresholds are taken from the record once, as log ratios, because judging a month compares against them often.
 */
public final class AppliedRule {

  private final String key;
  private final AlertRule rule;
  private final boolean enabled;
  private final double yellowZ;
  private final double redZ;
  private final double minLogChange;
  private final double redLogChange;

  /** @param key the rule's key on {@code alert-rules} */
  public AppliedRule(String key, AlertRule rule) {
    this.key = key;
    this.rule = rule;
    enabled = rule.getEnabled();
    yellowZ = rule.getYellowZ();
    redZ = rule.getRedZ();
    minLogChange = logRatio(rule.getMinChangeBp());
    redLogChange = logRatio(rule.getRedChangeBp());
  }

  /** The rule's key on {@code alert-rules}. */
  public String key() {
    return key;
  }

  public AlertRule rule() {
    return rule;
  }

  public boolean enabled() {
    return enabled;
  }

  /** The smallest change that is an alert, as a log ratio (falls mirrored: −44.4 % is −ln 1.8). */
  double minLogChange() {
    return minLogChange;
  }

  /**
   * The severity of a change of {@code logChange} (magnitude) scoring {@code absScore} robust deviations, or null
   * when it is no alert (also when the rule is disabled).
   */
  Severity severity(double absScore, double logChange) {
    if (!enabled || absScore < yellowZ || logChange < minLogChange) {
      return null;
    }
    return absScore >= redZ && logChange >= redLogChange ? Severity.RED : Severity.YELLOW;
  }

  /** The score band of a severity of the statistical kinds. */
  double zThreshold(Severity severity) {
    return severity == Severity.RED ? redZ : yellowZ;
  }

  private static double logRatio(int riseBp) {
    return Math.log1p(riseBp / 10_000.0);
  }

  @Override
  public String toString() {
    return key;
  }
}
