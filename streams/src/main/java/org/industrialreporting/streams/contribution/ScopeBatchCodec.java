package org.industrialreporting.streams.contribution;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.industrialreporting.streams.cell.Cell;
import org.industrialreporting.streams.cell.CellCodec;
import org.industrialreporting.streams.cell.Scope;
import org.industrialreporting.streams.state.Wire;

/**
 * {@link ScopeBatch}es on the internal {@code scope-updates} topic, in the wire format of {@link Wire}, layout
 * {@value #LAYOUT}:
 *
 * <pre>
 * 1 layout   2 cell change (group, repeated)   3 target change (group, repeated)   4 bucket
 *
 * cell change:    1 scope type (1 district, 2 park, 3 town, 4 industry)  2 scope id  3 month (see Months)
 *                 4 updated_at (epoch ms)
 *                 16 and up: the change of each figure that changed (see CellFigure)
 * target change:  1 scope type  2 scope id  3 year  4 indicator  5 target (absent: the target was removed)
 * </pre>
 */
public final class ScopeBatchCodec implements Serde<ScopeBatch>, Serializer<ScopeBatch>, Deserializer<ScopeBatch> {

  public static final int LAYOUT = 1;

  private static final int CELL = 2;
  private static final int TARGET = 3;
  private static final int BUCKET = 4;
  private static final String WHAT = "A scope update";

  @Override
  public byte[] serialize(String topic, ScopeBatch batch) {
    if (batch == null) {
      return null;
    }
    return Wire.encode(out -> {
      out.int64(Wire.LAYOUT, LAYOUT).int64(BUCKET, batch.bucket());
      for (ScopeBatch.CellChange change : batch.cells()) {
        out.startGroup(CELL).int64(1, Scope.typeNumber(change.scope().type())).string(2, change.scope().id())
            .int64(3, change.month()).int64(4, change.change().updatedAt());
        CellCodec.writeFigures(out, change.change());
        out.endGroup(CELL);
      }
      for (ScopeBatch.TargetChange target : batch.targets()) {
        out.startGroup(TARGET).int64(1, Scope.typeNumber(target.scope().type())).string(2, target.scope().id())
            .int64(3, target.year()).string(4, target.indicator()).optionalInt64(5, target.target())
            .endGroup(TARGET);
      }
    });
  }

  @Override
  public ScopeBatch deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    try {
      Wire.Reader in = Wire.read(data);
      in.layout(WHAT, LAYOUT);
      int bucket = 0;
      List<ScopeBatch.CellChange> cells = new ArrayList<>();
      List<ScopeBatch.TargetChange> targets = new ArrayList<>();
      for (int field = in.next(); field != 0; field = in.next()) {
        switch (field) {
          case BUCKET -> bucket = in.int32();
          case CELL -> {
            in.group();
            cells.add(readCell(in));
          }
          case TARGET -> {
            in.group();
            targets.add(readTarget(in));
          }
          default -> throw in.unknown(WHAT);
        }
      }
      return new ScopeBatch(bucket, cells, targets);
    } catch (IOException | IllegalArgumentException e) {
      throw new SerializationException(WHAT + " on " + topic + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static ScopeBatch.CellChange readCell(Wire.Reader in) throws IOException {
    int type = 0;
    String id = null;
    int month = 0;
    Cell change = new Cell();
    for (int field = in.next(); field != 0; field = in.next()) {
      switch (field) {
        case 1 -> type = in.int32();
        case 2 -> id = in.string();
        case 3 -> month = in.int32();
        case 4 -> change.touch(in.int64());
        default -> CellCodec.readFigure(in, field, change, WHAT + " cell change");
      }
    }
    return new ScopeBatch.CellChange(new Scope(Scope.typeOf(type), id), month, change);
  }

  private static ScopeBatch.TargetChange readTarget(Wire.Reader in) throws IOException {
    int type = 0;
    String id = null;
    int year = 0;
    String indicator = null;
    Long target = null;
    for (int field = in.next(); field != 0; field = in.next()) {
      switch (field) {
        case 1 -> type = in.int32();
        case 2 -> id = in.string();
        case 3 -> year = in.int32();
        case 4 -> indicator = in.string();
        case 5 -> target = in.int64();
        default -> throw in.unknown(WHAT + " target change");
      }
    }
    return new ScopeBatch.TargetChange(new Scope(Scope.typeOf(type), id), year, indicator, target);
  }

  @Override
  public Serializer<ScopeBatch> serializer() {
    return this;
  }

  @Override
  public Deserializer<ScopeBatch> deserializer() {
    return this;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
  }

  @Override
  public void close() {
  }
}
