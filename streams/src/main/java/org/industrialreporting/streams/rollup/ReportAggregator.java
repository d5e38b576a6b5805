package org.industrialreporting.streams.rollup;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First stage of the rollups, per reporter (enterprise or park) and co-partitioned with its reports: keeps the
 * latest revision of each report, and turns each accepted new revision into the changes it makes to the rollup
 * cells of its scopes.
 *
 * <ul>
 *   <li>A revision not higher than the one kept is ignored: a stale correction arriving late, or a replay.</li>
 *   <li>A new revision replaces the kept report entirely; the cells receive the difference between the
 *       reporter's contributions with the old and with the new report (see {@link CellChanges}).</li>
 *   <li>Changes are summed per cell in a buffer store and passed on every flush interval (paced by
 *       {@link FlushPacer} under load), so a burst of reports for one district becomes one update of its cell.
 *       The buffer is a logged store: a crash between flushes loses nothing, and with exactly-once the flush
 *       commits atomically with the inputs it sums.</li>
 * </ul>
 */
final class ReportAggregator<I, A> implements Processor<String, I, String, ScopeUpdate> {

  private static final Logger log = LoggerFactory.getLogger(ReportAggregator.class);

  private final ReportKind<I, A> kind;
  private final String reportsStoreName;
  private final String bufferStoreName;
  private final Duration flushInterval;
  private ProcessorContext<String, ScopeUpdate> context;
  private KeyValueStore<String, A> reports;
  private KeyValueStore<String, CellVector> buffer;

  ReportAggregator(ReportKind<I, A> kind, String reportsStoreName, String bufferStoreName, Duration flushInterval) {
    this.kind = kind;
    this.reportsStoreName = reportsStoreName;
    this.bufferStoreName = bufferStoreName;
    this.flushInterval = flushInterval;
  }

  @Override
  public void init(ProcessorContext<String, ScopeUpdate> context) {
    this.context = context;
    this.reports = context.getStateStore(reportsStoreName);
    this.buffer = context.getStateStore(bufferStoreName);
    kind.init(context);
    context.schedule(flushInterval, PunctuationType.WALL_CLOCK_TIME, new FlushPacer(this::flush));
  }

  @Override
  public void process(Record<String, I> record) {
    I report = record.value();
    String reporter = kind.reporterId(report);
    YearMonth period = kind.period(report);
    int year = period.getYear();
    NavigableMap<YearMonth, A> before = reporterHistory(reporter, year - 1, year + 1);
    A kept = before.get(period);
    if (kept != null && kind.revisionOf(kept) >= kind.revision(report)) {
      log.debug("Ignoring revision {} of {} {}: revision {} is already kept", kind.revision(report), reporter, period,
          kind.revisionOf(kept));
      return;
    }
    NavigableMap<YearMonth, A> after = new TreeMap<>(before);
    A attributed = kind.attribute(report);
    after.put(period, attributed);
    reports.put(ReportKeys.report(reporter, period), attributed);

    Map<String, CellVector> changes = CellChanges.between(year,
        y -> kind.contributions(before, y), y -> kind.contributions(after, y), record.timestamp());
    changes.forEach((cell, change) -> {
      CellVector pending = buffer.get(cell);
      buffer.put(cell, pending == null ? change : pending.plus(change));
    });
  }

  private NavigableMap<YearMonth, A> reporterHistory(String reporter, int fromYear, int toYear) {
    NavigableMap<YearMonth, A> history = new TreeMap<>();
    try (KeyValueIterator<String, A> range = reports.range(
        ReportKeys.report(reporter, YearMonth.of(fromYear, 1)), ReportKeys.report(reporter, YearMonth.of(toYear, 12)))) {
      range.forEachRemaining(kv -> history.put(ReportKeys.periodOf(kv.key), kv.value));
    }
    return history;
  }

  /** Passes the buffered cell changes on, keyed by scope, and empties the buffer. */
  private void flush() {
    List<KeyValue<String, CellVector>> pending = new ArrayList<>();
    try (KeyValueIterator<String, CellVector> all = buffer.all()) {
      all.forEachRemaining(pending::add);
    }
    for (KeyValue<String, CellVector> cell : pending) {
      Scope scope = Scope.ofCellKey(cell.key);
      ScopeUpdate update = new ScopeUpdate.CellChange(Scope.periodOfCellKey(cell.key), cell.value);
      context.forward(new Record<>(scope.key(), update, cell.value.get(CellField.UPDATED_AT)));
      buffer.delete(cell.key);
    }
  }
}
