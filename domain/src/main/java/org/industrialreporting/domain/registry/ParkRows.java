package org.industrialreporting.domain.registry;

import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkLevel;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;
import org.industrialreporting.domain.validation.Registration;
import org.industrialreporting.domain.validation.Validated;
import org.industrialreporting.domain.validation.ValidationContext;

/**
 * Rows of the park registry file ({@code park_id, name, district_code, level, parent_park_id}) to {@link Park}
 * records. The parent may come later in the same file, so the loader decides which parks count as registered
 * (the registry and the parks of the same load) through the context.
 */
public final class ParkRows {

  /** The park, or every reason the row is refused; the parent's existence is not checked. */
  public Validated<Park> parse(RawRow row) {
    return parse(row, ValidationContext.unchecked());
  }

  /** The park, or every reason the row is refused; a parent named must be registered (per the context). */
  public Validated<Park> parse(RawRow row, ValidationContext context) {
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
    if (parent != null && Codes.checkParkId("parent_park_id", parent, reasons)) {
      if (parent.equals(parkId)) {
        reasons.add("parent_park_id", ReasonCode.INVALID_CHOICE,
            "parent_park_id '" + parent + "' is the park itself; leave it empty for a top-level park");
      } else if (context.park(parent) == Registration.NOT_REGISTERED) {
        reasons.add("parent_park_id", ReasonCode.UNKNOWN_PARK, "parent_park_id '" + parent + "' is neither in the"
            + " park registry nor a valid park of the same load; register the parent too or leave the cell empty");
      }
    }
    return Validated.of(reasons, () -> new Park(parkId, name, district, level, parent));
  }
}
