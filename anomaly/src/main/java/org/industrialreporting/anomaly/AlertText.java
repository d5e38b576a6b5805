package org.industrialreporting.anomaly;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Comparison;
import org.industrialreporting.avro.Severity;

/**
 * The one-line Chinese explanation of an alert that a monitor pastes into the monthly bulletin (每月通报), e.g.
 * {@code 嘉兴恒达科光伏有限公司 2026年9月综合能耗 3,250 吨标准煤，较上年同期增长 150.0%，同期工业总产值增长 2.1%，…，红色预警。}
 * Figures are exact values rounded half-even for reading: energy in tonnes of standard coal, output in 10,000 yuan.
 */
public final class AlertText {

  private static final Map<AlertKind, String> KIND = Map.of(
      AlertKind.ENERGY_RISE, "能耗异常上升", AlertKind.ENERGY_FALL, "能耗异常下降",
      AlertKind.OUTPUT_RISE, "产值异常上升", AlertKind.OUTPUT_FALL, "产值异常下降",
      AlertKind.ENERGY_OUTPUT_DIVERGENCE, "能耗与产值背离", AlertKind.INTENSITY_JUMP, "能耗强度跳升",
      AlertKind.STOPPAGE, "疑似停产", AlertKind.BUDGET_OVERRUN, "超用能预算进度", AlertKind.ROLLUP_SWING, "汇总数据异常波动");

  private AlertText() {
  }

  /** The kind in Chinese, e.g. 疑似停产. */
  public static String kind(AlertKind kind) {
    return KIND.get(kind);
  }

  /** 红色预警 or 黄色预警. */
  public static String severity(Severity severity) {
    return severity == Severity.RED ? "红色预警" : "黄色预警";
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
      case BUDGET_OVERRUN -> subject.displayName() + "（重点用能单位）" + period.getYear() + "年1-" + period.getMonthValue()
          + "月综合能耗 " + value(main) + "，为年度用能预算 " + tonnes(subject.energyBudgetKgce()) + " 吨标准煤按进度折算值 "
          + tonnes(main.baseline()) + " 吨标准煤的 " + decimal(f.score()) + "%（阈值 " + decimal(f.threshold()) + "%）";
      case ROLLUP_SWING -> who + "规上工业" + name(main) + " " + value(main) + "，" + change(main) + "，超出其正常波动"
          + band;
    };
    return text + "，" + severity(f.severity()) + "。";
  }

  static String cleared(AnomalyAlert alert) {
    return (alert.getScopeName() == null ? alert.getScopeId() : alert.getScopeName()) + " "
        + period(YearMonth.parse(alert.getPeriod())) + kind(alert.getKind()) + "预警撤销：更正后的数据不再构成异常。";
  }

  /** The indicator in Chinese: 综合能耗, 工业总产值 or 单位产值能耗. */
  public static String indicator(String indicator) {
    return switch (indicator) {
      case Figure.ENERGY -> "综合能耗";
      case Figure.OUTPUT -> "工业总产值";
      default -> "单位产值能耗";
    };
  }

  /** A stored value of the indicator for reading: 3,250 吨标准煤, 1,234.5 万元, 0.123 吨标准煤/万元. */
  public static String amount(String indicator, long stored) {
    return switch (indicator) {
      case Figure.ENERGY -> tonnes(stored) + " 吨标准煤";
      case Figure.OUTPUT -> format(BigDecimal.valueOf(stored).movePointLeft(4), "#,##0.#") + " 万元";
      default -> format(BigDecimal.valueOf(stored).movePointLeft(6), "#,##0.###") + " 吨标准煤/万元";
    };
  }

  /** A change in basis points as a signed percentage, e.g. +150.0%; — without a base. */
  public static String percent(Integer bp) {
    return bp == null ? "—" : (bp > 0 ? "+" : "") + format(BigDecimal.valueOf(bp).movePointLeft(2), "0.0") + "%";
  }

  private static String name(Figure figure) {
    return figure.indicator().equals(Figure.OUTPUT) ? "总产值" : indicator(figure.indicator());
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
    format.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
    return format.format(value);
  }
}
