package org.industrialreporting.streams.rollup;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.industrialreporting.anomaly.Subject;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.domain.industry.IndustryDivisions;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.streams.Output;
import org.industrialreporting.streams.anomaly.AlertMark;
import org.industrialreporting.streams.anomaly.RuleChangePass;
import org.industrialreporting.streams.anomaly.RuleSnapshot;
import org.industrialreporting.streams.anomaly.ScopeSwings;
import org.industrialreporting.streams.cell.Cell;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.cell.Scope;
import org.industrialreporting.streams.contribution.ScopeBatch;
import org.industrialreporting.streams.contribution.ScopeMonth;
import org.industrialreporting.streams.registry.ParkDirectory;
import org.industrialreporting.streams.rollup.ScopeStateCodec.StoredCell;
import org.industrialreporting.streams.state.CommitHook;
import org.industrialreporting.streams.state.CommitPacing;

/**
 * The second stage, per scope (district, park, town or industry) after the {@code scope-updates} topic: adds the
 * cell changes of every sender into the scope's monthly cells, keeps its targets, and writes the rollups those
 * changes affect, paced by the {@link EmissionPolicy}; each written district or park rollup is then judged for
 * swings ({@link ScopeSwings}).
 *
 * <p>A change to month M of year Y affects the rollup of M (its month), of every later month of Y that has figures
 * (their year to date) and of M + 12 to December of Y + 1 (their previous year and comparable figures). A target
 * change affects every month of its year. A rollup is computed once, when it is written, from the cells as they are
 * then; a month whose cell returned to zero (every report moved elsewhere by corrections) becomes a tombstone.
 *
 * <p>The cells live in memory between commits ({@link ScopeState}) and are written at each commit, with the task's
 * {@link Progress}, so that rollups still pending when the application stopped are written after its restart.
 * When the alert rules change, the swings of every district and park of the task are judged again
 * ({@link RuleChangePass}).
 */
public final class RollupProcessor implements Processor<String, ScopeBatch, String, Output> {

  /** The stores the processor uses, by name. */
  public record Stores(String cells, String years, String progress, String alerts, String commitHook,
      String rulePass) {
    public String[] all() {
      return new String[] {cells, years, progress, alerts, commitHook, rulePass};
    }
  }

  private final Stores stores;
  private final ParkDirectory parks;
  private final RuleSnapshot rules;
  private final CommitPacing pacing;
  private final Duration tick;
  private final int maxCachedYears;
  private ProcessorContext<String, Output> context;
  private ScopeState state;
  private KeyValueStore<String, Progress> progress;
  private ScopeSwings swings;
  private final PendingRollups pending;
  private long sequence;
  /**
   * The latest year any of the task's cells is in: a change marks the next year's rollups only when that year can
   * have cells, so that the scopes' years to come are not looked up (and kept, empty) for every change.
   */
  private int latestCellYear;
  private long lastChangeSeen;
  /** Whether rollups were written since the last commit, which makes them visible. */
  private boolean written;

  /** While a rule-change pass goes through a scope's cells: the scope, and the last month judged again. */
  private Scope rejudgedScope;
  private int rejudgedThrough;

  /**
   * @param rules          the alert rules in force, for the swing judge
   * @param tick           how often pending rollups are looked at
   * @param maxCachedYears how many scope-years stay in memory when clean
   */
  public RollupProcessor(Stores stores, ParkDirectory parks, RuleSnapshot rules, EmissionPolicy policy,
      CommitPacing pacing, Duration tick, int maxCachedYears) {
    this.stores = stores;
    this.parks = parks;
    this.rules = rules;
    this.pending = new PendingRollups(policy);
    this.pacing = pacing;
    this.tick = tick;
    this.maxCachedYears = maxCachedYears;
  }

  @Override
  public void init(ProcessorContext<String, Output> context) {
    this.context = context;
    KeyValueStore<String, StoredCell> cells = context.getStateStore(stores.cells());
    state = new ScopeState(cells, context.getStateStore(stores.years()), maxCachedYears);
    progress = context.getStateStore(stores.progress());
    swings = new ScopeSwings(context.getStateStore(stores.alerts()), rules);
    Progress kept = progress.get(Progress.KEY);
    latestCellYear = kept != null && kept.latestCellYear() != Progress.NO_YEAR ? kept.latestCellYear()
        : state.latestStoredCellYear();
    if (kept != null) {
      sequence = kept.sequence();
      if (kept.writtenThrough() < kept.sequence()) {
        // Rollups were pending when the application stopped: their cells say which. They stay marked from the first
        // change not written, so that they are looked for again should the application stop before writing them.
        long firstPending = kept.writtenThrough() + 1;
        state.changedAfter(kept.writtenThrough(), changed -> {
          ScopeYear year = state.year(changed.scope(), Months.year(changed.month()));
          if (changed.targets()) {
            markYear(year, firstPending, 0);
          } else {
            markAffected(year, changed.month(), firstPending, 0);
          }
        });
      }
    }
    CommitHook hook = context.getStateStore(stores.commitHook());
    hook.onCommit(context, pacing, this::commit);
    pacing.askWhenDue(context, () -> written);
    context.schedule(tick, PunctuationType.WALL_CLOCK_TIME, this::writeDue);
    new RuleChangePass<>("scopes", rules, new RuleChangePass.Subjects<StoredCell>() {
      @Override
      public void rejudge(String cellKey, StoredCell cell, long now) {
        rejudgeCell(cellKey, now);
      }

      @Override
      public void passStarts(long now) {
        rejudgedScope = null;
        for (ScopeYear year : state.unwritten()) {
          rejudgeFrom(year.scope(), Months.january(year.year()), now);
        }
      }
    }).start(context, stores.rulePass(), cells);
  }

  @Override
  public void process(Record<String, ScopeBatch> record) {
    pacing.input(record.timestamp());
    lastChangeSeen = context.currentSystemTimeMs();
    ScopeBatch batch = record.value();
    for (ScopeBatch.CellChange change : batch.cells()) {
      latestCellYear = Math.max(latestCellYear, Months.year(change.month()));
      ScopeYear year = state.year(change.scope(), Months.year(change.month()));
      year.add(change.month(), change.change(), ++sequence);
      state.changed(year);
      markAffected(year, change.month(), sequence, change.change().updatedAt());
    }
    for (ScopeBatch.TargetChange target : batch.targets()) {
      ScopeYear year = state.year(target.scope(), target.year());
      year.target(target.indicator(), target.target(), ++sequence);
      state.changed(year);
      markYear(year, sequence, record.timestamp());
    }
  }

  /** Marks the rollups a change to the cell of {@code month} of a scope's {@code year} affects. */
  private void markAffected(ScopeYear year, int month, long changeSequence, long inputTimestamp) {
    pending.mark(new ScopeMonth(year.scope(), month), changeSequence, inputTimestamp, lastChangeSeen);
    markExisting(year, month + 1, changeSequence, inputTimestamp);
    if (year.year() < latestCellYear) {
      markExisting(state.year(year.scope(), year.year() + 1), month + 12, changeSequence, inputTimestamp);
    }
  }

  private void markYear(ScopeYear year, long changeSequence, long inputTimestamp) {
    markExisting(year, Months.january(year.year()), changeSequence, inputTimestamp);
  }

  /** Marks the rollups of the months from {@code from} to the end of the year that have figures. */
  private void markExisting(ScopeYear year, int from, long changeSequence, long inputTimestamp) {
    for (int month = from; month <= Months.december(year.year()); month++) {
      if (year.cell(month) != null) {
        pending.mark(new ScopeMonth(year.scope(), month), changeSequence, inputTimestamp, lastChangeSeen);
      }
    }
  }

  /** Writes the pending rollups that are due; they show at the next commit. */
  private void writeDue(long now) {
    if (pending.isEmpty()) {
      return;
    }
    List<PendingRollups.Due> due = pending.takeDue(now, lastChangeSeen);
    for (PendingRollups.Due rollup : due) {
      write(rollup.rollup().scope(), rollup.rollup().month(), rollup.newestInput());
      written = true;
    }
  }

  private void write(Scope scope, int month, long newestInput) {
    YearMonth period = Months.toYearMonth(month);
    String key = TopicKeys.rollup(scope.id(), period);
    IntFunction<Cell> cells = cellsOf(scope);
    Cell cell = cells.apply(month);
    Rollup rollup = cell == null ? null : RollupCalculator.rollup(identity(scope), period, cells,
        state.year(scope, period.getYear()).targets());
    long timestamp = rollup == null ? newestInput : rollup.getUpdatedAt().toEpochMilli();
    context.forward(new Record<>(key, new Output.ScopeRollup(scope.type(), rollup), timestamp));
    if (!hasSwingAlerts(scope)) {
      return;
    }
    Output.Alert.forward(context, swings.judge(subject(scope), month, cells, marks(scope), timestamp), timestamp);
  }

  /**
   * Judges the swings of a stored cell's scope again, from its month on, unless the judgement of an earlier month of
   * the scope reached it already (the pass sees a scope's cells in month order).
   */
  private void rejudgeCell(String cellKey, long now) {
    Scope scope = ScopeStateCodec.scopeOf(cellKey);
    int month = ScopeStateCodec.monthOf(cellKey);
    if (!scope.equals(rejudgedScope)) {
      rejudgedScope = scope;
      rejudgedThrough = Integer.MIN_VALUE;
    }
    if (month > rejudgedThrough) {
      rejudgedThrough = rejudgeFrom(scope, month, now);
    }
  }

  /** Judges a district's or park's swings of {@code month} and later again; returns the last month judged. */
  private int rejudgeFrom(Scope scope, int month, long now) {
    // The judgement of a written rollup starts at the month before it.
    int written = month + 1;
    if (hasSwingAlerts(scope)) {
      Output.Alert.forward(context, swings.judge(subject(scope), written, cellsOf(scope), marks(scope), now), now);
    }
    return ScopeSwings.lastJudged(written);
  }

  /**
   * The scope's cell of a month, null without figures: the rollup and the swing judge read some fifty months of a
   * few years of one scope, a rollup going back and forth between its year and the year before, so the last few
   * years looked up are kept rather than looked up in the state for every run of months.
   */
  private IntFunction<Cell> cellsOf(Scope scope) {
    return new IntFunction<>() {
      private final int[] years = {Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
      private final ScopeYear[] found = new ScopeYear[years.length];
      private int next;

      @Override
      public Cell apply(int month) {
        int wanted = Months.year(month);
        for (int i = 0; i < years.length; i++) {
          if (years[i] == wanted) {
            return found[i].cell(month);
          }
        }
        int slot = next;
        next = (next + 1) % years.length;
        years[slot] = wanted;
        found[slot] = state.year(scope, wanted);
        return found[slot].cell(month);
      }
    };
  }

  /**
   * Swings are judged for districts and parks, the scopes that alerts, rules and the bulletin know; a town's or an
   * industry's swing shows in its district's figures.
   */
  private static boolean hasSwingAlerts(Scope scope) {
    return scope.type() == ScopeType.DISTRICT || scope.type() == ScopeType.PARK;
  }

  private ScopeSwings.Marks marks(Scope scope) {
    return new ScopeSwings.Marks() {
      @Override
      public List<AlertMark> of(int month) {
        return state.year(scope, Months.year(month)).alerts();
      }

      @Override
      public void mark(int month, AlertMark mark) {
        ScopeYear year = state.year(scope, Months.year(month));
        year.mark(mark);
        state.changed(year);
      }
    };
  }

  private RollupCalculator.Identity identity(Scope scope) {
    return switch (scope.type()) {
      case DISTRICT -> new RollupCalculator.Identity(scope, null, scope.id());
      case PARK -> {
        Park park = parks.park(scope.id()).orElse(null);
        yield new RollupCalculator.Identity(scope, park == null ? null : park.getName(),
            park == null ? "" : park.getDistrictCode());
      }
      case TOWN -> new RollupCalculator.Identity(scope, TopicKeys.partOfDistrict(scope.id()),
          TopicKeys.districtOfScope(scope.id()));
      case INDUSTRY -> new RollupCalculator.Identity(scope,
          IndustryDivisions.name(TopicKeys.partOfDistrict(scope.id())).orElse(null),
          TopicKeys.districtOfScope(scope.id()));
    };
  }

  private Subject subject(Scope scope) {
    if (scope.type() == ScopeType.DISTRICT) {
      return Subject.district(scope.id(), null);
    }
    Park park = parks.park(scope.id()).orElse(null);
    return Subject.park(scope.id(), park == null ? null : park.getName(), park == null ? null : park.getDistrictCode());
  }

  /** At the commit: the changed cells and the progress. */
  private void commit() {
    written = false;
    state.write();
    progress.put(Progress.KEY, new Progress(sequence, pending.writtenThrough(sequence), latestCellYear));
  }
}
