package org.industrialreporting.producers.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.KafkaException;
import org.eclipse.jetty.io.EofException;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.report.ReportRules;
import org.industrialreporting.http.BearerAuthentication;
import org.industrialreporting.http.HttpListener;
import org.industrialreporting.http.JsonErrors;
import org.industrialreporting.http.Unauthorized;
import org.industrialreporting.http.tokens.ApiToken;
import org.industrialreporting.http.tokens.TokenStore;
import org.industrialreporting.kafka.KafkaSettings;
import org.industrialreporting.kafka.TopicCatalog;
import org.industrialreporting.producers.publish.PublishException;
import org.industrialreporting.producers.publish.Publisher;
import org.industrialreporting.producers.registry.RegistryFollower;
import org.industrialreporting.producers.submission.InputRules;
import org.industrialreporting.schemas.serde.AvroSerdes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP intake: enterprises and parks submit reports, officials load the registries, each answered row by row
 * once Kafka has acknowledged every record. Endpoints (README, "HTTP intake"):
 * <ul>
 *   <li>{@code POST /v1/reports}: one report as a JSON object, a JSON array, JSON lines, CSV, or a multipart
 *       file upload;</li>
 *   <li>{@code POST /v1/registry/enterprises|parks|targets}: a registry file, admin tokens only;</li>
 *   <li>{@code GET /health}: whether the registry view is current.</li>
 * </ul>
 * Every request but {@code /health} needs {@code Authorization: Bearer TOKEN} ({@link TokenStore}). Bad input is
 * answered with 4xx, never 500: 400 malformed, 401 no or unknown token, 403 outside the token's scope, 413 too
 * large, 415 wrong content type, 422 rows rejected (the accepted rows of the request are published); 503 when
 * Kafka cannot take the records.
 */
public final class IntakeServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(IntakeServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String REQUEST_ID = "request-id";
  private static final Map<String, FileKind> REGISTRY_KINDS = Map.of(
      "enterprises", FileKind.ENTERPRISES, "parks", FileKind.PARKS, "targets", FileKind.TARGETS);

  /**
   * Where the intake listens and what it accepts.
   *
   * @param listener interface, port and, for HTTPS, the key store
   * @param maxRequestBytes largest request body (413 above)
   * @param maxRows most rows in one request (413 above)
   * @param ackTimeout how long a request waits for Kafka's acknowledgements (503 after)
   */
  public record Settings(HttpListener listener, long maxRequestBytes, int maxRows, Duration ackTimeout) {

    public static final int DEFAULT_PORT = 8082;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_ROWS = 50_000;

    public Settings {
      Objects.requireNonNull(listener, "listener");
      if (maxRequestBytes < 1 || maxRows < 1) {
        throw new IllegalArgumentException("the request limits must be positive");
      }
    }
  }

  private final Settings settings;
  private final BearerAuthentication authentication;
  private final RegistryFollower registry;
  private final Publisher publisher;
  private final IntakeService service;
  private final Javalin app;
  private volatile Throwable registryFailure;

  private IntakeServer(Settings settings, TokenStore tokens, RegistryFollower registry, Publisher publisher,
      IntakeService service) {
    this.settings = settings;
    this.authentication = new BearerAuthentication(tokens, "reporting-intake", null);
    this.registry = registry;
    this.publisher = publisher;
    this.service = service;
    this.app = Javalin.create(this::configure);
  }

  /**
   * Reads the registry topics to their end, then serves, following the registry in the background.
   *
   * @param progress told how far the registry has been read
   */
  public static IntakeServer start(Settings settings, KafkaSettings kafka, TopicCatalog topics, AvroSerdes serdes,
      ReportRules rules, TokenStore tokens, RegistryFollower.Progress progress) {
    Publisher.requireTopics(kafka, topics);
    RegistryFollower registry = RegistryFollower.open(kafka, topics, true, "reporting-intake-registry");
    Publisher publisher = null;
    try {
      registry.catchUp(Duration.ofMinutes(5), progress);
      publisher = Publisher.open(kafka, serdes, "reporting-intake");
      IntakeService service = new IntakeService(new InputRules(rules, topics), registry.view(), publisher::batch,
          Clock.systemUTC(), settings.ackTimeout());
      IntakeServer server = new IntakeServer(settings, tokens, registry, publisher, service);
      registry.follow(failure -> server.registryFailure = failure);
      server.app.start();
      log.info("Intake serving at {} (tokens in {})", server.url(), tokens.file());
      return server;
    } catch (RuntimeException e) {
      registry.close();
      if (publisher != null) {
        publisher.close();
      }
      throw e;
    }
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8082/}. */
  public String url() {
    return settings.listener().url(app.port());
  }

  @Override
  public void close() {
    app.stop();
    registry.close();
    publisher.close();
  }

  private void configure(JavalinConfig config) {
    settings.listener().configure(config);
    JsonErrors.install(config);
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = settings.maxRequestBytes();
    config.jetty.multipartConfig.maxTotalRequestSize(settings.maxRequestBytes(), SizeUnit.BYTES);
    config.jetty.multipartConfig.maxFileSize(settings.maxRequestBytes(), SizeUnit.BYTES);
    var routes = config.routes;
    routes.before(ctx -> {
      String id = "req-" + HexFormat.of().formatHex(random());
      ctx.attribute(REQUEST_ID, id);
      ctx.header("X-Request-Id", id);
    });
    routes.get("/", ctx -> answer(ctx, 200, index()));
    routes.get("/health", this::health);
    routes.post("/v1/reports", ctx -> {
      IntakeAccess caller = authenticate(ctx);
      respond(ctx, caller, service.reports(requestId(ctx), caller, rows(ctx), dryRun(ctx)));
    });
    routes.post("/v1/registry/{kind}", ctx -> {
      IntakeAccess caller = authenticate(ctx);
      FileKind kind = REGISTRY_KINDS.get(ctx.pathParam("kind"));
      if (kind == null) {
        throw new IntakeException(404, "There is no registry '" + ctx.pathParam("kind") + "'; load enterprises,"
            + " parks or targets");
      }
      respond(ctx, caller, service.registry(requestId(ctx), caller, kind, rows(ctx), dryRun(ctx)));
    });

    routes.exception(IntakeException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    routes.exception(Unauthorized.class, (e, ctx) -> error(ctx, 401, e.getMessage()));
    routes.exception(EofException.class, (e, ctx) -> error(ctx, 400, JsonErrors.BODY_ENDED_EARLY));
    routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getStatus() == 413
        ? "The request is larger than " + settings.maxRequestBytes() + " bytes" : e.getMessage()));
    routes.exception(PublishException.class, (e, ctx) -> unavailable(ctx, e));
    routes.exception(KafkaException.class, (e, ctx) -> unavailable(ctx, e));
    routes.exception(Exception.class, (e, ctx) -> {
      log.error("Intake request {} ({} {}) failed", requestId(ctx), ctx.method(), ctx.path(), e);
      error(ctx, 500, "Internal error while handling request " + requestId(ctx) + "; nothing about the input");
    });
  }

  private static byte[] random() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  // ---------------------------------------------------------------------------------------------- requests

  private IntakeAccess authenticate(Context ctx) {
    ApiToken found = authentication.require(ctx);
    ctx.attribute("token-id", found.id());
    IntakeAccess access = new IntakeAccess(found.scope());
    if (registryFailure != null) {
      throw new IntakeException(503, "The intake no longer follows the registry topics: " + registryFailure);
    }
    return access;
  }

  private RequestRows rows(Context ctx) throws IOException {
    long length = ctx.contentLength();
    if (length > settings.maxRequestBytes()) {
      throw new IntakeException(413, "The request has " + length + " bytes; at most " + settings.maxRequestBytes()
          + " are accepted");
    }
    // The header as sent: the servlet API would parse its charset and throw on a malformed one.
    String mediaType = RequestRows.mediaType(ctx.header("Content-Type"));
    if (!mediaType.equals("multipart/form-data")) {
      return RequestRows.of(mediaType, ctx.bodyAsBytes(), requestId(ctx), settings.maxRows());
    }
    List<UploadedFile> files = uploadedFiles(ctx);
    if (files.size() != 1) {
      throw new IntakeException(400, "A multipart request needs exactly one file part (e.g. curl -F file=@FILE);"
          + " it has " + files.size());
    }
    try (InputStream in = files.get(0).content()) {
      return RequestRows.file(in.readAllBytes(), requestId(ctx), settings.maxRows());
    }
  }

  /** The file parts; a body over the limit is 413 and an unreadable one 400, however Jetty reports them. */
  private List<UploadedFile> uploadedFiles(Context ctx) {
    try {
      return ctx.uploadedFiles();
    } catch (Exception e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      if (String.valueOf(root.getMessage()).contains("max length exceeded")) {
        throw new IntakeException(413, "The request is larger than " + settings.maxRequestBytes() + " bytes");
      }
      throw new IntakeException(400, "The multipart body cannot be read: " + root.getMessage());
    }
  }

  private static boolean dryRun(Context ctx) {
    return "true".equalsIgnoreCase(ctx.queryParam("dry_run"));
  }

  private static String requestId(Context ctx) {
    return ctx.attribute(REQUEST_ID);
  }

  // ---------------------------------------------------------------------------------------------- answers

  private void respond(Context ctx, IntakeAccess caller, IntakeResponse response) {
    log.info("Intake request {} by token {} ({}): {} {} rows, {} accepted, {} rejected{}", requestId(ctx),
        ctx.attribute("token-id"), caller, response.rows(), response.kind(), response.accepted(), response.rejected(),
        response.published() ? "" : " (dry run)");
    answer(ctx, response.status(), response);
  }

  private void health(Context ctx) {
    boolean up = registryFailure == null;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", up ? "UP" : "DOWN");
    body.put("enterprises", registry.view().enterpriseCount());
    body.put("parks", registry.view().parkCount());
    answer(ctx, up ? 200 : 503, body);
  }

  private static Map<String, Object> index() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("service", "reporting intake");
    body.put("endpoints", List.of(
        "POST /v1/reports (application/json, application/x-ndjson, text/csv, multipart/form-data; ?dry_run=true)",
        "POST /v1/registry/enterprises|parks|targets (admin tokens only)",
        "GET /health"));
    body.put("authentication", "Authorization: Bearer TOKEN");
    return body;
  }

  private void unavailable(Context ctx, RuntimeException e) {
    log.warn("Intake request {} could not be published: {}", requestId(ctx), e.getMessage());
    ctx.header("Retry-After", "10");
    error(ctx, 503, "Kafka did not take the records: " + e.getMessage() + ". Send the request again: an"
        + " accepted report sent again is a correction with the same figures.");
  }

  private static void error(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("request_id", requestId(ctx));
    body.put("status", status);
    body.put("error", message);
    if (status == 413) {
      // The rest of the body is not read: the connection cannot carry another request, so clients must not reuse it.
      ctx.header("Connection", "close");
    }
    answer(ctx, status, body);
  }

  private static void answer(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write an answer as JSON", e);
    }
  }
}
