package org.industrialreporting.launcher.config;

import java.nio.file.Path;
import org.industrialreporting.dashboard.evaluation.EvaluationRulesFile;
import picocli.CommandLine.Option;

/** The 亩均 evaluation's rules file, for the dashboard and for {@code evaluation}. */
public final class EvaluationRulesOption {

  @Option(names = "--evaluation-rules", paramLabel = "FILE",
      description = "The 亩均 evaluation's rules (JSON: weights, benchmarks, class cut-offs; docs/evaluation.md),"
          + " read again when it changes (default: evaluation-rules.json in the data directory; the built-in"
          + " defaults while it does not exist).")
  Path file;

  /** The rules of the file given, else of the data directory's; an error naming the file when it is invalid. */
  public EvaluationRulesFile open(DataDirOptions dataDir) {
    return EvaluationRulesFile.open(file != null ? file : dataDir.evaluationRules());
  }
}
