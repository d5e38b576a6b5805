package org.industrialreporting.domain.keys;

import java.time.Year;
import java.time.YearMonth;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertRule;
import org.industrialreporting.avro.AlertScope;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Target;

/**
 * The key of every topic (plain strings, docs/product.md "Topics"), spelled in one place. Parts are joined with
 * {@code |}, which no credit code, park id, district code, division, period or indicator name contains; a town's
 * name is free text, so a town scope id is split at its first {@code |} and a rollup key at its last.
 */
public final class TopicKeys {

  private static final String SEPARATOR = "|";

  private TopicKeys() {
  }

  /** {@code enterprise-registry} and {@code indicator-reports}: the credit code. */
  public static String enterprise(String creditCode) {
    return creditCode;
  }

  public static String enterprise(Enterprise enterprise) {
    return enterprise(enterprise.getCreditCode());
  }

  public static String report(MonthlyReport report) {
    return enterprise(report.getCreditCode());
  }

  /** {@code park-registry} and {@code park-reports}: the park id. */
  public static String park(String parkId) {
    return parkId;
  }

  public static String park(Park park) {
    return park(park.getParkId());
  }

  public static String parkReport(ParkReport report) {
    return park(report.getParkId());
  }

  /** {@code targets}: {@code SCOPE_TYPE|scope_id|year|indicator}, e.g. {@code PARK|XZ-HTZ|2026|fiscal_revenue}. */
  public static String target(ScopeType scopeType, String scopeId, int year, String indicator) {
    return String.join(SEPARATOR, scopeType.name(), scopeId, Integer.toString(year), indicator);
  }

  /** The parts of a {@code targets} key, e.g. of a tombstone that removes a target. */
  public record TargetKey(ScopeType scopeType, String scopeId, int year, String indicator) {
  }

  /** Reads a {@code targets} key; fails with the key in the message when it is not one. */
  public static TargetKey parseTarget(String key) {
    String[] parts = key.split("\\|", -1);
    try {
      if (parts.length == 4) {
        return new TargetKey(ScopeType.valueOf(parts[0]), parts[1], Integer.parseInt(parts[2]), parts[3]);
      }
    } catch (IllegalArgumentException e) {
      // answered below
    }
    throw new IllegalArgumentException("Not a targets key (SCOPE_TYPE|scope_id|year|indicator): '" + key + "'");
  }

  public static String target(Target target) {
    return target(target.getScopeType(), target.getScopeId(), target.getYear(), target.getIndicator());
  }

  /**
   * {@code rollups-district}, {@code rollups-park}, {@code rollups-town} and {@code rollups-industry}:
   * {@code scope_id|period}, e.g. {@code 330411|2026-09}, {@code XZ-HTZ|2026-09}, {@code 330411|王店镇|2026-09}.
   */
  public static String rollup(String scopeId, YearMonth period) {
    return scopeId + SEPARATOR + period;
  }

  /** The scope id of a town (乡镇/街道) within its district: {@code district_code|town}, e.g. {@code 330411|王店镇}. */
  public static String townScope(String districtCode, String town) {
    return districtCode + SEPARATOR + town;
  }

  /**
   * The scope id of a GB/T 4754 division within a district: {@code district_code|division}, e.g.
   * {@code 330411|C38}.
   */
  public static String industryScope(String districtCode, String division) {
    return districtCode + SEPARATOR + division;
  }

  /** The district of a town or industry scope id: what comes before its first {@code |}. */
  public static String districtOfScope(String scopeId) {
    return withinDistrict(scopeId)[0];
  }

  /** The town or division of a town or industry scope id: what comes after its first {@code |}. */
  public static String partOfDistrict(String scopeId) {
    return withinDistrict(scopeId)[1];
  }

  /** Whether the scope id has the form of a town or industry scope id, {@code district_code|part}. */
  public static boolean isWithinDistrict(String scopeId) {
    int separator = scopeId.indexOf(SEPARATOR);
    return separator > 0 && separator < scopeId.length() - 1;
  }

  private static String[] withinDistrict(String scopeId) {
    int separator = scopeId.indexOf(SEPARATOR);
    if (!isWithinDistrict(scopeId)) {
      throw new IllegalArgumentException("Not a town or industry scope id (district_code|part): '" + scopeId + "'");
    }
    return new String[] {scopeId.substring(0, separator), scopeId.substring(separator + 1)};
  }

  /** {@code anomaly-alerts}: the credit code of an enterprise alert, the district code or park id of a rollup alert. */
  public static String alert(String scopeId) {
    return scopeId;
  }

  /**
   * The stable id of a month's alert, {@code SCOPE_TYPE|scope_id|period|kind}, e.g.
   * {@code ENTERPRISE|91330411MA000023BA|2026-09|STOPPAGE}: one per scope, month and kind. The scope type keeps a
   * district and a park with the same id apart.
   */
  public static String alertId(AlertScope scopeType, String scopeId, YearMonth period, AlertKind kind) {
    return alertIdPrefix(scopeType, scopeId, period) + kind.name();
  }

  /** The stable id of a year's alert (a budget), {@code SCOPE_TYPE|scope_id|year|kind}: one per scope, year and kind. */
  public static String alertId(AlertScope scopeType, String scopeId, Year year, AlertKind kind) {
    return alertIdPrefix(scopeType, scopeId, year) + kind.name();
  }

  /** What the ids of every alert of one scope and month start with: {@code SCOPE_TYPE|scope_id|period|}. */
  public static String alertIdPrefix(AlertScope scopeType, String scopeId, YearMonth period) {
    return String.join(SEPARATOR, scopeType.name(), scopeId, period.toString()) + SEPARATOR;
  }

  /** What the ids of every alert of one scope and year start with: {@code SCOPE_TYPE|scope_id|year|}. */
  public static String alertIdPrefix(AlertScope scopeType, String scopeId, Year year) {
    return String.join(SEPARATOR, scopeType.name(), scopeId, year.toString()) + SEPARATOR;
  }

  /**
   * {@code alert-rules}: {@code KIND|indicator|district|industry_prefix}, with {@code *} for a part that applies to
   * every value, e.g. {@code INTENSITY_JUMP|*|*|C30}.
   */
  public static String alertRule(AlertKind kind, String indicator, String districtCode, String industryPrefix) {
    return String.join(SEPARATOR, kind.name(), anyIfNull(indicator), anyIfNull(districtCode),
        anyIfNull(industryPrefix));
  }

  public static String alertRule(AlertRule rule) {
    return alertRule(rule.getKind(), rule.getIndicator(), rule.getDistrictCode(), rule.getIndustryPrefix());
  }

  private static String anyIfNull(String part) {
    return part == null ? "*" : part;
  }
}
