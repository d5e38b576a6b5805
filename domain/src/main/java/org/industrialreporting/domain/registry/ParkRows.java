package org.industrialreporting.domain.registry;

import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkLevel;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;
import org.industrialreporting.domain.validation.Validated;

/**
 * Rows of the park registry file ({@code park_id, name, district_code, level, parent_park_id}) to {@link Park}
 * records. The parent may come later in the same file, so its existence is left to the loader.
 */
public final class ParkRows {

  /** The park, or every reason the row is refused. */
  public Validated<Park> parse(RawRow row) {
    Reasons reasons = Reasons.forRow(row);
    if (!row.readable()) {
      return Validated.invalid(reasons.list());
    }
    String parkId = row.required("park_id", reasons);
    if (parkId != null) {
      Codes.checkParkId("park_id", parkId, reasons);
    }
    String name = Cells.text("name", row.required("name", reasons), reasons);
    String district = row.required("district_code", reasons);
    if (district != null) {
      Codes.checkDistrictCode("district_code", district, reasons);
    }
    String levelText = row.required("level", reasons);
    ParkLevel level = levelText == null ? null
        : Cells.choice("level", levelText, ParkLevel.class, reasons).orElse(null);
    String parent = row.text("parent_park_id");
    if (parent != null && Codes.checkParkId("parent_park_id", parent, reasons) && parent.equals(parkId)) {
      reasons.add("parent_park_id", ReasonCode.INVALID_CHOICE,
          "parent_park_id '" + parent + "' is the park itself; leave it empty for a top-level park");
    }
    return Validated.of(reasons, () -> new Park(parkId, name, district, level, parent));
  }
}
