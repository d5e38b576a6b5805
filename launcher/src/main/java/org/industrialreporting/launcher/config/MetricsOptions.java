package org.industrialreporting.launcher.config;

import java.util.function.BooleanSupplier;
import org.industrialreporting.metrics.MetricsEndpoint;
import org.industrialreporting.metrics.ProcessMetrics;
import picocli.CommandLine.Option;

/** Options of the {@code /metrics} endpoint of roles without an HTTP server of their own. */
public final class MetricsOptions {

  @Option(names = "--metrics-port", paramLabel = "PORT", defaultValue = "" + MetricsEndpoint.DEFAULT_PORT,
      description = "HTTP port of /metrics (Prometheus), 0 for a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--metrics-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Interface /metrics listens on, 0.0.0.0 for all (default: ${DEFAULT-VALUE}).")
  String host;

  /** Serves the process's metrics, and {@code /health} as {@code healthy} says, on the configured port. */
  public MetricsEndpoint start(ProcessMetrics metrics, BooleanSupplier healthy) {
    return MetricsEndpoint.start(metrics, host, port, healthy);
  }
}
