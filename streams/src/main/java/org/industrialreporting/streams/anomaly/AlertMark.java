package org.industrialreporting.streams.anomaly;

import java.io.IOException;
import org.industrialreporting.streams.state.Wire;

/**
 * That an alert of an enterprise or scope exists, and its state as of its latest record: so that a re-evaluation that
 * finds nothing where no alert is open needs no further look-up, and the full records (kept in an alerts store) are
 * read only when an alert opens, changes or clears.
 *
 * <p>On the wire, a group of {@code 1 alert_id  3 open  4 revision} (2 is not used).
 *
 * @param alertId  the alert's id, which names its scope, month or year and kind
 * @param open     whether its latest record is OPEN (else CLEARED)
 * @param revision the revision of its latest record
 */
public record AlertMark(String alertId, boolean open, int revision) {

  /** Writes the mark as a group in {@code field}. */
  public void write(Wire.Writer out, int field) throws IOException {
    out.startGroup(field).string(1, alertId).bool(3, open).int64(4, revision).endGroup(field);
  }

  /** Reads a mark from the group just announced by {@link Wire.Reader#next()}. */
  public static AlertMark read(Wire.Reader in, String what) throws IOException {
    in.group();
    String id = null;
    boolean open = false;
    int revision = 0;
    for (int field = in.next(); field != 0; field = in.next()) {
      switch (field) {
        case 1 -> id = in.string();
        case 3 -> open = in.bool();
        case 4 -> revision = in.int32();
        default -> throw in.unknown(what + " alert");
      }
    }
    return new AlertMark(id, open, revision);
  }
}
