package org.industrialreporting.launcher.commands;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.industrialreporting.dashboard.bulletin.Bulletin;
import org.industrialreporting.dashboard.bulletin.BulletinFiles;
import org.industrialreporting.dashboard.bulletin.DistrictBulletin;
import org.industrialreporting.dashboard.evaluation.EvaluationRules;
import org.industrialreporting.dashboard.view.DistrictNames;
import org.industrialreporting.dashboard.view.ReadModel;
import org.industrialreporting.dashboard.view.ViewConsumer;
import org.industrialreporting.dashboard.view.ViewTopics;
import org.industrialreporting.domain.period.PeriodRule;
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

/** Writes a district's monthly bulletin on demand, from the topics the dashboard reads. */
@Command(name = "bulletin", mixinStandardHelpOptions = true,
    description = {"Write the monthly bulletin (每月通报) of a district as Markdown, printable HTML, CSV (exact"
        + " figures) and XLSX: the month's and the year to date's figures with growth and target completion, parks"
        + " and towns ranked, structure shares, energy dual control with the key energy users' budgets, the"
        + " enterprises with abnormal swings (RED first), who has not reported and the 亩均 classes.",
        "It reads the topics to their end as the dashboard does; a month not fully reported is marked provisional."
            + " The dashboard produces the bulletin by itself after the reporting deadline (docs/bulletin.md)."})
public final class BulletinCommand implements Callable<Integer> {

  @Mixin
  KafkaOptions kafka;

  @Mixin
  RegistryOptions registry;

  @Mixin
  DataDirOptions dataDir;

  @Mixin
  EvaluationRulesOption evaluationRules;

  @Option(names = "--district", paramLabel = "CODE", required = true, description = "District code (GB/T 2260).")
  String district;

  @Option(names = "--period", paramLabel = "YYYY-MM", required = true, description = "The month.")
  String period;

  @Option(names = "--output-dir", paramLabel = "DIR", defaultValue = ".",
      description = "Directory the files are written to, created if missing (default: the current directory).")
  Path outputDir;

  @Option(names = "--district-names", paramLabel = "FILE",
      description = "Properties file of district names by code (330411=秀洲区, UTF-8), added to the built-in"
          + " reference districts.")
  Path districtNames;

  @Option(names = "--streams-application-id", paramLabel = "ID", defaultValue = StreamsSettings.DEFAULT_APPLICATION_ID,
      description = "Application id of the streams application whose reports in force count (default:"
          + " ${DEFAULT-VALUE}).")
  String streamsApplicationId;

  private final LaunchContext context;

  BulletinCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    YearMonth month = PeriodRule.parse(period).orElseThrow(
        () -> new IllegalArgumentException("--period must be a month YYYY-MM, not '" + period + "'"));
    EvaluationRules rules = evaluationRules.open(dataDir).rules();
    ReadModel model = new ReadModel(districtNames == null ? DistrictNames.builtIn()
        : DistrictNames.builtInAnd(districtNames));
    ViewTopics topics = new ViewTopics(kafka.catalog(), streamsApplicationId,
        AvroSerdes.connect(registry.requireRegistry("bulletin")));
    Bulletin bulletin;
    try (ViewConsumer view = ViewConsumer.start(kafka.requireCluster("bulletin", context), topics, model,
        new SimpleMeterRegistry(), failure -> { /* the view stops; awaitReady names it */ })) {
      MissingCommand.awaitReady(view);
      bulletin = model.read(v -> {
        if (!v.knowsDistrict(district) && v.registeredEnterprises().stream()
            .noneMatch(e -> district.equals(e.getDistrictCode()))) {
          throw new IllegalArgumentException("--district " + district + ": the topics know no such district (no"
              + " enterprise, park or rollup)");
        }
        return DistrictBulletin.of(v, district, month, rules);
      });
    }
    List<Path> files = BulletinFiles.write(bulletin, outputDir);
    files.forEach(file -> context.out().println("Wrote " + file));
    context.out().printf("%s: 应报 %d, 已报 %d%s%n", bulletin.title(), bulletin.expected(), bulletin.reported(),
        bulletin.provisional() ? " (provisional)" : "");
    return 0;
  }
}
