package org.industrialreporting.launcher.config;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the commands that submit files, {@code submit} and {@code register}. */
public final class FileSubmissionOptions {

  @Option(names = "--dry-run",
      description = "Validate and print the results without publishing anything; without --bootstrap-servers"
          + " registration is not checked.")
  boolean dryRun;

  @Option(names = "--source-name", paramLabel = "NAME",
      description = "Name the rows' origins give instead of the file's name (one FILE only), e.g. the name of the"
          + " original export when submitting a copy.")
  String sourceName;

  @Mixin
  KafkaOptions kafka;

  @Mixin
  RegistryOptions registry;

  @Mixin
  ValidationOptions validation;

  public boolean dryRun() {
    return dryRun;
  }

  /** The name to record instead of the file's, or null. */
  public String sourceName() {
    return sourceName;
  }

  public KafkaOptions kafka() {
    return kafka;
  }

  public RegistryOptions registry() {
    return registry;
  }

  public ValidationOptions validation() {
    return validation;
  }
}
