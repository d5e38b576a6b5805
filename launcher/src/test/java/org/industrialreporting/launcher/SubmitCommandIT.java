package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.launcher.SmallWorld.IN_TOWN;
import static org.industrialreporting.launcher.SmallWorld.IN_ZONE;
import static org.industrialreporting.launcher.SmallWorld.REPORT_HEADER;
import static org.industrialreporting.launcher.SmallWorld.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.RawFormat;
import org.industrialreporting.avro.RejectedReport;
import org.industrialreporting.avro.RejectionReason;
import org.industrialreporting.embedded.EmbeddedKafka;
import org.industrialreporting.testing.SharedKafka;
import org.industrialreporting.testing.TestNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code submit} on the shared broker, as an enterprise's export would be submitted. */
@ExtendWith(SharedKafka.class)
class SubmitCommandIT {

  @TempDir
  static Path dir;

  private static TestPipeline pipeline;

  @BeforeAll
  static void registerTheWorld(EmbeddedKafka kafka, TestInfo test) {
    pipeline = TestPipeline.start(kafka, TestNames.prefix(test));
    assertThat(pipeline.cli("register", "parks", SmallWorld.parks(dir).toString()).status()).isZero();
    assertThat(pipeline.cli("register", "enterprises", SmallWorld.enterprises(dir).toString()).status()).isZero();
  }

  @AfterAll
  static void stop() {
    pipeline.close();
  }

  @Test
  void publishesTheAcceptedRowsAndDeadLettersTheRejectedOnes() {
    String badCode = report("91350100M000100Y44", "2026-06", "1000");
    String jump = report(IN_TOWN, "2026-07", "100000");
    Path file = SmallWorld.write(dir.resolve("mixed.csv"), REPORT_HEADER, report(IN_TOWN, "2026-06", "1000"),
        badCode, report(IN_ZONE, "2026-06", "2000.125"), jump);

    Cli.Run run = pipeline.cli("submit", file.toString());

    assertThat(run.status()).as(run.err()).isEqualTo(ReportingCli.EXIT_REJECTED);
    assertThat(run.out()).contains("Registry: 3 enterprises, 2 parks")
        .contains("mixed.csv:3  credit_code  CHECK_CHARACTER  credit_code '91350100M000100Y44'")
        .contains("mixed.csv:5  output_value  UNIT_JUMP  output_value 100000 thousand yuan is 100 times")
        .contains("mixed.csv: enterprise report file, 4 rows read, 2 accepted, 2 rejected in");
    List<MonthlyReport> accepted = pipeline.values(pipeline.topics().indicatorReports()).stream()
        .filter(r -> r.getSource().startsWith("submit:mixed.csv:")).toList();
    assertThat(accepted).extracting(MonthlyReport::getSource)
        .containsExactlyInAnyOrder("submit:mixed.csv:2", "submit:mixed.csv:4");
    assertThat(accepted).filteredOn(r -> r.getCreditCode().equals(IN_ZONE)).singleElement()
        .satisfies(r -> assertThat(r.getOutputValueYuan()).isEqualTo(2_000_125L));
    List<RejectedReport> rejected = pipeline.values(pipeline.topics().rejectedReports()).stream()
        .filter(r -> r.getOrigin().startsWith("mixed.csv:")).toList();
    assertThat(rejected).extracting(RejectedReport::getOrigin).containsExactlyInAnyOrder("mixed.csv:3", "mixed.csv:5");
    assertThat(rejected).filteredOn(r -> r.getOrigin().equals("mixed.csv:5")).singleElement().satisfies(r -> {
      assertThat(StandardCharsets.UTF_8.decode(r.getRaw()).toString()).isEqualTo(jump);
      assertThat(r.getRawFormat()).isEqualTo(RawFormat.CSV_ROW);
      assertThat(r.getHeader()).isEqualTo(REPORT_HEADER);
      assertThat(r.getLineNumber()).isEqualTo(5L);
      assertThat(r.getSource()).isEqualTo("submit");
      assertThat(r.getCreditCode()).isEqualTo(IN_TOWN);
      assertThat(r.getPeriod()).isEqualTo("2026-07");
      assertThat(r.getReasons()).extracting(RejectionReason::getCode).containsExactly("UNIT_JUMP");
    });
    assertThat(pipeline.records(pipeline.topics().rejectedReports())).filteredOn(r -> IN_TOWN.equals(r.key()))
        .as("keyed like the input").isNotEmpty();
  }

  @Test
  void aDryRunPublishesNothing() {
    Path file = SmallWorld.write(dir.resolve("dry.csv"), REPORT_HEADER, report(IN_TOWN, "2026-05", "1000"),
        report("91350100M000100Y44", "2026-05", "1000"));
    int reports = pipeline.records(pipeline.topics().indicatorReports()).size();
    int rejected = pipeline.records(pipeline.topics().rejectedReports()).size();

    Cli.Run run = pipeline.cli("submit", "--dry-run", file.toString());

    assertThat(run.status()).isEqualTo(ReportingCli.EXIT_REJECTED);
    assertThat(run.out()).contains("dry.csv:3  credit_code  CHECK_CHARACTER")
        .contains("2 rows read, 1 accepted, 1 rejected").contains("dry run, nothing published");
    assertThat(pipeline.records(pipeline.topics().indicatorReports())).hasSize(reports);
    assertThat(pipeline.records(pipeline.topics().rejectedReports())).hasSize(rejected);
  }

  @Test
  void aFileSubmittedAgainIsACorrectionAfterTheFirstOnThePartition() {
    Path file = SmallWorld.write(dir.resolve("again.csv"), REPORT_HEADER, report(IN_ZONE, "2026-04", "3000"));

    Cli.Run first = pipeline.cli("submit", file.toString());
    Cli.Run second = pipeline.cli("submit", "--source-name", "again-corrected.csv", file.toString());

    assertThat(first.status()).isZero();
    assertThat(second.status()).isZero();
    assertThat(second.out()).contains("again-corrected.csv: enterprise report file, 1 rows read, 1 accepted");
    List<MonthlyReport> april = pipeline.values(pipeline.topics().indicatorReports()).stream()
        .filter(r -> r.getCreditCode().equals(IN_ZONE) && r.getPeriod().equals("2026-04")).toList();
    assertThat(april).extracting(MonthlyReport::getSource)
        .containsExactly("submit:again.csv:2", "submit:again-corrected.csv:2");
    assertThat(april).extracting(MonthlyReport::getRevision).as("unnumbered: the partition orders them")
        .containsExactly(0L, 0L);
  }

  @Test
  void refusesAFileItDoesNotTakeWhole() {
    Cli.Run run = pipeline.cli("submit", dir.resolve("parks.csv").toString());

    assertThat(run.status()).isEqualTo(ReportingCli.EXIT_REJECTED);
    assertThat(run.out()).contains("parks.csv: refused: parks.csv is a park registry file, which this command does"
        + " not take");
  }
}
