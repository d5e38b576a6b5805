package org.industrialreporting.launcher.config;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** An API token file, for the commands that serve the intake and for {@code tokens}, which manages it. */
public final class TokenFileOption {

  @Option(names = "--tokens", paramLabel = "FILE",
      description = "The API token file, managed with 'reporting tokens'"
          + " (default: intake-tokens in the data directory; for 'tokens --dashboard' dashboard-tokens).")
  Path file;

  /** The file given with {@code --tokens}, else the data directory's intake tokens. */
  public Path file(DataDirOptions dataDir) {
    return given().orElseGet(dataDir::intakeTokens);
  }

  /** The file given with {@code --tokens}, if one was. */
  public Optional<Path> given() {
    return Optional.ofNullable(file);
  }
}
