package org.industrialreporting.launcher.commands;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Exits 0 when a service answers, 1 when it does not: the container health check of every role, since the
 * application image carries no shell tools.
 */
@Command(name = "healthcheck", mixinStandardHelpOptions = true,
    description = {"Check that a service answers: an HTTP endpoint (2xx) or a Kafka broker.",
        "Exit status 0 when healthy, 1 otherwise; used as the container health check."})
public final class HealthcheckCommand implements Callable<Integer> {

  @Option(names = "--health-url", paramLabel = "URL",
      description = "HTTP endpoint that answers 2xx when healthy (env REPORTING_HEALTH_URL).")
  String url;

  @Option(names = "--health-kafka", paramLabel = "HOST:PORT",
      description = "Kafka broker that must describe its cluster (env REPORTING_HEALTH_KAFKA).")
  String kafka;

  @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "5000",
      description = "How long to wait for an answer (default: ${DEFAULT-VALUE}).")
  long timeoutMs;

  @Override
  public Integer call() {
    if ((url == null) == (kafka == null)) {
      System.err.println("healthcheck needs exactly one of --health-url and --health-kafka"
          + " (or REPORTING_HEALTH_URL / REPORTING_HEALTH_KAFKA)");
      return 2;
    }
    try {
      return url != null ? http(url) : kafka(kafka);
    } catch (Exception e) {
      System.err.println("unhealthy: " + e.getMessage());
      return 1;
    }
  }

  private int http(String url) throws Exception {
    HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(timeoutMs)).build()
        .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMillis(timeoutMs)).GET().build(),
            HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() / 100 != 2) {
      System.err.println("unhealthy: " + url + " answered " + response.statusCode());
      return 1;
    }
    return 0;
  }

  private int kafka(String servers) throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeoutMs,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeoutMs))) {
      admin.describeCluster().nodes().get(timeoutMs, TimeUnit.MILLISECONDS);
      return 0;
    }
  }
}
