package org.industrialreporting.domain.validation;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.industrialreporting.avro.RejectedReport;

/** Builds the dead-letter record of a refused input: the original bytes, where they came from, every reason. */
public final class Rejections {

  private Rejections() {
  }

  /**
   * The refusal of a row, with its key (credit code, or park id of a park report) and period as far as readable.
   */
  public static RejectedReport of(RawRow row, List<Reason> reasons, Instant rejectedAt) {
    String key = row.text("credit_code") != null ? row.text("credit_code") : row.text("park_id");
    return of(row.origin(), key, row.text("period"), reasons, rejectedAt);
  }

  /**
   * The refusal of any input.
   *
   * @param key credit code or park id as far as it could be read, or null
   * @param period period as far as it could be read, or null
   */
  public static RejectedReport of(Origin origin, String key, String period, List<Reason> reasons, Instant rejectedAt) {
    return RejectedReport.newBuilder()
        .setSource(origin.source())
        .setOrigin(origin.location())
        .setLineNumber(origin.lineNumber())
        .setRawFormat(origin.rawFormat())
        .setRaw(ByteBuffer.wrap(origin.raw()))
        .setHeader(origin.header())
        .setCreditCode(key)
        .setPeriod(period)
        .setReasons(reasons.stream().map(Reason::toAvro).toList())
        .setRejectedAt(rejectedAt)
        .build();
  }
}
