package org.industrialreporting.streams.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import org.industrialreporting.streams.state.Wire;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void readsBackAsWritten() {
    Progress progress = new Progress(42, 40, 2026);
    byte[] bytes = Progress.serde().serializer().serialize("t", progress);

    assertThat(Progress.serde().deserializer().deserialize("t", bytes)).isEqualTo(progress);
  }

  @Test
  void progressWrittenBeforeTheLatestYearWasKeptReadsWithoutIt() {
    byte[] before = Wire.encode(out -> out.int64(Wire.LAYOUT, Progress.LAYOUT).int64(2, 42).int64(3, 40));

    assertThat(Progress.serde().deserializer().deserialize("t", before))
        .isEqualTo(new Progress(42, 40, Progress.NO_YEAR));
  }
}
