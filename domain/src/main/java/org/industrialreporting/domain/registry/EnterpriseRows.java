package org.industrialreporting.domain.registry;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.EnterpriseTag;
import org.industrialreporting.domain.creditcode.CreditCodeRule;
import org.industrialreporting.domain.indicator.Unit;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;
import org.industrialreporting.domain.validation.Registration;
import org.industrialreporting.domain.validation.Validated;
import org.industrialreporting.domain.validation.ValidationContext;

/**
 * Rows of the enterprise registry file ({@code credit_code, name, district_code, park_id, town, industry_code,
 * tags, above_scale, above_scale_by_year, key_energy_user, land_area_mu, energy_budget_tce}) to {@link Enterprise}
 * records. Empty
 * cells mean "not set": no park, town, tags, land or budget, and N for the flags.
 */
public final class EnterpriseRows {

  private final CreditCodeRule creditCodes;

  public EnterpriseRows(CreditCodeRule creditCodes) {
    this.creditCodes = creditCodes;
  }

  /** The enterprise, or every reason the row is refused; a park named must be registered (per the context). */
  public Validated<Enterprise> parse(RawRow row, ValidationContext context) {
    Reasons reasons = Reasons.forRow(row);
    if (!row.readable()) {
      return Validated.invalid(reasons.list());
    }
    String creditCode = row.required("credit_code", reasons);
    if (creditCode != null) {
      creditCodes.check("credit_code", creditCode, reasons);
    }
    String name = Cells.text("name", row.required("name", reasons), reasons);
    String district = row.required("district_code", reasons);
    if (district != null) {
      Codes.checkDistrictCode("district_code", district, reasons);
    }
    String parkId = row.text("park_id");
    if (parkId != null && Codes.checkParkId("park_id", parkId, reasons)
        && context.park(parkId) == Registration.NOT_REGISTERED) {
      reasons.add("park_id", ReasonCode.UNKNOWN_PARK, "park_id '" + parkId + "' is not in the park registry;"
          + " register the park first or leave the cell empty");
    }
    String town = Cells.text("town", row.text("town"), reasons);
    String industry = row.required("industry_code", reasons);
    if (industry != null) {
      Codes.checkIndustryCode("industry_code", industry, reasons);
    }
    List<EnterpriseTag> tags = tags(row.text("tags"), reasons);
    boolean aboveScale = Cells.flag("above_scale", row.text("above_scale"), reasons);
    Map<String, Boolean> aboveScaleByYear = AboveScale.parse("above_scale_by_year", row.text("above_scale_by_year"),
        reasons);
    boolean keyEnergyUser = Cells.flag("key_energy_user", row.text("key_energy_user"), reasons);
    Long land = optionalAmount(row, "land_area_mu", Unit.MU, reasons);
    Long budget = optionalAmount(row, "energy_budget_tce", Unit.TCE, reasons);
    return Validated.of(reasons, () -> Enterprise.newBuilder()
        .setCreditCode(creditCode).setName(name).setDistrictCode(district).setParkId(parkId).setTown(town)
        .setIndustryCode(industry).setTags(tags).setAboveScale(aboveScale)
        .setAboveScaleByYear(aboveScaleByYear).setKeyEnergyUser(keyEnergyUser)
        .setLandAreaCentimu(land).setEnergyBudgetKgce(budget)
        .build());
  }

  /** The {@code ;}-separated tags in a fixed order; each must be an EnterpriseTag name, given once. */
  private static List<EnterpriseTag> tags(String text, Reasons reasons) {
    Set<EnterpriseTag> tags = EnumSet.noneOf(EnterpriseTag.class);
    if (text == null) {
      return List.of();
    }
    for (String part : text.split(";", -1)) {
      Optional<EnterpriseTag> tag = Cells.choice("tags", part.strip(), EnterpriseTag.class, reasons);
      if (tag.isPresent() && !tags.add(tag.get())) {
        reasons.add("tags", ReasonCode.INVALID_CHOICE, "tags '" + text + "' names " + tag.get() + " twice");
      }
    }
    return new ArrayList<>(tags);
  }

  private static Long optionalAmount(RawRow row, String field, Unit unit, Reasons reasons) {
    String text = row.text(field);
    if (text == null) {
      return null;
    }
    var value = unit.parse(field, text, false, reasons);
    return value.isPresent() ? value.getAsLong() : null;
  }
}
