package org.industrialreporting.schemas.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of a Confluent-protocol Schema Registry server over its REST API: Confluent's own registry or our
 * embedded one. With several base URLs, a request that gets no answer or a 5xx from one tries the next; when all
 * fail it retries them, waiting longer each round ({@link RegistrySettings#retries()}). A 4xx is the registry's
 * answer and is never retried. Every failure is a {@link SchemaRegistryException} with the status, Confluent's
 * error code and the URL. Thread-safe; put a {@link CachedSchemaRegistryClient} in front for serdes.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

  /** The media type of Confluent's REST API, version 1. */
  public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

  private static final Logger log = LoggerFactory.getLogger(RestSchemaRegistryClient.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RegistrySettings settings;
  private final HttpClient http;
  private final Optional<String> authorization;
  private volatile int preferredUrl; // the URL that answered last is asked first

  public RestSchemaRegistryClient(RegistrySettings settings) {
    this.settings = settings;
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(settings.connectTimeout());
    if (settings.urls().stream().anyMatch(u -> "https".equals(u.getScheme()))) {
      builder.sslContext(settings.tls().sslContext());
    }
    this.http = builder.build();
    this.authorization = settings.basicAuth().map(userInfo -> "Basic "
        + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public int register(String subject, Schema schema) {
    return send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema)).path("id").asInt();
  }

  @Override
  public RegisteredSchema lookup(String subject, Schema schema) {
    return registeredSchema(send("POST", "/subjects/" + encode(subject), schemaBody(schema)));
  }

  @Override
  public Schema schemaById(int id) {
    return parse(send("GET", "/schemas/ids/" + id, null).path("schema").asText());
  }

  @Override
  public RegisteredSchema latest(String subject) {
    return registeredSchema(send("GET", "/subjects/" + encode(subject) + "/versions/latest", null));
  }

  @Override
  public RegisteredSchema version(String subject, int version) {
    return registeredSchema(send("GET", "/subjects/" + encode(subject) + "/versions/" + version, null));
  }

  @Override
  public List<String> subjects() {
    List<String> subjects = new ArrayList<>();
    send("GET", "/subjects", null).forEach(s -> subjects.add(s.asText()));
    return subjects;
  }

  @Override
  public List<Integer> versions(String subject) {
    List<Integer> versions = new ArrayList<>();
    send("GET", "/subjects/" + encode(subject) + "/versions", null).forEach(v -> versions.add(v.asInt()));
    return versions;
  }

  @Override
  public SchemaRegistry.CompatibilityCheck testCompatibility(String subject, Schema schema) {
    JsonNode answer = send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest?verbose=true",
        schemaBody(schema));
    List<String> messages = new ArrayList<>();
    answer.path("messages").forEach(m -> messages.add(m.asText()));
    return new SchemaRegistry.CompatibilityCheck(answer.path("is_compatible").asBoolean(), messages);
  }

  @Override
  public CompatibilityLevel compatibility(String subject) {
    String path = subject == null ? "/config" : "/config/" + encode(subject) + "?defaultToGlobal=true";
    return CompatibilityLevel.parse(send("GET", path, null).path("compatibilityLevel").asText());
  }

  @Override
  public void setCompatibility(String subject, CompatibilityLevel level) {
    send("PUT", subject == null ? "/config" : "/config/" + encode(subject), Map.of("compatibility", level.name()));
  }

  // ---------------------------------------------------------------------------------------------- HTTP

  private JsonNode send(String method, String path, Object body) {
    HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(toJson(body));
    List<URI> urls = settings.urls();
    SchemaRegistryException failure = null;
    for (int round = 0; round <= settings.retries(); round++) {
      if (round > 0) {
        backOff(round, failure);
      }
      int first = preferredUrl;
      for (int i = 0; i < urls.size(); i++) {
        int index = (first + i) % urls.size();
        String url = urls.get(index) + path;
        try {
          JsonNode answer = exchange(method, url, publisher);
          preferredUrl = index;
          return answer;
        } catch (SchemaRegistryException e) {
          if (!retriable(e)) {
            throw e;
          }
          log.debug("Schema Registry request failed, trying the next URL or round: {}", e.getMessage());
          failure = e;
        }
      }
    }
    throw failure;
  }

  private JsonNode exchange(String method, String url, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .timeout(settings.requestTimeout())
        .header("Accept", CONTENT_TYPE + ", application/json")
        .header("Content-Type", CONTENT_TYPE)
        .method(method, body);
    authorization.ifPresent(value -> request.header("Authorization", value));
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SchemaRegistryException(SchemaRegistryException.NO_ANSWER, SchemaRegistryException.NO_ANSWER,
          method + " failed: " + e, url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SchemaRegistryException(SchemaRegistryException.NO_ANSWER, SchemaRegistryException.NO_ANSWER,
          method + " was interrupted", url, e);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      try {
        return JSON.readTree(response.body());
      } catch (JsonProcessingException e) {
        throw new SchemaRegistryException(status, status, method + " answered with something that is not JSON: "
            + abbreviate(response.body()), url, e);
      }
    }
    throw error(method, url, status, response.body());
  }

  /** Confluent's error body {@code {"error_code": 40401, "message": "..."}}, or whatever else came back. */
  private static SchemaRegistryException error(String method, String url, int status, String body) {
    try {
      JsonNode error = JSON.readTree(body);
      if (error != null && error.has("error_code")) {
        return new SchemaRegistryException(status, error.path("error_code").asInt(status),
            method + ": " + error.path("message").asText(""), url, null);
      }
    } catch (JsonProcessingException e) {
      // not Confluent's error body: reported as it is below
    }
    return new SchemaRegistryException(status, status, method + ": " + abbreviate(body), url, null);
  }

  private static boolean retriable(SchemaRegistryException e) {
    return e.status() == SchemaRegistryException.NO_ANSWER || e.status() >= 500;
  }

  private void backOff(int round, SchemaRegistryException failure) {
    Duration wait = settings.retryBackoff().multipliedBy(1L << Math.min(round - 1, 10));
    log.warn("Schema Registry unavailable ({}); retry {} of {} in {} ms", failure.getMessage(), round,
        settings.retries(), wait.toMillis());
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure;
    }
  }

  // ---------------------------------------------------------------------------------------------- JSON

  private static Map<String, String> schemaBody(Schema schema) {
    return Map.of("schema", schema.toString());
  }

  private static RegisteredSchema registeredSchema(JsonNode node) {
    return new RegisteredSchema(node.path("subject").asText(), node.path("version").asInt(), node.path("id").asInt(),
        parse(node.path("schema").asText()));
  }

  private static Schema parse(String schemaText) {
    return new Schema.Parser().parse(schemaText);
  }

  private static String toJson(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a request body as JSON", e);
    }
  }

  /** A path segment: subjects may hold any character, including '/', '?' and spaces. */
  private static String encode(String subject) {
    return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String abbreviate(String text) {
    String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "...";
  }
}
