package org.industrialreporting.producers.submission;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.industrialreporting.avro.RejectedReport;
import org.industrialreporting.domain.files.FileKind;
import org.industrialreporting.domain.report.SubmissionStamp;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.Rejections;
import org.industrialreporting.producers.publish.RecordSink;

/**
 * One submission's rows, one at a time, the same for {@code submit}, {@code register} and the HTTP intake: each
 * row is validated by the domain's rules and the submitter's permission, an accepted row is sent to its topic, a
 * refused one to the dead-letter topic ({@code indicator-reports-rejected}) with its raw bytes and every reason.
 * A later row for the same enterprise and month is a correction: reports keep the order they are sent in on their
 * partition, which decides (see {@code RevisionNumbers}). Nothing is acknowledged until the caller awaits the sink. Not thread-safe.
 */
public final class Submission {

  private final InputRules rules;
  private final SubmissionContext context;
  private final Permission permission;
  private final RecordSink sink;
  private final Clock clock;

  public Submission(InputRules rules, SubmissionContext context, Permission permission, RecordSink sink,
      Clock clock) {
    this.rules = rules;
    this.context = context;
    this.permission = permission;
    this.sink = sink;
    this.clock = clock;
  }

  /** Validates the row of the given kind and sends it on; the result says what became of it. */
  public RowResult submit(FileKind kind, RawRow row) {
    String label = row.origin().location();
    Outcome outcome = rules.check(kind, row, () -> stamp(row), context);
    Optional<Reason> refusal = permission.refusal(kind, row);
    if (outcome instanceof Outcome.Accepted accepted && refusal.isEmpty()) {
      accepted.publication().sendTo(sink, label);
      context.accepted(accepted.publication().value());
      return new RowResult(row.origin(), kind, accepted.publication().key(), accepted.period(), List.of());
    }
    List<Reason> reasons = new ArrayList<>();
    if (outcome instanceof Outcome.Rejected rejected) {
      reasons.addAll(rejected.reasons());
    }
    refusal.ifPresent(reasons::add);
    RejectedReport deadLetter = Rejections.of(row, reasons, clock.instant());
    sink.send(rules.topics().rejectedReports(), deadLetter.getCreditCode(), deadLetter, label);
    return new RowResult(row.origin(), kind, InputRules.subject(kind, row), row.text("period"), reasons);
  }

  /** Registers the parks a load of park rows will accept, so that rows may name parents that come later. */
  public void prepareParkLoad(Iterable<RawRow> parkRows) {
    context.addParksOfLoad(ParkLoad.resolvable(parkRows, rules.parks(), context));
  }

  public SubmissionContext context() {
    return context;
  }

  public RecordSink sink() {
    return sink;
  }

  private SubmissionStamp stamp(RawRow row) {
    Instant now = clock.instant();
    return new SubmissionStamp(now, row.origin().describe());
  }
}
