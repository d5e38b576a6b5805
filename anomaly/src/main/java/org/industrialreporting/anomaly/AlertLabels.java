package org.industrialreporting.anomaly;

import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.ClearReason;
import org.industrialreporting.avro.Comparison;
import org.industrialreporting.avro.Severity;

/**
 * The Chinese names of the alerts' codes, in one place: the alert texts, the bulletin and the dashboard all take
 * them from here, so that they never disagree. A code added to a schema later fails to compile here until it has
 * its name.
 */
public final class AlertLabels {

  private AlertLabels() {
  }

  /** The kind, e.g. 疑似停产. */
  public static String kind(AlertKind kind) {
    return switch (kind) {
      case ENERGY_RISE -> "能耗异常上升";
      case ENERGY_FALL -> "能耗异常下降";
      case OUTPUT_RISE -> "产值异常上升";
      case OUTPUT_FALL -> "产值异常下降";
      case ENERGY_OUTPUT_DIVERGENCE -> "能耗与产值背离";
      case INTENSITY_JUMP -> "单位产值能耗跳升";
      case STOPPAGE -> "疑似停产";
      case BUDGET_OVERRUN -> "超用能预算";
      case ROLLUP_SWING -> "汇总指标异常波动";
      case REPORT_MISSING -> "催报";
    };
  }

  /** 红色预警 or 黄色预警. */
  public static String severity(Severity severity) {
    return switch (severity) {
      case RED -> "红色预警";
      case YELLOW -> "黄色预警";
    };
  }

  /** The baseline an alert compares with, e.g. 同比. */
  public static String comparison(Comparison comparison) {
    return switch (comparison) {
      case MONTH_ON_MONTH -> "环比（前三月中位数）";
      case YEAR_ON_YEAR -> "同比";
      case BUDGET_PRO_RATA -> "用能预算序时进度";
      case BUDGET_PROJECTION -> "预计全年用能";
      case REPORTING_DEADLINE -> "报送截止日";
    };
  }

  /**
   * The indicator an alert is about: 综合能耗 ({@code energy_tce}), 工业总产值 ({@code output_value}) or 单位产值能耗
   * ({@code energy_intensity}, energy per output value), 统计报表报送 ({@code reports}, a 催报 notice); any other
   * name as it is.
   */
  public static String indicator(String indicator) {
    return switch (indicator) {
      case Figure.ENERGY -> "综合能耗";
      case Figure.OUTPUT -> "工业总产值";
      case Figure.INTENSITY -> "单位产值能耗";
      case ReportingNotice.INDICATOR -> "统计报表报送";
      default -> indicator;
    };
  }

  /** Why an alert was cleared, as the end of its explanation, e.g. 更正后的数据不再构成异常. */
  public static String clearReason(ClearReason reason) {
    return switch (reason) {
      case CORRECTION -> "更正后的数据不再构成异常";
      case LATER_MONTHS -> "其后报送的月份数据使其不再构成异常";
      case RULE_CHANGE -> "预警规则调整后不再构成异常";
      case MONTH_COMPLETED -> "当月数据报送齐全后不再构成异常";
      case ALL_REPORTED -> "应报企业均已报送";
    };
  }
}
