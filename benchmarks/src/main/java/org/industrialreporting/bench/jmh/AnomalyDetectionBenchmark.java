package org.industrialreporting.bench.jmh;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.industrialreporting.anomaly.BudgetOverrun;
import org.industrialreporting.anomaly.EnterpriseDetector;
import org.industrialreporting.anomaly.MonthSeries;
import org.industrialreporting.anomaly.RuleBook;
import org.industrialreporting.anomaly.Subject;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.bench.jmh.SimulatedWorld.Rotation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The anomaly detectors on one enterprise-month, as the streams application runs them on every accepted report:
 * the rules of the enterprise resolved from the default rule book, {@link EnterpriseDetector} on the month with its
 * kept history (up to {@value EnterpriseDetector#HISTORY_MONTHS} months) and the year's {@link BudgetOverrun}.
 * {@code detect} is a report of the latest month (the month alone is judged); {@code reevaluate} a correction a
 * year back (that month and the twelve after it are judged again, and the budgets of both years). The demo world's
 * enterprises in turn, with their injected anomalies, so that both the quiet path and the path that writes an alert
 * are measured in their real proportion.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AnomalyDetectionBenchmark {

  private static final int MONTH = MonthSeries.index(SimulatedWorld.MONTH);

  /** An enterprise and its kept history around the month evaluated, as the streams application loads it. */
  record Evaluation(Subject subject, MonthSeries history) {
  }

  private final RuleBook rules = RuleBook.defaults();
  private final EnterpriseDetector detector = new EnterpriseDetector();
  private Rotation<Evaluation> evaluations;

  @Setup
  public void simulate() {
    SimulatedWorld world = SimulatedWorld.demo();
    int reach = EnterpriseDetector.HISTORY_MONTHS;
    Map<String, MonthSeries.Builder> histories = new HashMap<>();
    List<MonthlyReport> reports = world.reports(SimulatedWorld.MONTH.minusMonths(reach), SimulatedWorld.MONTH);
    for (MonthlyReport report : reports) {
      histories.computeIfAbsent(report.getCreditCode(), code -> MonthSeries.builder(MONTH - reach, 2 * reach + 1))
          .put(YearMonth.parse(report.getPeriod()), report.getOutputValueYuan(), report.getEnergyKgce());
    }
    List<Evaluation> list = new ArrayList<>();
    world.enterprises().forEach(e -> {
      MonthSeries.Builder history = histories.get(e.getCreditCode());
      if (history != null) {
        MonthSeries series = history.build();
        if (series.reported(MONTH)) {
          list.add(new Evaluation(Subject.of(e), series));
        }
      }
    });
    evaluations = new Rotation<>(list);
  }

  @Benchmark
  public void detect(Blackhole blackhole) {
    Evaluation evaluation = evaluations.next();
    var enterpriseRules = rules.forEnterprise(evaluation.subject());
    blackhole.consume(detector.detect(evaluation.history(), MONTH, enterpriseRules));
    blackhole.consume(BudgetOverrun.ofYear(evaluation.subject(), evaluation.history(), MonthSeries.year(MONTH),
        enterpriseRules));
  }

  @Benchmark
  public void reevaluate(Blackhole blackhole) {
    Evaluation evaluation = evaluations.next();
    var enterpriseRules = rules.forEnterprise(evaluation.subject());
    detector.detectFrom(evaluation.history(), MONTH - 12, enterpriseRules, (month, findings) ->
        blackhole.consume(findings));
    for (int year = MonthSeries.year(MONTH) - 1; year <= MonthSeries.year(MONTH); year++) {
      blackhole.consume(BudgetOverrun.ofYear(evaluation.subject(), evaluation.history(), year, enterpriseRules));
    }
  }
}
