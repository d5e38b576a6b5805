package org.industrialreporting.domain.registry;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Target;
import org.industrialreporting.domain.indicator.Indicator;
import org.industrialreporting.domain.period.PeriodRule;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;
import org.industrialreporting.domain.validation.Registration;
import org.industrialreporting.domain.validation.Validated;
import org.industrialreporting.domain.validation.ValidationContext;

/**
 * Rows of the targets file ({@code scope_type, scope_id, year, indicator, target}) to {@link Target} records.
 * The indicator is a field name of the submission or park report, and the target is given in that field's
 * submission unit (e.g. thousand yuan) and stored in its stored unit (yuan). Years run from the period rule's
 * first year to five years ahead.
 */
public final class TargetRows {

  static final int YEARS_AHEAD = 5;
  /** Targets are set for districts and parks; towns and industries are rolled up without any. */
  private static final List<ScopeType> TARGET_SCOPES = List.of(ScopeType.DISTRICT, ScopeType.PARK);

  private final PeriodRule periods;

  public TargetRows(PeriodRule periods) {
    this.periods = periods;
  }

  /** The target, or every reason the row is refused; a park scope must be registered (per the context). */
  public Validated<Target> parse(RawRow row, ValidationContext context) {
    Reasons reasons = Reasons.forRow(row);
    if (!row.readable()) {
      return Validated.invalid(reasons.list());
    }
    String scopeTypeText = row.required("scope_type", reasons);
    ScopeType scopeType = scopeTypeText == null ? null
        : Cells.choice("scope_type", scopeTypeText, TARGET_SCOPES, reasons).orElse(null);
    String scopeId = row.required("scope_id", reasons);
    if (scopeId != null && scopeType == ScopeType.DISTRICT) {
      Codes.checkDistrictCode("scope_id", scopeId, reasons);
    } else if (scopeId != null && scopeType == ScopeType.PARK && Codes.checkParkId("scope_id", scopeId, reasons)
        && context.park(scopeId) == Registration.NOT_REGISTERED) {
      reasons.add("scope_id", ReasonCode.UNKNOWN_PARK, "scope_id '" + scopeId + "' is not in the park registry");
    }
    Integer year = year(row.required("year", reasons), reasons);
    String indicatorText = row.required("indicator", reasons);
    Optional<Indicator> indicator = indicatorText == null ? Optional.empty() : Indicator.byFieldName(indicatorText);
    if (indicatorText != null && indicator.isEmpty()) {
      reasons.add("indicator", ReasonCode.INVALID_CHOICE, "indicator '" + indicatorText + "' is not a field of the"
          + " submission or park report (e.g. output_value, value_added, fixed_asset_investment)");
    }
    String targetText = row.required("target", reasons);
    OptionalLong target = targetText == null || indicator.isEmpty() ? OptionalLong.empty()
        : indicator.get().unit().parse("target", targetText, false, reasons);
    return Validated.of(reasons, () ->
        new Target(scopeType, scopeId, year, indicator.get().fieldName(), target.getAsLong()));
  }

  private Integer year(String text, Reasons reasons) {
    if (text == null) {
      return null;
    }
    int last = periods.currentMonth().getYear() + YEARS_AHEAD;
    if (!text.matches("[0-9]{4}")) {
      reasons.add("year", ReasonCode.NOT_A_NUMBER, "year '" + text + "' is not a four-digit year");
      return null;
    }
    int year = Integer.parseInt(text);
    if (year < periods.firstYear() || year > last) {
      reasons.add("year", ReasonCode.OUT_OF_RANGE,
          "year " + year + " is outside " + periods.firstYear() + "-" + last);
      return null;
    }
    return year;
  }
}
