package org.industrialreporting.domain.validation;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.domain.report.RevisionNumbers;

/**
 * A validation context held in memory: registered credit codes and park ids, and the latest accepted report per
 * enterprise and month. For a command that loads registry files before a submission, and for tests.
 * Not thread-safe.
 */
public final class InMemoryValidationContext implements ValidationContext {

  private final Set<String> enterprises = new HashSet<>();
  private final Set<String> parks = new HashSet<>();
  private final Map<Month, MonthlyReport> reports = new HashMap<>();

  private record Month(String creditCode, YearMonth period) {
  }

  public InMemoryValidationContext registerEnterprise(String creditCode) {
    enterprises.add(creditCode);
    return this;
  }

  public InMemoryValidationContext registerPark(String parkId) {
    parks.add(parkId);
    return this;
  }

  /** Keeps an accepted report as the enterprise's figure for its month, unless it is a stale resend. */
  public InMemoryValidationContext accept(MonthlyReport report) {
    reports.merge(new Month(report.getCreditCode(), YearMonth.parse(report.getPeriod())), report,
        (kept, later) -> RevisionNumbers.staleResend(later.getRevision(), kept.getRevision()) ? kept : later);
    return this;
  }

  @Override
  public Registration enterprise(String creditCode) {
    return enterprises.contains(creditCode) ? Registration.REGISTERED : Registration.NOT_REGISTERED;
  }

  @Override
  public Registration park(String parkId) {
    return parks.contains(parkId) ? Registration.REGISTERED : Registration.NOT_REGISTERED;
  }

  @Override
  public Optional<MonthlyReport> previousMonth(String creditCode, YearMonth period) {
    return Optional.ofNullable(reports.get(new Month(creditCode, period.minusMonths(1))));
  }
}
