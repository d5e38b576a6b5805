package org.industrialreporting.streams.rollup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.industrialreporting.streams.anomaly.AlertMark;
import org.industrialreporting.streams.cell.Cell;
import org.industrialreporting.streams.cell.CellCodec;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.cell.Scope;
import org.industrialreporting.streams.state.Wire;

/**
 * Keys and values of the rollup stage's stores, in the wire format of {@link Wire}, layout {@value #LAYOUT}.
 *
 * <pre>
 * scope-cells-store   key  D|330411|2026-09 (P| for a park, T| for a town, I| for an industry: T|330411|王店镇|2026-09)
 *                     value  1 layout  2 last change (the task's change sequence)  3 updated_at (epoch ms)
 *                            16 and up: the figures (see CellFigure)
 * scope-years-store   key  D|330411|2026
 *                     value  1 layout  2 targets' last change  3 target (group: 1 indicator  2 target, repeated)
 *                            4 alert (group: 1 alert_id  2 month  3 open  4 revision  5 a swing's basis, repeated;
 *                              see AlertMark)
 * </pre>
 */
final class ScopeStateCodec {

  static final int LAYOUT = 1;

  private ScopeStateCodec() {
  }

  /** A month's cell as stored, with the change sequence at which it last changed. */
  record StoredCell(Cell cell, long lastChange) {
  }

  /** A year's targets and alert marks as stored. */
  record StoredYear(Map<String, Long> targets, long targetsChange, List<AlertMark> alerts) {
  }

  static String cellKey(Scope scope, int month) {
    return scope.key() + '|' + Months.toYearMonth(month);
  }

  static String yearKey(Scope scope, int year) {
    return scope.key() + '|' + year;
  }

  /** The scope of a cell or year key. */
  static Scope scopeOf(String key) {
    int last = key.lastIndexOf('|');
    if (key.length() < 3 || key.charAt(1) != '|' || last < 2) {
      throw new IllegalArgumentException("Not a rollup stage key: '" + key + "'");
    }
    try {
      return new Scope(Scope.typeOfKeyLetter(key.charAt(0)), key.substring(2, last));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a rollup stage key: '" + key + "'", e);
    }
  }

  /** The month of a cell key. */
  static int monthOf(String cellKey) {
    return Months.parse(cellKey.substring(cellKey.lastIndexOf('|') + 1));
  }

  /** The year of a year key. */
  static int yearOf(String yearKey) {
    return Integer.parseInt(yearKey.substring(yearKey.lastIndexOf('|') + 1));
  }

  static Serde<StoredCell> cells() {
    Serializer<StoredCell> serializer = (topic, stored) -> stored == null ? null : Wire.encode(out -> {
      out.int64(Wire.LAYOUT, LAYOUT).int64(2, stored.lastChange()).int64(3, stored.cell().updatedAt());
      CellCodec.writeFigures(out, stored.cell());
    });
    Deserializer<StoredCell> deserializer = (topic, data) -> {
      if (data == null) {
        return null;
      }
      try {
        Wire.Reader in = Wire.read(data);
        in.layout("A rollup cell", LAYOUT);
        Cell cell = new Cell();
        long lastChange = 0;
        for (int field = in.next(); field != 0; field = in.next()) {
          switch (field) {
            case 2 -> lastChange = in.int64();
            case 3 -> cell.touch(in.int64());
            default -> CellCodec.readFigure(in, field, cell, "A rollup cell");
          }
        }
        return new StoredCell(cell, lastChange);
      } catch (IOException e) {
        throw new SerializationException("A rollup cell on " + topic + " cannot be read: " + e.getMessage(), e);
      }
    };
    return Serdes.serdeFrom(serializer, deserializer);
  }

  static Serde<StoredYear> years() {
    Serializer<StoredYear> serializer = (topic, stored) -> stored == null ? null : Wire.encode(out -> {
      out.int64(Wire.LAYOUT, LAYOUT).int64(2, stored.targetsChange());
      for (Map.Entry<String, Long> target : stored.targets().entrySet()) {
        out.startGroup(3).string(1, target.getKey()).optionalInt64(2, target.getValue()).endGroup(3);
      }
      for (AlertMark mark : stored.alerts()) {
        mark.write(out, 4);
      }
    });
    Deserializer<StoredYear> deserializer = (topic, data) -> {
      if (data == null) {
        return null;
      }
      try {
        Wire.Reader in = Wire.read(data);
        in.layout("A rollup year", LAYOUT);
        Map<String, Long> targets = new TreeMap<>();
        List<AlertMark> alerts = new ArrayList<>();
        long targetsChange = 0;
        for (int field = in.next(); field != 0; field = in.next()) {
          switch (field) {
            case 2 -> targetsChange = in.int64();
            case 3 -> {
              in.group();
              String indicator = null;
              long target = 0;
              for (int f = in.next(); f != 0; f = in.next()) {
                switch (f) {
                  case 1 -> indicator = in.string();
                  case 2 -> target = in.int64();
                  default -> throw in.unknown("A rollup year's target");
                }
              }
              targets.put(indicator, target);
            }
            case 4 -> alerts.add(AlertMark.read(in, "A rollup year"));
            default -> throw in.unknown("A rollup year");
          }
        }
        return new StoredYear(targets, targetsChange, alerts);
      } catch (IOException e) {
        throw new SerializationException("A rollup year on " + topic + " cannot be read: " + e.getMessage(), e);
      }
    };
    return Serdes.serdeFrom(serializer, deserializer);
  }
}
