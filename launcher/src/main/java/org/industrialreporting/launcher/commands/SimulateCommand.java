package org.industrialreporting.launcher.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.industrialreporting.launcher.config.KafkaOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.RegistryOptions;
import org.industrialreporting.launcher.config.WorldOptions;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.producers.simulator.Simulation;
import org.industrialreporting.producers.simulator.SimulationWriter;
import org.industrialreporting.producers.simulator.WorldPublisher;
import org.industrialreporting.producers.simulator.YearToDateTotal;
import org.industrialreporting.schemas.serde.AvroSerdes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes a simulated world as CSV files in the submission formats, or publishes it to the topics. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {"Generate a deterministic world of enterprises, parks, targets, monthly reports, park reports and"
        + " anomaly labels, as CSV files in the submission formats (the same seed and options give the same bytes).",
        "With --publish the world goes straight to the topics instead, at full speed: registries and targets"
            + " first, then park reports and reports month by month.",
        "The demo world reproduces Xiuzhou's headline figures for January-September 2026; the national world is"
            + " for benchmarks."})
public final class SimulateCommand implements Callable<Integer> {

  private static final int DISTRICTS_LISTED = 5;

  @Mixin
  WorldOptions world;

  @Option(names = "--output-dir", paramLabel = "DIR", defaultValue = "simulated",
      description = "Directory the CSV files are written to, created if missing (default: ${DEFAULT-VALUE}).")
  Path outputDir;

  @Option(names = "--publish",
      description = "Publish to the topics of --bootstrap-servers through --schema-registry-url instead of writing"
          + " files.")
  boolean publish;

  @Mixin
  KafkaOptions kafka;

  @Mixin
  RegistryOptions registry;

  private final LaunchContext context;

  SimulateCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Simulation simulation = world.simulation();
    YearMonth first = world.from(simulation);
    YearMonth last = world.to(simulation);
    PrintStream out = context.out();
    if (publish) {
      return publish(simulation, first, last);
    }
    out.printf("Simulating the %s (seed %d), %s to %s, into %s%n", simulation, world.seed(), first, last, outputDir);
    SimulationWriter.Summary summary = SimulationWriter.write(simulation, outputDir, first, last,
        (period, written) -> context.err().printf("  %s: %,d reports written%n", period, written));
    for (SimulationWriter.Written file : summary.files()) {
      out.printf("Wrote %s (%,d rows)%n", file.file(), file.rows());
    }
    printTotals(out, summary, last);
    return 0;
  }

  private int publish(Simulation simulation, YearMonth first, YearMonth last) {
    KafkaSettings cluster = kafka.requireCluster("simulate --publish", context);
    AvroSerdes serdes = AvroSerdes.connect(registry.requireRegistry("simulate --publish"));
    context.out().printf("Publishing the %s (seed %d), %s to %s, to %s%n", simulation, world.seed(), first, last,
        cluster.bootstrapServers());
    WorldPublisher.Published published = WorldLoad.publish(simulation, first, last, cluster, kafka.catalog(), serdes,
        context);
    double seconds = Math.max(published.elapsed().toNanos() / 1e9, 1e-3);
    context.out().printf("Published %,d parks, %,d enterprises, %,d targets, %,d park reports and %,d reports:"
        + " %,d records in %.1f s (%,.0f records/s), every one acknowledged%n", published.parks(),
        published.enterprises(), published.targets(), published.parkReports(), published.reports(),
        published.records(), seconds, published.records() / seconds);
    return 0;
  }

  private static void printTotals(PrintStream out, SimulationWriter.Summary summary, YearMonth last) {
    List<YearToDateTotal> totals = summary.yearToDate();
    out.printf("%s-%s %d, growth against the same months a year earlier on comparable basis:%n",
        name(summary.totalsFrom()), name(last), last.getYear());
    List<YearToDateTotal> listed = totals.stream()
        .sorted(Comparator.comparingLong(YearToDateTotal::outputYuan).reversed()).limit(DISTRICTS_LISTED).toList();
    for (YearToDateTotal t : listed) {
      out.printf("  %s: %,d enterprises, output %s billion yuan (%s), value added %s billion yuan (%s)%n",
          t.name().equals(t.districtCode()) ? t.districtCode() : t.name() + " " + t.districtCode(), t.enterprises(), billions(t.outputYuan()), growth(t.outputGrowthBp()),
          billions(t.valueAddedYuan()), growth(t.valueAddedGrowthBp()));
    }
    if (totals.size() > listed.size()) {
      out.printf("  ... and %,d more districts; all together output %s billion yuan%n", totals.size() - listed.size(),
          billions(totals.stream().mapToLong(YearToDateTotal::outputYuan).sum()));
    }
  }

  private static String name(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String billions(long yuan) {
    return BigDecimal.valueOf(yuan).movePointLeft(9).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String growth(Integer basisPoints) {
    return basisPoints == null ? "no previous year"
        : (basisPoints >= 0 ? "+" : "") + BigDecimal.valueOf(basisPoints).movePointLeft(2).toPlainString() + "%";
  }
}
