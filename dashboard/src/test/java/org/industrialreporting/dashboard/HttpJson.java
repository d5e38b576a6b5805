package org.industrialreporting.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** GETs against a server, with JSON answers parsed. */
public final class HttpJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  /** @param base the server's address, e.g. {@code http://127.0.0.1:8080/} */
  public HttpJson(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /**
   * One answer.
   *
   * @param json the body parsed, or null when it is not JSON
   */
  public record Answer(int status, String contentType, String body, JsonNode json) {
  }

  public Answer get(String path) {
    try {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
          HttpResponse.BodyHandlers.ofString());
      String type = response.headers().firstValue("Content-Type").orElse("");
      return new Answer(response.statusCode(), type, response.body(),
          type.startsWith("application/json") ? JSON.readTree(response.body()) : null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The JSON of a GET that must answer 200. */
  public JsonNode json(String path) {
    Answer answer = get(path);
    if (answer.status() != 200) {
      throw new AssertionError("GET " + path + " answered " + answer.status() + ": " + answer.body());
    }
    return answer.json();
  }

  /** The client, for requests beyond a plain GET (event streams). */
  public HttpClient client() {
    return client;
  }

  public URI uri(String path) {
    return URI.create(base + path);
  }
}
