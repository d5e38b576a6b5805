package org.industrialreporting.dashboard.view;

import org.apache.avro.specific.SpecificRecord;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.BulletinRevision;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.Rollup;

/** The topics the view reads, by what they carry, with the type of their values. */
public enum ViewSource {
  PARK_REGISTRY(Park.class),
  ENTERPRISE_REGISTRY(Enterprise.class),
  DISTRICT_ROLLUPS(Rollup.class),
  PARK_ROLLUPS(Rollup.class),
  TOWN_ROLLUPS(Rollup.class),
  INDUSTRY_ROLLUPS(Rollup.class),
  ANOMALY_ALERTS(AnomalyAlert.class),
  /** The alert rules; the dashboard takes the reporting deadline (REPORT_MISSING) from them. */
  ALERT_RULES(AlertRule.class),
  /** The monthly bulletins' latest revisions, which the next revision is numbered after. */
  BULLETINS(BulletinRevision.class),
  /**
   * The streams application's enterprise ledgers (the changelog of its {@code enterprise-ledger-store}): each
   * enterprise's registration and reports in force, as attributed. Not Avro: decoded with the ledger's own codec.
   */
  ENTERPRISE_LEDGERS(null),
  /** Dead letters, counted but not decoded. */
  REJECTED_REPORTS(null);

  private final Class<? extends SpecificRecord> valueType;

  ViewSource(Class<? extends SpecificRecord> valueType) {
    this.valueType = valueType;
  }

  /** The Avro class of the values; null for the ledgers and for a source that is only counted. */
  public Class<? extends SpecificRecord> valueType() {
    return valueType;
  }
}
