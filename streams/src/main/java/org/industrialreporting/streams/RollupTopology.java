package org.industrialreporting.streams;

import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.avro.RejectedReport;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.Target;
import org.industrialreporting.avro.internal.AttributedParkReport;
import org.industrialreporting.avro.internal.AttributedReport;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.kafka.TopicSpec;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.streams.anomaly.AlertStage;
import org.industrialreporting.streams.rollup.RollupStage;
import org.industrialreporting.streams.validation.Checked;
import org.industrialreporting.streams.validation.DeadLetterHandler;
import org.industrialreporting.streams.validation.RecordValidation;
import org.industrialreporting.streams.validation.ReportChecks;
import org.industrialreporting.streams.validation.StoreValidationContext;

/**
 * The rollup application ({@code reporting-rollups}), with the anomaly alerts of enterprises and rollups.
 *
 * <pre>
 * indicator-reports ─ validate-reports ─┬─ rejected ──────────────────────────────▶ indicator-reports-rejected
 *                                       ├─ detect-enterprise-anomalies ────────────▶ anomaly-alerts
 *                                       └─ aggregate-reports ─┐   (per enterprise: latest revision, cell changes)
 * park-reports ───── validate-park-reports ─┬─ rejected ─────────────────────────▶ indicator-reports-rejected
 *                                           └─ aggregate-park-reports ─┤
 * targets ────────── target-changes ──────────────────────────────────┤
 *                                                     scope-updates (repartition by district/park)
 *                                                                      └─ roll-up ─┬▶ rollups-district
 *                                                                                  ├▶ rollups-park
 *                                                                                  └─ detect-rollup-swings ▶ anomaly-alerts
 * enterprise-registry ▶ enterprises-store (table, co-partitioned with indicator-reports)
 * park-registry ▶ parks-store (global table)
 * alert-rules ▶ alert-rules-store (global store, in memory; its processor keeps the detectors' rule snapshot)
 * </pre>
 *
 * <p>Stores: {@value #ENTERPRISES_STORE}, {@value #PARKS_STORE}, {@value #REPORTS_STORE} (latest revision of each
 * enterprise report), {@value #PARK_REPORTS_STORE}, the two change buffers, the rollup stage's
 * {@value RollupStage#CELLS_STORE}, {@value RollupStage#TARGETS_STORE} and {@value RollupStage#DIRTY_STORE}, and the
 * alert stage's {@value #ALERT_RULES_STORE}, {@value AlertStage#ALERTS_STORE},
 * {@value AlertStage#SCOPE_TOTALS_STORE} and {@value AlertStage#SCOPE_ALERTS_STORE}.
 * Dead letters: rejected reports with every reason; undecodable registry records and unexpected processing
 * errors through {@link DeadLetterHandler}. Store and internal topic names are part of the contract: renaming one
 * abandons its state.
 */
public final class RollupTopology {

  public static final String ENTERPRISES_STORE = "enterprises-store";
  public static final String PARKS_STORE = "parks-store";
  public static final String REPORTS_STORE = "reports-store";
  public static final String PARK_REPORTS_STORE = "park-reports-store";
  static final String REPORT_CHANGES_STORE = "report-cell-changes-store";
  static final String PARK_REPORT_CHANGES_STORE = "park-report-cell-changes-store";
  public static final String ALERT_RULES_STORE = "alert-rules-store";
  static final String SCOPE_UPDATES = "scope-updates";

  private final TopicCatalog topics;
  private final AvroSerdes serdes;
  private final ReportRules rules;
  private final StreamsSettings settings;

  public RollupTopology(TopicCatalog topics, AvroSerdes serdes, ReportRules rules, StreamsSettings settings) {
    this.topics = topics;
    this.serdes = serdes;
    this.rules = rules;
    this.settings = settings;
  }

  /** The configuration to run this topology with: the settings' plus the dead-letter handler's. */
  public Properties properties(org.industrialreporting.kafka.KafkaSettings kafka) {
    Properties props = settings.properties(kafka);
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
    props.put(DeadLetterHandler.CONFIG, new DeadLetterHandler.Target(topics.rejectedReports().name(),
        serdes.value(RejectedReport.class).serializer()));
    return props;
  }

  public Topology build(Properties props) {
    StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
    Serde<String> keys = Serdes.String();

    builder.table(topics.enterpriseRegistry().name(),
        Consumed.with(keys, serdes.value(Enterprise.class)).withName("enterprise-registry-source"),
        // Uncached: it is only read, a lookup per report of some 483,000 enterprises nationally, and a cache would
        // take in every value read, evicting and sorting for nothing.
        Materialized.<String, Enterprise, KeyValueStore<Bytes, byte[]>>as(ENTERPRISES_STORE)
            .withKeySerde(keys).withValueSerde(serdes.value(Enterprise.class)).withCachingDisabled());
    builder.globalTable(topics.parkRegistry().name(),
        Consumed.with(keys, serdes.value(Park.class)).withName("park-registry-source"),
        Materialized.<String, Park, KeyValueStore<Bytes, byte[]>>as(PARKS_STORE)
            .withKeySerde(keys).withValueSerde(serdes.value(Park.class)));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(REPORTS_STORE),
        keys, serdes.value(AttributedReport.class)));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PARK_REPORTS_STORE),
        keys, serdes.value(AttributedParkReport.class)));
    RollupStage rollups = new RollupStage(PARKS_STORE, settings.flushInterval());
    rollups.addBufferStore(builder, REPORT_CHANGES_STORE);
    rollups.addBufferStore(builder, PARK_REPORT_CHANGES_STORE);

    ReportChecks checks = new ReportChecks(rules, ENTERPRISES_STORE, PARKS_STORE, REPORTS_STORE);
    KStream<String, MonthlyReport> reports = validated(builder, topics.indicatorReports(),
        serdes.value(MonthlyReport.class), checks.enterpriseReports(), "reports", ENTERPRISES_STORE, REPORTS_STORE);
    KStream<String, ParkReport> parkReports = validated(builder, topics.parkReports(),
        serdes.value(ParkReport.class), checks.parkReports(), "park-reports");

    var enterpriseChanges = rollups.enterpriseChanges(reports, ENTERPRISES_STORE, REPORTS_STORE, REPORT_CHANGES_STORE);
    AlertStage alerts = new AlertStage(serdes.value(AnomalyAlert.class));
    alerts.addRulesStore(builder, ALERT_RULES_STORE, topics.alertRules().name(), serdes.value(AlertRule.class));
    alerts.enterpriseAlerts(reports, builder, REPORTS_STORE, ENTERPRISES_STORE)
        .to(topics.anomalyAlerts().name(), produced(topics.anomalyAlerts(), "enterprise-alerts-sink"));
    var parkChanges = rollups.parkChanges(parkReports, PARK_REPORTS_STORE, PARK_REPORT_CHANGES_STORE);
    var targetChanges = rollups.targetChanges(builder.stream(topics.targets().name(),
        Consumed.with(keys, serdes.value(Target.class)).withName("targets-source")));

    KStream<String, Rollup> rollupsOut = rollups.rollUp(enterpriseChanges
        .merge(parkChanges, Named.as("merge-park-report-changes"))
        .merge(targetChanges, Named.as("merge-target-changes"))
        .repartition(rollups.scopeUpdates(SCOPE_UPDATES)), builder);
    rollupsOut.split(Named.as("rollups-"))
        .branch((key, rollup) -> RollupStage.isDistrict(key), Branched.withConsumer(
            s -> s.selectKey((key, rollup) -> RollupStage.rollupKey(key), Named.as("district-rollup-key"))
                .to(topics.districtRollups().name(), produced(topics.districtRollups(), "district-rollups-sink")),
            "district"))
        .defaultBranch(Branched.withConsumer(
            s -> s.selectKey((key, rollup) -> RollupStage.rollupKey(key), Named.as("park-rollup-key"))
                .to(topics.parkRollups().name(), produced(topics.parkRollups(), "park-rollups-sink")),
            "park"));
    alerts.rollupSwings(rollupsOut, builder)
        .to(topics.anomalyAlerts().name(), produced(topics.anomalyAlerts(), "rollup-alerts-sink"));
    return builder.build();
  }

  /**
   * Reads a report topic as raw bytes and validates each record: rejections go to the dead-letter topic, the
   * accepted reports are returned.
   *
   * @param stores the stores validation reads (the registry and the reports already accepted), if any
   */
  private <T> KStream<String, T> validated(StreamsBuilder builder, TopicSpec<String, T> topic,
      Serde<T> serde, ReportChecks.Check<T> check, String name, String... stores) {
    KStream<String, Checked<T>> checked = builder
        .stream(topic.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(name + "-source"))
        .process(() -> new RecordValidation<>(serde.deserializer(), check.rule(), check.context()),
            Named.as("validate-" + name), stores);
    checked.filter((key, value) -> value.isRejected(), Named.as(name + "-rejected"))
        .mapValues(Checked::rejected, Named.as(name + "-rejection"))
        .to(topics.rejectedReports().name(), produced(topics.rejectedReports(), name + "-rejected-sink"));
    return checked.filter((key, value) -> !value.isRejected(), Named.as(name + "-accepted"))
        .mapValues(Checked::accepted, Named.as(name + "-acceptance"));
  }

  private <V extends org.apache.avro.specific.SpecificRecord> Produced<String, V> produced(TopicSpec<String, V> topic,
      String name) {
    return Produced.with(Serdes.String(), serdes.value(topic.valueType())).withName(name);
  }
}
