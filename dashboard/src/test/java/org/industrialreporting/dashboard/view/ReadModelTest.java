package org.industrialreporting.dashboard.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.dashboard.TestRecords.DISTRICT;
import static org.industrialreporting.dashboard.TestRecords.FOOD_PARK;
import static org.industrialreporting.dashboard.TestRecords.PV_TOWN;
import static org.industrialreporting.dashboard.TestRecords.ZONE;
import static org.industrialreporting.dashboard.TestRecords.alert;
import static org.industrialreporting.dashboard.TestRecords.ledger;
import static org.industrialreporting.dashboard.TestRecords.month;
import static org.industrialreporting.dashboard.TestRecords.registered;
import static org.industrialreporting.dashboard.TestRecords.rollup;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertStatus;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Severity;
import org.industrialreporting.dashboard.TestRecords;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.junit.jupiter.api.Test;

class ReadModelTest {

  private static final String A = "91330411000000001X";
  private static final String B = "91330411000000002X";
  private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

  private final ReadModel model = new ReadModel(DistrictNames.builtIn());

  private void apply(ViewSource source, String key, Object value) {
    model.apply(List.of(new ViewRecord(source, key, value)));
  }

  @Test
  void keepsTheLatestRollupPerKeyAndATombstoneRemovesIt() {
    apply(ViewSource.DISTRICT_ROLLUPS, DISTRICT + "|2026-08", rollup(ScopeType.DISTRICT, DISTRICT, "2026-08", 100, null));
    apply(ViewSource.DISTRICT_ROLLUPS, DISTRICT + "|2026-09", rollup(ScopeType.DISTRICT, DISTRICT, "2026-09", 100, null));
    apply(ViewSource.DISTRICT_ROLLUPS, DISTRICT + "|2026-09", rollup(ScopeType.DISTRICT, DISTRICT, "2026-09", 250, null));

    assertThat(model.<Optional<Rollup>>read(view -> view.districtRollups().get(DISTRICT, SEPTEMBER)))
        .hasValueSatisfying(r -> assertThat(r.getMonth().getTotals().getOutputValueYuan()).isEqualTo(250));
    assertThat(model.<Optional<YearMonth>>read(view -> view.districtRollups().latestPeriod(DISTRICT))).hasValue(SEPTEMBER);
    assertThat(model.<Integer>read(view -> view.districtRollups().size())).isEqualTo(2);

    apply(ViewSource.DISTRICT_ROLLUPS, DISTRICT + "|2026-09", null);

    assertThat(model.<Optional<YearMonth>>read(view -> view.districtRollups().latestPeriod(DISTRICT))).hasValue(YearMonth.of(2026, 8));
    apply(ViewSource.DISTRICT_ROLLUPS, DISTRICT + "|2026-08", null);
    assertThat(model.<Set<String>>read(view -> view.districtRollups().scopes())).isEmpty();
    assertThat(model.<Boolean>read(view -> view.knowsDistrict(DISTRICT))).isFalse();
  }

  @Test
  void knowsDistrictsByTheirRollupsOrParksAndNamesThem() {
    apply(ViewSource.PARK_REGISTRY, ZONE, TestRecords.zone());
    apply(ViewSource.DISTRICT_ROLLUPS, "320581|2026-09", rollup(ScopeType.DISTRICT, "320581", "2026-09", 1, null));

    assertThat(model.read(View::districtCodes)).containsExactly("320581", DISTRICT);
    assertThat(model.<Optional<String>>read(view -> view.districtName(DISTRICT))).hasValue("秀洲区");
    assertThat(model.<Optional<String>>read(view -> view.districtName("320581"))).hasValue("常熟市");
    assertThat(model.<Boolean>read(view -> view.knowsPark(ZONE))).isTrue();
    assertThat(model.<Boolean>read(view -> view.knowsPark("XZ-NONE"))).isFalse();
  }

  @Test
  void findsTheParksInsideAParkThroughTheRegistry() {
    model.apply(List.of(new ViewRecord(ViewSource.PARK_REGISTRY, ZONE, TestRecords.zone()),
        new ViewRecord(ViewSource.PARK_REGISTRY, PV_TOWN, TestRecords.pvTown()),
        new ViewRecord(ViewSource.PARK_REGISTRY, FOOD_PARK, TestRecords.foodPark())));

    assertThat(model.<Set<String>>read(view -> view.parkAndDescendants(ZONE))).containsExactlyInAnyOrder(ZONE, PV_TOWN);
    assertThat(model.<Set<String>>read(view -> view.parkAndDescendants(FOOD_PARK))).containsExactly(FOOD_PARK);
  }

  @Test
  void indexesAcceptedReportsByEveryScopeTheyCountForAndFollowsCorrectionsAndDeletions() {
    apply(ViewSource.ENTERPRISE_LEDGERS, A, ledger(month("2026-09", 1_000, PV_TOWN, ZONE)));
    assertThat(enterprises(ScopeType.DISTRICT, DISTRICT)).containsExactly(A);
    assertThat(enterprises(ScopeType.PARK, PV_TOWN)).containsExactly(A);
    assertThat(enterprises(ScopeType.PARK, ZONE)).containsExactly(A);

    // A correction processed after the enterprise moved counts where it was attributed anew.
    apply(ViewSource.ENTERPRISE_LEDGERS, A, ledger(month("2026-09", 2_000, FOOD_PARK)));
    assertThat(enterprises(ScopeType.PARK, PV_TOWN)).isEmpty();
    assertThat(enterprises(ScopeType.PARK, ZONE)).isEmpty();
    assertThat(enterprises(ScopeType.PARK, FOOD_PARK)).containsExactly(A);
    assertThat(model.<Long>read(view -> view.enterprises().month(ScopeType.DISTRICT, DISTRICT, SEPTEMBER).iterator().next()
        .get(EnterpriseIndicator.OUTPUT_VALUE))).isEqualTo(2_000);

    apply(ViewSource.ENTERPRISE_LEDGERS, A, null);
    assertThat(enterprises(ScopeType.DISTRICT, DISTRICT)).isEmpty();
    assertThat(model.<Integer>read(view -> view.enterprises().size())).isZero();
  }

  private List<String> enterprises(ScopeType type, String scope) {
    return model.read(view -> view.enterprises().month(type, scope, SEPTEMBER).stream()
        .map(EnterpriseMonth::creditCode).toList());
  }

  @Test
  void contributionsSumTheMonthAndTheYearToDateOfEachEnterpriseAndOfTheScope() {
    model.apply(List.of(
        new ViewRecord(ViewSource.ENTERPRISE_REGISTRY, A, registered(A, 800L)),
        new ViewRecord(ViewSource.ENTERPRISE_LEDGERS, A, ledger(month("2025-12", 9_000, ZONE),
            month("2026-01", 1_000, ZONE), month("2026-09", 3_000, ZONE))),
        new ViewRecord(ViewSource.ENTERPRISE_LEDGERS, B, ledger(month("2026-02", 5_000, ZONE),
            month("2026-10", 7_000, ZONE)))));

    Contributions contributions = model.read(view ->
        Contributions.of(view.enterprises(), ScopeType.PARK, ZONE, SEPTEMBER));

    assertThat(contributions.rows()).extracting(Contributions.Row::creditCode).containsExactly(A, B);
    Contributions.Row a = contributions.rows().get(0);
    assertThat(a.get(Window.MONTH, EnterpriseIndicator.OUTPUT_VALUE)).isEqualTo(3_000);
    assertThat(a.get(Window.YTD, EnterpriseIndicator.OUTPUT_VALUE)).isEqualTo(4_000);
    assertThat(a.get(Window.YTD, EnterpriseIndicator.EMPLOYEES)).isEqualTo(200); // person-months
    assertThat(model.<Long>read(view -> view.energyBudgetKgce(A))).isEqualTo(800);
    Contributions.Row b = contributions.rows().get(1);
    assertThat(b.get(Window.MONTH, EnterpriseIndicator.OUTPUT_VALUE)).isNull(); // no report in September
    assertThat(b.get(Window.YTD, EnterpriseIndicator.OUTPUT_VALUE)).isEqualTo(5_000);
    assertThat(contributions.total(Window.MONTH, EnterpriseIndicator.OUTPUT_VALUE)).isEqualTo(3_000);
    assertThat(contributions.total(Window.YTD, EnterpriseIndicator.OUTPUT_VALUE)).isEqualTo(9_000);
  }

  @Test
  void keepsTheLatestAlertPerIdWhileOpenMostUrgentFirst() {
    AnomalyAlert yellow = alert(A, ZONE, "2026-09", AlertKind.OUTPUT_FALL, AlertStatus.OPEN, Severity.YELLOW);
    AnomalyAlert red = alert(B, ZONE, "2026-08", AlertKind.ENERGY_RISE, AlertStatus.OPEN, Severity.RED);
    AnomalyAlert cleared = alert(B, ZONE, "2026-09", AlertKind.STOPPAGE, AlertStatus.OPEN, Severity.RED);
    model.apply(List.of(new ViewRecord(ViewSource.ANOMALY_ALERTS, A, yellow),
        new ViewRecord(ViewSource.ANOMALY_ALERTS, B, red),
        new ViewRecord(ViewSource.ANOMALY_ALERTS, B, cleared),
        new ViewRecord(ViewSource.ANOMALY_ALERTS, B, AnomalyAlert.newBuilder(cleared)
            .setStatus(AlertStatus.CLEARED).setSeverity(null).build()),
        new ViewRecord(ViewSource.ANOMALY_ALERTS, A, null)));

    assertThat(model.<List<AnomalyAlert>>read(view -> view.alerts().open(alert -> true)))
        .extracting(AnomalyAlert::getAlertId).containsExactly(red.getAlertId(), yellow.getAlertId());

    AnomalyAlert escalated = AnomalyAlert.newBuilder(yellow).setSeverity(Severity.RED).build();
    apply(ViewSource.ANOMALY_ALERTS, A, escalated);
    assertThat(model.<List<AnomalyAlert>>read(view -> view.alerts().open(alert -> true)))
        .extracting(AnomalyAlert::getAlertId).containsExactly(yellow.getAlertId(), red.getAlertId());
  }

  @Test
  void namesAnEnterpriseAsRegisteredElseByItsCode() {
    apply(ViewSource.ENTERPRISE_LEDGERS, A, ledger(month("2026-09", 1_000)));
    assertThat(model.<String>read(view -> view.enterpriseName(A))).isEqualTo(A);
    apply(ViewSource.ENTERPRISE_REGISTRY, A, Enterprise.newBuilder().setCreditCode(A).setName("嘉兴光伏科技有限公司")
        .setDistrictCode(DISTRICT).setIndustryCode("C3825").setAboveScale(true).setKeyEnergyUser(false).build());
    assertThat(model.<String>read(view -> view.enterpriseName(A))).isEqualTo("嘉兴光伏科技有限公司");
    assertThat(model.<String>read(view -> view.enterpriseName(B))).isEqualTo(B);
  }

  @Test
  void movesItsVersionOnlyForRecordsThatCanChangeWhatItShows() {
    apply(ViewSource.REJECTED_REPORTS, A, null);
    assertThat(model.version()).isZero();
    apply(ViewSource.PARK_REGISTRY, ZONE, TestRecords.zone());
    assertThat(model.version()).isEqualTo(1);
  }

  @Test
  void queriesSeeWholeBatchesNeverHalfOfOne() throws Exception {
    ExecutorService readers = Executors.newFixedThreadPool(2);
    AtomicBoolean writing = new AtomicBoolean(true);
    try {
      List<Future<Integer>> reads = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        reads.add(readers.submit(() -> {
          int checked = 0;
          while (writing.get()) {
            long[] outputs = model.read(view -> new long[] {output(view, DISTRICT), output(view, "320581")});
            assertThat(outputs[0]).isEqualTo(outputs[1]);
            checked++;
          }
          return checked;
        }));
      }
      for (long n = 1; n <= 2_000; n++) {
        model.apply(List.of(
            new ViewRecord(ViewSource.DISTRICT_ROLLUPS, DISTRICT, rollup(ScopeType.DISTRICT, DISTRICT, "2026-09", n, null)),
            new ViewRecord(ViewSource.DISTRICT_ROLLUPS, "320581", rollup(ScopeType.DISTRICT, "320581", "2026-09", n, null))));
      }
      writing.set(false);
      for (Future<Integer> read : reads) {
        assertThat(read.get()).isPositive();
      }
    } finally {
      readers.shutdownNow();
    }
    assertThat(model.version()).isEqualTo(2_000);
  }

  private static long output(View view, String district) {
    return view.districtRollups().get(district, SEPTEMBER).map(Rollup::getMonth)
        .map(f -> f.getTotals().getOutputValueYuan()).orElse(0L);
  }
}
