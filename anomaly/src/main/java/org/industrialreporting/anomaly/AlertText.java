package org.industrialreporting.anomaly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.Locale;
import java.util.stream.Collectors;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.ClearReason;
import org.industrialreporting.avro.Comparison;

/**
 * The one-line Chinese explanation of an alert that a monitor pastes into the monthly bulletin (每月通报), e.g.
 * {@code 嘉兴恒达科光伏有限公司 2026年9月综合能耗 3,250 吨标准煤，较上年同期增长 150.0%，同期工业总产值增长 2.1%，…，红色预警。}
 * Figures are exact values rounded half-even for reading: energy in tonnes of standard coal, output in 10,000 yuan.
 */
public final class AlertText {

  private AlertText() {
  }

  /** The month as 2026年9月. */
  public static String period(YearMonth period) {
    return period.getYear() + "年" + period.getMonthValue() + "月";
  }

  static String open(Subject subject, YearMonth period, Finding f) {
    String who = subject.displayName() + " " + period(period);
    Figure main = f.figure();
    String band = "（稳健Z值 " + decimal(f.score()) + "，阈值 " + decimal(f.threshold()) + "）";
    String text = switch (f.kind()) {
      case ENERGY_RISE, ENERGY_FALL -> who + "综合能耗 " + value(main) + "，" + change(main) + "，同期工业总产值"
          + bare(f.context().get(0)) + "，能耗变化远超其正常波动" + band;
      case OUTPUT_RISE, OUTPUT_FALL -> who + "工业总产值 " + value(main) + "，" + change(main) + "，同期综合能耗"
          + bare(f.context().get(0)) + "，产值变化远超其正常波动" + band;
      case ENERGY_OUTPUT_DIVERGENCE -> who + "综合能耗 " + value(main) + "，" + change(main) + "，工业总产值却"
          + bare(f.context().get(0)) + "，能耗与产值背离" + band;
      case INTENSITY_JUMP -> who + "单位产值能耗 " + value(main) + "，" + change(main) + "（综合能耗"
          + bare(f.context().get(0)) + "，工业总产值" + bare(f.context().get(1)) + "），超出其正常波动" + band;
      case STOPPAGE -> who + "工业总产值 " + value(main) + "，仅为其正常水平的 " + decimal(f.score()) + "%（阈值 "
          + decimal(f.threshold()) + "%），综合能耗 " + value(f.context().get(0)) + "，疑似停产";
      case BUDGET_OVERRUN -> budget(subject, period, f);
      case ROLLUP_SWING -> who + "规上工业" + name(main) + " " + value(main) + "，" + change(main) + "，超出其正常波动"
          + band;
      case REPORT_MISSING -> throw new IllegalArgumentException("A 催报 notice is made by ReportingNotice from who"
          + " has reported, not by a detector");
    };
    return text + "，" + AlertLabels.severity(f.severity()) + "。";
  }

  /**
   * E.g. {@code …（重点用能单位）2026年1-9月综合能耗 3,600 吨标准煤（7月未报送，不计入），为年度用能预算 4,200 吨标准煤按已报送
   * 8个月折算值 2,800 吨标准煤的 128.6%（阈值 110.0%），按上年月度分布预计全年 5,100 吨标准煤}: the year to date against
   * the pro-rata budget of the months reported, or the projected year against the budget.
   */
  private static String budget(Subject subject, YearMonth through, Finding f) {
    Figure main = f.figure();
    String months = f.notReported().isEmpty() ? ""
        : "（" + f.notReported().stream().map(m -> m.getMonthValue() + "月").collect(Collectors.joining("、"))
            + "未报送，不计入）";
    String who = subject.displayName() + "（重点用能单位）" + through.getYear() + "年1-" + through.getMonthValue() + "月";
    String band = "（阈值 " + decimal(f.threshold()) + "%）";
    if (main.comparison() == Comparison.BUDGET_PROJECTION) {
      Figure proRata = f.context().get(0);
      return who + "综合能耗 " + value(proRata) + months + "，按上年月度分布预计全年 " + value(main) + "，为年度用能预算 "
          + tonnes(main.baseline()) + " 吨标准煤的 " + decimal(f.score()) + "%" + band + "，已达序时进度的 "
          + share(proRata);
    }
    int reported = through.getMonthValue() - f.notReported().size();
    String text = who + "综合能耗 " + value(main) + months + "，为年度用能预算 " + tonnes(subject.energyBudgetKgce())
        + " 吨标准煤按" + (f.notReported().isEmpty() ? "序时进度" : "已报送" + reported + "个月") + "折算值 "
        + tonnes(main.baseline()) + " 吨标准煤的 " + decimal(f.score()) + "%" + band;
    return f.context().isEmpty() ? text : text + "，按上年月度分布预计全年 " + value(f.context().get(0));
  }

  /**
   * E.g. {@code 嘉兴恒达科光伏有限公司 2026年9月能耗异常上升预警撤销：更正后的数据不再构成异常。}; a budget alert names its year.
   */
  static String cleared(AnomalyAlert alert, ClearReason reason) {
    YearMonth period = YearMonth.parse(alert.getPeriod());
    String when = alert.getKind() == AlertKind.BUDGET_OVERRUN ? period.getYear() + "年" : period(period);
    return (alert.getScopeName() == null ? alert.getScopeId() : alert.getScopeName()) + " " + when
        + AlertLabels.kind(alert.getKind()) + (alert.getKind() == AlertKind.REPORT_MISSING ? "" : "预警") + "撤销：" + AlertLabels.clearReason(reason) + "。";
  }

  /** A stored value of the indicator for reading: 3,250 吨标准煤, 1,234.5 万元, 0.123 吨标准煤/万元, 511 家 (reports). */
  public static String amount(String indicator, long stored) {
    return switch (indicator) {
      case Figure.ENERGY -> tonnes(stored) + " 吨标准煤";
      case Figure.OUTPUT -> format(BigDecimal.valueOf(stored).movePointLeft(4), "#,##0.#") + " 万元";
      case ReportingNotice.INDICATOR -> format(BigDecimal.valueOf(stored), "#,##0") + " 家";
      default -> format(BigDecimal.valueOf(stored).movePointLeft(6), "#,##0.###") + " 吨标准煤/万元";
    };
  }

  /** A change in basis points as a signed percentage, e.g. +150.0%; — without a base. */
  public static String percent(Integer bp) {
    return bp == null ? "—" : (bp > 0 ? "+" : "") + format(BigDecimal.valueOf(bp).movePointLeft(2), "0.0") + "%";
  }

  private static String name(Figure figure) {
    return figure.indicator().equals(Figure.OUTPUT) ? "总产值" : AlertLabels.indicator(figure.indicator());
  }

  /** The figure's current value as a percentage of its baseline, e.g. 96.4%. */
  private static String share(Figure figure) {
    return decimal(BigDecimal.valueOf(figure.current()).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(figure.baseline()), 1, RoundingMode.HALF_EVEN).doubleValue()) + "%";
  }

  private static String value(Figure figure) {
    return amount(figure.indicator(), figure.current());
  }

  /** E.g. 较上年同期增长 150.0%. */
  private static String change(Figure figure) {
    return "较" + (figure.comparison() == Comparison.YEAR_ON_YEAR ? "上年同期" : "前三个月中位数") + bare(figure);
  }

  /** E.g. 增长 2.1%, 下降 45.0%, 持平. */
  private static String bare(Figure figure) {
    Integer bp = figure.changeBp();
    if (bp == null) {
      return "无可比基数";
    }
    if (bp == 0) {
      return "持平";
    }
    boolean up = bp > 0;
    String verb = figure.indicator().equals(Figure.INTENSITY) ? (up ? "上升" : "下降") : (up ? "增长" : "下降");
    return verb + " " + format(BigDecimal.valueOf(Math.abs((long) bp)).movePointLeft(2), "0.0") + "%";
  }

  private static String tonnes(long kgce) {
    return format(BigDecimal.valueOf(kgce).movePointLeft(3), "#,##0.#");
  }

  private static String decimal(double value) {
    return format(BigDecimal.valueOf(value), "0.0");
  }

  private static String format(BigDecimal value, String pattern) {
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return format.format(value);
  }
}
