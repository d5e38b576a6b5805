package org.industrialreporting.producers.simulator;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.EnterpriseTag;

/**
 * One simulated enterprise: its registry entry, industry, series parameters, the months it reports, the
 * calibration group it belongs to and its injected anomalies.
 *
 * @param index position in the world, the key of all its random draws
 * @param enterprise the registry entry
 * @param firstPeriod first month it reports
 * @param lastPeriod last month it reports (it fell below scale after), or null while it still reports
 * @param group calibration group (0: not calibrated)
 * @param events injected anomalies, at most one per month
 */
record EnterpriseProfile(int index, Enterprise enterprise, Industry industry, SeriesParameters series,
    YearMonth firstPeriod, YearMonth lastPeriod, int group, List<AnomalyEvent> events) {

  EnterpriseProfile {
    events = List.copyOf(events);
  }

  String creditCode() {
    return enterprise.getCreditCode();
  }

  boolean reports(YearMonth period) {
    return !period.isBefore(firstPeriod) && (lastPeriod == null || !period.isAfter(lastPeriod));
  }

  boolean has(EnterpriseTag tag) {
    return enterprise.getTags().contains(tag);
  }

  Optional<AnomalyEvent> event(YearMonth period) {
    return events.stream().filter(e -> e.period().equals(period)).findFirst();
  }

  EnterpriseProfile withEnterprise(Enterprise changed) {
    return new EnterpriseProfile(index, changed, industry, series, firstPeriod, lastPeriod, group, events);
  }
}
