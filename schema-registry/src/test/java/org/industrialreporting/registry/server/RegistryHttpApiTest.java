package org.industrialreporting.registry.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.registry.server.Http.schemaBody;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.industrialreporting.schemas.registry.SchemaRegistry;
import org.industrialreporting.schemas.registry.SchemaRegistryException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every endpoint and error code of the REST API, over a fresh in-memory registry per test. */
class RegistryHttpApiTest {

  static final String V1 = record("{\"name\":\"code\",\"type\":\"string\"}");
  static final String V2_OPTIONAL = record("{\"name\":\"code\",\"type\":\"string\"},"
      + "{\"name\":\"energy\",\"type\":[\"null\",\"long\"],\"default\":null}");
  static final String V2_REQUIRED = record("{\"name\":\"code\",\"type\":\"string\"},{\"name\":\"energy\",\"type\":\"long\"}");

  private RegistryHttpApi api = RegistryHttpApi.start(SchemaRegistry.inMemory(), () -> true, "127.0.0.1", 0);
  private Http http = new Http(api.url());

  @AfterEach
  void stop() {
    api.close();
  }

  static String record(String fields) {
    return "{\"type\":\"record\",\"name\":\"Report\",\"namespace\":\"t\",\"fields\":[" + fields + "]}";
  }

  @Test
  void servesTheFixedAnswers() {
    assertThat(http.get("/").body()).isEqualTo("{}");
    assertThat(http.get("/schemas/types").body()).isEqualTo("[\"AVRO\"]");
    assertThat(http.get("/mode").body()).isEqualTo("{\"mode\":\"READWRITE\"}");
    assertThat(http.get("/health").body()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(http.get("/").contentType()).startsWith(Http.V1_JSON);
  }

  @Test
  void registersAndReadsBackByVersionAndId() {
    Http.Response registered = http.post("/subjects/a-value/versions", schemaBody(V1));
    assertThat(registered.status()).isEqualTo(200);
    assertThat(registered.contentType()).startsWith(Http.V1_JSON);
    assertThat(registered.body()).isEqualTo("{\"id\":1}");
    assertThat(http.post("/subjects/b-value/versions", "{\"schema\":" + quote(V1) + ",\"schemaType\":\"AVRO\"}")
        .body()).as("same schema, same id").isEqualTo("{\"id\":1}");
    assertThat(http.post("/subjects/a-value/versions", schemaBody(V2_OPTIONAL)).body()).isEqualTo("{\"id\":2}");

    for (String version : List.of("2", "latest", "-1")) {
      JsonNode latest = http.get("/subjects/a-value/versions/" + version).json();
      assertThat(latest.path("subject").asText()).isEqualTo("a-value");
      assertThat(latest.path("version").asInt()).isEqualTo(2);
      assertThat(latest.path("id").asInt()).isEqualTo(2);
      assertThat(latest.path("schema").asText()).contains("energy");
    }
    assertThat(http.get("/subjects/a-value/versions/1/schema").body()).isEqualTo(
        "{\"type\":\"record\",\"name\":\"Report\",\"namespace\":\"t\",\"fields\":[{\"name\":\"code\",\"type\":\"string\"}]}");
    assertThat(http.get("/subjects").body()).isEqualTo("[\"a-value\",\"b-value\"]");
    assertThat(http.get("/subjects/a-value/versions").body()).isEqualTo("[1,2]");
    assertThat(http.get("/schemas/ids/1").json().path("schema").asText()).contains("code");
    assertThat(http.get("/schemas/ids/1?subject=b-value").json().path("schema").asText()).contains("code");
    assertThat(http.get("/schemas/ids/1/versions").body())
        .isEqualTo("[{\"subject\":\"a-value\",\"version\":1},{\"subject\":\"b-value\",\"version\":1}]");
    assertThat(http.get("/schemas/ids/1/subjects").body()).isEqualTo("[\"a-value\",\"b-value\"]");
  }

  @Test
  void acceptsConfluentsMediaTypesAndRefusesOthers() {
    for (String type : List.of("application/vnd.schemaregistry.v1+json", "application/vnd.schemaregistry+json",
        "application/json; charset=utf-8", "application/octet-stream")) {
      assertThat(http.call("POST", "/subjects/s/versions", schemaBody(V1), type).status()).as(type).isEqualTo(200);
    }
    Http.Response text = http.call("POST", "/subjects/s/versions", schemaBody(V1), "text/plain");
    assertThat(text.status()).isEqualTo(415);
    assertThat(text.errorCode()).isEqualTo(415);
  }

  @Test
  void looksUpTheVersionOfASchema() {
    http.post("/subjects/s/versions", schemaBody(V1));
    http.post("/subjects/s/versions", schemaBody(V2_OPTIONAL));

    JsonNode found = http.post("/subjects/s", schemaBody(V2_OPTIONAL)).json();
    assertThat(found.path("subject").asText()).isEqualTo("s");
    assertThat(found.path("version").asInt()).isEqualTo(2);
    assertThat(found.path("id").asInt()).isEqualTo(2);
    assertThat(found.path("schema").asText()).contains("energy");
    assertError(http.post("/subjects/s", schemaBody(V2_REQUIRED)), 404, 40403);
    assertError(http.post("/subjects/other", schemaBody(V1)), 404, 40401);
  }

  @Test
  void answersConfluentsErrorCodes() {
    http.post("/subjects/s/versions", schemaBody(V1));

    assertError(http.get("/subjects/nothing/versions"), 404, 40401);
    assertError(http.get("/subjects/s/versions/7"), 404, 40402);
    assertError(http.get("/schemas/ids/99"), 404, 40403);
    assertError(http.get("/schemas/ids/abc"), 404, 40403);
    assertError(http.get("/subjects/s/versions/abc"), 422, 42202);
    assertError(http.get("/subjects/s/versions/0"), 422, 42202);
    assertError(http.post("/subjects/s/versions", schemaBody("{\"type\":\"recrod\"}")), 422, 42201);
    assertError(http.post("/subjects/s/versions", "{\"schema\":\"syntax = \\\"proto3\\\";\",\"schemaType\":\"PROTOBUF\"}"),
        422, 42201);
    assertError(http.post("/subjects/s/versions", "{\"schema\":" + quote(V1) + ",\"references\":[{\"name\":\"x\","
        + "\"subject\":\"y\",\"version\":1}]}"), 422, 42201);
    assertError(http.post("/subjects/s/versions", "{\"schemaa\":\"x\"}"), 422, 42201);
    assertError(http.post("/subjects/s/versions", "{not json"), 400, 400);
    assertError(http.post("/subjects/s/versions", schemaBody(V2_REQUIRED)), 409, 409);
    assertError(http.put("/config", "{\"compatibility\":\"SIDEWAYS\"}"), 422, 42203);
    assertError(http.get("/config/s"), 404, 40408);
  }

  @Test
  void anythingNotServedIsConfluents404() {
    for (Http.Response response : List.of(http.get("/associations/resources/orders?resourceType=topic"),
        http.get("/contexts/.x/subjects"), http.post("/subjects/s/versions/1/whatever", "{}"))) {
      assertError(response, 404, 404);
      assertThat(response.json().path("message").asText()).contains("not served");
    }
  }

  @Test
  void deletesSoftThenPermanently() {
    http.post("/subjects/s/versions", schemaBody(V1));
    http.post("/subjects/s/versions", schemaBody(V2_OPTIONAL));

    assertError(http.delete("/subjects/s/versions/1?permanent=true"), 404, 40407);
    assertThat(http.delete("/subjects/s/versions/1").body()).isEqualTo("1");
    assertError(http.delete("/subjects/s/versions/1"), 404, 40406);
    assertThat(http.get("/subjects/s/versions").body()).isEqualTo("[2]");
    assertThat(http.get("/subjects/s/versions?deleted=true").body()).isEqualTo("[1,2]");
    assertThat(http.get("/subjects/s/versions/1?deleted=true").json().path("id").asInt()).isEqualTo(1);
    assertThat(http.delete("/subjects/s/versions/1?permanent=true").body()).isEqualTo("1");

    assertError(http.delete("/subjects/s?permanent=true"), 404, 40405);
    assertThat(http.delete("/subjects/s").body()).isEqualTo("[2]");
    assertError(http.delete("/subjects/s"), 404, 40404);
    assertThat(http.get("/subjects").body()).isEqualTo("[]");
    assertThat(http.get("/subjects?deleted=true").body()).isEqualTo("[\"s\"]");
    assertThat(http.get("/schemas/ids/2").status()).as("ids of soft-deleted versions stay readable").isEqualTo(200);
    assertThat(http.delete("/subjects/s?permanent=true").body()).isEqualTo("[2]");
    assertThat(http.get("/subjects?deleted=true").body()).isEqualTo("[]");
  }

  @Test
  void configIsGlobalOrPerSubject() {
    assertThat(http.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
    assertThat(http.put("/config", "{\"compatibility\":\"FULL\"}").body()).isEqualTo("{\"compatibility\":\"FULL\"}");
    assertThat(http.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");

    assertError(http.get("/config/s"), 404, 40408);
    assertThat(http.get("/config/s?defaultToGlobal=true").body()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
    assertThat(http.put("/config/s", "{\"compatibility\":\"none\"}").body()).isEqualTo("{\"compatibility\":\"NONE\"}");
    assertThat(http.get("/config/s").body()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
    assertThat(http.delete("/config/s").body()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
    assertError(http.delete("/config/s"), 404, 40408);
    assertError(http.put("/config/s", "{}"), 422, 42203);
  }

  @Test
  void aSubjectWithoutVersionsIsCompatibleWithAnything() {
    assertThat(http.post("/compatibility/subjects/new/versions/latest", schemaBody(V1)).body())
        .isEqualTo("{\"is_compatible\":true}");
    assertThat(http.post("/compatibility/subjects/new/versions", schemaBody(V1)).body())
        .isEqualTo("{\"is_compatible\":true}");
  }

  /** Each level with a change it accepts and one it refuses (NONE refuses nothing), over HTTP. */
  static Stream<Arguments> levels() {
    String a = "{\"name\":\"a\",\"type\":\"int\"}";
    String aWithDefault = "{\"name\":\"a\",\"type\":\"int\",\"default\":0}";
    String aAsString = "{\"name\":\"a\",\"type\":\"string\",\"default\":\"\"}";
    String b = "{\"name\":\"b\",\"type\":[\"null\",\"long\"],\"default\":null}";
    String bRequired = "{\"name\":\"b\",\"type\":\"long\"}";
    return Stream.of(
        Arguments.of("NONE", List.of(record(a)), record(aAsString.replace(",\"default\":\"\"", "")), null),
        Arguments.of("BACKWARD", List.of(record(a)), record(a + "," + b), record(a + "," + bRequired)),
        Arguments.of("FORWARD", List.of(record(a)), record(a + "," + bRequired), record("")),
        Arguments.of("FULL", List.of(record(a)), record(a + "," + b), record(a + "," + bRequired)),
        // The refused change fits the latest version but not the first.
        Arguments.of("BACKWARD_TRANSITIVE", List.of(record(a), record("")), record(b), record(aAsString)),
        Arguments.of("FORWARD_TRANSITIVE", List.of(record(a), record(aWithDefault)), record(aWithDefault + "," + b),
            record("")),
        Arguments.of("FULL_TRANSITIVE", List.of(record(a), record(aWithDefault)), record(aWithDefault + "," + b),
            record("")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("levels")
  void everyCompatibilityLevelAcceptsAndRefusesOverHttp(String level, List<String> history, String accepted,
      String refused) {
    assertThat(http.put("/config/s", "{\"compatibility\":\"" + level + "\"}").status()).isEqualTo(200);
    history.forEach(schema -> assertThat(http.post("/subjects/s/versions", schemaBody(schema)).status())
        .as("history of " + level).isEqualTo(200));

    if (refused != null) {
      JsonNode check = http.post("/compatibility/subjects/s/versions?verbose=true", schemaBody(refused)).json();
      assertThat(check.path("is_compatible").asBoolean()).isFalse();
      assertThat(check.path("messages")).isNotEmpty();
      Http.Response refusal = http.post("/subjects/s/versions", schemaBody(refused));
      assertError(refusal, 409, 409);
      assertThat(refusal.json().path("message").asText()).contains(level);
    }
    assertThat(http.post("/compatibility/subjects/s/versions/latest", schemaBody(accepted)).body())
        .isEqualTo("{\"is_compatible\":true}");
    assertThat(http.post("/subjects/s/versions", schemaBody(accepted)).status()).isEqualTo(200);
  }

  @Test
  void aFailingStoreIs50001AndTheHealthCheckSaysDown() {
    api.close();
    api = RegistryHttpApi.start(new SchemaRegistry(event -> {
      throw new SchemaRegistryException(500, 50001, "Error in the backend data store: broker unreachable");
    }), () -> false, "127.0.0.1", 0);
    http = new Http(api.url());

    Http.Response failed = http.post("/subjects/s/versions", schemaBody(V1));
    assertError(failed, 500, 50001);
    assertThat(failed.json().path("message").asText()).contains("broker unreachable").doesNotContain("at org.");
    assertThat(http.get("/health").status()).isEqualTo(503);
  }

  private static void assertError(Http.Response response, int status, int errorCode) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith(Http.V1_JSON);
    assertThat(response.errorCode()).as(response.body()).isEqualTo(errorCode);
    assertThat(response.json().path("message").asText()).isNotBlank();
  }

  private static String quote(String text) {
    return "\"" + text.replace("\"", "\\\"") + "\"";
  }
}
