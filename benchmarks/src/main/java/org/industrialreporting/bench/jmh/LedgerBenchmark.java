package org.industrialreporting.bench.jmh;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.bench.jmh.SimulatedWorld.Rotation;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.contribution.EnterpriseContributions;
import org.industrialreporting.streams.contribution.PendingChanges;
import org.industrialreporting.streams.history.MonthHistory;
import org.industrialreporting.streams.history.ReportMonth;
import org.industrialreporting.streams.ledger.Attribution;
import org.industrialreporting.streams.ledger.EnterpriseLedger;
import org.industrialreporting.streams.ledger.LedgerCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first stage's own work for one report, without Kafka: the enterprise's ledger read from its bytes, the report
 * made the month's report in force, its cell changes summed, the ledger written back — as
 * {@code EnterpriseReportProcessor} does between its one store read and one store write (validation and the
 * anomaly detectors have their own benchmarks). For every enterprise of the demo world in turn, with as many months
 * of history before the new report as {@code historyMonths} says.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LedgerBenchmark {

  /** Months the enterprise reported before the new one. */
  @Param({"1", "12", "24"})
  int historyMonths;

  private record Arrival(byte[] ledger, MonthlyReport report, Attribution attribution) {
  }

  private final LedgerCodec codec = new LedgerCodec();
  private Rotation<Arrival> arrivals;
  private PendingChanges changes = new PendingChanges(6);
  private int sinceCommit;

  @Setup
  public void simulate() {
    SimulatedWorld world = SimulatedWorld.demo();
    YearMonth month = SimulatedWorld.MONTH;
    Map<String, MonthHistory<Attribution>> histories = new HashMap<>();
    for (MonthlyReport report : world.reports(month.minusMonths(historyMonths), month.minusMonths(1))) {
      Enterprise enterprise = world.enterprise(report.getCreditCode());
      histories.computeIfAbsent(report.getCreditCode(), c -> new MonthHistory<>())
          .put(reportMonth(report, world.attribution(enterprise), 1, 0));
    }
    List<Arrival> list = new ArrayList<>();
    for (MonthlyReport report : world.reports(month)) {
      Enterprise enterprise = world.enterprise(report.getCreditCode());
      MonthHistory<Attribution> history = histories.getOrDefault(report.getCreditCode(), new MonthHistory<>());
      byte[] ledger = codec.serialize("ledger", new EnterpriseLedger(history, List.of()));
      list.add(new Arrival(ledger, report, world.attribution(enterprise)));
    }
    arrivals = new Rotation<>(list);
  }

  private static ReportMonth<Attribution> reportMonth(MonthlyReport report, Attribution attribution, int revision,
      long offset) {
    long[] figures = new long[EnterpriseIndicator.values().length];
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      figures[indicator.ordinal()] = indicator.get(report);
    }
    return new ReportMonth<>(Months.of(YearMonth.parse(report.getPeriod())), revision, offset, 0, attribution,
        figures);
  }

  @Benchmark
  public byte[] acceptReport() {
    Arrival arrival = arrivals.next();
    EnterpriseLedger ledger = codec.deserialize("ledger", arrival.ledger());
    ReportMonth<Attribution> month = reportMonth(arrival.report(), arrival.attribution(), 1, 1);
    MonthHistory<Attribution> before = ledger.months().copy();
    ledger.months().put(month);
    EnterpriseContributions.OF_ENTERPRISES.between(before, ledger.months(), month.month(), 1L, changes);
    if (++sinceCommit == 2_000) { // a commit passes the changes on and starts an empty buffer
      changes = new PendingChanges(6);
      sinceCommit = 0;
    }
    return codec.serialize("ledger", ledger);
  }

  @Benchmark
  public EnterpriseLedger readLedger() {
    return codec.deserialize("ledger", arrivals.next().ledger());
  }
}
