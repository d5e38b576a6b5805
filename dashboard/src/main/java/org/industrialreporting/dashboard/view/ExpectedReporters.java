package org.industrialreporting.dashboard.view;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.domain.registry.AboveScale;

/**
 * 应报 / 已报 / 未报 of a district, park or town and month, from the registry as it stands and the reports in force.
 * An enterprise is due (应报) where the registry places it — its district, its park and that park's parents, its
 * town — when it is above scale in the month's year ({@link AboveScale#in}); it has reported (已报) when the
 * streams application holds an accepted report of it for the month, wherever that report was attributed.
 */
public final class ExpectedReporters {

  /** The key of enterprises the registry gives no town. */
  public static final String NO_TOWN = "";

  private ExpectedReporters() {
  }

  public static ReportingStatus district(View view, String districtCode, YearMonth period) {
    return of(view, period, members(view, e -> e.getDistrictCode().equals(districtCode)));
  }

  /** A park's status: its own enterprises and those of the parks inside it (一区多园). */
  public static ReportingStatus park(View view, String parkId, YearMonth period) {
    return of(view, period, members(view, e -> parksOf(view, e).contains(parkId)));
  }

  /** Every district with registered enterprises, by code; one pass over the registry. */
  public static Map<String, ReportingStatus> districts(View view, YearMonth period) {
    return grouped(view, period, e -> List.of(e.getDistrictCode()));
  }

  /** Every park with registered enterprises (its own or its child parks'), by park id; one pass over the registry. */
  public static Map<String, ReportingStatus> parks(View view, YearMonth period) {
    return grouped(view, period, e -> parksOf(view, e));
  }

  /** The district's towns by name ({@link #NO_TOWN} for enterprises without one), in name order. */
  public static Map<String, ReportingStatus> towns(View view, String districtCode, YearMonth period) {
    return grouped(view, period, e -> e.getDistrictCode().equals(districtCode)
        ? List.of(Objects.requireNonNullElse(e.getTown(), NO_TOWN)) : List.of());
  }

  private static List<String> parksOf(View view, Enterprise enterprise) {
    return enterprise.getParkId() == null ? List.of() : view.parkAndParents(enterprise.getParkId());
  }

  private static List<Enterprise> members(View view, Predicate<Enterprise> inScope) {
    return view.registeredEnterprises().stream().filter(inScope).toList();
  }

  private static Map<String, ReportingStatus> grouped(View view, YearMonth period,
      Function<Enterprise, List<String>> scopesOf) {
    Map<String, List<Enterprise>> members = new TreeMap<>();
    for (Enterprise enterprise : view.registeredEnterprises()) {
      scopesOf.apply(enterprise).forEach(scope -> members.computeIfAbsent(scope, s -> new ArrayList<>())
          .add(enterprise));
    }
    Map<String, ReportingStatus> statuses = new TreeMap<>();
    members.forEach((scope, enterprises) -> statuses.put(scope, of(view, period, enterprises)));
    return statuses;
  }

  /**
   * The status of a scope whose registered enterprises the caller has found (for one pass over the registry when
   * many scopes are asked about).
   */
  public static ReportingStatus of(View view, YearMonth period, List<Enterprise> members) {
    List<Enterprise> expected = new ArrayList<>();
    List<Enterprise> missing = new ArrayList<>();
    int reportedBelowScale = 0;
    List<Enterprise> byCode = members.stream().sorted(Comparator.comparing(Enterprise::getCreditCode)).toList();
    for (Enterprise enterprise : byCode) {
      boolean reported = view.enterprises().hasReport(enterprise.getCreditCode(), period);
      if (AboveScale.in(enterprise, period.getYear())) {
        expected.add(enterprise);
        if (!reported) {
          missing.add(enterprise);
        }
      } else if (reported) {
        reportedBelowScale++;
      }
    }
    return new ReportingStatus(period, expected, missing, reportedBelowScale);
  }
}
