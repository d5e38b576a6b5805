package org.industrialreporting.streams.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.industrialreporting.streams.cell.Months;
import org.junit.jupiter.api.Test;

class RevisionsTest {

  private static ReportMonth<String> kept(int revision, long offset, long claimed) {
    return new ReportMonth<>(Months.of(2026, 9), revision, offset, claimed, "attribution", new long[0]);
  }

  @Test
  void aLaterRecordOnThePartitionIsTheNextRevisionWhateverItsProducerNumber() {
    assertThat(Revisions.staleness(null, 0, 0)).isEmpty();
    assertThat(Revisions.staleness(kept(1, 10, 0), 11, 0)).isEmpty();
    // Producers that do not number their revisions send 0; one that did before and stops is not held to it.
    assertThat(Revisions.staleness(kept(1, 10, 5), 11, 0)).isEmpty();
    assertThat(Revisions.next(null)).isEqualTo(1);
    assertThat(Revisions.next(kept(3, 10, 0))).isEqualTo(4);
  }

  @Test
  void aRecordNotAfterTheReportInForceIsAReplay() {
    assertThat(Revisions.staleness(kept(2, 10, 0), 10, 0)).hasValueSatisfying(why ->
        assertThat(why).contains("2026-09", "revision 2", "offset 10", "offset 10,").contains("replayed"));
    assertThat(Revisions.staleness(kept(2, 10, 0), 3, 0)).isPresent();
  }

  @Test
  void aProducerNumberNotAboveTheReportInForceIsStale() {
    assertThat(Revisions.staleness(kept(1, 10, 7), 11, 7)).hasValueSatisfying(why ->
        assertThat(why).contains("revision 7", "not above revision 7"));
    assertThat(Revisions.staleness(kept(1, 10, 7), 11, 6)).isPresent();
    assertThat(Revisions.staleness(kept(1, 10, 7), 11, 8)).isEmpty();
  }
}
