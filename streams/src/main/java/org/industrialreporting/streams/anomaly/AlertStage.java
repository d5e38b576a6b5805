package org.industrialreporting.streams.anomaly;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Rollup;

/**
 * The anomaly part of the topology: enterprise alerts beside the rollups' first stage (per enterprise, from the
 * reports it keeps), rollup swings after their second (per scope, from the rollups). Both read the rules from the
 * {@code alert-rules} global table and keep their open alerts, so that a re-evaluation sends only what changed.
 * See {@link EnterpriseAlertProcessor} and {@link RollupSwingProcessor}.
 */
public final class AlertStage {

  /** The latest record of every enterprise alert, by alert id. */
  public static final String ALERTS_STORE = "alerts-store";
  /** Each district's and park's monthly totals of output and energy, by rollup cell key. */
  public static final String SCOPE_TOTALS_STORE = "scope-totals-store";
  /** The latest record of every rollup alert, by alert id. */
  public static final String SCOPE_ALERTS_STORE = "scope-alerts-store";

  private final String rulesStore;
  private final Serde<AnomalyAlert> alertSerde;

  /**
   * @param rulesStore the global store of {@code alert-rules}
   * @param alertSerde how open alerts are kept
   */
  public AlertStage(String rulesStore, Serde<AnomalyAlert> alertSerde) {
    this.rulesStore = rulesStore;
    this.alertSerde = alertSerde;
  }

  /** Accepted enterprise reports → enterprise alerts, keyed by credit code. */
  public KStream<String, AnomalyAlert> enterpriseAlerts(KStream<String, MonthlyReport> reports, StreamsBuilder builder,
      String reportsStore, String enterprisesStore) {
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ALERTS_STORE),
        Serdes.String(), alertSerde));
    return reports.process(() -> new EnterpriseAlertProcessor(reportsStore, enterprisesStore, rulesStore,
        ALERTS_STORE), Named.as("detect-enterprise-anomalies"), reportsStore, enterprisesStore, ALERTS_STORE);
  }

  /** Rollups keyed by cell key (tombstones included) → rollup swing alerts, keyed by district code or park id. */
  public KStream<String, AnomalyAlert> rollupSwings(KStream<String, Rollup> rollups, StreamsBuilder builder) {
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SCOPE_TOTALS_STORE),
        Serdes.String(), ScopeTotals.serde()));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SCOPE_ALERTS_STORE),
        Serdes.String(), alertSerde));
    return rollups.process(() -> new RollupSwingProcessor(SCOPE_TOTALS_STORE, rulesStore, SCOPE_ALERTS_STORE),
        Named.as("detect-rollup-swings"), SCOPE_TOTALS_STORE, SCOPE_ALERTS_STORE);
  }
}
