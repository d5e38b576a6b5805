package org.industrialreporting.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.industrialreporting.avro.IndicatorTotals;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.avro.ParkTotals;
import org.junit.jupiter.api.Test;

class IndicatorTest {

  @Test
  void namesAndAliasesAreUniqueAndStoredFieldsExist() {
    Set<String> names = new HashSet<>();
    for (Indicator indicator : Indicator.all()) {
      assertThat(names.add(indicator.fieldName())).isTrue();
      assertThat(names.add(indicator.alias())).isTrue();
      assertThat(Indicator.byFieldName(indicator.fieldName())).contains(indicator);
    }
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      assertThat(MonthlyReport.getClassSchema().getField(indicator.storedField())).as(indicator.name()).isNotNull();
    }
    for (ParkIndicator indicator : ParkIndicator.values()) {
      assertThat(ParkReport.getClassSchema().getField(indicator.storedField())).as(indicator.name()).isNotNull();
      assertThat(ParkTotals.getClassSchema().getField(indicator.storedField())).as(indicator.name()).isNotNull();
    }
    assertThat(Indicator.all()).hasSize(15);
    assertThat(Indicator.byFieldName("energy_kgce")).isEmpty();
  }

  @Test
  void readsAndWritesEveryEnterpriseFigure() {
    MonthlyReport report = new MonthlyReport();
    IndicatorTotals totals = new IndicatorTotals();
    long value = 1;
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      indicator.set(report, value);
      indicator.setTotal(totals, value * 10);
      value++;
    }
    value = 1;
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      assertThat(indicator.get(report)).as(indicator.name()).isEqualTo(value);
      assertThat(indicator.getTotal(totals)).as(indicator.name()).isEqualTo(value * 10);
      value++;
    }
    assertThat(report.getEnergyKgce()).isEqualTo(6);
    assertThat(totals.getEmployeeMonths()).isEqualTo(80);
  }

  @Test
  void readsAndWritesEveryParkFigure() {
    ParkReport report = new ParkReport();
    ParkTotals totals = new ParkTotals();
    long value = 1;
    for (ParkIndicator indicator : ParkIndicator.values()) {
      indicator.set(report, value);
      indicator.setTotal(totals, value * 10);
      value++;
    }
    assertThat(report.getActualFdiUsd()).isEqualTo(3);
    assertThat(totals.getLandRecoveredCentimu()).isEqualTo(50);
    assertThat(ParkIndicator.LAND_SUPPLIED_MU.get(report)).isEqualTo(4);
    assertThat(ParkIndicator.FISCAL_REVENUE.getTotal(totals)).isEqualTo(10);
  }

  @Test
  void onlyProfitMayBeNegative() {
    assertThat(Indicator.all().stream().filter(Indicator::negativeAllowed))
        .containsExactly(EnterpriseIndicator.PROFIT);
  }
}
