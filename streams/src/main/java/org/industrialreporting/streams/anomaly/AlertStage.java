package org.industrialreporting.streams.anomaly;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Rollup;

/**
 * The anomaly part of the topology: enterprise alerts beside the rollups' first stage (per enterprise, from the
 * reports it keeps), rollup swings after their second (per scope, from the rollups). Both read the rules of the
 * {@code alert-rules} global store from a snapshot its processor keeps current, and keep their open alerts, so
 * that a re-evaluation sends only what changed.
 * See {@link EnterpriseAlertProcessor} and {@link RollupSwingProcessor}.
 */
public final class AlertStage {

  /** The latest record of every enterprise alert, by alert id. */
  public static final String ALERTS_STORE = "alerts-store";
  /** Each district's and park's monthly totals of output and energy, by rollup cell key. */
  public static final String SCOPE_TOTALS_STORE = "scope-totals-store";
  /** The latest record of every rollup alert, by alert id. */
  public static final String SCOPE_ALERTS_STORE = "scope-alerts-store";

  private final RuleSnapshot rules = new RuleSnapshot();
  private final Serde<AnomalyAlert> alertSerde;

  /**
   * @param alertSerde how open alerts are kept
   */
  public AlertStage(Serde<AnomalyAlert> alertSerde) {
    this.alertSerde = alertSerde;
  }

  /**
   * The {@code alert-rules} topic as a global store (in memory, restored from the topic itself) whose processor keeps
   * this stage's rule snapshot current.
   */
  public void addRulesStore(StreamsBuilder builder, String storeName, String topic, Serde<AlertRule> ruleSerde) {
    builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(storeName), Serdes.String(),
            ruleSerde).withLoggingDisabled(), topic,
        Consumed.with(Serdes.String(), ruleSerde).withName("alert-rules-source"),
        () -> new AlertRulesLoader(storeName, rules));
  }

  /** Accepted enterprise reports → enterprise alerts, keyed by credit code. */
  public KStream<String, AnomalyAlert> enterpriseAlerts(KStream<String, MonthlyReport> reports, StreamsBuilder builder,
      String reportsStore, String enterprisesStore) {
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ALERTS_STORE),
        Serdes.String(), alertSerde).withCachingEnabled());
    return reports.process(() -> new EnterpriseAlertProcessor(reportsStore, enterprisesStore, rules,
        ALERTS_STORE), Named.as("detect-enterprise-anomalies"), reportsStore, enterprisesStore, ALERTS_STORE);
  }

  /** Rollups keyed by cell key (tombstones included) → rollup swing alerts, keyed by district code or park id. */
  public KStream<String, AnomalyAlert> rollupSwings(KStream<String, Rollup> rollups, StreamsBuilder builder) {
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SCOPE_TOTALS_STORE),
        Serdes.String(), ScopeTotals.serde()).withCachingEnabled());
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SCOPE_ALERTS_STORE),
        Serdes.String(), alertSerde).withCachingEnabled());
    return rollups.process(() -> new RollupSwingProcessor(SCOPE_TOTALS_STORE, rules, SCOPE_ALERTS_STORE),
        Named.as("detect-rollup-swings"), SCOPE_TOTALS_STORE, SCOPE_ALERTS_STORE);
  }
}
