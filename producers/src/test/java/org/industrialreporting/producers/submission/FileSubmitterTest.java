package org.industrialreporting.producers.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.producers.submission.Rows.CODE;
import static org.industrialreporting.producers.submission.Rows.REPORT_HEADER;
import static org.industrialreporting.producers.submission.Rows.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.producers.registry.RegistryView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSubmitterTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T02:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  private final RecordingSink sink = new RecordingSink();
  private final List<RowResult> results = new ArrayList<>();
  private final List<Long> progress = new ArrayList<>();
  private final FileSubmitter submitter;

  FileSubmitterTest() {
    RegistryView registry = new RegistryView();
    registry.enterprise(CODE, true);
    Submission submission = new Submission(new InputRules(ReportRules.defaults(CLOCK), TopicCatalog.defaults()),
        SubmissionContext.over(registry), Permission.everything(), sink, CLOCK);
    submitter = new FileSubmitter(submission, Set.of(FileKind.ENTERPRISE_REPORT, FileKind.PARK_REPORT), "submit",
        Duration.ofSeconds(1));
  }

  private final FileSubmitter.Listener listener = new FileSubmitter.Listener() {
    @Override
    public void row(RowResult result) {
      results.add(result);
    }

    @Override
    public void progress(String file, long rows, long bytesRead, long size) {
      progress.add(rows);
    }
  };

  private Path file(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n");
  }

  @Test
  void countsTheRowsOfAFileAndAwaitsTheirAcknowledgement() throws IOException {
    Path file = file("export.csv", REPORT_HEADER, report(CODE, "2026-08", "1000"), "", report(CODE, "2026-09", "x"));

    FileSubmitter.FileSummary summary = submitter.submit(file, "acme-2026-09.csv", listener);

    assertThat(summary.refused()).isFalse();
    assertThat(summary.kind()).isEqualTo(FileKind.ENTERPRISE_REPORT);
    assertThat(summary.read()).isEqualTo(2);
    assertThat(summary.accepted()).isEqualTo(1);
    assertThat(summary.rejected()).isEqualTo(1);
    assertThat(results).extracting(r -> r.origin().location())
        .as("the name given, and the file's own line numbers").containsExactly("acme-2026-09.csv:2",
            "acme-2026-09.csv:4");
    assertThat(sink.sent()).hasSize(2);
    assertThat(sink.awaited()).isEqualTo(1);
    assertThat(progress).last().isEqualTo(2L);
  }

  @Test
  void refusesAFileOfAnotherKindWhole() throws IOException {
    Path file = file("parks.csv", "park_id,name,district_code,level,parent_park_id", "XZ-HTZ,Zone,330411,THEMED,");

    FileSubmitter.FileSummary summary = submitter.submit(file, "parks.csv", listener);

    assertThat(summary.refused()).isTrue();
    assertThat(summary.refusal()).isEqualTo("parks.csv is a park registry file, which this command does not take"
        + " (it takes: enterprise report file, park report file)");
    assertThat(sink.sent()).isEmpty();
  }

  @Test
  void refusesAFileWithABadHeaderWholeNamingEveryProblem() throws IOException {
    Path file = file("bad.csv", "credit_code,period,工业总产值(元)", "x,y,z");

    FileSubmitter.FileSummary summary = submitter.submit(file, "bad.csv", listener);

    assertThat(summary.refused()).isTrue();
    assertThat(summary.refusal()).startsWith("bad.csv line 1:").contains("工业总产值(元)", "value_added");
    assertThat(results).isEmpty();
  }
}
