package org.industrialreporting.streams.anomaly;

import java.io.IOException;
import org.industrialreporting.avro.ClearReason;
import org.industrialreporting.streams.cell.CellFigure;
import org.industrialreporting.streams.state.Wire;

/**
 * What a district's or park's month was last judged on for swings, kept on the mark of its open ROLLUP_SWING alert
 * ({@link AlertMark}): when a later judgement no longer finds the swing, what changed since says why the alert is
 * cleared. The rollup stage sees only sums of cell changes, so the counts are what tell the causes apart: a
 * correction raises the corrections in force ({@link CellFigure#CORRECTIONS}) or moves reporters away, a first report
 * adds a reporter, time passing completes earlier months, and a judgement on the same figures that finds otherwise
 * can only have had other rules.
 *
 * <p>On the wire, a group of {@code 1 corrections  2 reporters  3 earlier reporters  4 complete months}.
 *
 * @param corrections      the corrections in force in the month and the months of its history, summed
 * @param reporters        the month's reporting enterprises
 * @param earlierReporters the reporting enterprises of the months of its history, summed
 * @param completeMonths   which months of its history were complete: bit k for the month k + 1 months before
 */
public record SwingBasis(long corrections, long reporters, long earlierReporters, long completeMonths) {

  /** Why an alert judged on this basis is cleared by a judgement on {@code now}. */
  public ClearReason whyCleared(SwingBasis now) {
    if (now.corrections != corrections || now.reporters < reporters || now.earlierReporters < earlierReporters) {
      return ClearReason.CORRECTION;
    }
    if (now.reporters > reporters) {
      return ClearReason.MONTH_COMPLETED;
    }
    if (now.earlierReporters > earlierReporters || now.completeMonths != completeMonths) {
      return ClearReason.LATER_MONTHS;
    }
    return ClearReason.RULE_CHANGE;
  }

  void write(Wire.Writer out, int field) throws IOException {
    out.startGroup(field).int64(1, corrections).int64(2, reporters).int64(3, earlierReporters)
        .int64(4, completeMonths).endGroup(field);
  }

  /** Reads a basis from the group just announced by {@link Wire.Reader#next()}. */
  static SwingBasis read(Wire.Reader in, String what) throws IOException {
    in.group();
    long corrections = 0;
    long reporters = 0;
    long earlierReporters = 0;
    long completeMonths = 0;
    for (int field = in.next(); field != 0; field = in.next()) {
      switch (field) {
        case 1 -> corrections = in.int64();
        case 2 -> reporters = in.int64();
        case 3 -> earlierReporters = in.int64();
        case 4 -> completeMonths = in.int64();
        default -> throw in.unknown(what + " swing basis");
      }
    }
    return new SwingBasis(corrections, reporters, earlierReporters, completeMonths);
  }
}
