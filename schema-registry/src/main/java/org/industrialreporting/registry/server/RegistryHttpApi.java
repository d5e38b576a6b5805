package org.industrialreporting.registry.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.industrialreporting.schemas.registry.CompatibilityLevel;
import org.industrialreporting.schemas.registry.RegisteredSchema;
import org.industrialreporting.schemas.registry.RestSchemaRegistryClient;
import org.industrialreporting.schemas.registry.SchemaRegistry;
import org.industrialreporting.schemas.registry.SchemaRegistryException;
import org.industrialreporting.schemas.registry.SchemaRegistryException.ErrorCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confluent Schema Registry's REST API over a {@link SchemaRegistry}: the part serializers and common tools use
 * (subjects, versions, schemas by id, compatibility checks, config, mode), Avro only. Answers are
 * {@code application/vnd.schemaregistry.v1+json}; errors are Confluent's body {@code {"error_code", "message"}},
 * including 404 for everything not implemented, which newer clients rely on to fall back (they first ask
 * {@code /associations/...}).
 */
public final class RegistryHttpApi implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RegistryHttpApi.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ACCEPTED_TYPES = Set.of(RestSchemaRegistryClient.CONTENT_TYPE,
      "application/vnd.schemaregistry+json", "application/json", "application/octet-stream");
  private static final String AVRO = "AVRO";

  private final SchemaRegistry registry;
  private final BooleanSupplier ready;
  private final String host;
  private final Javalin app;

  private RegistryHttpApi(SchemaRegistry registry, BooleanSupplier ready, String host, int port) {
    this.registry = registry;
    this.ready = ready;
    this.host = host;
    this.app = Javalin.create(config -> configure(config, host, port));
  }

  /**
   * Serves {@code registry} on {@code host:port} (port 0: a free one).
   *
   * @param ready whether the store behind the registry works, for the health endpoint
   */
  public static RegistryHttpApi start(SchemaRegistry registry, BooleanSupplier ready, String host, int port) {
    RegistryHttpApi api = new RegistryHttpApi(registry, ready, host, port);
    api.app.start();
    return api;
  }

  /** The base URL clients use, e.g. {@code http://127.0.0.1:8081}. */
  public String url() {
    return "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private void configure(JavalinConfig config, String host, int port) {
    config.jetty.host = host;
    config.jetty.port = port;
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.defaultContentType = RestSchemaRegistryClient.CONTENT_TYPE;
    var routes = config.routes;
    routes.before(this::checkContentType);

    routes.get("/", ctx -> answer(ctx, Map.of()));
    routes.get("/health", this::health);
    routes.get("/schemas/types", ctx -> answer(ctx, List.of(AVRO)));
    routes.get("/mode", ctx -> answer(ctx, Map.of("mode", "READWRITE")));
    routes.get("/mode/{subject}", ctx -> answer(ctx, Map.of("mode", "READWRITE")));

    routes.get("/subjects", ctx -> answer(ctx, registry.subjects(flag(ctx, "deleted"))));
    routes.post("/subjects/{subject}", this::lookup);
    routes.delete("/subjects/{subject}", ctx ->
        answer(ctx, registry.deleteSubject(subject(ctx), flag(ctx, "permanent"))));
    routes.get("/subjects/{subject}/versions", ctx ->
        answer(ctx, registry.versions(subject(ctx), flag(ctx, "deleted"))));
    routes.post("/subjects/{subject}/versions", this::register);
    routes.get("/subjects/{subject}/versions/{version}", ctx ->
        answer(ctx, schemaVersion(registry.version(subject(ctx), ctx.pathParam("version"), flag(ctx, "deleted")))));
    routes.get("/subjects/{subject}/versions/{version}/schema", ctx -> ctx.contentType(RestSchemaRegistryClient.CONTENT_TYPE)
        .result(registry.version(subject(ctx), ctx.pathParam("version"), flag(ctx, "deleted")).schema().toString()));
    routes.delete("/subjects/{subject}/versions/{version}", ctx ->
        answer(ctx, registry.deleteVersion(subject(ctx), ctx.pathParam("version"), flag(ctx, "permanent"))));

    routes.get("/schemas/ids/{id}", ctx -> answer(ctx, Map.of("schema", registry.schemaById(id(ctx)).toString())));
    // A record keeps Confluent's field order (subject, version); a two-entry Map.of would not.
    routes.get("/schemas/ids/{id}/versions", ctx -> answer(ctx, registry.subjectVersionsOf(id(ctx), flag(ctx, "deleted"))));
    routes.get("/schemas/ids/{id}/subjects", ctx -> answer(ctx, registry.subjectVersionsOf(id(ctx), flag(ctx, "deleted"))
        .stream().map(SchemaRegistry.SubjectVersion::subject).distinct().toList()));

    routes.post("/compatibility/subjects/{subject}/versions", ctx -> compatibility(ctx, null));
    routes.post("/compatibility/subjects/{subject}/versions/{version}",
        ctx -> compatibility(ctx, ctx.pathParam("version")));

    routes.get("/config", ctx -> answer(ctx, level(registry.globalCompatibility())));
    routes.put("/config", ctx -> answer(ctx, Map.of("compatibility",
        registry.setCompatibility(null, requestedLevel(ctx)).name())));
    routes.get("/config/{subject}", this::subjectConfig);
    routes.put("/config/{subject}", ctx -> answer(ctx, Map.of("compatibility",
        registry.setCompatibility(subject(ctx), requestedLevel(ctx)).name())));
    routes.delete("/config/{subject}", ctx -> answer(ctx, level(registry.deleteSubjectCompatibility(subject(ctx)))));

    routes.exception(SchemaRegistryException.class, (e, ctx) -> {
      if (e.status() >= 500) {
        log.error("{} {} failed: {}", ctx.method(), ctx.path(), e.getMessage());
      }
      error(ctx, e.status(), e.errorCode(), e.reason());
    });
    routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getStatus(),
        e.getStatus() == 404 ? "HTTP 404 Not Found: " + ctx.method() + " " + ctx.path() + " is not served by this"
            + " registry" : e.getMessage()));
    routes.exception(Exception.class, (e, ctx) -> {
      log.error("{} {} failed", ctx.method(), ctx.path(), e);
      error(ctx, 500, 500, "Internal server error: " + e);
    });
  }

  // ---------------------------------------------------------------------------------------------- handlers

  private void register(Context ctx) {
    String schema = schemaOf(body(ctx));
    answer(ctx, Map.of("id", registry.register(subject(ctx), schema).id()));
  }

  private void lookup(Context ctx) {
    String schema = schemaOf(body(ctx));
    answer(ctx, schemaVersion(registry.lookup(subject(ctx), schema, flag(ctx, "deleted"))));
  }

  private void compatibility(Context ctx, String version) {
    SchemaRegistry.CompatibilityCheck check = registry.testCompatibility(subject(ctx), version, schemaOf(body(ctx)));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("is_compatible", check.compatible());
    if (flag(ctx, "verbose")) {
      answer.put("messages", check.messages());
    }
    answer(ctx, answer);
  }

  private void subjectConfig(Context ctx) {
    String subject = subject(ctx);
    CompatibilityLevel level = registry.subjectCompatibility(subject)
        .or(() -> flag(ctx, "defaultToGlobal") ? Optional.of(registry.globalCompatibility()) : Optional.empty())
        .orElseThrow(() -> new SchemaRegistryException(404, ErrorCodes.SUBJECT_LEVEL_COMPATIBILITY_NOT_CONFIGURED,
            "Subject '" + subject + "' does not have subject-level compatibility configured"));
    answer(ctx, level(level));
  }

  private void health(Context ctx) {
    boolean up = ready.getAsBoolean();
    ctx.status(up ? 200 : 503);
    answer(ctx, Map.of("status", up ? "UP" : "DOWN"));
  }

  private void checkContentType(Context ctx) {
    String type = ctx.contentType();
    if (type == null || ctx.bodyAsBytes().length == 0) {
      return;
    }
    String mediaType = type.split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (!ACCEPTED_TYPES.contains(mediaType)) {
      throw new SchemaRegistryException(415, 415, "HTTP 415 Unsupported Media Type: " + mediaType + "; send one of "
          + ACCEPTED_TYPES);
    }
  }

  // ---------------------------------------------------------------------------------------------- requests

  private static String subject(Context ctx) {
    return ctx.pathParam("subject");
  }

  private static boolean flag(Context ctx, String name) {
    return Boolean.parseBoolean(ctx.queryParam(name));
  }

  private static int id(Context ctx) {
    String id = ctx.pathParam("id");
    try {
      return Integer.parseInt(id);
    } catch (NumberFormatException e) {
      throw SchemaRegistryException.schemaNotFound(id);
    }
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode body = JSON.readTree(ctx.body());
      if (body == null || !body.isObject()) {
        throw new SchemaRegistryException(400, 400, "The request body must be a JSON object");
      }
      return body;
    } catch (JsonProcessingException e) {
      throw new SchemaRegistryException(400, 400, "The request body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** The Avro schema of a register, lookup or compatibility request; 42201 for anything we do not serve. */
  private static String schemaOf(JsonNode body) {
    String type = body.path("schemaType").asText(AVRO);
    if (!AVRO.equalsIgnoreCase(type)) {
      throw new SchemaRegistryException(422, ErrorCodes.INVALID_SCHEMA, "Schema type " + type
          + " is not supported by this registry; only AVRO is");
    }
    if (body.path("references").size() > 0) {
      throw new SchemaRegistryException(422, ErrorCodes.INVALID_SCHEMA,
          "Schema references are not supported by this registry; register a self-contained schema");
    }
    JsonNode schema = body.path("schema");
    if (!schema.isTextual()) {
      throw new SchemaRegistryException(422, ErrorCodes.INVALID_SCHEMA,
          "The request body needs a \"schema\" field holding the schema as a string");
    }
    return schema.asText();
  }

  private static CompatibilityLevel requestedLevel(Context ctx) {
    return CompatibilityLevel.parse(body(ctx).path("compatibility").asText(null));
  }

  // ---------------------------------------------------------------------------------------------- answers

  private static Map<String, Object> schemaVersion(RegisteredSchema schema) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("subject", schema.subject());
    answer.put("version", schema.version());
    answer.put("id", schema.id());
    answer.put("schema", schema.schema().toString());
    return answer;
  }

  private static Map<String, String> level(CompatibilityLevel level) {
    return Map.of("compatibilityLevel", level.name());
  }

  private static void answer(Context ctx, Object body) {
    try {
      ctx.contentType(RestSchemaRegistryClient.CONTENT_TYPE).result(JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write an answer of maps, lists and strings as JSON", e);
    }
  }

  private static void error(Context ctx, int status, int errorCode, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error_code", errorCode);
    body.put("message", message);
    ctx.status(status);
    answer(ctx, body);
  }
}
