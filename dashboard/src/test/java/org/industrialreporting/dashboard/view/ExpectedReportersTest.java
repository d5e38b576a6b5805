package org.industrialreporting.dashboard.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.dashboard.TestRecords.DISTRICT;
import static org.industrialreporting.dashboard.TestRecords.FOOD_PARK;
import static org.industrialreporting.dashboard.TestRecords.PV_TOWN;
import static org.industrialreporting.dashboard.TestRecords.ZONE;
import static org.industrialreporting.dashboard.TestRecords.ledger;
import static org.industrialreporting.dashboard.TestRecords.month;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.dashboard.TestRecords;
import org.junit.jupiter.api.Test;

/**
 * A registry built by hand: two above-scale enterprises in the high-tech zone (one in its photovoltaic town, a child
 * park), one that enters the scope in January 2027, one that leaves it then, one below scale that reports anyway,
 * and one of another district.
 */
public class ExpectedReportersTest {

  public static final String A = "91330411000000001A"; // above scale, 光伏小镇 (in the zone), 王店镇, reports September
  public static final String B = "91330411000000002B"; // above scale, the zone itself, 王店镇, reports August only
  public static final String C = "91330411000000003C"; // above scale from 2027, 新塍镇, no park
  public static final String D = "91330411000000004D"; // above scale in 2026 only, 新塍镇, no park
  public static final String E = "91330411000000005E"; // below scale, 食品产业园, no town, reports September
  public static final String F = "91320581000000006F"; // above scale, another district
  private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
  private static final YearMonth JANUARY = YearMonth.of(2027, 1);

  private final ReadModel model = new ReadModel(DistrictNames.builtIn());

  static Enterprise enterprise(String code, String district, String park, String town, boolean aboveScale,
      Map<String, Boolean> byYear) {
    return Enterprise.newBuilder(TestRecords.registered(code, null)).setDistrictCode(district).setParkId(park)
        .setTown(town).setAboveScale(aboveScale).setAboveScaleByYear(byYear).build();
  }

  /** The registry and reports above, into a read model. */
  public static void load(ReadModel model) {
    List<Enterprise> registry = List.of(
        enterprise(A, DISTRICT, PV_TOWN, "王店镇", true, Map.of()),
        enterprise(B, DISTRICT, ZONE, "王店镇", true, Map.of()),
        enterprise(C, DISTRICT, null, "新塍镇", true, Map.of("2026", false)),
        enterprise(D, DISTRICT, null, "新塍镇", false, Map.of("2026", true)),
        enterprise(E, DISTRICT, FOOD_PARK, null, false, Map.of()),
        enterprise(F, "320581", null, "虞山街道", true, Map.of()));
    model.apply(List.of(new ViewRecord(ViewSource.PARK_REGISTRY, ZONE, TestRecords.zone()),
        new ViewRecord(ViewSource.PARK_REGISTRY, PV_TOWN, TestRecords.pvTown()),
        new ViewRecord(ViewSource.PARK_REGISTRY, FOOD_PARK, TestRecords.foodPark())));
    model.apply(registry.stream().map(e -> new ViewRecord(ViewSource.ENTERPRISE_REGISTRY, e.getCreditCode(), e))
        .toList());
    model.apply(List.of(
        new ViewRecord(ViewSource.ENTERPRISE_LEDGERS, A, ledger(month("2026-09", 100, PV_TOWN, ZONE))),
        new ViewRecord(ViewSource.ENTERPRISE_LEDGERS, B, ledger(month("2026-08", 100, ZONE))),
        new ViewRecord(ViewSource.ENTERPRISE_LEDGERS, E, ledger(month("2026-09", 100, FOOD_PARK)))));
  }

  private ReportingStatus district(YearMonth period) {
    return model.read(view -> ExpectedReporters.district(view, DISTRICT, period));
  }

  private static List<String> codes(List<Enterprise> enterprises) {
    return enterprises.stream().map(Enterprise::getCreditCode).toList();
  }

  @Test
  void aDistrictExpectsItsAboveScaleEnterprisesOfTheYearAndCountsBelowScaleReportsApart() {
    load(model);

    ReportingStatus september = district(SEPTEMBER);

    assertThat(codes(september.expected())).containsExactly(A, B, D);
    assertThat(codes(september.missing())).containsExactly(B, D);
    assertThat(september.reported()).isEqualTo(1);
    assertThat(september.rateBp()).isEqualTo(3333);
    assertThat(september.reportedBelowScale()).isEqualTo(1);
  }

  @Test
  void theStatusOfTheYearDecidesFromJanuary() {
    load(model);

    assertThat(codes(district(YearMonth.of(2026, 12)).expected())).containsExactly(A, B, D);
    assertThat(codes(district(JANUARY).expected())).containsExactly(A, B, C);
    assertThat(codes(district(JANUARY).missing())).containsExactly(A, B, C);
  }

  @Test
  void aParkExpectsTheEnterprisesOfTheParksInsideIt() {
    load(model);

    ReportingStatus zone = model.read(view -> ExpectedReporters.park(view, ZONE, SEPTEMBER));
    ReportingStatus pvTown = model.read(view -> ExpectedReporters.park(view, PV_TOWN, SEPTEMBER));
    ReportingStatus food = model.read(view -> ExpectedReporters.park(view, FOOD_PARK, SEPTEMBER));

    assertThat(codes(zone.expected())).containsExactly(A, B);
    assertThat(codes(zone.missing())).containsExactly(B);
    assertThat(codes(pvTown.expected())).containsExactly(A);
    assertThat(pvTown.missing()).isEmpty();
    assertThat(pvTown.rateBp()).isEqualTo(10_000);
    assertThat(food.expected()).isEmpty();
    assertThat(food.rateBp()).isNull();
    assertThat(food.reportedBelowScale()).isEqualTo(1);
  }

  @Test
  void everyDistrictAndParkInOnePassAgreesWithEachAlone() {
    load(model);

    Map<String, ReportingStatus> districts = model.read(view -> ExpectedReporters.districts(view, SEPTEMBER));
    Map<String, ReportingStatus> parks = model.read(view -> ExpectedReporters.parks(view, SEPTEMBER));

    assertThat(districts).containsOnlyKeys(DISTRICT, "320581");
    assertThat(districts.get(DISTRICT)).isEqualTo(district(SEPTEMBER));
    assertThat(codes(districts.get("320581").missing())).containsExactly(F);
    assertThat(parks).containsOnlyKeys(ZONE, PV_TOWN, FOOD_PARK);
    for (String park : parks.keySet()) {
      assertThat(parks.get(park)).as(park).isEqualTo(model.read(view -> ExpectedReporters.park(view, park, SEPTEMBER)));
    }
    assertThat(codes(parks.get(ZONE).expected())).containsExactly(A, B);
  }

  @Test
  void townsAreTheRegistrysWithinTheDistrict() {
    load(model);

    Map<String, ReportingStatus> towns = model.read(view -> ExpectedReporters.towns(view, DISTRICT, SEPTEMBER));

    assertThat(towns).containsOnlyKeys(ExpectedReporters.NO_TOWN, "新塍镇", "王店镇");
    assertThat(codes(towns.get("王店镇").missing())).containsExactly(B);
    assertThat(towns.get("王店镇").reported()).isEqualTo(1);
    assertThat(codes(towns.get("新塍镇").expected())).containsExactly(D);
    assertThat(towns.get(ExpectedReporters.NO_TOWN).expected()).isEmpty();
    assertThat(towns.get(ExpectedReporters.NO_TOWN).reportedBelowScale()).isEqualTo(1);
  }
}
