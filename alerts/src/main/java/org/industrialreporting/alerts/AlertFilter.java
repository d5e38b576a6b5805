package org.industrialreporting.alerts;

import java.util.Set;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Severity;

/**
 * Which alerts a monitor wants: by district, park, kind and severity; an empty set lets every value through.
 * A cleared alert is judged by what it was.
 */
public record AlertFilter(Set<String> districts, Set<String> parks, Set<AlertKind> kinds, Set<Severity> severities) {

  public AlertFilter {
    districts = Set.copyOf(districts);
    parks = Set.copyOf(parks);
    kinds = Set.copyOf(kinds);
    severities = Set.copyOf(severities);
  }

  public static AlertFilter all() {
    return new AlertFilter(Set.of(), Set.of(), Set.of(), Set.of());
  }

  public boolean matches(AnomalyAlert alert) {
    return allows(districts, alert.getDistrictCode()) && allows(parks, alert.getParkId())
        && allows(kinds, alert.getKind()) && allows(severities, alert.getSeverity());
  }

  /** An empty set allows anything; a set of values allows those, and never a missing value. */
  private static <T> boolean allows(Set<T> wanted, T value) {
    return wanted.isEmpty() || value != null && wanted.contains(value);
  }
}
