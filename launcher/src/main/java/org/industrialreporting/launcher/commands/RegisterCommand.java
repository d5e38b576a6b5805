package org.industrialreporting.launcher.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.launcher.config.FileSubmissionOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Loads registry files (enterprises, parks, targets) into the compacted registry topics. */
@Command(name = "register", mixinStandardHelpOptions = true,
    description = {"Load registry files (CSV or JSON lines) into enterprise-registry, park-registry or targets.",
        "Every row is validated; a park named by an enterprise, a target or as a parent must be in the park"
            + " registry or in the same load, otherwise the row is rejected. Rejected rows are printed and go to"
            + " indicator-reports-rejected. Load parks before the enterprises and targets that name them.",
        "Exit status: 0 every row accepted, 4 rows or files rejected (the accepted rows are published), 1 an"
            + " error, 2 a usage error."})
public final class RegisterCommand implements Callable<Integer> {

  /** The registries, by the name given on the command line. */
  enum Registry {
    enterprises(FileKind.ENTERPRISES), parks(FileKind.PARKS), targets(FileKind.TARGETS);

    private final FileKind kind;

    Registry(FileKind kind) {
      this.kind = kind;
    }
  }

  @Parameters(index = "0", paramLabel = "REGISTRY", description = "enterprises, parks or targets.")
  Registry registryKind;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE",
      description = "Files of that registry, in this order.")
  List<Path> files;

  @Mixin
  FileSubmissionOptions options;

  private final LaunchContext context;

  RegisterCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    return FileRun.run(new FileRun.Request("register", files, Set.of(registryKind.kind), false), options, context);
  }
}
