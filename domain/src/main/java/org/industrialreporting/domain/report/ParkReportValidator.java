package org.industrialreporting.domain.report;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.domain.indicator.ParkIndicator;
import org.industrialreporting.domain.period.PeriodRule;
import org.industrialreporting.domain.registry.Codes;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;
import org.industrialreporting.domain.validation.Registration;
import org.industrialreporting.domain.validation.Validated;
import org.industrialreporting.domain.validation.ValidationContext;

/**
 * The validation of a park's monthly report, the same for every entry point: park id, period, the five figures
 * (none negative) and the park's registration; every reason is reported.
 */
public final class ParkReportValidator {

  static final String PARK_ID = "park_id";

  private final ReportRules rules;

  public ParkReportValidator(ReportRules rules) {
    this.rules = rules;
  }

  /** The park report in exact units with the entry point's stamp, or every reason the row is refused. */
  public Validated<ParkReport> validate(RawRow row, SubmissionStamp stamp, ValidationContext context) {
    Reasons reasons = Reasons.forRow(row);
    if (!row.readable()) {
      return Validated.invalid(reasons.list());
    }
    String parkId = checkParkId(row.required(PARK_ID, reasons), context, reasons);
    YearMonth period = IndicatorFields.period(row, rules.period(), reasons);
    Map<ParkIndicator, Long> values = IndicatorFields.parse(row, ParkIndicator.class, reasons);
    return Validated.of(reasons, () -> {
      ParkReport report = new ParkReport();
      report.setParkId(parkId);
      report.setPeriod(PeriodRule.format(period));
      report.setRevision(RevisionNumbers.UNNUMBERED);
      report.setSubmittedAt(stamp.submittedAt());
      report.setSource(stamp.source());
      values.forEach((indicator, value) -> indicator.set(report, value));
      return report;
    });
  }

  /** Every reason a decoded park report breaks the rules; empty when it is valid. */
  public List<Reason> check(ParkReport report, ValidationContext context) {
    Reasons reasons = new Reasons();
    checkParkId(report.getParkId(), context, reasons);
    rules.period().check(IndicatorFields.PERIOD, report.getPeriod(), reasons);
    Map<ParkIndicator, Long> values = new EnumMap<>(ParkIndicator.class);
    for (ParkIndicator indicator : ParkIndicator.values()) {
      values.put(indicator, indicator.get(report));
    }
    IndicatorFields.checkStored(values, reasons);
    return reasons.list();
  }

  private static String checkParkId(String parkId, ValidationContext context, Reasons reasons) {
    if (parkId == null || !Codes.checkParkId(PARK_ID, parkId, reasons)) {
      return null;
    }
    if (context.park(parkId) == Registration.NOT_REGISTERED) {
      reasons.add(PARK_ID, ReasonCode.UNKNOWN_PARK, PARK_ID + " '" + parkId
          + "' is not in the park registry; check the id, or ask the district to register the park");
    }
    return parkId;
  }
}
