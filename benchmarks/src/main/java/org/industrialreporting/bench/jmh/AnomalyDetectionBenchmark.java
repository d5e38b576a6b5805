package org.industrialreporting.bench.jmh;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.industrialreporting.anomaly.EnterpriseDetector;
import org.industrialreporting.anomaly.Finding;
import org.industrialreporting.anomaly.MonthFigures;
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

/**
 * The anomaly detectors on one enterprise-month, as the streams application runs them on every new or corrected
 * report: every detector of the default rule book over the enterprise's kept history (up to
 * {@value EnterpriseDetector#HISTORY_MONTHS} months). The demo world's enterprises in turn, with their injected
 * anomalies, so that both the quiet path and the path that writes an alert are measured in their real proportion.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AnomalyDetectionBenchmark {

  /** An enterprise and its history up to the month evaluated. */
  record Evaluation(Subject subject, NavigableMap<YearMonth, MonthFigures> history) {
  }

  private final RuleBook rules = RuleBook.defaults();
  private Rotation<Evaluation> evaluations;

  @Setup
  public void simulate() {
    SimulatedWorld world = SimulatedWorld.demo();
    YearMonth month = SimulatedWorld.MONTH;
    Map<String, NavigableMap<YearMonth, MonthFigures>> histories = new HashMap<>();
    List<MonthlyReport> reports =
        world.reports(month.minusMonths(EnterpriseDetector.HISTORY_MONTHS - 1L), month);
    for (MonthlyReport report : reports) {
      YearMonth period = YearMonth.parse(report.getPeriod());
      histories.computeIfAbsent(report.getCreditCode(), code -> new TreeMap<>())
          .put(period, new MonthFigures(period, report.getOutputValueYuan(), report.getEnergyKgce()));
    }
    List<Evaluation> list = new ArrayList<>();
    world.enterprises().forEach(e -> {
      NavigableMap<YearMonth, MonthFigures> history = histories.get(e.getCreditCode());
      if (history != null && history.containsKey(month)) {
        list.add(new Evaluation(Subject.of(e), history));
      }
    });
    evaluations = new Rotation<>(list);
  }

  @Benchmark
  public List<Finding> detect() {
    Evaluation evaluation = evaluations.next();
    return EnterpriseDetector.detect(evaluation.subject(), evaluation.history(), SimulatedWorld.MONTH, rules);
  }
}
