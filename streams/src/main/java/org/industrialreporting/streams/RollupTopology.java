package org.industrialreporting.streams;

import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.avro.RejectedReport;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Target;
import org.industrialreporting.domain.report.EnterpriseReportValidator;
import org.industrialreporting.domain.report.ParkReportValidator;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.kafka.TopicSpec;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.streams.anomaly.AlertRulesLoader;
import org.industrialreporting.streams.anomaly.RuleChangePass;
import org.industrialreporting.streams.anomaly.RuleSnapshot;
import org.industrialreporting.streams.contribution.Buckets;
import org.industrialreporting.streams.contribution.ScopeBatch;
import org.industrialreporting.streams.contribution.ScopeBatchCodec;
import org.industrialreporting.streams.contribution.TargetChanges;
import org.industrialreporting.streams.ledger.EnterpriseReportProcessor;
import org.industrialreporting.streams.ledger.LedgerCodec;
import org.industrialreporting.streams.park.ParkLedgerCodec;
import org.industrialreporting.streams.park.ParkReportProcessor;
import org.industrialreporting.streams.registry.EnterpriseRegistry;
import org.industrialreporting.streams.registry.ParkDirectory;
import org.industrialreporting.streams.registry.ParkRegistryLoader;
import org.industrialreporting.streams.rollup.RollupProcessor;
import org.industrialreporting.streams.rollup.RollupStores;
import org.industrialreporting.streams.state.CommitHook;
import org.industrialreporting.streams.state.CommitPacing;
import org.industrialreporting.streams.state.HashedKeyValueStore;
import org.industrialreporting.streams.validation.DeadLetterHandler;

/**
 * The rollup application ({@code reporting-rollups}): validation, rollups and anomaly alerts, in two stages.
 *
 * <pre>
 * indicator-reports ─── process-reports ─────────▶ indicator-reports-rejected, anomaly-alerts
 *                          │  (enterprise-ledger-store: one value per enterprise; enterprises-store: the registry)
 *                          └─ cell changes, summed until each commit ─▶ scope-updates ────────┐
 * park-reports ──────── process-park-reports ──▶ indicator-reports-rejected                   │
 *                          └─ cell changes, summed until each commit ─▶ park-scope-updates ───┤
 * targets ───────────── target-changes ──────────────────────────────▶ target-scope-updates ─┤
 *                                                  (repartitioned by bucket of scopes)         │
 *                                                     roll-up ◀───────────────────────────────┘
 *                                                       ├▶ rollups-district, rollups-park,
 *                                                       │  rollups-town, rollups-industry
 *                                                       └▶ anomaly-alerts (rollup swings)
 * enterprise-registry ▶ enterprises-store (global, in memory: the registry's records by credit code)
 * park-registry ▶ parks-store (global, in memory; its processor keeps the park directory)
 * alert-rules ──▶ alert-rules-store (global, in memory; its processor keeps the detectors' rule snapshot)
 * </pre>
 *
 * <p>When the alert rules change, both stages judge the alerts of every subject of their tasks again, a slice at a
 * time between records ({@link RuleChangePass}).
 *
 * <p>Per report, the first stage reads and writes the enterprise's ledger once ({@link EnterpriseReportProcessor}).
 * Cell changes are summed in memory per task and passed on at each commit, one record per partition; the
 * rollup stage keeps the cells in memory between commits and writes changed rollups paced by the emission policy
 * ({@link RollupProcessor}). Store and internal topic names are part of the contract: renaming one abandons its
 * state. Dead letters: every refused input record with its reasons and original bytes; unexpected processing errors
 * through {@link DeadLetterHandler}.
 */
public final class RollupTopology {

  public static final String ENTERPRISES_STORE = "enterprises-store";
  public static final String LEDGER_STORE = "enterprise-ledger-store";
  static final String ENTERPRISE_ALERTS_STORE = "enterprise-alerts-store";
  static final String ENTERPRISE_RULE_PASS_STORE = "enterprise-rule-pass-store";
  static final String ENTERPRISE_CHANGES = "enterprise-changes-hook";
  static final String PARK_LEDGER_STORE = "park-ledger-store";
  static final String PARK_CHANGES = "park-changes-hook";
  public static final String PARKS_STORE = "parks-store";
  public static final String ALERT_RULES_STORE = "alert-rules-store";
  static final String ENTERPRISE_SCOPE_UPDATES = "scope-updates";
  static final String PARK_SCOPE_UPDATES = "park-scope-updates";
  static final String TARGET_SCOPE_UPDATES = "target-scope-updates";
  /** Scope-years the rollup stage keeps in memory per task when they are clean. */
  private static final int CACHED_SCOPE_YEARS = 20_000;

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
  public Properties properties(KafkaSettings kafka) {
    Properties props = settings.properties(kafka);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
    props.put(DeadLetterHandler.CONFIG, new DeadLetterHandler.Target(topics.rejectedReports().name(),
        serdes.value(RejectedReport.class).serializer()));
    return props;
  }

  public Topology build(Properties props) {
    StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
    Serde<String> keys = Serdes.String();
    ParkDirectory parks = new ParkDirectory();
    RuleSnapshot alertRules = new RuleSnapshot();
    CommitPacing pacing = settings.pacing().commits();
    Deserializer<Enterprise> registryRecords = serdes.value(Enterprise.class).deserializer();

    // In memory, hashed: a look-up per report, at random over every enterprise, is several times dearer from RocksDB
    // or a sorted tree; the registry is read again from its topic at each start (about 100 bytes an enterprise).
    builder.addGlobalStore(Stores.keyValueStoreBuilder(HashedKeyValueStore.supplier(ENTERPRISES_STORE), keys,
            Serdes.ByteArray()).withLoggingDisabled(), topics.enterpriseRegistry().name(),
        Consumed.with(keys, Serdes.ByteArray()).withName("enterprise-registry-source"),
        () -> new EnterpriseRegistry.Loader(ENTERPRISES_STORE, registryRecords));

    builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(PARKS_STORE), keys,
            serdes.value(Park.class)).withLoggingDisabled(), topics.parkRegistry().name(),
        Consumed.with(keys, serdes.value(Park.class)).withName("park-registry-source"),
        () -> new ParkRegistryLoader(PARKS_STORE, parks));
    builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(ALERT_RULES_STORE), keys,
            serdes.value(AlertRule.class)).withLoggingDisabled(), topics.alertRules().name(),
        Consumed.with(keys, serdes.value(AlertRule.class)).withName("alert-rules-source"),
        () -> new AlertRulesLoader(ALERT_RULES_STORE, alertRules));

    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LEDGER_STORE), keys,
        new LedgerCodec()));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ENTERPRISE_ALERTS_STORE), keys,
        serdes.value(AnomalyAlert.class)));
    builder.addStateStore(CommitHook.builder(ENTERPRISE_CHANGES));
    builder.addStateStore(RuleChangePass.storeBuilder(ENTERPRISE_RULE_PASS_STORE));
    EnterpriseReportValidator enterpriseValidator = new EnterpriseReportValidator(rules);
    KStream<String, ScopeBatch> enterpriseChanges = stageOne(raw(builder, topics.indicatorReports(), "reports-source")
        .process(() -> new EnterpriseReportProcessor(serdes.value(MonthlyReport.class).deserializer(),
                registryRecords, topics.enterpriseRegistry().name(), enterpriseValidator, parks, alertRules,
                new EnterpriseReportProcessor.Stores(LEDGER_STORE, ENTERPRISE_ALERTS_STORE, ENTERPRISE_CHANGES,
                    ENTERPRISE_RULE_PASS_STORE, ENTERPRISES_STORE), pacing, changePartitions()),
            Named.as("process-reports"), LEDGER_STORE, ENTERPRISE_ALERTS_STORE, ENTERPRISE_CHANGES,
            ENTERPRISE_RULE_PASS_STORE), "reports-");

    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PARK_LEDGER_STORE), keys,
        new ParkLedgerCodec()));
    builder.addStateStore(CommitHook.builder(PARK_CHANGES));
    ParkReportValidator parkValidator = new ParkReportValidator(rules);
    KStream<String, ScopeBatch> parkChanges = stageOne(raw(builder, topics.parkReports(), "park-reports-source")
        .process(() -> new ParkReportProcessor(serdes.value(ParkReport.class).deserializer(), parkValidator, parks,
            PARK_LEDGER_STORE, PARK_CHANGES, pacing, changePartitions()), Named.as("process-park-reports"),
            PARK_LEDGER_STORE, PARK_CHANGES),
        "park-reports-");

    KStream<String, ScopeBatch> targetChanges = builder.stream(topics.targets().name(),
            Consumed.with(keys, serdes.value(Target.class)).withName("targets-source"))
        .map(TargetChanges::of, Named.as("target-changes"))
        .mapValues(out -> ((Output.Changes) out).batch(), Named.as("target-change-batch"));

    // One internal topic per sender, each partitioned by bucket of scopes alike, so that every task of the rollup
    // stage reads the changes to its scopes from all three. Park reports and targets have sub-topologies of their
    // own: a task with input partitions that are mostly empty costs Kafka Streams work for every record it processes.
    RollupStores.add(builder, serdes.value(AnomalyAlert.class));
    KStream<String, ScopeBatch> allChanges = enterpriseChanges.repartition(toScopes(ENTERPRISE_SCOPE_UPDATES))
        .merge(parkChanges.repartition(toScopes(PARK_SCOPE_UPDATES)), Named.as("merge-park-changes"))
        .merge(targetChanges.repartition(toScopes(TARGET_SCOPE_UPDATES)), Named.as("merge-target-changes"));
    splitStageTwo(allChanges.process(() -> new RollupProcessor(RollupStores.NAMES, parks,
            alertRules, settings.pacing().emission(), pacing,
            settings.pacing().emissionTick(), CACHED_SCOPE_YEARS),
        Named.as("roll-up"), RollupStores.NAMES.all()));
    return builder.build();
  }

  /** An internal topic of changes for the rollup stage, partitioned by bucket of scopes. */
  private Repartitioned<String, ScopeBatch> toScopes(String name) {
    return Repartitioned.<String, ScopeBatch>as(name).withKeySerde(Serdes.String())
        .withValueSerde(new ScopeBatchCodec()).withStreamPartitioner(Buckets.partitioner())
        .withNumberOfPartitions(changePartitions());
  }

  /** The partition count of the internal topics of changes: that of the input. */
  private int changePartitions() {
    return topics.indicatorReports().partitions();
  }

  /** A topic as raw bytes: its processor decodes each record, so that one that cannot be is a dead letter. */
  private static KStream<String, byte[]> raw(StreamsBuilder builder, TopicSpec<String, ?> topic, String name) {
    return builder.stream(topic.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(name));
  }

  /** A first-stage processor's dead letters and alerts to their topics; its cell changes for the rollup stage. */
  private KStream<String, ScopeBatch> stageOne(KStream<String, Output> output, String prefix) {
    var branches = output.split(Named.as(prefix))
        .branch((key, out) -> out instanceof Output.DeadLetter, Branched.withConsumer(s -> deadLetters(s, prefix),
            "dead-letters"))
        .branch((key, out) -> out instanceof Output.Alert, Branched.withConsumer(s -> sink(s, prefix, "alert",
            o -> ((Output.Alert) o).alert(), topics.anomalyAlerts()), "alerts"))
        .defaultBranch(Branched.as("changes"));
    return branches.get(prefix + "changes")
        .mapValues(out -> ((Output.Changes) out).batch(), Named.as(prefix + "change-batch"));
  }

  private void deadLetters(KStream<String, Output> deadLetters, String prefix) {
    sink(deadLetters, prefix, "dead-letter", o -> ((Output.DeadLetter) o).rejection(), topics.rejectedReports());
  }

  /** The rollup stage's rollups, each to the topic of its scope type, and alerts to theirs. */
  private void splitStageTwo(KStream<String, Output> output) {
    String prefix = "stage-two-";
    var branches = output.split(Named.as(prefix));
    for (ScopeType type : ScopeType.values()) {
      String name = type.name().toLowerCase(Locale.ROOT) + "-rollup"; // district-rollup, park-rollup, …
      branches.branch((key, out) -> out instanceof Output.ScopeRollup rollup && rollup.scopeType() == type,
          Branched.withConsumer(s -> sink(s, prefix, name, o -> ((Output.ScopeRollup) o).rollup(),
              topics.rollups(type)), name + "s"));
    }
    branches.defaultBranch(Branched.withConsumer(s -> sink(s, prefix, "alert", o -> ((Output.Alert) o).alert(),
        topics.anomalyAlerts()), "alerts"));
  }

  private <V extends SpecificRecord> void sink(KStream<String, Output> stream, String prefix, String name, Function<Output, V> value,
      TopicSpec<String, V> topic) {
    stream.mapValues(value::apply, Named.as(prefix + name + "-value"))
        .to(topic.name(), Produced.with(Serdes.String(), serdes.value(topic.valueType())).withName(prefix + name + "-sink"));
  }
}
