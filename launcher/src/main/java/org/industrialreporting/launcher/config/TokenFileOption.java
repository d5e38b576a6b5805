package org.industrialreporting.launcher.config;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The intake's API token file, for the commands that serve the intake and for {@code tokens}, which manages it. */
public final class TokenFileOption {

  @Option(names = "--tokens", paramLabel = "FILE",
      description = "The intake's API token file, managed with 'reporting tokens'"
          + " (default: intake-tokens in the data directory).")
  Path file;

  /** The file given with {@code --tokens}, else the data directory's. */
  public Path file(DataDirOptions dataDir) {
    return file != null ? file : dataDir.intakeTokens();
  }
}
