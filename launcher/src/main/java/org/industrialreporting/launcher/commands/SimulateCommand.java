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
import org.industrialreporting.domain.period.PeriodRule;
import org.industrialreporting.launcher.config.KafkaOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.RegistryOptions;
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

  @Option(names = "--seed", paramLabel = "N", defaultValue = "" + Simulation.DEFAULT_SEED,
      description = "Seed of every random draw (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--world", paramLabel = "demo|national", defaultValue = "demo",
      description = "demo: Xiuzhou, Changshu and Kaizhou; national: synthetic districts and parks (default: ${DEFAULT-VALUE}).")
  String world;

  @Option(names = "--enterprises", paramLabel = "N", defaultValue = "" + Simulation.NATIONAL_ENTERPRISES,
      description = "Enterprises of the national world (default: ${DEFAULT-VALUE}); the demo world has its own.")
  int enterprises;

  @Option(names = "--from", paramLabel = "YYYY-MM",
      description = "First month of reports (default: 2025-01 for demo, 2026-09 for national).")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month of reports (default: 2026-09).")
  String to;

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
    Simulation simulation = switch (world) {
      case "demo" -> Simulation.demo(seed);
      case "national" -> Simulation.national(seed, enterprises);
      default -> throw new IllegalArgumentException("--world must be demo or national, not '" + world + "'");
    };
    YearMonth first = month("--from", from, simulation.defaultFrom());
    YearMonth last = month("--to", to, simulation.defaultTo());
    PrintStream out = context.out();
    if (publish) {
      return publish(simulation, first, last);
    }
    out.printf("Simulating the %s (seed %d), %s to %s, into %s%n", simulation, seed, first, last, outputDir);
    SimulationWriter.Summary summary = SimulationWriter.write(simulation, outputDir, first, last,
        (period, written) -> context.err().printf("  %s: %,d reports written%n", period, written));
    for (SimulationWriter.Written file : summary.files()) {
      out.printf("Wrote %s (%,d rows)%n", file.file(), file.rows());
    }
    printTotals(out, summary, last);
    return 0;
  }

  private int publish(Simulation simulation, YearMonth first, YearMonth last) {
    String servers = kafka.bootstrapServers().orElseThrow(() -> new IllegalArgumentException(
        "simulate --publish needs a cluster: pass --bootstrap-servers HOST:PORT or set REPORTING_BOOTSTRAP_SERVERS"));
    String registryUrl = registry.url().orElseThrow(() -> new IllegalArgumentException("simulate --publish needs a"
        + " Schema Registry: pass --schema-registry-url URL or set REPORTING_SCHEMA_REGISTRY_URL"));
    context.out().printf("Publishing the %s (seed %d), %s to %s, to %s%n", simulation, seed, first, last, servers);
    WorldPublisher.Published published = WorldLoad.publish(simulation, first, last, kafka.settings(servers, context),
        kafka.catalog(), AvroSerdes.connect(registry.settings(registryUrl)), context);
    double seconds = Math.max(published.elapsed().toNanos() / 1e9, 1e-3);
    context.out().printf("Published %,d parks, %,d enterprises, %,d targets, %,d park reports and %,d reports:"
        + " %,d records in %.1f s (%,.0f records/s), every one acknowledged%n", published.parks(),
        published.enterprises(), published.targets(), published.parkReports(), published.reports(),
        published.records(), seconds, published.records() / seconds);
    return 0;
  }

  private static YearMonth month(String option, String text, YearMonth fallback) {
    if (text == null) {
      return fallback;
    }
    return PeriodRule.parse(text).orElseThrow(
        () -> new IllegalArgumentException(option + " must be a month YYYY-MM, not '" + text + "'"));
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
