package org.industrialreporting.launcher.commands;

import java.util.concurrent.Callable;
import org.industrialreporting.launcher.ServiceGroup;
import org.industrialreporting.launcher.config.AlertFilterOptions;
import org.industrialreporting.launcher.config.KafkaOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.NotifyOptions;
import org.industrialreporting.launcher.config.RegistryOptions;
import org.industrialreporting.schemas.serde.AvroSerdes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The webhook notifier on its own, until Ctrl-C or SIGTERM. */
@Command(name = "notify", mixinStandardHelpOptions = true,
    description = {"POST every alert on anomaly-alerts as JSON to the webhooks, at least once and in order per"
        + " enterprise or scope, with an Idempotency-Key header (alert_id|status|revision) for de-duplication.",
        "A webhook that fails is retried with exponential backoff until it takes the alert; consumer offsets are"
            + " committed only after delivery, so a restart resumes where delivery stopped."})
public final class NotifyCommand implements Callable<Integer> {

  @Mixin
  KafkaOptions kafka;

  @Mixin
  RegistryOptions registry;

  @Mixin
  NotifyOptions notify;

  @Mixin
  AlertFilterOptions filter;

  private final LaunchContext context;

  NotifyCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (!notify.configured()) {
      throw new IllegalArgumentException("notify needs a webhook: pass --webhook URL or set REPORTING_WEBHOOK");
    }
    try (ServiceGroup services = new ServiceGroup()) {
      NotifyRole.start(services, kafka.requireCluster("notify", context), kafka.catalog(),
          AvroSerdes.connect(registry.requireRegistry("notify")), notify, filter.filter(), context);
      return services.awaitStop();
    }
  }
}
