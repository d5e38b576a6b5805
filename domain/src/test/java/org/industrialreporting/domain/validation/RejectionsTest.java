package org.industrialreporting.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.industrialreporting.avro.RawFormat;
import org.industrialreporting.avro.RejectedReport;
import org.industrialreporting.avro.RejectionReason;
import org.junit.jupiter.api.Test;

class RejectionsTest {

  @Test
  void keepsTheRawRowWhereItCameFromAndEveryReason() {
    byte[] raw = "9135,2026-13, 1".getBytes(StandardCharsets.UTF_8);
    Origin origin = Origin.fileRow("submit", "reports.csv", 12, RawFormat.CSV_ROW, raw, "credit_code,period,x");
    RawRow row = RawRow.of(origin, Map.of("credit_code", " 9135", "period", "2026-13"));
    List<Reason> reasons = List.of(new Reason("credit_code", ReasonCode.CREDIT_CODE_FORMAT, "too short"),
        new Reason(null, ReasonCode.MISSING, "whole"));
    RejectedReport rejected = Rejections.of(row, reasons, Instant.parse("2026-10-08T02:00:00Z"));
    assertThat(origin.describe()).isEqualTo("submit:reports.csv:12");
    assertThat(rejected.getSource()).isEqualTo("submit");
    assertThat(rejected.getOrigin()).isEqualTo("reports.csv:12");
    assertThat(rejected.getLineNumber()).isEqualTo(12L);
    assertThat(rejected.getRawFormat()).isEqualTo(RawFormat.CSV_ROW);
    assertThat(rejected.getRaw().array()).isEqualTo(raw);
    assertThat(rejected.getHeader()).isEqualTo("credit_code,period,x");
    assertThat(rejected.getCreditCode()).isEqualTo("9135");
    assertThat(rejected.getPeriod()).isEqualTo("2026-13");
    assertThat(rejected.getReasons()).containsExactly(
        new RejectionReason("credit_code", "CREDIT_CODE_FORMAT", "too short"),
        new RejectionReason(null, "MISSING", "whole"));
    assertThat(rejected.getRejectedAt()).isEqualTo(Instant.parse("2026-10-08T02:00:00Z"));
  }

  @Test
  void describesKafkaRecordsAndParkReports() {
    Origin origin = Origin.kafkaRecord("streams", "park-reports", 3, 42, new byte[] {0, 1});
    assertThat(origin.location()).isEqualTo("park-reports-3@42");
    RejectedReport rejected = Rejections.of(RawRow.of(origin, Map.of("park_id", "XZ-HTZ")),
        List.of(new Reason(null, ReasonCode.NOT_DESERIALIZABLE, "bad")), Instant.EPOCH);
    assertThat(rejected.getCreditCode()).isEqualTo("XZ-HTZ");
    assertThat(rejected.getLineNumber()).isNull();
    assertThat(rejected.getRawFormat()).isEqualTo(RawFormat.AVRO_WIRE);
  }
}
