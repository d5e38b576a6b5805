package org.industrialreporting.launcher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.industrialreporting.launcher.config.LaunchContext;

/** Runs the command line as {@code main} does, with the given environment, and keeps what it printed. */
public final class Cli {

  /** The exit status and the output of one run. */
  public record Run(int status, String out, String err) {
  }

  private Cli() {
  }

  public static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ReportingCli.commandLine(new LaunchContext(new Properties(), env,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
        .execute(args);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
