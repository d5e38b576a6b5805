package org.industrialreporting.launcher.commands;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.Park;
import org.industrialreporting.dashboard.display.Formats;
import org.industrialreporting.dashboard.view.DistrictNames;
import org.industrialreporting.dashboard.view.ExpectedReporters;
import org.industrialreporting.dashboard.view.ReadModel;
import org.industrialreporting.dashboard.view.ReportingStatus;
import org.industrialreporting.dashboard.view.View;
import org.industrialreporting.dashboard.view.ViewConsumer;
import org.industrialreporting.dashboard.view.ViewTopics;
import org.industrialreporting.domain.files.CsvWriter;
import org.industrialreporting.domain.period.PeriodRule;
import org.industrialreporting.kafka.KafkaOperationException;
import org.industrialreporting.launcher.config.KafkaOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.RegistryOptions;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.industrialreporting.streams.StreamsSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The missing-report list of a district or park and month, from the topics the dashboard reads. */
@Command(name = "missing", mixinStandardHelpOptions = true,
    description = {"Print who has not reported a month (未报) in a district or park: 应报 (above-scale enterprises"
        + " registered there for the month's year), 已报, 未报, the reporting rate and reports from below-scale"
        + " enterprises, then the missing enterprises with credit code, name, park and town.",
        "It reads the registry and the streams application's reports in force to their end, as the dashboard does."})
public final class MissingCommand implements Callable<Integer> {

  private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);
  private static final List<String> COLUMNS = List.of("credit_code", "name", "park_id", "park_name", "town");

  @Mixin
  KafkaOptions kafka;

  @Mixin
  RegistryOptions registry;

  /** A district or a park, exactly one. */
  static final class Where {
    @Option(names = "--district", paramLabel = "CODE", required = true, description = "District code (GB/T 2260).")
    String district;

    @Option(names = "--park", paramLabel = "ID", required = true,
        description = "Park id; its enterprises and those of the parks inside it.")
    String park;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Where where;

  @Option(names = "--period", paramLabel = "YYYY-MM", required = true, description = "The month.")
  String period;

  @Option(names = "--csv", description = "Print the missing enterprises as CSV (UTF-8, a header row) only.")
  boolean csv;

  @Option(names = "--streams-application-id", paramLabel = "ID", defaultValue = StreamsSettings.DEFAULT_APPLICATION_ID,
      description = "Application id of the streams application whose reports in force count (default:"
          + " ${DEFAULT-VALUE}).")
  String streamsApplicationId;

  private final LaunchContext context;

  MissingCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    YearMonth month = PeriodRule.parse(period).orElseThrow(
        () -> new IllegalArgumentException("--period must be a month YYYY-MM, not '" + period + "'"));
    ReadModel model = new ReadModel(DistrictNames.builtIn());
    ViewTopics topics = new ViewTopics(kafka.catalog(), streamsApplicationId,
        AvroSerdes.connect(registry.requireRegistry("missing")));
    try (ViewConsumer view = ViewConsumer.start(kafka.requireCluster("missing", context), topics, model,
        new SimpleMeterRegistry(), failure -> { /* the view stops; awaitReady names it */ })) {
      awaitReady(view);
      model.read(v -> {
        print(v, month);
        return null;
      });
    }
    return 0;
  }

  /** Waits until the view has read its topics to their end; an error naming what stopped it or is behind. */
  static void awaitReady(ViewConsumer view) throws InterruptedException {
    Instant giveUp = Instant.now().plus(READ_TIMEOUT);
    while (!view.ready()) {
      if (!view.alive()) {
        throw new KafkaOperationException("Reading the registry and the reports stopped on an error (logged above)",
            null);
      }
      if (Instant.now().isAfter(giveUp)) {
        throw new KafkaOperationException("Could not read the registry and the reports to their end within "
            + READ_TIMEOUT.toSeconds() + " s; partitions still behind: " + view.behind(), null);
      }
      Thread.sleep(100);
    }
  }

  private void print(View view, YearMonth month) {
    boolean district = where.district != null;
    String id = district ? where.district : where.park;
    if (!district && view.park(id).isEmpty()) {
      throw new IllegalArgumentException("--park '" + id + "' is not in the park registry");
    }
    if (district && view.registeredEnterprises().stream().noneMatch(e -> id.equals(e.getDistrictCode()))) {
      throw new IllegalArgumentException("--district " + id + ": no enterprise of the registry is in this district");
    }
    ReportingStatus status = district ? ExpectedReporters.district(view, id, month)
        : ExpectedReporters.park(view, id, month);
    PrintStream out = context.out();
    if (csv) {
      writeCsv(view, status, out);
      return;
    }
    String name = district ? view.districtName(id).orElse(id) : view.park(id).map(Park::getName).orElse(id);
    out.printf("%s (%s) %s: 应报 %d, 已报 %d, 未报 %d, 报送率 %s, 规下企业报送 %d%n", name, id, month,
        status.expected().size(), status.reported(), status.missing().size(), Formats.percent(status.rateBp()),
        status.reportedBelowScale());
    if (status.missing().isEmpty()) {
      return;
    }
    out.printf("%-18s  %-30s  %-12s  %s%n", "统一社会信用代码", "企业名称", "园区", "乡镇街道");
    for (Enterprise e : status.missing()) {
      out.printf("%-18s  %-30s  %-12s  %s%n", e.getCreditCode(), e.getName(),
          Objects.requireNonNullElse(e.getParkId(), "—"), Objects.requireNonNullElse(e.getTown(), "—"));
    }
  }

  private static void writeCsv(View view, ReportingStatus status, PrintStream out) {
    OutputStreamWriter text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvWriter rows = new CsvWriter(text);
    try {
      rows.row(COLUMNS);
      for (Enterprise e : status.missing()) {
        String park = e.getParkId();
        rows.row(List.of(e.getCreditCode(), e.getName(), Objects.requireNonNullElse(park, ""),
            park == null ? "" : view.park(park).map(Park::getName).orElse(park),
            Objects.requireNonNullElse(e.getTown(), "")));
      }
      text.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not print the list: " + e.getMessage(), e);
    }
  }
}
