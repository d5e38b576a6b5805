package org.industrialreporting.launcher.commands;

import org.industrialreporting.alerts.AlertFilter;
import java.util.List;
import org.industrialreporting.alerts.notify.Feed;
import org.industrialreporting.alerts.notify.WebhookNotifier;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.BulletinRevision;
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
    WebhookNotifier.Settings settings = options.settings();
    // The bulletins of the districts the filter lets through: a bulletin is a district's, whatever its alerts.
    List<Feed<?>> feeds = List.of(
        Feed.alerts(topics.anomalyAlerts().name(), serdes.value(AnomalyAlert.class).deserializer(), filter),
        Feed.bulletins(topics.bulletins().name(), serdes.value(BulletinRevision.class).deserializer(),
            filter.districts()));
    services.add("webhook notifier", WebhookNotifier.start(kafka, feeds, settings,
        failure -> services.fail("webhook notifier", failure)));
    context.out().println("Webhook notifier: " + settings.webhooks() + " (group " + settings.groupId() + ")");
  }
}
