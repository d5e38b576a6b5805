package org.industrialreporting.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** GETs against a server with an API token, with JSON answers parsed. */
public final class HttpJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client;
  private final String base;
  private final String token;

  /**
   * @param base the server's address, e.g. {@code http://127.0.0.1:8080/}
   * @param token sent as {@code Authorization: Bearer TOKEN}; null for none
   */
  public HttpJson(String base, String token) {
    this(HttpClient.newHttpClient(), base, token);
  }

  /** Over a client of the caller's, e.g. one that trusts a test certificate. */
  public HttpJson(HttpClient client, String base, String token) {
    this.client = client;
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.token = token;
  }

  /** The same server with another token (null: none). */
  public HttpJson withToken(String other) {
    return new HttpJson(client, base, other);
  }

  /**
   * One answer.
   *
   * @param json the body parsed, or null when it is not JSON
   */
  public record Answer(int status, String contentType, String body, JsonNode json, HttpHeaders headers) {
  }

  public Answer get(String path) {
    return send(request(path));
  }

  /** A request to the path with the token, for methods beyond GET. */
  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  public Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String type = response.headers().firstValue("Content-Type").orElse("");
      return new Answer(response.statusCode(), type, response.body(),
          type.startsWith("application/json") ? JSON.readTree(response.body()) : null, response.headers());
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
}
