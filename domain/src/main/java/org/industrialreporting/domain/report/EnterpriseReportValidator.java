package org.industrialreporting.domain.report;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.period.PeriodRule;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.industrialreporting.domain.validation.Reasons;
import org.industrialreporting.domain.validation.Registration;
import org.industrialreporting.domain.validation.Validated;
import org.industrialreporting.domain.validation.ValidationContext;

/**
 * The validation of an enterprise's monthly report, the same for every entry point: from submitted text
 * ({@link #validate}) or on a record another producer wrote ({@link #check}). Every reason is reported, never
 * only the first: form (missing fields, numbers, decimals, sign, range), credit code, period, registration,
 * value added not above output value, and unit jumps against the previous month.
 */
public final class EnterpriseReportValidator {

  static final String CREDIT_CODE = "credit_code";

  private final ReportRules rules;

  public EnterpriseReportValidator(ReportRules rules) {
    this.rules = rules;
  }

  /** The report in exact units with the entry point's stamp, or every reason the row is refused. */
  public Validated<MonthlyReport> validate(RawRow row, SubmissionStamp stamp, ValidationContext context) {
    Reasons reasons = Reasons.forRow(row);
    if (!row.readable()) {
      return Validated.invalid(reasons.list());
    }
    String creditCode = checkCreditCode(row.required(CREDIT_CODE, reasons), reasons);
    YearMonth period = IndicatorFields.period(row, rules.period(), reasons);
    Map<EnterpriseIndicator, Long> values = IndicatorFields.parse(row, EnterpriseIndicator.class, reasons);
    checkAgainstContext(creditCode, period, values, context, reasons);
    return Validated.of(reasons, () -> {
      MonthlyReport report = new MonthlyReport();
      report.setCreditCode(creditCode);
      report.setPeriod(PeriodRule.format(period));
      report.setRevision(RevisionNumbers.UNNUMBERED);
      report.setSubmittedAt(stamp.submittedAt());
      report.setSource(stamp.source());
      values.forEach((indicator, value) -> indicator.set(report, value));
      return report;
    });
  }

  /** Every reason a decoded report breaks the rules; empty when it is valid. */
  public List<Reason> check(MonthlyReport report, ValidationContext context) {
    Reasons reasons = new Reasons();
    String creditCode = checkCreditCode(report.getCreditCode(), reasons);
    YearMonth period = rules.period().check(IndicatorFields.PERIOD, report.getPeriod(), reasons).orElse(null);
    Map<EnterpriseIndicator, Long> values = new EnumMap<>(EnterpriseIndicator.class);
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      values.put(indicator, indicator.get(report));
    }
    IndicatorFields.checkStored(values, reasons);
    checkAgainstContext(creditCode, period, values, context, reasons);
    return reasons.list();
  }

  /** The credit code when it passes, otherwise null after adding its reasons. */
  private String checkCreditCode(String text, Reasons reasons) {
    if (text == null) {
      return null;
    }
    int before = reasons.count();
    rules.creditCode().check(CREDIT_CODE, text, reasons);
    return reasons.count() == before ? text : null;
  }

  /** The rules that need the registry, the previous month, or several figures at once. */
  private void checkAgainstContext(String creditCode, YearMonth period, Map<EnterpriseIndicator, Long> values,
      ValidationContext context, Reasons reasons) {
    if (creditCode != null && context.enterprise(creditCode) == Registration.NOT_REGISTERED) {
      reasons.add(CREDIT_CODE, ReasonCode.UNKNOWN_ENTERPRISE, CREDIT_CODE + " '" + creditCode
          + "' is not in the enterprise registry; check the code, or ask the district to register the enterprise");
    }
    Long output = values.get(EnterpriseIndicator.OUTPUT_VALUE);
    Long valueAdded = values.get(EnterpriseIndicator.VALUE_ADDED);
    if (output != null && valueAdded != null && valueAdded > output) {
      reasons.add(EnterpriseIndicator.VALUE_ADDED.fieldName(), ReasonCode.VALUE_ADDED_ABOVE_OUTPUT,
          "value_added " + EnterpriseIndicator.VALUE_ADDED.format(valueAdded) + " is above output_value "
              + EnterpriseIndicator.OUTPUT_VALUE.format(output) + " (thousand yuan); value added is part of output");
    }
    if (creditCode != null && period != null) {
      Optional<MonthlyReport> previous = context.previousMonth(creditCode, period);
      previous.ifPresent(before -> values.forEach((indicator, value) ->
          rules.unitJump().check(indicator, value, before, reasons)));
    }
  }
}
