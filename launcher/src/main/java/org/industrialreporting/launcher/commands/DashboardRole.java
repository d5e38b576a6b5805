package org.industrialreporting.launcher.commands;

import org.industrialreporting.dashboard.DashboardServer;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.launcher.ServiceGroup;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.metrics.MetricsEndpoint;
import org.industrialreporting.metrics.ProcessMetrics;
import org.industrialreporting.schemas.serde.AvroSerdes;

/** Starting the dashboard as a service of a process; shared by {@code dashboard} and {@code run}. */
final class DashboardRole {

  private DashboardRole() {
  }

  /** Starts the dashboard, which also serves the process's {@code /metrics}, and prints both addresses. */
  static DashboardServer start(ServiceGroup services, KafkaSettings kafka, TopicCatalog topics, AvroSerdes serdes,
      DashboardServer.Settings settings, ProcessMetrics metrics, LaunchContext context) {
    DashboardServer dashboard = services.add("dashboard", DashboardServer.start(kafka, topics, serdes, settings,
        metrics, failure -> services.fail("dashboard", failure)));
    context.out().println("Dashboard: " + dashboard.url());
    context.out().println("Metrics: " + dashboard.url() + MetricsEndpoint.PATH.substring(1));
    return dashboard;
  }
}
