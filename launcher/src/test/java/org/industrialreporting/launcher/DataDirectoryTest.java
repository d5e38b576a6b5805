package org.industrialreporting.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.industrialreporting.launcher.config.DashboardOptions;
import org.industrialreporting.launcher.config.DataDirOptions;
import org.industrialreporting.launcher.config.IntakeOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.StreamsOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

/** Every file a command keeps between runs derives from its data directory, unless an option moves it. */
class DataDirectoryTest {

  private static final Path DIR = Path.of("/srv/reporting");

  @Test
  void runKeepsTheBrokerTheStreamsStateAndTheTokensUnderTheDataDirectory() {
    CommandSpec run = parse(Map.of(), "run", "--data-dir", DIR.toString());

    DataDirOptions dataDir = mixin(run, "dataDir", DataDirOptions.class);
    assertThat(dataDir.kafka()).isEqualTo(DIR.resolve("kafka"));
    assertThat(mixin(run, "streams", StreamsOptions.class).settings(dataDir.streams()).stateDir())
        .isEqualTo(DIR.resolve("streams"));
    assertThat(mixin(run, "intake", IntakeOptions.class).tokens(dataDir)).isEqualTo(DIR.resolve("intake-tokens"));
    assertThat(mixin(run, "dashboard", DashboardOptions.class).tokens(dataDir))
        .isEqualTo(DIR.resolve("dashboard-tokens"));
    assertThat(dataDir.runSignInToken()).isEqualTo(DIR.resolve("dashboard-admin-token"));
  }

  @Test
  void theEnvironmentNamesTheDataDirectoryOfEveryCommandThatKeepsSomething() {
    for (String command : new String[] {"run", "streams", "broker", "intake", "dashboard"}) {
      CommandSpec spec = parse(Map.of("REPORTING_DATA_DIR", DIR.toString()), command);
      DataDirOptions dataDir = mixin(spec, "dataDir", DataDirOptions.class);
      assertThat(dataDir.root()).as(command).isEqualTo(DIR);
    }
  }

  @Test
  void withoutAnyOptionTheDataDirectoryIsInTheHomeDirectory() {
    DataDirOptions dataDir = mixin(parse(Map.of(), "intake"), "dataDir", DataDirOptions.class);
    assertThat(dataDir.root()).isEqualTo(Path.of(System.getProperty("user.home"), ".industrial-reporting"));
  }

  @Test
  void stateDirAndTokensMoveTheirPartElsewhere() {
    CommandSpec run = parse(Map.of(), "run", "--data-dir", DIR.toString(), "--state-dir", "/fast/state",
        "--tokens", "/etc/reporting/tokens", "--dashboard-tokens", "/etc/reporting/dashboard-tokens");

    DataDirOptions dataDir = mixin(run, "dataDir", DataDirOptions.class);
    assertThat(mixin(run, "streams", StreamsOptions.class).settings(dataDir.streams()).stateDir())
        .isEqualTo(Path.of("/fast/state"));
    assertThat(mixin(run, "intake", IntakeOptions.class).tokens(dataDir))
        .isEqualTo(Path.of("/etc/reporting/tokens"));
    assertThat(mixin(run, "dashboard", DashboardOptions.class).tokens(dataDir))
        .isEqualTo(Path.of("/etc/reporting/dashboard-tokens"));
  }

  private static CommandSpec parse(Map<String, String> env, String... args) {
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
    return ReportingCli.commandLine(new LaunchContext(new Properties(), env, discard, discard)).parseArgs(args)
        .subcommand().commandSpec();
  }

  private static <T> T mixin(CommandSpec command, String name, Class<T> type) {
    return type.cast(command.mixins().get(name).userObject());
  }
}
