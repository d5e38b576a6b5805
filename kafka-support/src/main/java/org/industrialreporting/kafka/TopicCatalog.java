package org.industrialreporting.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.BulletinRevision;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.avro.RejectedReport;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Target;

/**
 * Every topic of the pipeline, defined once (docs/product.md, "Topics"). Everything that creates, reads or writes a
 * topic takes its name from here, so a prefix (tests, several pipelines on one cluster) or a partition count
 * changes all of them together.
 *
 * <p>Topics keyed by credit code ({@code enterprise-registry}, {@code indicator-reports}) always have the same
 * partition count: the streams application joins them partition by partition.
 */
public final class TopicCatalog {

  /** Partitions of the topics that grow with the number of enterprises, unless configured otherwise. */
  public static final int DEFAULT_PARTITIONS = 6;

  private static final Map<String, String> COMPACTED = Map.of(
      TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
  // Input topics are the system of record: corrections and rebuilds replay them, so nothing expires.
  private static final Map<String, String> KEPT_FOREVER = Map.of(
      TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
      TopicConfig.RETENTION_MS_CONFIG, "-1",
      TopicConfig.RETENTION_BYTES_CONFIG, "-1");

  private final TopicSpec<String, Enterprise> enterpriseRegistry;
  private final TopicSpec<String, Park> parkRegistry;
  private final TopicSpec<String, Target> targets;
  private final TopicSpec<String, MonthlyReport> indicatorReports;
  private final TopicSpec<String, ParkReport> parkReports;
  private final TopicSpec<String, RejectedReport> rejectedReports;
  private final TopicSpec<String, Rollup> districtRollups;
  private final TopicSpec<String, Rollup> parkRollups;
  private final TopicSpec<String, Rollup> townRollups;
  private final TopicSpec<String, Rollup> industryRollups;
  private final TopicSpec<String, AnomalyAlert> anomalyAlerts;
  private final TopicSpec<String, AlertRule> alertRules;
  private final TopicSpec<String, BulletinRevision> bulletins;
  private final String namePrefix;

  /**
   * @param namePrefix prepended to every topic name ("" for the names of the design)
   * @param partitions partition count of the topics that scale with the number of enterprises
   */
  public TopicCatalog(String namePrefix, int partitions) {
    this.namePrefix = namePrefix;
    int small = 1; // registries of parks and targets: a few thousand records, read whole by every instance
    enterpriseRegistry = spec("enterprise-registry", Enterprise.class, partitions, COMPACTED,
        "Enterprises by credit code (compacted: the latest record is the enterprise as it is now)");
    parkRegistry = spec("park-registry", Park.class, small, COMPACTED, "Parks by park id");
    targets = spec("targets", Target.class, small, COMPACTED,
        "Annual targets by 'SCOPE_TYPE|scope_id|year|indicator'");
    indicatorReports = spec("indicator-reports", MonthlyReport.class, partitions, KEPT_FOREVER,
        "Enterprise monthly reports by credit code; the system of record, kept forever");
    parkReports = spec("park-reports", ParkReport.class, partitions, KEPT_FOREVER,
        "Park monthly reports by park id; the system of record, kept forever");
    rejectedReports = spec("indicator-reports-rejected", RejectedReport.class, partitions,
        deleteAfter(Duration.ofDays(90)), "Refused input with the raw bytes and every reason (dead letters)");
    districtRollups = spec("rollups-district", Rollup.class, partitions, COMPACTED,
        "District rollups by 'district_code|period'");
    parkRollups = spec("rollups-park", Rollup.class, partitions, COMPACTED, "Park rollups by 'park_id|period'");
    townRollups = spec("rollups-town", Rollup.class, partitions, COMPACTED,
        "Town rollups by 'district_code|town|period'");
    industryRollups = spec("rollups-industry", Rollup.class, partitions, COMPACTED,
        "Industry division rollups by 'district_code|division|period'");
    anomalyAlerts = spec("anomaly-alerts", AnomalyAlert.class, partitions, deleteAfter(Duration.ofDays(3 * 366)),
        "Anomaly alerts and their clearing, by credit code or scope id");
    alertRules = spec("alert-rules", AlertRule.class, small, COMPACTED,
        "Thresholds of the anomaly alerts by 'KIND|indicator|district|industry_prefix' (compacted; read whole by"
            + " every instance)");
    bulletins = spec("bulletins", BulletinRevision.class, small, COMPACTED,
        "Monthly bulletins by 'district_code|period' (compacted: the latest record is the revision in force)");
  }

  /** The topics of the design under their own names. */
  public static TopicCatalog defaults() {
    return new TopicCatalog("", DEFAULT_PARTITIONS);
  }

  private <V> TopicSpec<String, V> spec(
      String name, Class<V> valueType, int partitions, Map<String, String> configs, String description) {
    return new TopicSpec<>(namePrefix + name, String.class, valueType, partitions, configs, description);
  }

  private static Map<String, String> deleteAfter(Duration retention) {
    return Map.of(
        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
        TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()));
  }

  public String namePrefix() {
    return namePrefix;
  }

  public TopicSpec<String, Enterprise> enterpriseRegistry() {
    return enterpriseRegistry;
  }

  public TopicSpec<String, Park> parkRegistry() {
    return parkRegistry;
  }

  public TopicSpec<String, Target> targets() {
    return targets;
  }

  public TopicSpec<String, MonthlyReport> indicatorReports() {
    return indicatorReports;
  }

  public TopicSpec<String, ParkReport> parkReports() {
    return parkReports;
  }

  public TopicSpec<String, RejectedReport> rejectedReports() {
    return rejectedReports;
  }

  public TopicSpec<String, Rollup> districtRollups() {
    return districtRollups;
  }

  public TopicSpec<String, Rollup> parkRollups() {
    return parkRollups;
  }

  public TopicSpec<String, Rollup> townRollups() {
    return townRollups;
  }

  public TopicSpec<String, Rollup> industryRollups() {
    return industryRollups;
  }

  /** The rollup topic of a scope type. */
  public TopicSpec<String, Rollup> rollups(ScopeType type) {
    return switch (type) {
      case DISTRICT -> districtRollups;
      case PARK -> parkRollups;
      case TOWN -> townRollups;
      case INDUSTRY -> industryRollups;
    };
  }

  /** Every rollup topic, in the order of the design's table. */
  public List<TopicSpec<String, Rollup>> allRollups() {
    return List.of(districtRollups, parkRollups, townRollups, industryRollups);
  }

  public TopicSpec<String, AnomalyAlert> anomalyAlerts() {
    return anomalyAlerts;
  }

  public TopicSpec<String, AlertRule> alertRules() {
    return alertRules;
  }

  public TopicSpec<String, BulletinRevision> bulletins() {
    return bulletins;
  }

  /** Every topic, in the order of the design's table. */
  public List<TopicSpec<String, ?>> all() {
    return List.of(enterpriseRegistry, parkRegistry, targets, indicatorReports, parkReports, rejectedReports,
        districtRollups, parkRollups, townRollups, industryRollups, anomalyAlerts, alertRules, bulletins);
  }
}
