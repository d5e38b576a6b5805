package org.industrialreporting.producers.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.ReasonCode;
import org.junit.jupiter.api.Test;

class RequestRowsTest {

  private static final String FIRST = """
      {
        "credit_code": "91350100M000100Y43", "period": "2026-09",
        "工业总产值": 1000.5
      }""";
  private static final String SECOND = "{\"credit_code\":\"91330411MA000023BA\",\"period\":\"2026-09\"}";

  private static RequestRows rows(String mediaType, String body) {
    return RequestRows.of(mediaType, body.getBytes(StandardCharsets.UTF_8), "req-1", 3);
  }

  @Test
  void splitsAJsonArrayKeepingEachObjectsBytes() {
    RequestRows rows = rows("application/json", "[ " + FIRST + ",\n  " + SECOND + " ]");

    assertThat(rows.kind()).isEqualTo(FileKind.ENTERPRISE_REPORT);
    assertThat(rows.rows()).extracting(r -> r.origin().location()).containsExactly("req-1#1", "req-1#2");
    assertThat(rows.rows()).extracting(r -> new String(r.origin().raw(), StandardCharsets.UTF_8))
        .containsExactly(FIRST, SECOND);
    RawRow first = rows.rows().get(0);
    assertThat(first.text("output_value")).as("a number keeps its literal text").isEqualTo("1000.5");
    assertThat(first.origin().source()).isEqualTo("intake");
  }

  @Test
  void takesOneObjectAndLineBasedBodies() {
    assertThat(rows("application/json", SECOND).rows()).singleElement()
        .satisfies(r -> assertThat(r.origin().location()).isEqualTo("req-1#1"));
    RequestRows lines = rows("application/x-ndjson", SECOND + "\n\n" + SECOND + "\n");
    assertThat(lines.rows()).extracting(r -> r.origin().location()).containsExactly("req-1:1", "req-1:3");
    RequestRows csv = rows("text/csv", "park_id,period,fiscal_revenue,fixed_asset_investment,actual_fdi,"
        + "land_supplied_mu,land_recovered_mu\nXZ-HTZ,2026-09,1,2,3,4,5\n");
    assertThat(csv.kind()).isEqualTo(FileKind.PARK_REPORT);
    assertThat(csv.rows()).singleElement().satisfies(r -> assertThat(r.origin().lineNumber()).isEqualTo(2L));
  }

  @Test
  void aNestedValueMakesARowUnreadableNotTheRequest() {
    RequestRows rows = rows("application/json", "[" + SECOND + ",{\"credit_code\":{\"a\":1},\"period\":\"x\"}]");

    assertThat(rows.rows().get(1).readable()).isFalse();
    assertThat(rows.rows().get(1).problems()).singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo(ReasonCode.MALFORMED_ROW));
  }

  @Test
  void refusesBadBodiesWithTheirStatus() {
    assertStatus(() -> rows("application/json", "[{\"credit_code\": 1,"), 400, "not valid JSON");
    assertStatus(() -> rows("application/json", "[]"), 400, "empty");
    assertStatus(() -> rows("application/json", "[1]"), 400, "Element 1 of the JSON array is not an object");
    assertStatus(() -> rows("application/json", "{} {}"), 400, "more after the JSON value");
    assertStatus(() -> rows("application/json", "{\"name\": \"x\"}"), 400, "Cannot tell the kind");
    assertStatus(() -> rows("text/csv", "credit_code,period\n"), 400, "line 1");
    assertStatus(() -> rows("application/json", "[" + SECOND + "," + SECOND + "," + SECOND + "," + SECOND + "]"), 413,
        "more than 3 rows");
    assertStatus(() -> rows("application/xml", "<x/>"), 415, "application/xml is not accepted");
    assertStatus(() -> RequestRows.mediaType("text/csv; charset=GBK"), 415, "Only UTF-8");
    assertStatus(() -> RequestRows.mediaType(null), 415, "no media type");
    // Found by IntakeFuzzIT: types of nothing but parameters, and a malformed charset.
    assertStatus(() -> RequestRows.mediaType(";"), 415, "no media type");
    assertStatus(() -> RequestRows.mediaType("; charset=utf-8"), 415, "no media type");
    assertStatus(() -> RequestRows.mediaType("application/json; charset=\""), 415, "Only UTF-8");
    assertThat(RequestRows.mediaType("Text/CSV; charset=\"utf-8\"")).isEqualTo("text/csv");
  }

  private static void assertStatus(ThrowingCallable call, int status, String message) {
    assertThatThrownBy(call).isInstanceOfSatisfying(IntakeException.class, e -> {
      assertThat(e.status()).isEqualTo(status);
      assertThat(e.getMessage()).contains(message);
    });
  }
}
