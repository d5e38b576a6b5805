package org.industrialreporting.streams.anomaly;

import java.io.IOException;
import org.industrialreporting.streams.state.Wire;

/**
 * That an alert of an enterprise or scope exists, and its state as of its latest record: so that a re-evaluation that
 * finds nothing where no alert is open needs no further look-up, and the full records (kept in an alerts store) are
 * read only when an alert opens, changes or clears.
 *
 * <p>On the wire, a group of {@code 1 alert_id  3 open  4 revision  5 basis} (2 is not used; 5 is a group, see
 * {@link SwingBasis}, absent on enterprise alerts and on marks written before it existed).
 *
 * @param alertId  the alert's id, which names its scope, month or year and kind
 * @param open     whether its latest record is OPEN (else CLEARED)
 * @param revision the revision of its latest record
 * @param basis    for a rollup swing, what its month was last judged on; null otherwise or when not known
 */
public record AlertMark(String alertId, boolean open, int revision, SwingBasis basis) {

  public AlertMark(String alertId, boolean open, int revision) {
    this(alertId, open, revision, null);
  }

  /** This mark, last judged on {@code judged}. */
  public AlertMark judgedOn(SwingBasis judged) {
    return new AlertMark(alertId, open, revision, judged);
  }

  /** Writes the mark as a group in {@code field}. */
  public void write(Wire.Writer out, int field) throws IOException {
    out.startGroup(field).string(1, alertId).bool(3, open).int64(4, revision);
    if (basis != null) {
      basis.write(out, 5);
    }
    out.endGroup(field);
  }

  /** Reads a mark from the group just announced by {@link Wire.Reader#next()}. */
  public static AlertMark read(Wire.Reader in, String what) throws IOException {
    in.group();
    String id = null;
    boolean open = false;
    int revision = 0;
    SwingBasis basis = null;
    for (int field = in.next(); field != 0; field = in.next()) {
      switch (field) {
        case 1 -> id = in.string();
        case 3 -> open = in.bool();
        case 4 -> revision = in.int32();
        case 5 -> basis = SwingBasis.read(in, what + " alert");
        default -> throw in.unknown(what + " alert");
      }
    }
    return new AlertMark(id, open, revision, basis);
  }
}
