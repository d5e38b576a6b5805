package org.industrialreporting.dashboard.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.eclipse.jetty.io.EofException;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Severity;
import org.industrialreporting.dashboard.evaluation.EvaluationRulesFile;
import org.industrialreporting.dashboard.view.ReadModel;
import org.industrialreporting.dashboard.view.View;
import org.industrialreporting.dashboard.view.ViewStatus;
import org.industrialreporting.dashboard.view.Window;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.indicator.Indicator;
import org.industrialreporting.http.BearerAuthentication;
import org.industrialreporting.http.ContentType;
import org.industrialreporting.http.HttpListener;
import org.industrialreporting.http.JsonErrors;
import org.industrialreporting.http.Unauthorized;
import org.industrialreporting.http.tokens.TokenStore;
import org.industrialreporting.metrics.MetricsEndpoint;
import org.industrialreporting.metrics.ProcessMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's HTTP server: the JSON API over the read model (docs/http-api.md, "Dashboard"), the web page and
 * the ECharts WebJar it loads, Server-Sent Events when the view changes, health and readiness, and the process's
 * {@code /metrics}. Every answer is computed from one consistent view; errors are {@code {"error", "parameter"}}
 * with 400 for a bad parameter, 401 without a valid token, 403 for what the token does not see and 404 for an
 * unknown district, park, town, industry, enterprise or month.
 *
 * <p>The API needs an API token ({@link Viewer}): {@code Authorization: Bearer TOKEN}, or the session cookie that
 * {@code POST /api/session} sets for the page (HttpOnly, SameSite=Strict, Secure over HTTPS; the sign-in takes JSON
 * only, so no other site can post one). The page, its scripts, {@code /health} and {@code /ready} are public,
 * {@code /metrics} needs an admin token.
 */
public final class DashboardApi implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DashboardApi.class);
  private static final Duration EVENT_INTERVAL = Duration.ofMillis(250);
  private static final int DEFAULT_ROWS = 50;
  private static final int MAX_ROWS = 1000;

  /** The cookie that carries a signed-in page's token. */
  static final String SESSION_COOKIE = "dashboard_session";
  private static final String VIEWER = "viewer";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Who may call a route; static files, which have no route, are public. */
  private enum Access implements RouteRole {
    PUBLIC, VIEWER, ADMIN
  }

  private final ReadModel model;
  private final ViewStatus status;
  private final ChangeEvents events;
  private final HttpListener listener;
  private final BearerAuthentication authentication;
  private final EvaluationRulesFile evaluationRules;
  private final Javalin app;

  private DashboardApi(ReadModel model, ViewStatus status, ProcessMetrics metrics, HttpListener listener,
      TokenStore tokens, EvaluationRulesFile evaluationRules) {
    this.model = model;
    this.evaluationRules = evaluationRules;
    this.status = status;
    this.events = new ChangeEvents(model::version, EVENT_INTERVAL);
    this.listener = listener;
    this.authentication = new BearerAuthentication(tokens, "reporting-dashboard", SESSION_COOKIE);
    this.app = Javalin.create(config -> configure(config, metrics));
  }

  /** Serves the dashboard where the listener says, to callers with a token of {@code tokens}. */
  public static DashboardApi start(ReadModel model, ViewStatus status, ProcessMetrics metrics, HttpListener listener,
      TokenStore tokens) {
    return start(model, status, metrics, listener, tokens, EvaluationRulesFile.defaultsOnly());
  }

  /** Serves the dashboard, evaluating 亩均 by the rules of {@code evaluationRules}. */
  public static DashboardApi start(ReadModel model, ViewStatus status, ProcessMetrics metrics, HttpListener listener,
      TokenStore tokens, EvaluationRulesFile evaluationRules) {
    DashboardApi api = new DashboardApi(model, status, metrics, listener, tokens, evaluationRules);
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
    return listener.url(app.port());
  }

  @Override
  public void close() {
    events.close();
    app.stop();
  }

  private void configure(JavalinConfig config, ProcessMetrics metrics) {
    listener.configure(config);
    JsonErrors.install(config);
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
    routes.exception(Unauthorized.class, (e, ctx) -> ctx.status(401).json(new JsonObject().with("error",
        e.getMessage())));
    routes.exception(EofException.class, (e, ctx) -> ctx.status(400).json(new JsonObject().with("error",
        JsonErrors.BODY_ENDED_EARLY)));
    routes.exception(Exception.class, (e, ctx) -> {
      log.error("Dashboard request {} {} failed", ctx.method(), ctx.path(), e);
      ctx.status(500).json(new JsonObject().with("error", "Internal error: " + e));
    });
    routes.before(ctx -> {
      // The page holds a sign-in form: no framing by other sites, no guessing of types, no referrer to leak.
      ctx.header("X-Frame-Options", "DENY");
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
    });
    routes.beforeMatched(this::authorize);

    routes.get("/health", this::health, Access.PUBLIC);
    routes.get("/ready", this::ready, Access.PUBLIC);
    routes.post("/api/session", this::signIn, Access.PUBLIC);
    routes.delete("/api/session", this::signOut, Access.PUBLIC);
    routes.get("/api/session", ctx -> answer(ctx, view -> viewer(ctx).json(view)), Access.VIEWER);
    routes.get(MetricsEndpoint.PATH, ctx -> MetricsEndpoint.answer(ctx, metrics), Access.ADMIN);
    routes.sse("/api/events", events::accept, Access.VIEWER);

    routes.get("/api/districts", ctx -> answer(ctx, view -> ScopeJson.districts(view, viewer(ctx)::sees)),
        Access.VIEWER);
    routes.get("/api/parks", ctx -> {
      var district = viewer(ctx).districtFilter(Params.districtCode(ctx, "district"));
      answer(ctx, view -> ScopeJson.parks(view, district));
    }, Access.VIEWER);
    routes.get("/api/alerts", ctx -> {
      Viewer viewer = viewer(ctx);
      var park = Params.text(ctx, "park");
      var town = Params.text(ctx, "town");
      var industry = Params.text(ctx, "industry");
      var filter = new AlertJson.Filter(viewer.districtFilter(Params.districtCode(ctx, "district")), park,
          Params.symbol(ctx, "kind", AlertKind.class), Params.symbol(ctx, "severity", Severity.class),
          Params.period(ctx, "period").map(YearMonth::toString), Params.count(ctx, "limit", 200, MAX_ROWS),
          town, industry);
      answer(ctx, view -> {
        // A park the view knows must be visible; alerts of any other park are filtered by district anyway.
        park.filter(view::knowsPark).ifPresent(id -> viewer.check(view, new Scope(ScopeType.PARK, id)));
        // A town or an industry names its district: refused in another district, known or not.
        town.ifPresent(id -> viewer.check(view, new Scope(ScopeType.TOWN, id)));
        industry.ifPresent(id -> viewer.check(view, new Scope(ScopeType.INDUSTRY, id)));
        return AlertJson.of(view, filter);
      });
    }, Access.VIEWER);
    routes.get("/api/districts/{id}", ctx -> answer(ctx, view ->
        ScopeJson.districtDetail(view, scope(view, ctx, ScopeType.DISTRICT))), Access.VIEWER);
    routes.get("/api/districts/{id}/parks", ctx -> {
      var period = Params.period(ctx, "period");
      answer(ctx, view -> {
        Scope district = scope(view, ctx, ScopeType.DISTRICT);
        return ScopeJson.parkRollups(view, district, district.period(view, period));
      });
    }, Access.VIEWER);
    routes.get("/api/districts/{id}/evaluation", ctx -> {
      Integer year = Params.year(ctx, "year").orElse(null);
      answer(ctx, view -> EvaluationJson.of(view, scope(view, ctx, ScopeType.DISTRICT), year, evaluationRules));
    }, Access.VIEWER);
    routes.get("/api/parks/{id}", ctx -> answer(ctx, view ->
        ScopeJson.parkDetail(view, scope(view, ctx, ScopeType.PARK))), Access.VIEWER);
    for (ScopeType type : List.of(ScopeType.TOWN, ScopeType.INDUSTRY)) {
      String plural = pluralOf(type);
      routes.get("/api/districts/{id}/" + plural, ctx -> {
        var period = Params.period(ctx, "period");
        answer(ctx, view -> {
          Scope district = scope(view, ctx, ScopeType.DISTRICT);
          return ScopeJson.rollupsInDistrict(view, district, type, plural, district.period(view, period));
        });
      }, Access.VIEWER);
      routes.get("/api/" + plural + "/{id}", ctx -> answer(ctx, view ->
          ScopeJson.detail(view, scope(view, ctx, type))), Access.VIEWER);
    }
    for (ScopeType type : ScopeType.values()) {
      scopeRoutes(routes, type);
    }
    routes.get("/api/enterprises/{code}", ctx -> {
      var period = Params.period(ctx, "period");
      answer(ctx, view -> EnterpriseDetailJson.of(view, enterprise(view, ctx), period, evaluationRules.rules()));
    }, Access.VIEWER);
    routes.get("/api/enterprises/{code}/months", ctx -> answer(ctx, view ->
        EnterpriseDetailJson.months(view, enterprise(view, ctx))), Access.VIEWER);
  }

  /** Before every route: who calls, if the route is not public; static files have no roles and are public. */
  private void authorize(Context ctx) {
    Set<RouteRole> roles = ctx.routeRoles();
    if (roles.isEmpty() || roles.contains(Access.PUBLIC)) {
      return;
    }
    Viewer viewer = Viewer.of(authentication.require(ctx).scope());
    if (roles.contains(Access.ADMIN) && !viewer.isAdmin()) {
      throw ApiException.forbidden(ctx.path() + " needs an admin token; this one is " + viewer.scope());
    }
    ctx.attribute(VIEWER, viewer);
  }

  private static Viewer viewer(Context ctx) {
    return ctx.attribute(VIEWER);
  }

  /**
   * Signs a page in: {@code {"token": "..."}} as JSON (a form of another site cannot send that) becomes the session
   * cookie, which the browser keeps until it closes and sends to this server only.
   */
  private void signIn(Context ctx) {
    String token = presentedToken(ctx);
    Viewer viewer = Viewer.of(authentication.check(token).orElseThrow(() -> {
      ctx.header("WWW-Authenticate", "Bearer realm=\"reporting-dashboard\"");
      return ApiException.of(401, "The API token is unknown or revoked");
    }).scope());
    Cookie cookie = new Cookie(SESSION_COOKIE, token);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSecure(listener.https());
    cookie.setSameSite(SameSite.STRICT);
    ctx.cookie(cookie);
    answer(ctx, viewer::json);
  }

  /** The token of a sign-in body; 415 for anything but JSON, 400 for JSON without a token. */
  private static String presentedToken(Context ctx) {
    if (!ContentType.parse(ctx.header("Content-Type")).is("application/json")) {
      throw ApiException.of(415, "Sign in with a JSON body {\"token\": \"...\"} (Content-Type: application/json)");
    }
    JsonNode body;
    try {
      body = JSON.readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      throw ApiException.of(400, "The body is not JSON: " + e.getMessage());
    }
    JsonNode token = body == null ? null : body.get("token");
    if (token == null || !token.isTextual() || token.asText().isBlank()) {
      throw ApiException.of(400, "The body needs the token as text: {\"token\": \"...\"}");
    }
    return token.asText().strip();
  }

  private void signOut(Context ctx) {
    ctx.removeCookie(SESSION_COOKIE, "/");
    ctx.json(new JsonObject().with("signed_in", false));
  }

  /** The scope type in the API's paths: {@code districts}, {@code parks}, {@code towns}, {@code industries}. */
  private static String pluralOf(ScopeType type) {
    return switch (type) {
      case DISTRICT -> "districts";
      case PARK -> "parks";
      case TOWN -> "towns";
      case INDUSTRY -> "industries";
    };
  }

  /**
   * The routes every scope type shares: rollup, time series, enterprises; for districts and parks also who has
   * reported (a town's counts are in its district's answer).
   */
  private void scopeRoutes(RoutesConfig routes, ScopeType type) {
    String path = "/api/" + pluralOf(type) + "/{id}";
    routes.get(path + "/rollup", ctx -> {
      var period = Params.period(ctx, "period");
      answer(ctx, view -> {
        Scope scope = scope(view, ctx, type);
        return ScopeJson.rollup(view, scope, scope.rollup(view, scope.period(view, period)));
      });
    }, Access.VIEWER);
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
    }, Access.VIEWER);
    if (type == ScopeType.DISTRICT || type == ScopeType.PARK) {
      routes.get(path + "/reporting", ctx -> {
        var period = Params.period(ctx, "period");
        answer(ctx, view -> {
          Scope scope = scope(view, ctx, type);
          return ReportingJson.of(view, scope, scope.period(view, period));
        });
      }, Access.VIEWER);
    }
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
    }, Access.VIEWER);
  }

  /**
   * The scope of the path: a 403 when the caller's token does not see it, a 404 when unknown. A scope whose id names
   * its district (all but parks) is refused in another district whether the view knows it or not, so that the
   * answer tells nothing about it.
   */
  private static Scope scope(View view, Context ctx, ScopeType type) {
    Viewer viewer = viewer(ctx);
    String id = ctx.pathParam("id");
    Scope asked = new Scope(type, id);
    if (asked.namesItsDistrict()) {
      viewer.check(view, asked);
    }
    return viewer.check(view, Scope.known(view, type, id));
  }

  /** The enterprise of the path: a 404 when the view does not know it, a 403 when it is in a district not seen. */
  private static String enterprise(View view, Context ctx) {
    String code = ctx.pathParam("code");
    String district = EnterpriseDetailJson.districtOf(view, code)
        .orElseThrow(() -> ApiException.notFound("Unknown enterprise '" + code + "'"));
    viewer(ctx).checkOwner(district, "enterprise", code);
    return code;
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
