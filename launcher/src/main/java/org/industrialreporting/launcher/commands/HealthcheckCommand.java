package org.industrialreporting.launcher.commands;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.industrialreporting.launcher.config.LaunchContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Exits 0 when a service answers, 1 when it does not: the container health check of every role, since the
 * application image carries no shell tools.
 */
@Command(name = "healthcheck", mixinStandardHelpOptions = true,
    description = {"Check that a service answers: an HTTP or HTTPS endpoint (2xx; any certificate) or a Kafka"
        + " broker (with the KAFKA_* client settings of the environment, e.g. SASL credentials).",
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

  private final LaunchContext context;

  HealthcheckCommand(LaunchContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if ((url == null) == (kafka == null)) {
      System.err.println("healthcheck needs exactly one of --health-url and --health-kafka"
          + " (or REPORTING_HEALTH_URL / REPORTING_HEALTH_KAFKA)");
      return 2;
    }
    try {
      // Read by the JDK's HTTP client when it starts: a health check of HTTPS on 127.0.0.1 checks no host name.
      System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
      return url != null ? http(url) : kafka(kafka);
    } catch (Exception e) {
      System.err.println("unhealthy: " + e.getMessage());
      return 1;
    }
  }

  private int http(String url) throws Exception {
    HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(timeoutMs))
        .sslContext(anyCertificate()).build()
        .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMillis(timeoutMs)).GET().build(),
            HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() / 100 != 2) {
      System.err.println("unhealthy: " + url + " answered " + response.statusCode());
      return 1;
    }
    return 0;
  }

  /**
   * A service's own health check trusts the certificate it serves, whoever signed it, and checks no host name (its
   * URL names 127.0.0.1): it asks whether the server answers, and sends nothing secret.
   */
  private static SSLContext anyCertificate() throws Exception {
    X509TrustManager any = new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {
        // never asked of a client
      }

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {
        // trusted: see above
      }

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {any}, null);
    return context;
  }

  /** The broker describes its cluster to a client with the KAFKA_* settings (credentials) of the environment. */
  private int kafka(String servers) throws Exception {
    Map<String, Object> config = new HashMap<>(context.kafkaProperties());
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeoutMs);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeoutMs);
    try (Admin admin = Admin.create(config)) {
      admin.describeCluster().nodes().get(timeoutMs, TimeUnit.MILLISECONDS);
      return 0;
    }
  }
}
