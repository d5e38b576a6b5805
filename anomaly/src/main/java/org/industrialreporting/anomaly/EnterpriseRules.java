package org.industrialreporting.anomaly;

import org.industrialreporting.avro.AlertKind;

/**
 * The rules in force for one enterprise, one per kind: resolved once from the {@link RuleBook} for its district and
 * industry, then read by every judgement of its months.
 */
public final class EnterpriseRules {

  private final AppliedRule[] byKind;

  EnterpriseRules(AppliedRule[] byKind) {
    this.byKind = byKind;
  }

  /** The rule of a kind of enterprise alert. */
  public AppliedRule of(AlertKind kind) {
    return byKind[kind.ordinal()];
  }
}
