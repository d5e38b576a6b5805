package org.industrialreporting.launcher.config;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The data directory and where each kept file lives inside it. Everything a command keeps between runs is under
 * it, so that one directory is what to back up, move or delete; {@code --state-dir}, {@code --tokens} and
 * {@code --dashboard-tokens} move single parts elsewhere.
 */
public final class DataDirOptions {

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${sys:user.home}/.industrial-reporting",
      description = "Where everything kept between runs lives: kafka/ (the embedded broker's log), streams/ (the"
          + " streams application's state), intake-tokens and dashboard-tokens (API tokens), dashboard-admin-token"
          + " (the sign-in token of 'run'), evaluation-rules.json (the 亩均 evaluation's rules, if any)"
          + " (env REPORTING_DATA_DIR; default: ${DEFAULT-VALUE}).")
  Path root;

  public Path root() {
    return root;
  }

  /** The embedded broker's data: its log directory is formatted here on first start. */
  public Path kafka() {
    return root.resolve("kafka");
  }

  /** The streams application's local state (RocksDB), unless {@code --state-dir} says otherwise. */
  public Path streams() {
    return root.resolve("streams");
  }

  /** The intake's API token file, unless {@code --tokens} says otherwise. */
  public Path intakeTokens() {
    return root.resolve("intake-tokens");
  }

  /** The dashboard's API token file, unless {@code --dashboard-tokens} says otherwise. */
  public Path dashboardTokens() {
    return root.resolve("dashboard-tokens");
  }

  /** The 亩均 evaluation's rules, unless {@code --evaluation-rules} says otherwise; absent, the defaults apply. */
  public Path evaluationRules() {
    return root.resolve("evaluation-rules.json");
  }

  /** The admin token {@code run} signs its dashboard in with, kept in plain text so that every start can show it. */
  public Path runSignInToken() {
    return root.resolve("dashboard-admin-token");
  }
}
