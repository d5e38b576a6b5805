package org.industrialreporting.launcher.commands;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.industrialreporting.anomaly.RuleBook;
import org.industrialreporting.anomaly.evaluation.DetectionEvaluation;
import org.industrialreporting.anomaly.evaluation.EvaluationTable;
import org.industrialreporting.anomaly.evaluation.Flag;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.WorldOptions;
import org.industrialreporting.producers.simulator.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Measures the anomaly detectors on a simulated world with labelled anomalies. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Run the anomaly detectors over a simulated world with injected, labelled anomalies and print"
        + " precision, recall and F1 per kind and the share of normal enterprise-months flagged, next to the naive"
        + " rule \"year-on-year change beyond ±30 %%\" on the same data.",
        "A reported (enterprise, month, kind) counts as found when a label has the same three."})
public final class EvaluateCommand implements Callable<Integer> {

  @Mixin
  WorldOptions world;

  private final LaunchContext context;

  EvaluateCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Simulation simulation = world.simulation();
    YearMonth from = world.from(simulation);
    YearMonth to = world.to(simulation);
    context.out().printf("Evaluating the anomaly detectors on the %s (seed %d), %s to %s, default rules%n%n",
        simulation, world.seed(), from, to);
    List<Flag> labels = simulation.labels(from, to).stream()
        .map(label -> new Flag(label.creditCode(), label.period(), label.kind())).toList();
    DetectionEvaluation.Result result = DetectionEvaluation.run(simulation.enterprises(), simulation::reports, from,
        to, labels, RuleBook.defaults());
    context.out().print(EvaluationTable.format(result));
    return 0;
  }
}
