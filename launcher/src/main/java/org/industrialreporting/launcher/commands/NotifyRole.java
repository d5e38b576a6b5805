package org.industrialreporting.launcher.commands;

import org.industrialreporting.alerts.AlertFilter;
import org.industrialreporting.alerts.notify.WebhookNotifier;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.launcher.ServiceGroup;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.launcher.config.NotifyOptions;
import org.industrialreporting.schemas.serde.AvroSerdes;

/** Starting the webhook notifier as a service of a process; shared by {@code notify} and {@code run}. */
final class NotifyRole {

  private NotifyRole() {
  }

  static void start(ServiceGroup services, KafkaSettings kafka, TopicCatalog topics, AvroSerdes serdes,
      NotifyOptions options, AlertFilter filter, LaunchContext context) {
    WebhookNotifier.Settings settings = options.settings(filter);
    services.add("webhook notifier", WebhookNotifier.start(kafka, topics.anomalyAlerts().name(),
        serdes.value(AnomalyAlert.class).deserializer(), settings,
        failure -> services.fail("webhook notifier", failure)));
    context.out().println("Webhook notifier: " + settings.webhooks() + " (group " + settings.groupId() + ")");
  }
}
