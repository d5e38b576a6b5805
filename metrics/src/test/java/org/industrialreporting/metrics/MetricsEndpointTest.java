package org.industrialreporting.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class MetricsEndpointTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void servesJvmAndOwnMetricsInPrometheusTextFormat() throws Exception {
    try (ProcessMetrics metrics = ProcessMetrics.withJvmMetrics();
         MetricsEndpoint endpoint = MetricsEndpoint.start(metrics, "127.0.0.1", 0, () -> true)) {
      metrics.registry().counter("reporting.test.things", "kind", "a").increment(3);

      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(endpoint.url())).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
      assertThat(response.body()).contains("jvm_memory_used_bytes", "jvm_gc_", "process_uptime_seconds",
          "reporting_test_things_total{kind=\"a\"} 3.0");
    }
  }

  @Test
  void answersOpenMetricsWhenAskedFor() throws Exception {
    try (ProcessMetrics metrics = ProcessMetrics.withJvmMetrics();
         MetricsEndpoint endpoint = MetricsEndpoint.start(metrics, "127.0.0.1", 0, () -> true)) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(endpoint.url()))
          .header("Accept", "application/openmetrics-text; version=1.0.0").build(), HttpResponse.BodyHandlers.ofString());

      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/openmetrics-text"));
      assertThat(response.body()).endsWith("# EOF\n");
    }
  }

  @Test
  void healthFollowsTheRole() throws Exception {
    java.util.concurrent.atomic.AtomicBoolean up = new java.util.concurrent.atomic.AtomicBoolean(false);
    try (ProcessMetrics metrics = ProcessMetrics.withJvmMetrics();
         MetricsEndpoint endpoint = MetricsEndpoint.start(metrics, "127.0.0.1", 0, up::get)) {
      URI health = URI.create(endpoint.url().replace(MetricsEndpoint.PATH, MetricsEndpoint.HEALTH_PATH));
      assertThat(http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(503);
      up.set(true);
      assertThat(http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(200);
    }
  }
}
