package org.industrialreporting.launcher.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.industrialreporting.alerts.bulletin.Bulletin;
import org.industrialreporting.alerts.bulletin.BulletinFiles;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Severity;
import org.industrialreporting.domain.period.PeriodRule;
import org.industrialreporting.launcher.config.KafkaOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.RegistryOptions;
import org.industrialreporting.schemas.serde.AvroSerdes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes a district's monthly bulletin from the alerts open for the month. */
@Command(name = "bulletin", mixinStandardHelpOptions = true,
    description = {"Write the monthly bulletin (每月通报) of a district as Markdown, HTML and CSV: the alerts open for"
        + " the month about its enterprises, parks and itself, counted by kind and severity and listed RED first,"
        + " then by the size of the deviation, each with its figures and explanation."})
public final class BulletinCommand implements Callable<Integer> {

  @Mixin
  KafkaOptions kafka;

  @Mixin
  RegistryOptions registry;

  @Option(names = "--district", paramLabel = "CODE", required = true, description = "District code (GB/T 2260).")
  String district;

  @Option(names = "--period", paramLabel = "YYYY-MM", required = true, description = "The month.")
  String period;

  @Option(names = "--district-name", paramLabel = "NAME", description = "Name of the district for the title.")
  String districtName;

  @Option(names = "--output-dir", paramLabel = "DIR", defaultValue = ".",
      description = "Directory the files are written to, created if missing (default: the current directory).")
  Path outputDir;

  private final LaunchContext context;

  BulletinCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    YearMonth month = PeriodRule.parse(period).orElseThrow(
        () -> new IllegalArgumentException("--period must be a month YYYY-MM, not '" + period + "'"));
    Bulletin bulletin = BulletinFiles.read(kafka.requireCluster("bulletin", context),
        kafka.catalog().anomalyAlerts().name(),
        AvroSerdes.connect(registry.requireRegistry("bulletin")).value(AnomalyAlert.class).deserializer(), district,
        districtName, month);
    for (Path file : BulletinFiles.write(bulletin, outputDir)) {
      context.out().println("Wrote " + file);
    }
    context.out().printf("%d alerts: %d RED, %d YELLOW%n", bulletin.alerts().size(), bulletin.count(Severity.RED),
        bulletin.count(Severity.YELLOW));
    return 0;
  }
}
