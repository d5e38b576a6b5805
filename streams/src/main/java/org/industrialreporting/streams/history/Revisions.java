package org.industrialreporting.streams.history;

import java.util.Optional;
import org.industrialreporting.domain.report.RevisionNumbers;
import org.industrialreporting.streams.cell.Months;

/**
 * The order of a report's revisions: their order on the input partition, which all reports of one reporter share
 * (the topics are keyed by credit code or park id), never a host's clock. A record at or before the report in force
 * on the partition is stale — a replay, or a record processed again after a crash without exactly-once — and so is a
 * record whose producer numbered it (a non-zero {@code revision} field) at or below the number of the report in
 * force. Stale records change nothing and are refused with their reason.
 */
public final class Revisions {

  private Revisions() {
  }

  /**
   * Why a report is stale, or empty when it is the next revision of its month.
   *
   * @param kept    the report in force for the month, or null
   * @param offset  the new record's offset on its partition
   * @param claimed the revision number the producer gave it, 0 for none
   */
  public static Optional<String> staleness(ReportMonth<?> kept, long offset, long claimed) {
    if (kept == null) {
      return Optional.empty();
    }
    String month = Months.toYearMonth(kept.month()).toString();
    if (offset <= kept.offset()) {
      return Optional.of("the report in force for " + month + " (revision " + kept.revision() + ") is at offset "
          + kept.offset() + " of this partition and this record, at offset " + offset + ", is not after it: a"
          + " replayed or reprocessed record, which changes nothing");
    }
    if (RevisionNumbers.staleResend(claimed, kept.claimedRevision())) {
      return Optional.of("the producer numbered this report revision " + claimed + ", not above revision "
          + kept.claimedRevision() + " of the report in force for " + month + "; send a correction with a higher"
          + " number, or with 0 to let its place on the partition decide");
    }
    return Optional.empty();
  }

  /** The revision number of an accepted report: one more than the report it replaces. */
  public static int next(ReportMonth<?> kept) {
    return kept == null ? 1 : kept.revision() + 1;
  }
}
