package org.industrialreporting.launcher.commands;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.industrialreporting.dashboard.DashboardServer;
import org.industrialreporting.dashboard.bulletin.BulletinPublisher;
import org.industrialreporting.dashboard.reminders.ReportingReminders;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.launcher.ServiceGroup;
import org.industrialreporting.launcher.config.DashboardOptions;
import org.industrialreporting.launcher.config.LaunchContext;
import org.industrialreporting.metrics.MetricsEndpoint;
import org.industrialreporting.metrics.ProcessMetrics;
import org.industrialreporting.schemas.serde.AvroSerdes;

/** Starting the dashboard as a service of a process; shared by {@code dashboard} and {@code run}. */
final class DashboardRole {

  private DashboardRole() {
  }

  /**
   * Starts the dashboard, which also serves the process's {@code /metrics}, and the jobs asked for (its 催报
   * notices, its monthly bulletins), and prints both addresses, with the
   * sign-in link of {@code signInToken} if there is one, else how to get a token.
   */
  static DashboardServer start(ServiceGroup services, KafkaSettings kafka, TopicCatalog topics, AvroSerdes serdes,
      DashboardServer.Settings settings, DashboardOptions.Jobs jobs, ProcessMetrics metrics,
      Optional<String> signInToken, LaunchContext context) {
    DashboardServer dashboard = services.add("dashboard", DashboardServer.start(kafka, topics, serdes, settings,
        metrics, failure -> services.fail("dashboard", failure)));
    if (jobs.reportingReminders()) {
      services.add("催报 reminders", ReportingReminders.start(kafka, topics, serdes, dashboard.model(),
          dashboard.status(), Clock.systemUTC(), ReportingReminders.DEFAULT_INTERVAL));
    }
    jobs.bulletins().ifPresent(dir -> services.add("bulletins", BulletinPublisher.start(kafka, topics, serdes,
        dashboard.model(), dashboard.status(), Clock.systemUTC(), BulletinPublisher.DEFAULT_INTERVAL,
        settings.evaluationRules(), dir)));
    var out = context.out();
    out.println("Dashboard: " + dashboard.url());
    Path tokens = settings.tokens().file().toAbsolutePath();
    signInToken.ifPresentOrElse(token -> out.println("  sign in (admin): " + dashboard.url() + "#token=" + token),
        () -> out.println("  sign in with an admin or district token of " + tokens + (settings.tokens().list()
            .isEmpty() ? "; issue one with: reporting tokens issue --dashboard --admin --dashboard-tokens " + tokens
            : "")));
    out.println("Metrics: " + dashboard.url() + MetricsEndpoint.PATH.substring(1) + " (admin token)");
    jobs.bulletins().ifPresent(dir -> out.println("Bulletins: " + dir.toAbsolutePath()
        + " (each district's month after its reporting deadline)"));
    return dashboard;
  }
}
