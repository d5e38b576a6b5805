package org.industrialreporting.launcher.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.industrialreporting.alerts.notify.WebhookNotifier;
import picocli.CommandLine.Option;

/** Options of the webhook notifier, for {@code notify} and for {@code run}, which starts it when webhooks are set. */
public final class NotifyOptions {

  @Option(names = "--webhook", paramLabel = "URL", split = ",",
      description = "URL every alert is POSTed to as JSON; repeatable or comma-separated (env REPORTING_WEBHOOK).")
  List<URI> webhooks = new ArrayList<>();

  @Option(names = "--notifier-group", paramLabel = "ID", defaultValue = "reporting-notifier",
      description = "Consumer group whose offsets record what was delivered; notifiers sharing it share the work"
          + " (default: ${DEFAULT-VALUE}).")
  String groupId;

  @Option(names = "--retry-first-ms", paramLabel = "MS", defaultValue = "1000",
      description = "Wait before retrying a webhook that failed, doubled each time (default: ${DEFAULT-VALUE}).")
  long firstRetryMs;

  @Option(names = "--retry-max-ms", paramLabel = "MS", defaultValue = "60000",
      description = "Longest wait between retries; retries go on until the webhook takes the alert"
          + " (default: ${DEFAULT-VALUE}).")
  long maxRetryMs;

  @Option(names = "--webhook-timeout-ms", paramLabel = "MS", defaultValue = "10000",
      description = "How long one request may take (default: ${DEFAULT-VALUE}).")
  long timeoutMs;

  /** Whether any webhook is configured. */
  public boolean configured() {
    return !webhooks.isEmpty();
  }

  public WebhookNotifier.Settings settings() {
    return new WebhookNotifier.Settings(webhooks, groupId, Duration.ofMillis(firstRetryMs),
        Duration.ofMillis(maxRetryMs), Duration.ofMillis(timeoutMs));
  }
}
