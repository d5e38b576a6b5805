package org.industrialreporting.streams.rollup;

import java.time.Duration;
import java.time.YearMonth;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Target;
import org.industrialreporting.domain.keys.TopicKeys;

/**
 * The rollup part of the topology, in two stages: per reporter (co-partitioned with the reports), reports become
 * changes to the cells of their scopes; per scope (after the {@code scope-updates} repartition), cells and
 * targets become rollups. See {@link ReportAggregator} and {@link RollupProcessor}.
 */
public final class RollupStage {

  public static final String CELLS_STORE = "cells-store";
  public static final String TARGETS_STORE = "targets-store";
  public static final String DIRTY_STORE = "dirty-rollups-store";

  private final String parksStore;
  private final Duration flushInterval;

  public RollupStage(String parksStore, Duration flushInterval) {
    this.parksStore = parksStore;
    this.flushInterval = flushInterval;
  }

  /** A logged in-memory store that sums cell changes between flushes; small, since it is emptied every flush. */
  public void addBufferStore(StreamsBuilder builder, String name) {
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(),
        new CellVectorSerde()).withCachingEnabled());
  }

  /** Accepted enterprise reports → cell changes of their scopes, keyed by scope. */
  public KStream<String, ScopeUpdate> enterpriseChanges(KStream<String, MonthlyReport> reports,
      String enterprisesStore, String reportsStore, String bufferStore) {
    return reports.process(() -> new ReportAggregator<>(new EnterpriseReports(enterprisesStore, parksStore),
        reportsStore, bufferStore, flushInterval), Named.as("aggregate-reports"), enterprisesStore, reportsStore,
        bufferStore);
  }

  /** Accepted park reports → cell changes of their scopes, keyed by scope. */
  public KStream<String, ScopeUpdate> parkChanges(KStream<String, ParkReport> reports, String reportsStore,
      String bufferStore) {
    return reports.process(() -> new ReportAggregator<>(new ParkReports(parksStore), reportsStore, bufferStore,
        flushInterval), Named.as("aggregate-park-reports"), reportsStore, bufferStore);
  }

  /** Targets (and their removal by tombstone) → target changes, keyed by scope. */
  public KStream<String, ScopeUpdate> targetChanges(KStream<String, Target> targets) {
    return targets.map((key, target) -> {
      TopicKeys.TargetKey parsed = target == null ? TopicKeys.parseTarget(key)
          : new TopicKeys.TargetKey(target.getScopeType(), target.getScopeId(), target.getYear(), target.getIndicator());
      Scope scope = new Scope(parsed.scopeType(), parsed.scopeId());
      return KeyValue.<String, ScopeUpdate>pair(scope.key(), new ScopeUpdate.TargetChange(parsed.year(),
          parsed.indicator(), target == null ? null : target.getTarget()));
    }, Named.as("target-changes"));
  }

  /** The internal topic between the stages, keyed by scope. */
  public Repartitioned<String, ScopeUpdate> scopeUpdates(String name) {
    return Repartitioned.<String, ScopeUpdate>as(name).withKeySerde(Serdes.String())
        .withValueSerde(new ScopeUpdateSerde());
  }

  /** Scope updates → rollups keyed by cell key ({@code D|330411|2026-09}); null values are tombstones. */
  public KStream<String, Rollup> rollUp(KStream<String, ScopeUpdate> updates, StreamsBuilder builder) {
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CELLS_STORE), Serdes.String(),
        new CellVectorSerde()).withCachingEnabled());
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TARGETS_STORE), Serdes.String(),
        Serdes.Long()).withCachingEnabled());
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(DIRTY_STORE), Serdes.String(),
        Serdes.Long()).withCachingEnabled());
    return updates.process(() -> new RollupProcessor(CELLS_STORE, TARGETS_STORE, DIRTY_STORE, parksStore,
        flushInterval), Named.as("roll-up"), CELLS_STORE, TARGETS_STORE, DIRTY_STORE);
  }

  /** Whether a rollup's cell key belongs to a district (else a park). */
  public static boolean isDistrict(String cellKey) {
    return Scope.ofCellKey(cellKey).type() == ScopeType.DISTRICT;
  }

  /** The district code or park id of a rollup's cell key. */
  public static String scopeId(String cellKey) {
    return Scope.ofCellKey(cellKey).id();
  }

  /** The month of a rollup's cell key. */
  public static YearMonth period(String cellKey) {
    return Scope.periodOfCellKey(cellKey);
  }

  /** The key of a rollup on its output topic, {@code scope_id|period}, from its cell key. */
  public static String rollupKey(String cellKey) {
    return TopicKeys.rollup(Scope.ofCellKey(cellKey).id(), Scope.periodOfCellKey(cellKey));
  }
}
