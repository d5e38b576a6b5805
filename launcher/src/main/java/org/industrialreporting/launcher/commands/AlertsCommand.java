package org.industrialreporting.launcher.commands;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.industrialreporting.alerts.AlertFilter;
import org.industrialreporting.alerts.follow.AlertFollower;
import org.industrialreporting.alerts.follow.AlertLine;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicSnapshot;
import org.industrialreporting.launcher.config.AlertFilterOptions;
import org.industrialreporting.launcher.config.KafkaOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.RegistryOptions;
import org.industrialreporting.schemas.serde.AvroSerdes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Follows the alerts in the terminal, one line each. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
    description = {"Print anomaly alerts as they arrive, one line each: level, month, kind, enterprise or scope,"
        + " revision and the explanation; RED and YELLOW in colour on a terminal.",
        "From now on unless --from-beginning; until Ctrl-C unless --no-follow."})
public final class AlertsCommand implements Callable<Integer> {

  @Mixin
  KafkaOptions kafka;

  @Mixin
  RegistryOptions registry;

  @Mixin
  AlertFilterOptions filter;

  @Option(names = "--from-beginning", description = "Start with the oldest alert on the topic.")
  boolean fromBeginning;

  @Option(names = "--no-follow", description = "Print the alerts on the topic now (all of them) and exit.")
  boolean noFollow;

  @Option(names = "--color", paramLabel = "auto|always|never", defaultValue = "auto",
      description = "Colour the level: auto (on a terminal), always or never (default: ${DEFAULT-VALUE}).")
  String color;

  private final LaunchContext context;

  AlertsCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    boolean colour = switch (color) {
      case "always" -> true;
      case "never" -> false;
      case "auto" -> System.console() != null;
      default -> throw new IllegalArgumentException("--color must be auto, always or never, not '" + color + "'");
    };
    KafkaSettings cluster = kafka.requireCluster("alerts", context);
    var values = AvroSerdes.connect(registry.requireRegistry("alerts")).value(AnomalyAlert.class).deserializer();
    String topic = kafka.catalog().anomalyAlerts().name();
    AlertFilter wanted = filter.filter();
    PrintStream out = context.out();
    if (noFollow) {
      TopicSnapshot.read(cluster, topic, values, (key, alert) -> {
        if (alert != null && wanted.matches(alert)) {
          out.println(AlertLine.format(alert, colour));
        }
      });
      return 0;
    }
    AlertFollower follower = new AlertFollower(cluster, topic, values, wanted, fromBeginning);
    Runtime.getRuntime().addShutdownHook(new Thread(follower::close, "alerts-stop"));
    follower.run(alert -> out.println(AlertLine.format(alert, colour)));
    return 0;
  }
}
