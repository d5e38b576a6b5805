package org.industrialreporting.producers.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.avro.Target;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.files.RowFiles;
import org.industrialreporting.domain.files.RowReader;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.period.PeriodRule;
import org.industrialreporting.domain.registry.EnterpriseRows;
import org.industrialreporting.domain.registry.ParkRows;
import org.industrialreporting.domain.registry.TargetRows;
import org.industrialreporting.domain.report.EnterpriseReportValidator;
import org.industrialreporting.domain.report.ParkReportValidator;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.domain.report.SubmissionStamp;
import org.industrialreporting.domain.validation.InMemoryValidationContext;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.Validated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything the simulator writes reads back through the file readers and passes every validation rule. */
class SimulationRoundTripTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T02:00:00Z"), ZoneOffset.UTC);
  private static final SubmissionStamp STAMP = new SubmissionStamp(CLOCK.instant(), "submit");

  private final ReportRules rules = ReportRules.defaults(CLOCK);
  private final InMemoryValidationContext context = new InMemoryValidationContext();

  @Test
  void demoWorldReadsBackWithoutASingleRejection(@TempDir Path dir) throws IOException {
    Simulation simulation = Simulation.demo(Simulation.DEFAULT_SEED);
    SimulationWriter.Summary summary = SimulationWriter.write(simulation, dir, simulation.defaultFrom(),
        simulation.defaultTo(), (period, written) -> { });
    assertThat(summary.files()).extracting(w -> w.file().getFileName().toString()).containsExactly(
        "enterprises.csv", "parks.csv", "targets.csv", "park-reports.csv", "reports.csv", "labels.csv");
    readBack(dir, simulation);
    assertThat(summary.yearToDate()).filteredOn(t -> t.districtCode().equals(DemoHeadline.DISTRICT)).singleElement()
        .satisfies(t -> {
          assertThat(t.enterprises()).isEqualTo(DemoHeadline.ABOVE_SCALE_ENTERPRISES);
          assertThat(t.outputGrowthBp()).isBetween(1134, 1146);
          assertThat(t.name()).isEqualTo("秀洲区");
        });
  }

  @Test
  void nationalWorldReadsBackWithoutASingleRejection(@TempDir Path dir) throws IOException {
    Simulation simulation = Simulation.national(7, 3_000, 120, 90);
    SimulationWriter.write(simulation, dir, YearMonth.of(2026, 8), YearMonth.of(2026, 9), (period, written) -> { });
    readBack(dir, simulation);
  }

  private void readBack(Path dir, Simulation simulation) throws IOException {
    List<Park> parks = read(dir.resolve("parks.csv"), FileKind.PARKS, row -> new ParkRows().parse(row));
    parks.forEach(p -> context.registerPark(p.getParkId()));
    assertThat(parks).containsExactlyElementsOf(simulation.parks());

    List<Enterprise> enterprises = read(dir.resolve("enterprises.csv"), FileKind.ENTERPRISES,
        row -> new EnterpriseRows(rules.creditCode()).parse(row, context));
    enterprises.forEach(e -> context.registerEnterprise(e.getCreditCode()));
    assertThat(enterprises).containsExactlyElementsOf(simulation.enterprises().toList());

    List<Target> targets = read(dir.resolve("targets.csv"), FileKind.TARGETS,
        row -> new TargetRows(rules.period()).parse(row, context));
    assertThat(targets).isNotEmpty();

    ParkReportValidator parkValidator = new ParkReportValidator(rules);
    List<ParkReport> parkReports = read(dir.resolve("park-reports.csv"), FileKind.PARK_REPORT,
        row -> parkValidator.validate(row, STAMP, context));
    assertThat(parkReports).hasSizeGreaterThanOrEqualTo(parks.size());

    EnterpriseReportValidator validator = new EnterpriseReportValidator(rules);
    Map<String, MonthlyReport> generated = new HashMap<>();
    for (YearMonth m = firstMonth(dir); !m.isAfter(YearMonth.of(2026, 9)); m = m.plusMonths(1)) {
      simulation.reports(m).forEach(r -> generated.put(r.getCreditCode() + r.getPeriod(), r));
    }
    List<MonthlyReport> reports = read(dir.resolve("reports.csv"), FileKind.ENTERPRISE_REPORT, row -> {
      Validated<MonthlyReport> result = validator.validate(row, STAMP, context);
      if (result.isValid()) {
        context.accept(result.value());
      }
      return result;
    });
    assertThat(reports).hasSize(generated.size());
    for (MonthlyReport report : reports) {
      MonthlyReport original = generated.get(report.getCreditCode() + report.getPeriod());
      for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
        assertThat(indicator.get(report)).as(indicator.fieldName()).isEqualTo(indicator.get(original));
      }
    }
    List<String> labels = Files.readAllLines(dir.resolve("labels.csv"));
    assertThat(labels.get(0)).isEqualTo("credit_code,period,kind");
  }

  private static YearMonth firstMonth(Path dir) throws IOException {
    try (var lines = Files.lines(dir.resolve("reports.csv"))) {
      return PeriodRule.parse(lines.skip(1).findFirst().orElseThrow().split(",")[1]).orElseThrow();
    }
  }

  private static <T> List<T> read(Path file, FileKind kind, java.util.function.Function<RawRow, Validated<T>> parse)
      throws IOException {
    List<T> values = new ArrayList<>();
    try (RowReader rows = RowFiles.open(file, "submit")) {
      assertThat(rows.kind()).isEqualTo(kind);
      rows.forEachRemaining(row -> {
        Validated<T> result = parse.apply(row);
        assertThat(result.reasons()).as(row.origin().location() + " " + row.fields()).isEmpty();
        values.add(result.value());
      });
    }
    return values;
  }
}
