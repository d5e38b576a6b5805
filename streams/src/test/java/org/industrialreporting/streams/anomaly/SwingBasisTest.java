package org.industrialreporting.streams.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import org.industrialreporting.avro.ClearReason;
import org.junit.jupiter.api.Test;

/** Why a swing no longer found is cleared, from what its month was judged on then and now. */
class SwingBasisTest {

  /** Judged on: 3 corrections in the window, 40 reporters in the month, 900 before it, 24 complete months. */
  private static final SwingBasis THEN = new SwingBasis(3, 40, 900, 0xFF_FFFFL);

  @Test
  void aCorrectionInTheMonthOrItsHistoryIsACorrectionWhateverElseCameIn() {
    assertThat(THEN.whyCleared(new SwingBasis(4, 40, 900, 0xFF_FFFFL))).isEqualTo(ClearReason.CORRECTION);
    assertThat(THEN.whyCleared(new SwingBasis(4, 42, 930, 0xFF_FFFFL))).isEqualTo(ClearReason.CORRECTION);
  }

  @Test
  void reportersMovedAwayByACorrectionAreACorrection() {
    // A correction moving its report to another scope takes its corrections with it: fewer may remain.
    assertThat(THEN.whyCleared(new SwingBasis(1, 39, 900, 0xFF_FFFFL))).isEqualTo(ClearReason.CORRECTION);
    assertThat(THEN.whyCleared(new SwingBasis(3, 40, 899, 0xFF_FFFFL))).isEqualTo(ClearReason.CORRECTION);
  }

  @Test
  void moreReportsOfTheMonthItselfCompleteIt() {
    assertThat(THEN.whyCleared(new SwingBasis(3, 41, 900, 0xFF_FFFFL))).isEqualTo(ClearReason.MONTH_COMPLETED);
    assertThat(THEN.whyCleared(new SwingBasis(3, 41, 905, 0xFF_FFFFL))).isEqualTo(ClearReason.MONTH_COMPLETED);
  }

  @Test
  void reportsOrCompletenessOfEarlierMonthsAreMonthsReportedSince() {
    assertThat(THEN.whyCleared(new SwingBasis(3, 40, 901, 0xFF_FFFFL))).isEqualTo(ClearReason.LATER_MONTHS);
    // The deadline of a month of its history passed: that month now counts.
    SwingBasis withAnIncompleteMonth = new SwingBasis(3, 40, 900, 0xFF_FFFEL);
    assertThat(withAnIncompleteMonth.whyCleared(THEN)).isEqualTo(ClearReason.LATER_MONTHS);
  }

  @Test
  void theSameFiguresJudgedOtherwiseAreARuleChange() {
    assertThat(THEN.whyCleared(new SwingBasis(3, 40, 900, 0xFF_FFFFL))).isEqualTo(ClearReason.RULE_CHANGE);
  }
}
