package org.industrialreporting.dashboard.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Severity;
import org.industrialreporting.dashboard.view.ReadModel;
import org.industrialreporting.dashboard.view.View;
import org.industrialreporting.dashboard.view.ViewStatus;
import org.industrialreporting.dashboard.view.Window;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.indicator.Indicator;
import org.industrialreporting.metrics.MetricsEndpoint;
import org.industrialreporting.metrics.ProcessMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's HTTP server: the JSON API over the read model (README, "Dashboard"), the web page and the
 * ECharts WebJar it loads, Server-Sent Events when the view changes, health and readiness, and the process's
 * {@code /metrics}. Every answer is computed from one consistent view; errors are {@code {"error", "parameter"}}
 * with 400 for a bad parameter and 404 for an unknown district, park or month.
 */
public final class DashboardApi implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DashboardApi.class);
  private static final Duration EVENT_INTERVAL = Duration.ofMillis(250);
  private static final int DEFAULT_ROWS = 50;
  private static final int MAX_ROWS = 1000;

  private final ReadModel model;
  private final ViewStatus status;
  private final ChangeEvents events;
  private final String host;
  private final Javalin app;

  private DashboardApi(ReadModel model, ViewStatus status, ProcessMetrics metrics, String host, int port) {
    this.model = model;
    this.status = status;
    this.events = new ChangeEvents(model::version, EVENT_INTERVAL);
    this.host = host;
    this.app = Javalin.create(config -> configure(config, metrics, host, port));
  }

  /** Serves the dashboard on {@code host:port} (port 0: a free one). */
  public static DashboardApi start(ReadModel model, ViewStatus status, ProcessMetrics metrics, String host, int port) {
    DashboardApi api = new DashboardApi(model, status, metrics, host, port);
    try {
      api.app.start();
    } catch (RuntimeException e) {
      api.events.close();
      throw e;
    }
    return api;
  }

  /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    return "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + app.port() + "/";
  }

  @Override
  public void close() {
    events.close();
    app.stop();
  }

  private void configure(JavalinConfig config, ProcessMetrics metrics, String host, int port) {
    config.jetty.host = host;
    config.jetty.port = port;
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = "/dashboard/web";
      files.location = Location.CLASSPATH;
    });
    config.staticFiles.enableWebjars();

    RoutesConfig routes = config.routes;
    routes.exception(ApiException.class, (e, ctx) -> ctx.status(e.status())
        .json(new JsonObject().with("error", e.getMessage()).with("parameter", e.parameter())));
    routes.exception(Exception.class, (e, ctx) -> {
      log.error("Dashboard request {} {} failed", ctx.method(), ctx.path(), e);
      ctx.status(500).json(new JsonObject().with("error", "Internal error: " + e));
    });

    routes.get("/health", this::health);
    routes.get("/ready", this::ready);
    MetricsEndpoint.addTo(routes, metrics);
    routes.sse("/api/events", events::accept);

    routes.get("/api/districts", ctx -> answer(ctx, ScopeJson::districts));
    routes.get("/api/parks", ctx -> {
      var district = Params.districtCode(ctx, "district");
      answer(ctx, view -> ScopeJson.parks(view, district));
    });
    routes.get("/api/alerts", ctx -> {
      var filter = new AlertJson.Filter(Params.districtCode(ctx, "district"), Params.text(ctx, "park"),
          Params.symbol(ctx, "kind", AlertKind.class), Params.symbol(ctx, "severity", Severity.class),
          Params.period(ctx, "period").map(YearMonth::toString), Params.count(ctx, "limit", 200, MAX_ROWS));
      answer(ctx, view -> AlertJson.of(view, filter));
    });
    routes.get("/api/districts/{id}", ctx -> answer(ctx, view ->
        ScopeJson.districtDetail(view, scope(view, ctx, ScopeType.DISTRICT))));
    routes.get("/api/districts/{id}/parks", ctx -> {
      var period = Params.period(ctx, "period");
      answer(ctx, view -> {
        Scope district = scope(view, ctx, ScopeType.DISTRICT);
        return ScopeJson.parkRollups(view, district, district.period(view, period));
      });
    });
    routes.get("/api/parks/{id}", ctx -> answer(ctx, view ->
        ScopeJson.parkDetail(view, scope(view, ctx, ScopeType.PARK))));
    for (ScopeType type : ScopeType.values()) {
      scopeRoutes(routes, type);
    }
  }

  /** The routes districts and parks share: rollup, time series, enterprises. */
  private void scopeRoutes(RoutesConfig routes, ScopeType type) {
    String path = type == ScopeType.DISTRICT ? "/api/districts/{id}" : "/api/parks/{id}";
    routes.get(path + "/rollup", ctx -> {
      var period = Params.period(ctx, "period");
      answer(ctx, view -> {
        Scope scope = scope(view, ctx, type);
        return ScopeJson.rollup(view, scope, scope.rollup(view, scope.period(view, period)));
      });
    });
    routes.get(path + "/series", ctx -> {
      Indicator indicator = Params.indicator(ctx, "indicator").orElse(EnterpriseIndicator.OUTPUT_VALUE);
      var from = Params.period(ctx, "from");
      var to = Params.period(ctx, "to");
      answer(ctx, view -> {
        Scope scope = scope(view, ctx, type);
        YearMonth last = scope.period(view, to);
        YearMonth first = from.orElseGet(() -> ScopeJson.defaultFrom(view, scope, last));
        ScopeJson.checkRange(first, last);
        return ScopeJson.series(view, scope, indicator, first, last);
      });
    });
    routes.get(path + "/enterprises", ctx -> {
      var period = Params.period(ctx, "period");
      Window window = Params.symbol(ctx, "window", Window.class).orElse(Window.YTD);
      String sort = Params.text(ctx, "sort").orElse(EnterpriseIndicator.OUTPUT_VALUE.fieldName());
      if (!sort.equals(EnterpriseJson.SORT_BY_BUDGET_USE) && EnterpriseIndicator.byFieldName(sort).isEmpty()) {
        throw ApiException.badParameter("sort", "must be an enterprise indicator such as output_value, or "
            + EnterpriseJson.SORT_BY_BUDGET_USE + ", got '" + sort + "'");
      }
      int limit = Params.count(ctx, "limit", DEFAULT_ROWS, MAX_ROWS);
      boolean budgeted = Params.flag(ctx, "budgeted");
      answer(ctx, view -> {
        Scope scope = scope(view, ctx, type);
        return EnterpriseJson.of(view, scope,
            new EnterpriseJson.Query(scope.period(view, period), window, sort, limit, budgeted));
      });
    });
  }

  private static Scope scope(View view, Context ctx, ScopeType type) {
    return Scope.known(view, type, ctx.pathParam("id"));
  }

  /** Answers with the query's JSON, computed from one consistent view; never cached, since the view moves on. */
  private void answer(Context ctx, Function<View, Object> query) {
    ctx.header("Cache-Control", "no-store").json(model.read(query));
  }

  /** Alive while the view follows the topics; 503 once an error stopped it. */
  private void health(Context ctx) {
    boolean alive = status.alive();
    ctx.status(alive ? 200 : 503).json(new JsonObject().with("status", alive ? "UP" : "DOWN")
        .with("ready", status.ready()));
  }

  /** Ready once the view has caught up with the topics' end offsets as of start; 503 until then. */
  private void ready(Context ctx) {
    Map<String, Long> behind = new TreeMap<>();
    status.behind().forEach((tp, end) -> behind.put(tp.toString(), end));
    boolean ready = status.ready();
    ctx.status(ready ? 200 : 503).json(new JsonObject().with("ready", ready).with("behind", behind));
  }
}
