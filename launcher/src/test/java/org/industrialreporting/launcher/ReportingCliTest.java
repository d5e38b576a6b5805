package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.industrialreporting.launcher.config.LaunchContext;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ReportingCliTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private CommandLine cli(Map<String, String> env) {
    return ReportingCli.commandLine(new LaunchContext(new Properties(), env,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
  }

  @Test
  void everySubcommandHasHelp() {
    CommandLine cli = cli(Map.of());
    assertThat(cli.getSubcommands()).containsKeys("run", "topics", "schema-registry", "streams", "dashboard");
    for (String name : cli.getSubcommands().keySet()) {
      if (name.equals("help")) {
        continue;
      }
      out.reset();
      int status = cli(Map.of()).execute(name, "--help");
      assertThat(status).as(name + " --help").isZero();
      assertThat(out.toString(StandardCharsets.UTF_8)).as(name + " --help").contains("Usage: reporting " + name);
    }
  }

  @Test
  void environmentSuppliesOptionDefaultsAndShowsInHelp() {
    int status = cli(Map.of("REPORTING_DATA_DIR", "/srv/reporting")).execute("run", "--help");
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("/srv/reporting");
  }

  @Test
  void runOffersTheRegistryOptions() {
    assertThat(cli(Map.of()).execute("run", "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("--schema-registry-url", "--schema-registry-user-info", "--auto-register-schemas", "--registry-port");
  }

  @Test
  void runStartsTheDashboardAndRolesWithoutAServerOfferAMetricsPort() {
    assertThat(cli(Map.of()).execute("run", "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--dashboard-port", "--district-names");
    for (String role : new String[] {"streams", "schema-registry"}) {
      out.reset();
      assertThat(cli(Map.of()).execute(role, "--help")).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8)).as(role).contains("--metrics-port", "(default: 9464)");
    }
  }

  @Test
  void dashboardWithoutAClusterOrRegistrySaysWhatIsMissing() {
    assertThat(cli(Map.of()).execute("dashboard")).isEqualTo(CommandLine.ExitCode.SOFTWARE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--bootstrap-servers");
    err.reset();
    assertThat(cli(Map.of()).execute("dashboard", "--bootstrap-servers", "localhost:9092"))
        .isEqualTo(CommandLine.ExitCode.SOFTWARE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--schema-registry-url");
  }

  @Test
  void schemaRegistryWithoutAClusterSaysWhatIsMissing() {
    int status = cli(Map.of()).execute("schema-registry");
    assertThat(status).isEqualTo(CommandLine.ExitCode.SOFTWARE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--bootstrap-servers");
  }

  @Test
  void topicsWithoutAClusterSaysWhatIsMissing() {
    int status = cli(Map.of()).execute("topics");
    assertThat(status).isEqualTo(CommandLine.ExitCode.SOFTWARE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--bootstrap-servers");
  }
}
