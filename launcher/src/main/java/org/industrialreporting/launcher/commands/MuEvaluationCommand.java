package org.industrialreporting.launcher.commands;

import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.Callable;
import org.industrialreporting.dashboard.evaluation.DistrictEvaluation;
import org.industrialreporting.dashboard.evaluation.EvaluationRules;
import org.industrialreporting.dashboard.evaluation.EvaluationTable;
import org.industrialreporting.dashboard.evaluation.MuEvaluation;
import org.industrialreporting.dashboard.view.DistrictNames;
import org.industrialreporting.dashboard.view.ReadModel;
import org.industrialreporting.dashboard.view.ViewSnapshot;
import org.industrialreporting.dashboard.view.ViewSource;
import org.industrialreporting.dashboard.view.ViewTopics;
import org.industrialreporting.launcher.config.DataDirOptions;
import org.industrialreporting.launcher.config.EvaluationRulesOption;
import org.industrialreporting.launcher.config.KafkaOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.RegistryOptions;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.streams.StreamsSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints a district's 亩均 evaluation of a year to date, as the dashboard answers it. */
@Command(name = "mu-evaluation", mixinStandardHelpOptions = true,
    description = {"Print the 亩均 evaluation (亩均效益综合评价) of a district's enterprises for January to the"
        + " district's latest month of the year: each above-scale enterprise with land scored against the"
        + " benchmarks, ranked and classed A to D, then those not classified with the reason (docs/evaluation.md).",
        "Reads the registry, the district rollups and the streams application's accepted reports to their end."})
public final class MuEvaluationCommand implements Callable<Integer> {

  private static final Set<ViewSource> SOURCES = Set.of(ViewSource.ENTERPRISE_REGISTRY, ViewSource.DISTRICT_ROLLUPS,
      ViewSource.ENTERPRISE_LEDGERS);

  @Mixin
  KafkaOptions kafka;

  @Mixin
  RegistryOptions registry;

  @Mixin
  DataDirOptions dataDir;

  @Mixin
  EvaluationRulesOption rules;

  @Option(names = "--district", paramLabel = "CODE", required = true, description = "District code (GB/T 2260).")
  String district;

  @Option(names = "--year", paramLabel = "YYYY", description = "The year (default: the district's latest month's).")
  Integer year;

  @Option(names = "--csv", description = "Print CSV: one row per enterprise, indicators in their own units.")
  boolean csv;

  @Option(names = "--streams-application-id", paramLabel = "ID", defaultValue = StreamsSettings.DEFAULT_APPLICATION_ID,
      description = "Application id of the streams application whose accepted reports are read"
          + " (default: ${DEFAULT-VALUE}).")
  String streamsApplicationId;

  private final LaunchContext context;

  MuEvaluationCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    EvaluationRules inForce = rules.open(dataDir).rules();
    ViewTopics topics = new ViewTopics(kafka.catalog(), streamsApplicationId,
        AvroSerdes.connect(registry.requireRegistry("mu-evaluation")));
    ReadModel model = ViewSnapshot.read(kafka.requireCluster("mu-evaluation", context), topics,
        new ReadModel(DistrictNames.builtIn()), SOURCES);
    return model.read(view -> {
      int asked = year != null ? year : view.districtRollups().latestPeriod(district).map(YearMonth::getYear)
          .orElseThrow(() -> new IllegalArgumentException("District " + district + " has no rollups"));
      YearMonth through = DistrictEvaluation.through(view, district, asked).orElseThrow(() ->
          new IllegalArgumentException("District " + district + " has no rollups for " + asked));
      MuEvaluation.Result result = DistrictEvaluation.of(view, district, through, inForce);
      context.out().print(csv ? EvaluationTable.csv(result)
          : EvaluationTable.text(result, view.districtName(district).orElse(district)));
      return 0;
    });
  }
}
