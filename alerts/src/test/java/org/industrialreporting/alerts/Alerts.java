package org.industrialreporting.alerts;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.industrialreporting.anomaly.AlertRecords;
import org.industrialreporting.anomaly.Figure;
import org.industrialreporting.anomaly.Finding;
import org.industrialreporting.anomaly.Subject;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertScope;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Comparison;
import org.industrialreporting.avro.Severity;

/** Alerts of a small world for the delivery tests: two enterprises of Xiuzhou, one of Changshu. */
public final class Alerts {

  public static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
  public static final Instant AT = Instant.parse("2026-10-08T01:00:00Z");
  public static final Subject SOLAR = new Subject(AlertScope.ENTERPRISE, "91330411MA000023BA", "嘉兴恒达科光伏有限公司",
      "330411", "XZ-PV", "C3825", false, null);
  public static final Subject DYEING = new Subject(AlertScope.ENTERPRISE, "91330411MA001AFQ31", "嘉兴新凯印染有限公司",
      "330411", null, "C1713", true, 12_000_000L);
  public static final Subject CHANGSHU = new Subject(AlertScope.ENTERPRISE, "91320581MA0N3Q8AY9", "常熟博创汽车部件有限公司",
      "320581", "CS-ETDZ", "C3670", false, null);

  private Alerts() {
  }

  /** An energy rise of the solar company: energy from 1,300 tce to {@code energyKgce}, output flat. */
  public static AnomalyAlert energyRise(Severity severity, long energyKgce) {
    return AlertRecords.open(SOLAR, SEPTEMBER, new Finding(AlertKind.ENERGY_RISE, severity, 12.4,
        severity == Severity.RED ? 10 : 5, "ENERGY_RISE|*|*|*",
        new Figure(Figure.ENERGY, Comparison.YEAR_ON_YEAR, energyKgce, 1_300_000),
        List.of(new Figure(Figure.OUTPUT, Comparison.YEAR_ON_YEAR, 51_050_000, 50_000_000))), 7L, AT);
  }

  /** A stoppage of the dyeing company: output down to 3 % of its usual 80 million yuan. */
  public static AnomalyAlert stoppage() {
    return AlertRecords.open(DYEING, SEPTEMBER, new Finding(AlertKind.STOPPAGE, Severity.RED, 3.0, 5.0,
        "STOPPAGE|*|*|*", new Figure(Figure.OUTPUT, Comparison.MONTH_ON_MONTH, 2_400_000, 80_000_000),
        List.of(new Figure(Figure.ENERGY, Comparison.MONTH_ON_MONTH, 90_000, 1_000_000))), 3L, AT);
  }

  /** The dyeing company's year to date 8 % over its pro-rata budget of 9,000 tce. */
  public static AnomalyAlert budgetOverrun() {
    return AlertRecords.open(DYEING, SEPTEMBER, new Finding(AlertKind.BUDGET_OVERRUN, Severity.YELLOW, 108.0, 100.0,
        "BUDGET_OVERRUN|*|*|*", new Figure(Figure.ENERGY, Comparison.BUDGET_PRO_RATA, 9_720_000, 9_000_000),
        List.of()), 3L, AT);
  }

  /** An output fall in Changshu. */
  public static AnomalyAlert changshuOutputFall() {
    return AlertRecords.open(CHANGSHU, SEPTEMBER, new Finding(AlertKind.OUTPUT_FALL, Severity.YELLOW, 8.0, 5.0,
        "OUTPUT_FALL|*|*|*", new Figure(Figure.OUTPUT, Comparison.YEAR_ON_YEAR, 25_100_000, 86_730_000),
        List.of(new Figure(Figure.ENERGY, Comparison.YEAR_ON_YEAR, 43_200_000, 41_700_000))), 1L, AT);
  }
}
