package org.industrialreporting.streams.anomaly;

import java.io.IOException;
import org.industrialreporting.streams.state.Wire;

/**
 * That an alert of an enterprise or scope exists, and its state as of its latest record: so that a re-evaluation that
 * finds nothing for a month with no open alert needs no further look-up, and the full records (kept in an alerts
 * store) are read only when an alert opens, changes or clears.
 *
 * <p>On the wire, a group of {@code 1 alert_id  2 month  3 open  4 revision}.
 *
 * @param alertId  the alert's id
 * @param month    the month it is about, see {@link org.industrialreporting.streams.cell.Months}
 * @param open     whether its latest record is OPEN (else CLEARED)
 * @param revision the revision of its latest record
 */
public record AlertMark(String alertId, int month, boolean open, int revision) {

  /** Writes the mark as a group in {@code field}. */
  public void write(Wire.Writer out, int field) throws IOException {
    out.startGroup(field).string(1, alertId).int64(2, month).bool(3, open).int64(4, revision).endGroup(field);
  }

  /** Reads a mark from the group just announced by {@link Wire.Reader#next()}. */
  public static AlertMark read(Wire.Reader in, String what) throws IOException {
    in.group();
    String id = null;
    int month = 0;
    boolean open = false;
    int revision = 0;
    for (int field = in.next(); field != 0; field = in.next()) {
      switch (field) {
        case 1 -> id = in.string();
        case 2 -> month = in.int32();
        case 3 -> open = in.bool();
        case 4 -> revision = in.int32();
        default -> throw in.unknown(what + " alert");
      }
    }
    return new AlertMark(id, month, open, revision);
  }
}
