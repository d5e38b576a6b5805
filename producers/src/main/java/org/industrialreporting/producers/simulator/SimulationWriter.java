package org.industrialreporting.producers.simulator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.industrialreporting.domain.files.CsvWriter;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.files.SubmissionRows;
import org.industrialreporting.domain.period.PeriodRule;

/**
 * Writes a simulation in the submission formats, UTF-8 with English headers: the registry files
 * ({@code enterprises.csv}, {@code parks.csv}, {@code targets.csv}), the monthly reports month after month
 * ({@code reports.csv}), the park reports ({@code park-reports.csv}) and the anomaly labels ({@code labels.csv}:
 * {@code credit_code, period, kind}). Reports are generated and written one at a time, so any world size fits.
 */
public final class SimulationWriter {

  static final List<String> LABELS_HEADER = List.of("credit_code", "period", "kind");

  /** Called after each month with the reports written so far. */
  @FunctionalInterface
  public interface Progress {
    void month(YearMonth period, long reportsWritten);
  }

  /** A written file and its data rows (without the header). */
  public record Written(Path file, long rows) {
  }

  /**
   * What was written, and per district output and value added over the written months of the last year
   * ({@code totalsFrom} to the last month) against the same months a year earlier.
   */
  public record Summary(List<Written> files, YearMonth totalsFrom, List<YearToDateTotal> yearToDate) {
  }

  private SimulationWriter() {
  }

  public static Summary write(Simulation simulation, Path directory, YearMonth from, YearMonth to, Progress progress)
      throws IOException {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("the first month " + from + " is after the last " + to);
    }
    Files.createDirectories(directory);
    List<Written> written = new ArrayList<>();
    written.add(write(directory.resolve("enterprises.csv"), FileKind.ENTERPRISES.header(),
        simulation.enterprises().map(SubmissionRows::cells)));
    written.add(write(directory.resolve("parks.csv"), FileKind.PARKS.header(),
        simulation.parks().stream().map(SubmissionRows::cells)));
    written.add(write(directory.resolve("targets.csv"), FileKind.TARGETS.header(),
        Stream.iterate(from.getYear(), y -> y <= to.getYear(), y -> y + 1)
            .flatMap(year -> simulation.targets(year).stream()).map(SubmissionRows::cells)));
    written.add(write(directory.resolve("park-reports.csv"), FileKind.PARK_REPORT.header(),
        months(from, to).flatMap(simulation::parkReports).map(SubmissionRows::cells)));
    YearMonth totalsFrom = from.getYear() == to.getYear() ? from : to.withMonth(1);
    YearToDateTotals totals = new YearToDateTotals(simulation.enterpriseCount(), totalsFrom, to);
    written.addAll(writeReports(simulation, directory, from, to, totals, progress));
    return new Summary(written, totalsFrom, totals.byDistrict(simulation.districtNames()));
  }

  /** reports.csv and labels.csv in one pass; budgets need the year to date, so generation starts in January. */
  private static List<Written> writeReports(Simulation simulation, Path directory, YearMonth from, YearMonth to,
      YearToDateTotals totals, Progress progress) throws IOException {
    Path reportsFile = directory.resolve("reports.csv");
    Path labelsFile = directory.resolve("labels.csv");
    LabelTracker tracker = new LabelTracker(simulation.enterpriseCount());
    SeriesModel model = simulation.model();
    long[] counts = new long[2];
    try (BufferedWriter reportsOut = Files.newBufferedWriter(reportsFile, StandardCharsets.UTF_8);
        BufferedWriter labelsOut = Files.newBufferedWriter(labelsFile, StandardCharsets.UTF_8)) {
      CsvWriter reports = new CsvWriter(reportsOut);
      CsvWriter labels = new CsvWriter(labelsOut);
      reports.row(FileKind.ENTERPRISE_REPORT.header());
      labels.row(LABELS_HEADER);
      for (YearMonth period = from.withMonth(1); !period.isAfter(to); period = period.plusMonths(1)) {
        YearMonth month = period;
        boolean wanted = !period.isBefore(from);
        simulation.profiles().filter(p -> p.reports(month)).forEach(p -> {
          var report = model.report(p, month);
          List<AnomalyLabel> found = tracker.observe(p, report);
          if (wanted) {
            totals.add(p, report);
            row(reports, SubmissionRows.cells(report));
            counts[0]++;
            for (AnomalyLabel label : found) {
              row(labels, List.of(label.creditCode(), PeriodRule.format(label.period()), label.kind().name()));
              counts[1]++;
            }
          }
        });
        if (wanted) {
          progress.month(period, counts[0]);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return List.of(new Written(reportsFile, counts[0]), new Written(labelsFile, counts[1]));
  }

  private static Stream<YearMonth> months(YearMonth from, YearMonth to) {
    return Stream.iterate(from, m -> !m.isAfter(to), m -> m.plusMonths(1));
  }

  private static Written write(Path file, List<String> header, Stream<List<String>> rows) throws IOException {
    long[] count = {0};
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      CsvWriter csv = new CsvWriter(out);
      csv.row(header);
      rows.forEach(cells -> {
        row(csv, cells);
        count[0]++;
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new Written(file, count[0]);
  }

  private static void row(CsvWriter csv, List<String> cells) {
    try {
      csv.row(cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
