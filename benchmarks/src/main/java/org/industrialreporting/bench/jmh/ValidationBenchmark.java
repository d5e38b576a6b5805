package org.industrialreporting.bench.jmh;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.bench.jmh.SimulatedWorld.Rotation;
import org.industrialreporting.domain.report.EnterpriseReportValidator;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.domain.validation.InMemoryValidationContext;
import org.industrialreporting.domain.validation.Reason;
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
 * The validation of a decoded report, as the streams application checks every record of {@code indicator-reports}:
 * the demo world's reports of one month, each from a registered enterprise whose previous month is known, so that
 * every rule runs (registry, unit jumps against the previous month) and every report is accepted.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValidationBenchmark {

  private final EnterpriseReportValidator validator =
      new EnterpriseReportValidator(ReportRules.defaults(Clock.fixed(SimulatedWorld.NOW, ZoneOffset.UTC)));
  private final InMemoryValidationContext context = new InMemoryValidationContext();
  private Rotation<MonthlyReport> reports;

  @Setup
  public void simulate() {
    SimulatedWorld world = SimulatedWorld.demo();
    world.enterprises().forEach(e -> context.registerEnterprise(e.getCreditCode()));
    world.reports(SimulatedWorld.MONTH.minusMonths(1)).forEach(context::accept);
    List<MonthlyReport> month = world.reports(SimulatedWorld.MONTH);
    for (MonthlyReport report : month) {
      List<Reason> reasons = validator.check(report, context);
      if (!reasons.isEmpty() || context.previousMonth(report.getCreditCode(), SimulatedWorld.MONTH).isEmpty()) {
        throw new IllegalStateException("Not the path measured, a report accepted after every check: "
            + report.getCreditCode() + " " + reasons);
      }
    }
    reports = new Rotation<>(month);
  }

  @Benchmark
  public List<Reason> check() {
    return validator.check(reports.next(), context);
  }
}
