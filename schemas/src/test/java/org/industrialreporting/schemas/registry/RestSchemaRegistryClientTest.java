package org.industrialreporting.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The REST client against a scripted HTTP endpoint: retries, failover, errors, headers. */
class RestSchemaRegistryClientTest {

  private static final Schema SCHEMA = new Schema.Parser().parse(SchemaRegistryTest.V1);

  private record Answer(int status, String body) {
  }

  private record Request(String method, String rawPath, String authorization, String contentType, String body) {
  }

  private final Queue<Answer> script = new ConcurrentLinkedQueue<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server = scriptedServer();

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private HttpServer scriptedServer() {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      http.createContext("/", exchange -> {
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
            exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Content-Type"),
            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        Answer answer = script.isEmpty() ? new Answer(500, "script exhausted") : script.poll();
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
      });
      http.start();
      return http;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static RestSchemaRegistryClient client(String urls) {
    return new RestSchemaRegistryClient(RegistrySettings.of(urls).withRetries(3, Duration.ofMillis(1)));
  }

  @Test
  void retriesServerErrorsUntilTheRegistryAnswers() {
    script.add(new Answer(503, "{\"error_code\":50003,\"message\":\"forwarding failed\"}"));
    script.add(new Answer(500, "{\"error_code\":50001,\"message\":\"store error\"}"));
    script.add(new Answer(200, "{\"id\":7}"));

    assertThat(client(url()).register("s", SCHEMA)).isEqualTo(7);
    assertThat(requests).hasSize(3);
  }

  @Test
  void neverRetriesTheRegistrysRefusal() {
    script.add(new Answer(404, "{\"error_code\":40401,\"message\":\"Subject 'a b/c' not found.\"}"));

    assertThatThrownBy(() -> client(url()).latest("a b/c"))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.errorCode()).isEqualTo(40401);
          assertThat(e.url()).contains(url() + "/subjects/a%20b%2Fc/versions/latest");
          assertThat(e.getMessage()).contains("GET", "Subject 'a b/c' not found", "HTTP 404", "40401");
        });
    assertThat(requests).hasSize(1);
  }

  @Test
  void givesUpAfterTheLastRetryWithTheLastError() {
    for (int i = 0; i < 4; i++) {
      script.add(new Answer(500, "{\"error_code\":50001,\"message\":\"Error while registering\"}"));
    }

    assertThatThrownBy(() -> client(url()).register("s", SCHEMA))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
          assertThat(e.status()).isEqualTo(500);
          assertThat(e.errorCode()).isEqualTo(50001);
        });
    assertThat(requests).as("the first try and 3 retries").hasSize(4);
  }

  @Test
  void failsOverToTheNextUrlWhenOneDoesNotAnswer() throws IOException {
    String deadUrl;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      deadUrl = "http://127.0.0.1:" + socket.getLocalPort(); // closed below: connections are refused
    }
    script.add(new Answer(200, "[\"a-value\",\"b-value\"]"));

    assertThat(client(deadUrl + ", " + url()).subjects()).containsExactly("a-value", "b-value");
  }

  @Test
  void reportsAnUnreachableRegistryWithItsUrl() throws IOException {
    String deadUrl;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      deadUrl = "http://127.0.0.1:" + socket.getLocalPort();
    }
    assertThatThrownBy(() -> client(deadUrl).subjects())
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
          assertThat(e.status()).isEqualTo(SchemaRegistryException.NO_ANSWER);
          assertThat(e.getMessage()).contains(deadUrl + "/subjects", "no answer");
        });
  }

  @Test
  void sendsBasicAuthAndConfluentsMediaType() {
    script.add(new Answer(200, "{\"subject\":\"s\",\"version\":2,\"id\":5,\"schema\":"
        + quoted(SCHEMA.toString()) + "}"));
    RestSchemaRegistryClient client = new RestSchemaRegistryClient(RegistrySettings.of(url() + "/")
        .withBasicAuth("reporter:s3cret"));

    RegisteredSchema found = client.lookup("s", SCHEMA);

    assertThat(found).isEqualTo(new RegisteredSchema("s", 2, 5, SCHEMA));
    Request request = requests.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.rawPath()).isEqualTo("/subjects/s");
    assertThat(request.authorization()).isEqualTo("Basic "
        + Base64.getEncoder().encodeToString("reporter:s3cret".getBytes(StandardCharsets.UTF_8)));
    assertThat(request.contentType()).isEqualTo(RestSchemaRegistryClient.CONTENT_TYPE);
    assertThat(request.body()).isEqualTo("{\"schema\":" + quoted(SCHEMA.toString()) + "}");
    assertThat(RegistrySettings.of(url()).withBasicAuth("reporter:s3cret").toString()).doesNotContain("s3cret");
  }

  @Test
  void anAnswerThatIsNotConfluentsErrorBodyIsReportedAsItIs() {
    script.add(new Answer(401, "<html><body>Unauthorized</body></html>"));

    assertThatThrownBy(() -> client(url()).schemaById(1))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.errorCode()).isEqualTo(401);
          assertThat(e.getMessage()).contains("Unauthorized");
        });
  }

  @Test
  void aTruststoreThatCannotBeReadIsNamed() {
    TlsSettings tls = new TlsSettings(Optional.of(new TlsSettings.Store(Path.of("/nonexistent/truststore.p12"),
        "changeit", "PKCS12")), Optional.empty(), null);

    assertThatThrownBy(() -> new RestSchemaRegistryClient(RegistrySettings.of("https://registry:8081").withTls(tls)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/nonexistent/truststore.p12");
    assertThat(tls.toString()).doesNotContain("changeit");
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
