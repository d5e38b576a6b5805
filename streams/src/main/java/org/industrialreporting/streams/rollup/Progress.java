package org.industrialreporting.streams.rollup;

import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.industrialreporting.streams.state.Wire;

/**
 * A rollup task's progress, kept at every commit: the change sequence so far, up to which change every change has
 * reached a written rollup, and the latest year any of its cells is in. After a restart, the cells changed after
 * that are looked up and their rollups written again, so that a rollup pending when the application stopped is not
 * lost.
 *
 * <p>Stored under {@value #KEY} in the rollup stage's progress store, layout {@value #LAYOUT}:
 * {@code 1 layout  2 sequence  3 written through  4 latest year with a cell} (absent: none, or not recorded by the
 * version that wrote it).
 *
 * @param latestCellYear the latest year of the task's cells, {@link #NO_YEAR} when it has none or it is not known
 */
record Progress(long sequence, long writtenThrough, int latestCellYear) {

  static final int NO_YEAR = 0;

  static final String KEY = "progress";
  static final int LAYOUT = 1;

  static Serde<Progress> serde() {
    return Serdes.serdeFrom(
        (topic, progress) -> progress == null ? null : Wire.encode(out -> out.int64(Wire.LAYOUT, LAYOUT)
            .int64(2, progress.sequence()).int64(3, progress.writtenThrough()).int64(4, progress.latestCellYear())),
        (topic, data) -> {
          if (data == null) {
            return null;
          }
          try {
            Wire.Reader in = Wire.read(data);
            in.layout("A rollup task's progress", LAYOUT);
            long sequence = 0;
            long through = 0;
            int latestCellYear = NO_YEAR;
            for (int field = in.next(); field != 0; field = in.next()) {
              switch (field) {
                case 2 -> sequence = in.int64();
                case 3 -> through = in.int64();
                case 4 -> latestCellYear = Math.toIntExact(in.int64());
                default -> throw in.unknown("A rollup task's progress");
              }
            }
            return new Progress(sequence, through, latestCellYear);
          } catch (IOException e) {
            throw new SerializationException("A rollup task's progress cannot be read: " + e.getMessage(), e);
          }
        });
  }
}
