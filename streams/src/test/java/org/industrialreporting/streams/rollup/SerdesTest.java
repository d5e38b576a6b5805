package org.industrialreporting.streams.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class SerdesTest {

  private final CellVectorSerde cells = new CellVectorSerde();
  private final ScopeUpdateSerde updates = new ScopeUpdateSerde();

  private static CellVector sample() {
    CellVector cell = new CellVector();
    cell.add(CellField.ENTERPRISES, 3);
    cell.add(CellField.PROFIT, -1_500_000_000_000L);
    cell.add(CellField.LAND_RECOVERED, Long.MAX_VALUE);
    cell.touch(1_790_000_000_000L);
    return cell;
  }

  @Test
  void cellVectorsRoundTrip() {
    assertThat(cells.deserialize("t", cells.serialize("t", sample()))).isEqualTo(sample());
    assertThat(cells.deserialize("t", cells.serialize("t", new CellVector()))).isEqualTo(new CellVector());
  }

  @Test
  void vectorsWrittenBeforeFieldsWereAddedReadWithZeros() {
    long[] shorter = new long[5];
    shorter[0] = 7;
    CellVector read = cells.deserialize("t", cells.serialize("t", new CellVector(shorter)));
    assertThat(read.get(CellField.ENTERPRISES)).isEqualTo(7);
    assertThat(read.get(CellField.UPDATED_AT)).isZero();
  }

  @Test
  void scopeUpdatesRoundTrip() {
    ScopeUpdate change = new ScopeUpdate.CellChange(YearMonth.of(2026, 12), sample());
    ScopeUpdate target = new ScopeUpdate.TargetChange(2026, "fiscal_revenue", 2_020_000_000L);
    ScopeUpdate removed = new ScopeUpdate.TargetChange(2027, "output_value", null);
    for (ScopeUpdate update : new ScopeUpdate[] {change, target, removed}) {
      assertThat(updates.deserialize("t", updates.serialize("t", update))).isEqualTo(update);
    }
  }

  @Test
  void foreignBytesFailClearly() {
    assertThatThrownBy(() -> cells.deserialize("cells", new byte[] {9, 1})).isInstanceOf(SerializationException.class)
        .hasMessageContaining("format byte 9");
    assertThatThrownBy(() -> updates.deserialize("updates", new byte[] {'X'})).hasMessageContaining("kind byte");
  }
}
