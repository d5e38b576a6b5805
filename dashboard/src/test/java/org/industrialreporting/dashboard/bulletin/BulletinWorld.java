package org.industrialreporting.dashboard.bulletin;

import static org.industrialreporting.dashboard.TestRecords.DISTRICT;
import static org.industrialreporting.dashboard.TestRecords.FOOD_PARK;
import static org.industrialreporting.dashboard.TestRecords.PV_TOWN;
import static org.industrialreporting.dashboard.TestRecords.ZONE;

import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertScope;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Comparison;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Severity;
import org.industrialreporting.dashboard.TestRecords;
import org.industrialreporting.dashboard.view.DistrictNames;
import org.industrialreporting.dashboard.view.ReadModel;
import org.industrialreporting.dashboard.view.ViewRecord;
import org.industrialreporting.dashboard.view.ViewSource;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.keys.TopicKeys;
import org.industrialreporting.streams.cell.Months;
import org.industrialreporting.streams.history.ReportMonth;
import org.industrialreporting.streams.ledger.Attribution;

/**
 * 秀洲区 in September 2026, with figures chosen by hand:
 * <ul>
 *   <li>the district's rollup: 9 亿元 of output in the month, 27 亿元 in the year to date, +11.4 % on the comparable
 *       basis, target 108 亿元 (25.0 % done), value added a fifth, energy 1 kgce per 1,000 yuan;</li>
 *   <li>parks: the high-tech zone 5 亿元 a month (15 亿元 to date), the photovoltaic town inside it 3, the food
 *       park 2; towns: 王店镇 6, 油车港镇 3;</li>
 *   <li>four above-scale enterprises: A (photovoltaic town, budget 1,000 t, 4 亿元 in September), B (zone, budget
 *       500 t, 3 亿元), C (food park, no budget, 2 亿元), D (food park, budget 800 t) who has not reported;
 *       land 20, 30 and 40 mu, so the 亩均 classes are A, B, C in that order;</li>
 *   <li>open alerts of the month: B's output fall RED (to 30 %), A's energy rise RED (2.5×), the district's energy
 *       swing RED (+10 %), C's energy rise YELLOW (9×); B's budget RED and A's YELLOW; a cleared alert and an August
 *       alert, which the bulletin leaves out.</li>
 * </ul>
 */
final class BulletinWorld {

  static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
  static final String A = "91330411MA0000AA01";
  static final String B = "91330411MA0000BB02";
  static final String C = "91330411MA0000CC03";
  static final String D = "91330411MA0000DD04";

  private BulletinWorld() {
  }

  static ReadModel load() {
    ReadModel model = new ReadModel(DistrictNames.builtIn());
    List<ViewRecord> records = new ArrayList<>();
    records.add(new ViewRecord(ViewSource.PARK_REGISTRY, ZONE, TestRecords.zone()));
    records.add(new ViewRecord(ViewSource.PARK_REGISTRY, PV_TOWN, TestRecords.pvTown()));
    records.add(new ViewRecord(ViewSource.PARK_REGISTRY, FOOD_PARK, TestRecords.foodPark()));
    records.add(registered(A, PV_TOWN, "王店镇", 1_000_000L));
    records.add(registered(B, ZONE, "王店镇", 500_000L));
    records.add(registered(C, FOOD_PARK, "油车港镇", null));
    records.add(registered(D, FOOD_PARK, "油车港镇", 800_000L));
    records.add(rollup(ScopeType.DISTRICT, DISTRICT, 900_000_000L));
    records.add(rollup(ScopeType.PARK, ZONE, 500_000_000L));
    records.add(rollup(ScopeType.PARK, PV_TOWN, 300_000_000L));
    records.add(rollup(ScopeType.PARK, FOOD_PARK, 200_000_000L));
    records.add(rollup(ScopeType.TOWN, DISTRICT + "|王店镇", 600_000_000L));
    records.add(rollup(ScopeType.TOWN, DISTRICT + "|油车港镇", 300_000_000L));
    records.add(report(A, 400_000_000L, 2_000L, "王店镇", PV_TOWN, ZONE));
    records.add(report(B, 300_000_000L, 3_000L, "王店镇", ZONE));
    records.add(report(C, 200_000_000L, 4_000L, "油车港镇", FOOD_PARK));
    records.add(alert(alert(B, AlertKind.OUTPUT_FALL, Severity.RED, 300_000, 1_000_000)));
    records.add(alert(alert(A, AlertKind.ENERGY_RISE, Severity.RED, 2_500_000, 1_000_000)));
    records.add(alert(alert(C, AlertKind.ENERGY_RISE, Severity.YELLOW, 9_000_000, 1_000_000)));
    records.add(alert(districtSwing()));
    records.add(alert(budget(B, Severity.RED)));
    records.add(alert(budget(A, Severity.YELLOW)));
    records.add(alert(TestRecords.alert(C, FOOD_PARK, "2026-09", AlertKind.OUTPUT_RISE, AlertStatus.CLEARED,
        Severity.RED)));
    records.add(alert(TestRecords.alert(A, PV_TOWN, "2026-08", AlertKind.STOPPAGE, AlertStatus.OPEN, Severity.RED)));
    model.apply(records);
    return model;
  }

  static ViewRecord registered(String code, String park, String town, Long budgetKgce) {
    Enterprise enterprise = Enterprise.newBuilder(TestRecords.registered(code, budgetKgce)).setParkId(park)
        .setTown(town).build();
    return new ViewRecord(ViewSource.ENTERPRISE_REGISTRY, code, enterprise);
  }

  private static ViewRecord rollup(ScopeType type, String id, long output) {
    return new ViewRecord(type == ScopeType.DISTRICT ? ViewSource.DISTRICT_ROLLUPS : type == ScopeType.PARK
        ? ViewSource.PARK_ROLLUPS : ViewSource.TOWN_ROLLUPS, TopicKeys.rollup(id, SEPTEMBER),
        TestRecords.rollup(type, id, SEPTEMBER.toString(), output, 1140));
  }

  /** The enterprise's September report in force: output, a fifth of it value added, 1 kgce per 1,000 yuan. */
  static ViewRecord report(String code, long output, long landCentimu, String town, String... parks) {
    long[] figures = new long[EnterpriseIndicator.values().length];
    figures[EnterpriseIndicator.OUTPUT_VALUE.ordinal()] = output;
    figures[EnterpriseIndicator.VALUE_ADDED.ordinal()] = output / 5;
    figures[EnterpriseIndicator.REVENUE.ordinal()] = output;
    figures[EnterpriseIndicator.TAX.ordinal()] = output / 20;
    figures[EnterpriseIndicator.ENERGY_TCE.ordinal()] = output / 1000;
    figures[EnterpriseIndicator.EMPLOYEES.ordinal()] = 100;
    ReportMonth<Attribution> month = new ReportMonth<>(Months.of(SEPTEMBER), 1, 0, 0,
        new Attribution(DISTRICT, List.of(parks), Set.of(), landCentimu * 100, town, "C3825", true), figures);
    return new ViewRecord(ViewSource.ENTERPRISE_LEDGERS, code, TestRecords.ledger(month));
  }

  private static AnomalyAlert alert(String code, AlertKind kind, Severity severity, long current, long baseline) {
    return AnomalyAlert.newBuilder(TestRecords.alert(code, null, "2026-09", kind, AlertStatus.OPEN, severity))
        .setCurrentValue(current).setBaselineValue(baseline).build();
  }

  /** The district's energy up 10 %, RED; unnamed, as the streams application writes it. */
  private static AnomalyAlert districtSwing() {
    return AnomalyAlert.newBuilder(alert(A, AlertKind.ROLLUP_SWING, Severity.RED, 1_100_000, 1_000_000))
        .setAlertId(TopicKeys.alertId(AlertScope.DISTRICT, DISTRICT, SEPTEMBER, AlertKind.ROLLUP_SWING))
        .setScopeType(AlertScope.DISTRICT).setScopeId(DISTRICT).setScopeName(null).setIndustryCode(null).build();
  }

  private static AnomalyAlert budget(String code, Severity severity) {
    return AnomalyAlert.newBuilder(TestRecords.alert(code, null, "2026-09", AlertKind.BUDGET_OVERRUN,
            AlertStatus.OPEN, severity))
        .setAlertId(TopicKeys.alertId(AlertScope.ENTERPRISE, code, Year.of(2026), AlertKind.BUDGET_OVERRUN))
        .setComparison(Comparison.BUDGET_PRO_RATA).setExplanation("企业" + code.substring(14) + "超用能预算").build();
  }

  static ViewRecord alert(AnomalyAlert alert) {
    return new ViewRecord(ViewSource.ANOMALY_ALERTS, alert.getScopeId(), alert);
  }
}
