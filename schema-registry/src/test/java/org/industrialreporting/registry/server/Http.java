package org.industrialreporting.registry.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Raw HTTP calls to a registry, to check exact statuses, bodies and media types. */
final class Http {

  /** One answer: status, media type and body. */
  record Response(int status, String contentType, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON: " + body, e);
      }
    }

    int errorCode() {
      return json().path("error_code").asInt();
    }
  }

  static final String V1_JSON = "application/vnd.schemaregistry.v1+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final HttpClient client = HttpClient.newHttpClient();

  Http(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  Response get(String path) {
    return call("GET", path, null, V1_JSON);
  }

  Response delete(String path) {
    return call("DELETE", path, null, V1_JSON);
  }

  Response post(String path, String body) {
    return call("POST", path, body, V1_JSON);
  }

  Response put(String path, String body) {
    return call("PUT", path, body, V1_JSON);
  }

  /** A body {@code {"schema": "<schema>"}}, as clients send it. */
  static String schemaBody(String schema) {
    try {
      return JSON.writeValueAsString(Map.of("schema", schema));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Response call(String method, String path, String body, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
