package org.industrialreporting.domain.report;

/**
 * The {@code revision} field of reports. The order of a report's revisions is their order on the topic's partition,
 * which every report of one enterprise (or park) shares: a later record for the same month is a correction. The
 * entry points (the intake and {@code submit}) leave the field {@link #UNNUMBERED}. A producer that numbers its
 * revisions itself, e.g. an ERP re-sending its exports, may set increasing numbers: a numbered record whose number
 * is not above the numbered report in force is then a stale resend, and changes nothing.
 */
public final class RevisionNumbers {

  /** The revision field of a report that leaves its order to the partition. */
  public static final long UNNUMBERED = 0;

  private RevisionNumbers() {
  }

  /**
   * Whether a report that comes after the one in force for its month is a stale resend rather than a correction.
   *
   * @param number the producer's number of the later report
   * @param keptNumber the producer's number of the report in force
   */
  public static boolean staleResend(long number, long keptNumber) {
    return number != UNNUMBERED && keptNumber != UNNUMBERED && number <= keptNumber;
  }
}
