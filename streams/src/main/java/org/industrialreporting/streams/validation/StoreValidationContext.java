package org.industrialreporting.streams.validation;

import java.time.YearMonth;
import java.util.Optional;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.internal.AttributedReport;
import org.industrialreporting.domain.validation.Registration;
import org.industrialreporting.domain.validation.ValidationContext;
import org.industrialreporting.streams.rollup.ReportKeys;

/**
 * What the validation rules need, from the streams application's own state: the enterprise registry (a table
 * co-partitioned with the reports), the park registry (a global table) and the reports already accepted.
 */
public final class StoreValidationContext implements ValidationContext {

  private final ReadOnlyKeyValueStore<String, ValueAndTimestamp<Enterprise>> enterprises;
  private final ReadOnlyKeyValueStore<String, ValueAndTimestamp<Park>> parks;
  private final ReadOnlyKeyValueStore<String, AttributedReport> reports;

  /**
   * @param reports accepted reports keyed {@code credit_code|YYYY-MM}; null where previous months are not known
   */
  public StoreValidationContext(ReadOnlyKeyValueStore<String, ValueAndTimestamp<Enterprise>> enterprises,
      ReadOnlyKeyValueStore<String, ValueAndTimestamp<Park>> parks,
      ReadOnlyKeyValueStore<String, AttributedReport> reports) {
    this.enterprises = enterprises;
    this.parks = parks;
    this.reports = reports;
  }

  @Override
  public Registration enterprise(String creditCode) {
    if (enterprises == null) {
      return Registration.NOT_CHECKED;
    }
    return enterprises.get(creditCode) == null ? Registration.NOT_REGISTERED : Registration.REGISTERED;
  }

  @Override
  public Registration park(String parkId) {
    return parks.get(parkId) == null ? Registration.NOT_REGISTERED : Registration.REGISTERED;
  }

  @Override
  public Optional<MonthlyReport> previousMonth(String creditCode, YearMonth period) {
    if (reports == null) {
      return Optional.empty();
    }
    AttributedReport previous = reports.get(ReportKeys.report(creditCode, period.minusMonths(1)));
    return Optional.ofNullable(previous).map(AttributedReport::getReport);
  }
}
