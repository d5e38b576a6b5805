package org.industrialreporting.streams.rollup;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.ScopeType;

/**
 * Second stage of the rollups, per scope (district or park): adds cell changes into the scope's monthly cells,
 * keeps its targets, and emits the rollups those changes affect.
 *
 * <p>A change to month M of year Y affects the rollup of M (its month), of every later month of Y that has figures
 * (their year to date) and of M to December of Y+1 (their previous year and comparable figures). A target change
 * affects every month of its year. Affected rollups are marked in a logged store and emitted together every flush
 * interval (paced by {@link FlushPacer} under load), each computed once from the cells as they are then. A cell
 * whose figures all return to zero (every report moved elsewhere by corrections) is deleted and its rollup becomes
 * a tombstone.
 */
final class RollupProcessor implements Processor<String, ScopeUpdate, String, Rollup> {

  private final String cellsStoreName;
  private final String targetsStoreName;
  private final String dirtyStoreName;
  private final String parksStoreName;
  private final Duration flushInterval;
  private ProcessorContext<String, Rollup> context;
  private KeyValueStore<String, CellVector> cells;
  private KeyValueStore<String, Long> targets;
  private KeyValueStore<String, Long> dirty;
  private ParkHierarchy parks;

  RollupProcessor(String cellsStoreName, String targetsStoreName, String dirtyStoreName, String parksStoreName,
      Duration flushInterval) {
    this.cellsStoreName = cellsStoreName;
    this.targetsStoreName = targetsStoreName;
    this.dirtyStoreName = dirtyStoreName;
    this.parksStoreName = parksStoreName;
    this.flushInterval = flushInterval;
  }

  @Override
  public void init(ProcessorContext<String, Rollup> context) {
    this.context = context;
    cells = context.getStateStore(cellsStoreName);
    targets = context.getStateStore(targetsStoreName);
    dirty = context.getStateStore(dirtyStoreName);
    parks = ParkHierarchy.of(context.getStateStore(parksStoreName));
    context.schedule(flushInterval, PunctuationType.WALL_CLOCK_TIME, new FlushPacer(this::flush));
  }

  @Override
  public void process(Record<String, ScopeUpdate> record) {
    Scope scope = Scope.parse(record.key());
    if (record.value() instanceof ScopeUpdate.CellChange change) {
      String key = scope.cellKey(change.period());
      CellVector cell = Optional.ofNullable(cells.get(key)).orElseGet(CellVector::new).plus(change.change());
      if (cell.isZero()) {
        cells.delete(key);
      } else {
        cells.put(key, cell);
      }
      markDirty(key, record.timestamp());
      markExistingDirty(scope, change.period().plusMonths(1), YearMonth.of(change.period().getYear(), 12),
          record.timestamp());
      markExistingDirty(scope, change.period().plusYears(1), YearMonth.of(change.period().getYear() + 1, 12),
          record.timestamp());
    } else if (record.value() instanceof ScopeUpdate.TargetChange change) {
      String key = scope.targetKey(change.year(), change.indicator());
      if (change.target() == null) {
        targets.delete(key);
      } else {
        targets.put(key, change.target());
      }
      markExistingDirty(scope, YearMonth.of(change.year(), 1), YearMonth.of(change.year(), 12), record.timestamp());
    }
  }

  private void markExistingDirty(Scope scope, YearMonth from, YearMonth to, long timestamp) {
    if (from.isAfter(to)) {
      return;
    }
    try (KeyValueIterator<String, CellVector> existing = cells.range(scope.cellKey(from), scope.cellKey(to))) {
      existing.forEachRemaining(cell -> markDirty(cell.key, timestamp));
    }
  }

  private void markDirty(String cellKey, long timestamp) {
    Long marked = dirty.get(cellKey);
    if (marked == null || marked < timestamp) {
      dirty.put(cellKey, timestamp);
    }
  }

  /** Emits every rollup marked since the last flush. */
  private void flush() {
    List<KeyValue<String, Long>> marked = new ArrayList<>();
    try (KeyValueIterator<String, Long> all = dirty.all()) {
      all.forEachRemaining(marked::add);
    }
    for (KeyValue<String, Long> cell : marked) {
      Scope scope = Scope.ofCellKey(cell.key);
      YearMonth period = Scope.periodOfCellKey(cell.key);
      Rollup rollup = cells.get(cell.key) == null ? null : rollup(scope, period);
      long timestamp = rollup == null ? cell.value : rollup.getUpdatedAt().toEpochMilli();
      context.forward(new Record<>(cell.key, rollup, timestamp));
      dirty.delete(cell.key);
    }
  }

  private Rollup rollup(Scope scope, YearMonth period) {
    NavigableMap<YearMonth, CellVector> history = new TreeMap<>();
    try (KeyValueIterator<String, CellVector> range =
             cells.range(scope.cellKey(YearMonth.of(period.getYear() - 1, 1)), scope.cellKey(period))) {
      range.forEachRemaining(cell -> history.put(Scope.periodOfCellKey(cell.key), cell.value));
    }
    Map<String, Long> yearTargets = new HashMap<>();
    String prefix = scope.targetKey(period.getYear(), "");
    try (KeyValueIterator<String, Long> range = targets.prefixScan(prefix,
        org.apache.kafka.common.serialization.Serdes.String().serializer())) {
      range.forEachRemaining(target -> yearTargets.put(target.key.substring(prefix.length()), target.value));
    }
    return RollupCalculator.rollup(identity(scope), period, history, yearTargets);
  }

  private RollupCalculator.Identity identity(Scope scope) {
    if (scope.type() == ScopeType.DISTRICT) {
      return new RollupCalculator.Identity(scope, null, scope.id());
    }
    Optional<Park> park = parks.park(scope.id());
    return new RollupCalculator.Identity(scope, park.map(Park::getName).orElse(null),
        park.map(Park::getDistrictCode).orElse(""));
  }
}
