package org.industrialreporting.launcher.commands;

import java.util.concurrent.Callable;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.launcher.config.KafkaOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.RegistryOptions;
import org.industrialreporting.schemas.serde.AvroSerdes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Prepares a cluster for the pipeline in one step: the topics, the default alert rules (with a Schema Registry),
 * and the demo world when asked and the topics are empty. The one-shot job of the container stack; on a machine,
 * {@code run} does the same by itself.
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
    description = {"Create the topics on a cluster, write the default alert rules the alert-rules topic lacks (when"
        + " a Schema Registry is named) and, with --demo, load the demo world if the topics are empty.",
        "Idempotent: running it again changes nothing."})
public final class SetupCommand implements Callable<Integer> {

  @Mixin
  KafkaOptions kafka;

  @Mixin
  RegistryOptions registry;

  @Option(names = "--demo", arity = "1", paramLabel = "true|false", defaultValue = "false",
      description = "Load the demo world when the topics are empty (env REPORTING_DEMO; default: ${DEFAULT-VALUE}).")
  boolean demo;

  private final LaunchContext context;

  SetupCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    KafkaSettings settings = kafka.requireCluster("setup", context);
    TopicsCommand.provisionAndSummarize(settings, kafka.catalog(), context);
    if (registry.url().isPresent()) {
      DefaultRules.ensure(settings, kafka.catalog(), AvroSerdes.connect(registry.requireRegistry("setup")), context);
    }
    if (demo) {
      WorldLoad.loadDemoIfEmpty(settings, kafka.catalog(),
          AvroSerdes.connect(registry.requireRegistry("setup --demo")), context);
    }
    return 0;
  }
}
