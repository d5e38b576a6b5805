package org.industrialreporting.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The metrics of one process in one Prometheus registry: the JVM's from the start, and whatever each role of the
 * process binds to {@link #registry()} (Kafka Streams, Kafka clients, its own meters; a role closes the binders it
 * made with the client they watch). However many roles a process runs, it serves them once, at
 * {@link MetricsEndpoint#PATH}.
 */
public final class ProcessMetrics implements AutoCloseable {

  private static final String OPENMETRICS = "application/openmetrics-text";
  private static final String OPENMETRICS_CONTENT_TYPE = OPENMETRICS + "; version=1.0.0; charset=utf-8";
  private static final String TEXT_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics garbageCollection = new JvmGcMetrics();

  private ProcessMetrics() {
  }

  /** A registry with the JVM's metrics: memory, garbage collection, threads, classes, CPU, uptime, open files. */
  public static ProcessMetrics withJvmMetrics() {
    ProcessMetrics metrics = new ProcessMetrics();
    for (MeterBinder binder : new MeterBinder[] {new ClassLoaderMetrics(), new JvmMemoryMetrics(),
        new JvmThreadMetrics(), new ProcessorMetrics(), new UptimeMetrics(), new FileDescriptorMetrics()}) {
      binder.bindTo(metrics.registry);
    }
    metrics.garbageCollection.bindTo(metrics.registry);
    return metrics;
  }

  /** Where roles register their own meters. */
  public MeterRegistry registry() {
    return registry;
  }

  /** The metrics as a scrape answer: OpenMetrics when {@code accept} asks for it, else Prometheus' text format. */
  public Scrape scrape(String accept) {
    boolean openMetrics = accept != null && accept.contains(OPENMETRICS);
    return openMetrics ? new Scrape(OPENMETRICS_CONTENT_TYPE, registry.scrape(OPENMETRICS))
        : new Scrape(TEXT_CONTENT_TYPE, registry.scrape());
  }

  /**
   * One answer to a scrape.
   *
   * @param contentType the HTTP content type of {@code body}
   * @param body        the metrics in that format
   */
  public record Scrape(String contentType, String body) {
  }

  @Override
  public void close() {
    garbageCollection.close();
    registry.close();
  }
}
