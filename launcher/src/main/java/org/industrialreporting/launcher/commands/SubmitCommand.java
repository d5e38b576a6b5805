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

/** Submits report files: every row validated, accepted rows published, rejected rows reported and dead-lettered. */
@Command(name = "submit", mixinStandardHelpOptions = true,
    description = {"Submit enterprise or park report files (CSV or JSON lines, told apart by their header).",
        "Every row is validated against the registry on the cluster; accepted rows go to indicator-reports or"
            + " park-reports, rejected rows are printed with every reason (FILE:LINE  FIELD  CODE  MESSAGE) and go"
            + " to indicator-reports-rejected. A later row for the same enterprise and month, and a file submitted"
            + " again, is a correction.",
        "Exit status: 0 every row accepted and acknowledged, 4 rows or files rejected (the accepted rows are"
            + " published), 1 an error (e.g. the cluster did not acknowledge), 2 a usage error."})
public final class SubmitCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Report files to submit, in this order.")
  List<Path> files;

  @Mixin
  FileSubmissionOptions options;

  private final LaunchContext context;

  SubmitCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    return FileRun.run(new FileRun.Request("submit", files,
        Set.of(FileKind.ENTERPRISE_REPORT, FileKind.PARK_REPORT), true), options, context);
  }
}
