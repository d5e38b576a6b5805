package org.industrialreporting.streams.ledger;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.validation.Registration;
import org.industrialreporting.domain.validation.ValidationContext;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.history.ReportMonth;
import org.industrialreporting.streams.registry.ParkDirectory;

/**
 * What the validation rules need: the enterprise's registration, its ledger (the previous month) and the park
 * directory.
 */
final class LedgerValidationContext implements ValidationContext {

  private final Optional<Enterprise> registration;
  private final EnterpriseLedger ledger;
  private final ParkDirectory parks;

  LedgerValidationContext(Optional<Enterprise> registration, EnterpriseLedger ledger, ParkDirectory parks) {
    this.registration = registration;
    this.ledger = ledger;
    this.parks = parks;
  }

  @Override
  public Registration enterprise(String creditCode) {
    return registration.isPresent() ? Registration.REGISTERED : Registration.NOT_REGISTERED;
  }

  @Override
  public Registration park(String parkId) {
    return parks.park(parkId).isPresent() ? Registration.REGISTERED : Registration.NOT_REGISTERED;
  }

  @Override
  public Optional<MonthlyReport> previousMonth(String creditCode, YearMonth period) {
    ReportMonth<Attribution> previous = ledger.months().get(Months.of(period) - 1);
    if (previous == null) {
      return Optional.empty();
    }
    MonthlyReport report = MonthlyReport.newBuilder().setCreditCode(creditCode)
        .setPeriod(period.minusMonths(1).toString()).setRevision(previous.revision()).setSubmittedAt(Instant.EPOCH)
        .setSource("ledger").setOutputValueYuan(0).setValueAddedYuan(0).setRevenueYuan(0).setProfitYuan(0)
        .setTaxYuan(0).setEnergyKgce(0).setElectricityKwh(0).setEmployees(0).setRdExpenseYuan(0)
        .setExportValueYuan(0).build();
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      indicator.set(report, previous.figure(indicator.ordinal()));
    }
    return Optional.of(report);
  }
}
