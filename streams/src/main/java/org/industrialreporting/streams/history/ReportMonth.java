package org.industrialreporting.streams.history;

import java.util.Arrays;

/**
 * The report in force for one reporter (enterprise or park) and month, as the streams application keeps it: its
 * figures in stored units, where it was counted ({@code attribution}), and where it stands among the revisions of
 * that month.
 *
 * @param <A> what the registry said of the reporter when the report was attributed
 */
public final class ReportMonth<A> {

  private final int month;
  private final int revision;
  private final long offset;
  private final long claimedRevision;
  private final A attribution;
  private final long[] figures;

  /**
   * @param month           the period, see {@link org.industrialreporting.streams.cell.Months}
   * @param revision        1 for the first accepted report of the month, one more for each accepted correction
   * @param offset          the report's offset on its input partition: a later record there is a later revision
   * @param claimedRevision the revision number the producer gave the report, 0 when it gave none
   * @param figures         the report's figures by the ordinal of the indicator enum (in memory only)
   */
  public ReportMonth(int month, int revision, long offset, long claimedRevision, A attribution, long[] figures) {
    this.month = month;
    this.revision = revision;
    this.offset = offset;
    this.claimedRevision = claimedRevision;
    this.attribution = attribution;
    this.figures = figures;
  }

  public int month() {
    return month;
  }

  public int revision() {
    return revision;
  }

  public long offset() {
    return offset;
  }

  public long claimedRevision() {
    return claimedRevision;
  }

  public A attribution() {
    return attribution;
  }

  /** The figure of the indicator with this ordinal. */
  public long figure(int ordinal) {
    return figures[ordinal];
  }

  long[] figures() {
    return figures;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportMonth<?> other && month == other.month && revision == other.revision
        && offset == other.offset && claimedRevision == other.claimedRevision
        && attribution.equals(other.attribution) && Arrays.equals(figures, other.figures);
  }

  @Override
  public int hashCode() {
    return (month * 31 + revision) * 31 + Arrays.hashCode(figures);
  }

  @Override
  public String toString() {
    return "ReportMonth{" + org.industrialreporting.streams.cell.Months.toYearMonth(month) + " r" + revision + " @"
        + offset + " " + attribution + " " + Arrays.toString(figures) + '}';
  }
}
