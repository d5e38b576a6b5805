package org.industrialreporting.metrics;

import java.util.function.BooleanSupplier;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * {@code GET /metrics} for Prometheus: answered by the HTTP server a role already has (the dashboard, which asks for
 * an admin token), or served on its own port by roles without one (the streams application), so that every process
 * answers it the same way.
 */
public final class MetricsEndpoint implements AutoCloseable {

  public static final String PATH = "/metrics";
  /** Answers 200 while the role is healthy, 503 otherwise: the container health check of roles without a server. */
  public static final String HEALTH_PATH = "/health";
  /** The port Prometheus' Java agents use by convention. */
  public static final int DEFAULT_PORT = 9464;

  private final Javalin app;
  private final String host;

  private MetricsEndpoint(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /** Answers a scrape in the format the {@code Accept} header asks for; for a server's own {@code GET /metrics}. */
  public static void answer(Context ctx, ProcessMetrics metrics) {
    ProcessMetrics.Scrape scrape = metrics.scrape(ctx.header("Accept"));
    ctx.contentType(scrape.contentType()).result(scrape.body());
  }

  /**
   * Serves {@code GET /metrics} and {@code GET /health} alone on {@code host:port} (port 0: a free one).
   *
   * @param healthy whether the role is healthy right now
   */
  public static MetricsEndpoint start(ProcessMetrics metrics, String host, int port, BooleanSupplier healthy) {
    Javalin app = Javalin.create(config -> {
      config.jetty.host = host;
      config.jetty.port = port;
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.routes.get(PATH, ctx -> answer(ctx, metrics));
      config.routes.get(HEALTH_PATH, ctx -> {
        boolean up = healthy.getAsBoolean();
        ctx.status(up ? 200 : 503).json(java.util.Map.of("status", up ? "UP" : "DOWN"));
      });
    });
    app.start();
    return new MetricsEndpoint(app, host);
  }

  /** The URL to scrape, e.g. {@code http://127.0.0.1:9464/metrics}. */
  public String url() {
    return "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + app.port() + PATH;
  }

  @Override
  public void close() {
    app.stop();
  }
}
