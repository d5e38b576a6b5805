package org.industrialreporting.launcher.commands;

import java.util.concurrent.Callable;
import org.industrialreporting.launcher.ServiceGroup;
import org.industrialreporting.launcher.config.DataDirOptions;
import org.industrialreporting.launcher.config.IntakeOptions;
import org.industrialreporting.launcher.config.KafkaOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.RegistryOptions;
import org.industrialreporting.launcher.config.ValidationOptions;
import org.industrialreporting.schemas.serde.AvroSerdes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The HTTP intake on its own, against any cluster and registry. */
@Command(name = "intake", mixinStandardHelpOptions = true,
    description = {"Serve the HTTP intake: enterprises and parks submit reports (JSON, JSON lines, CSV, file"
        + " uploads), officials load the registries; every answer comes after Kafka acknowledged the records.",
        "Callers authenticate with 'Authorization: Bearer TOKEN'; manage tokens with 'reporting tokens'."})
public final class IntakeCommand implements Callable<Integer> {

  @Mixin
  KafkaOptions kafka;

  @Mixin
  RegistryOptions registry;

  @Mixin
  ValidationOptions validation;

  @Mixin
  IntakeOptions intake;

  @Mixin
  DataDirOptions dataDir;

  private final LaunchContext context;

  IntakeCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    String servers = kafka.bootstrapServers().orElseThrow(() -> new IllegalArgumentException(
        "intake needs a cluster: pass --bootstrap-servers HOST:PORT or set REPORTING_BOOTSTRAP_SERVERS"));
    String registryUrl = registry.url().orElseThrow(() -> new IllegalArgumentException(
        "intake needs a Schema Registry: pass --schema-registry-url URL or set REPORTING_SCHEMA_REGISTRY_URL"));
    try (ServiceGroup services = new ServiceGroup()) {
      IntakeRole.start(services, kafka.settings(servers, context), kafka.catalog(),
          AvroSerdes.connect(registry.settings(registryUrl)), validation.rules(), intake, dataDir, context);
      context.out().println("Running. Press Ctrl-C to stop.");
      return services.awaitStop();
    }
  }
}
