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
import org.industrialreporting.producers.independent.IndependentWorld;
import org.industrialreporting.producers.simulator.AnomalyLabel;
import org.industrialreporting.producers.simulator.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Measures the anomaly detectors on labelled worlds: the simulator's and an independently generated one. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Run the anomaly detectors over labelled worlds and print precision, recall and F1 per kind and"
        + " the share of normal enterprise-months flagged, next to the naive rule \"year-on-year change beyond"
        + " ±30 %%\" on the same data.",
        "simulator: the simulated world (--world, --seed, --from, --to) with the simulator's injected anomalies;"
            + " independent: a second world from a generator of its own (stable, noisy, seasonal and trending"
            + " enterprises; jumps, drops and collapses of one or both figures, stoppages, divergences, budget"
            + " overruns), 2023-10 to 2026-09, judged from 2024-01, with the same --seed.",
        "A reported (enterprise, month, kind) counts as found when a label has the same three."})
public final class EvaluateCommand implements Callable<Integer> {

  /** Which labelled worlds to score. */
  enum Worlds {
    SIMULATOR, INDEPENDENT, BOTH
  }

  @Mixin
  WorldOptions world;

  @Option(names = "--against", paramLabel = "simulator|independent|both", defaultValue = "both",
      converter = WorldsConverter.class, description = "Labelled worlds to score (default: ${DEFAULT-VALUE}).")
  Worlds against;

  @Option(names = "--independent-enterprises", paramLabel = "N", defaultValue = "" + IndependentWorld.DEFAULT_ENTERPRISES,
      description = "Enterprises of the independent world (default: ${DEFAULT-VALUE}).")
  int independentEnterprises;

  private final LaunchContext context;

  EvaluateCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (against != Worlds.INDEPENDENT) {
      simulator();
    }
    if (against == Worlds.BOTH) {
      context.out().println();
    }
    if (against != Worlds.SIMULATOR) {
      independent();
    }
    return 0;
  }

  private void simulator() {
    Simulation simulation = world.simulation();
    YearMonth from = world.from(simulation);
    YearMonth to = world.to(simulation);
    context.out().printf("Evaluating the anomaly detectors on the %s (seed %d), %s to %s, default rules%n%n",
        simulation, world.seed(), from, to);
    DetectionEvaluation.Result result = DetectionEvaluation.run(simulation.enterprises(), simulation::reports,
        from.withMonth(1), from, to, flags(simulation.labels(from, to)), RuleBook.defaults());
    context.out().print(EvaluationTable.format(result));
  }

  private void independent() {
    IndependentWorld independent = IndependentWorld.generate(world.seed(), independentEnterprises);
    context.out().printf("Evaluating the anomaly detectors on the %s, %s to %s, default rules%n%n", independent,
        IndependentWorld.JUDGED_FROM, IndependentWorld.LAST);
    DetectionEvaluation.Result result = DetectionEvaluation.run(independent.enterprises(), independent::reports,
        IndependentWorld.FIRST, IndependentWorld.JUDGED_FROM, IndependentWorld.LAST, flags(independent.labels()),
        RuleBook.defaults());
    context.out().print(EvaluationTable.format(result));
  }

  private static List<Flag> flags(List<AnomalyLabel> labels) {
    return labels.stream().map(label -> new Flag(label.creditCode(), label.period(), label.kind())).toList();
  }

  /** simulator, independent or both, in any case; anything else is a usage error naming the choices. */
  static final class WorldsConverter implements picocli.CommandLine.ITypeConverter<Worlds> {
    @Override
    public Worlds convert(String value) {
      try {
        return Worlds.valueOf(value.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "--against must be simulator, independent or both, not '" + value + "'");
      }
    }
  }
}
