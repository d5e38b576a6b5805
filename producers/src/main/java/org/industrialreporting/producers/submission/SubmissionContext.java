package org.industrialreporting.producers.submission;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Park;
import org.industrialreporting.domain.validation.InMemoryValidationContext;
import org.industrialreporting.domain.validation.Registration;
import org.industrialreporting.domain.validation.ValidationContext;
import org.industrialreporting.producers.registry.RegistryView;

/**
 * What one submission (a run of files, an HTTP request) validates against: the registry as read from its topics,
 * the parks of the same load, and the rows accepted earlier in the same submission, whose reports are the
 * previous months for the unit-jump check. Reports already on the topic are not consulted for previous months;
 * the streams application checks those again. Not thread-safe: one per submission.
 */
public final class SubmissionContext implements ValidationContext {

  private final RegistryView registry;
  private final Set<String> parksOfLoad = new HashSet<>();
  private final InMemoryValidationContext earlierRows = new InMemoryValidationContext();

  private SubmissionContext(RegistryView registry) {
    this.registry = registry;
  }

  /** Registration as the view has it. */
  public static SubmissionContext over(RegistryView registry) {
    return new SubmissionContext(registry);
  }

  /** Without a registry (a dry run without a cluster): registration is left to the streams application. */
  public static SubmissionContext withoutRegistry() {
    return new SubmissionContext(null);
  }

  /** Parks that the same load registers, so rows of the load may name them before they are on the topic. */
  void addParksOfLoad(Collection<String> parkIds) {
    parksOfLoad.addAll(parkIds);
  }

  /** Remembers an accepted record for the rows after it. */
  void accepted(SpecificRecord value) {
    if (value instanceof MonthlyReport report) {
      earlierRows.accept(report);
    } else if (value instanceof Park park) {
      parksOfLoad.add(park.getParkId());
    }
  }

  /** Whether registration is checked at all. */
  public boolean checksRegistry() {
    return registry != null;
  }

  @Override
  public Registration enterprise(String creditCode) {
    if (registry == null) {
      return Registration.NOT_CHECKED;
    }
    return registry.hasEnterprise(creditCode) ? Registration.REGISTERED : Registration.NOT_REGISTERED;
  }

  @Override
  public Registration park(String parkId) {
    if (parksOfLoad.contains(parkId) || registry != null && registry.hasPark(parkId)) {
      return Registration.REGISTERED;
    }
    return registry == null ? Registration.NOT_CHECKED : Registration.NOT_REGISTERED;
  }

  @Override
  public Optional<MonthlyReport> previousMonth(String creditCode, YearMonth period) {
    return earlierRows.previousMonth(creditCode, period);
  }
}
