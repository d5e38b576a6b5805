package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.industrialreporting.launcher.config.LaunchContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ReportingCli.commandLine(new LaunchContext(new Properties(), Map.of(),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
        .execute(args);
  }

  @Test
  void writesTheDemoWorldAndPrintsItsHeadline(@TempDir Path dir) {
    int status = run("simulate", "--output-dir", dir.toString());
    assertThat(status).isZero();
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("reports.csv (29,055 rows)", "labels.csv", "January-September 2026",
        "秀洲区 330411: 511 enterprises, output 47.50 billion yuan (+11.40%), value added 10.52 billion yuan (+7.50%)");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("2026-09: 29,055 reports written");
    assertThat(dir.resolve("enterprises.csv")).exists();
    assertThat(Files.exists(dir.resolve("park-reports.csv"))).isTrue();
  }

  @Test
  void writesASmallNationalWorld(@TempDir Path dir) {
    int status = run("simulate", "--world", "national", "--enterprises", "2000", "--output-dir", dir.toString());
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("reports.csv (2,000 rows)", "more districts");
  }

  @Test
  void refusesAnUnknownWorldOrMonth(@TempDir Path dir) {
    assertThat(run("simulate", "--world", "mars", "--output-dir", dir.toString()))
        .isEqualTo(CommandLine.ExitCode.SOFTWARE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--world must be demo or national");
    assertThat(run("simulate", "--to", "2026-9", "--output-dir", dir.toString()))
        .isEqualTo(CommandLine.ExitCode.SOFTWARE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--to must be a month YYYY-MM");
  }
}
