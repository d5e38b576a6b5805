package org.industrialreporting.producers.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.producers.submission.RowResult;

/**
 * The answer to a submission request, sent once every published record is acknowledged: one result per row in
 * the order of the body. Accepted rows are published even when others of the request are rejected.
 *
 * @param outcome {@code ACCEPTED} (every row), {@code PARTLY_REJECTED} or {@code REJECTED} (every row)
 * @param published whether the accepted rows were published (and the rejected ones dead-lettered): false for a
 *     dry run
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record IntakeResponse(
    @JsonProperty("request_id") String requestId,
    @JsonProperty("kind") String kind,
    @JsonProperty("outcome") String outcome,
    @JsonProperty("rows") int rows,
    @JsonProperty("accepted") int accepted,
    @JsonProperty("rejected") int rejected,
    @JsonProperty("accepted_rows_published") boolean published,
    @JsonProperty("results") List<Row> results) {

  /** The result of one row. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Row(
      @JsonProperty("item") String item,
      @JsonProperty("line") Long line,
      @JsonProperty("status") String status,
      @JsonProperty("key") String key,
      @JsonProperty("period") String period,
      @JsonProperty("reasons") List<RowReason> reasons) {
  }

  /** One reason a row was rejected, as on the dead-letter topic. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RowReason(@JsonProperty("field") String field, @JsonProperty("code") String code,
      @JsonProperty("message") String message) {
  }

  static IntakeResponse of(String requestId, String kind, List<RowResult> results, boolean published) {
    int accepted = (int) results.stream().filter(RowResult::accepted).count();
    int rejected = results.size() - accepted;
    String outcome = rejected == 0 ? "ACCEPTED" : accepted == 0 ? "REJECTED" : "PARTLY_REJECTED";
    return new IntakeResponse(requestId, kind, outcome, results.size(), accepted, rejected, published,
        results.stream().map(IntakeResponse::row).toList());
  }

  /** 200 when every row was accepted, 422 when any was rejected. */
  int status() {
    return rejected == 0 ? 200 : 422;
  }

  private static Row row(RowResult result) {
    return new Row(result.origin().location(), result.origin().lineNumber(),
        result.accepted() ? "ACCEPTED" : "REJECTED", result.key(), result.period(),
        result.accepted() ? null : result.reasons().stream().map(IntakeResponse::reason).toList());
  }

  private static RowReason reason(Reason reason) {
    return new RowReason(reason.field(), reason.code().name(), reason.message());
  }
}
