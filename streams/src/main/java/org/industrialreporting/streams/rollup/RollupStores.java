package org.industrialreporting.streams.rollup;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.state.Stores;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.streams.anomaly.RuleChangePass;
import org.industrialreporting.streams.state.CommitHook;

/** The stores of the rollup stage (see {@link RollupProcessor}): names, layouts and how they are built. */
public final class RollupStores {

  /** The stores' names: part of the contract with state already written. */
  public static final RollupProcessor.Stores NAMES = new RollupProcessor.Stores("scope-cells-store",
      "scope-years-store", "rollup-progress-store", "scope-alerts-store", "scope-changes-hook", "scope-rule-pass-store");

  private RollupStores() {
  }

  /** Adds the stores to the topology; the rollup alerts are kept with {@code alertSerde}. */
  public static void add(StreamsBuilder builder, Serde<AnomalyAlert> alertSerde) {
    Serde<String> keys = Serdes.String();
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(NAMES.cells()), keys,
        ScopeStateCodec.cells()));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(NAMES.years()), keys,
        ScopeStateCodec.years()));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(NAMES.progress()), keys,
        Progress.serde()));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(NAMES.alerts()), keys,
        alertSerde));
    builder.addStateStore(CommitHook.builder(NAMES.commitHook()));
    builder.addStateStore(RuleChangePass.storeBuilder(NAMES.rulePass()));
  }
}
