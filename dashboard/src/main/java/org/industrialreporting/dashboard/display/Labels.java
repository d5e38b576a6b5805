package org.industrialreporting.dashboard.display;

import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.Comparison;
import org.industrialreporting.avro.ParkLevel;
import org.industrialreporting.avro.Severity;
import org.industrialreporting.domain.indicator.Indicator;

/**
 * Chinese names of the pipeline's codes, as the district's bulletins use them. A code added to a schema later
 * shows under its own name until it gets a label here.
 */
public final class Labels {

  /** The alerts' name for energy intensity, which is not an indicator of the submission format. */
  public static final String ENERGY_INTENSITY = "energy_intensity";

  private Labels() {
  }

  public static String of(ParkLevel level) {
    return switch (level) {
      case NATIONAL_HIGH_TECH -> "国家级高新区";
      case NATIONAL_ECONOMIC -> "国家级经开区";
      case PROVINCIAL_HIGH_TECH -> "省级高新区";
      case PROVINCIAL_ECONOMIC -> "省级经开区";
      case TOWN_PARK -> "镇级工业园区";
      case SME_PARK -> "小微企业园";
      case THEMED -> "特色产业园";
      default -> level.name();
    };
  }

  public static String of(AlertKind kind) {
    return switch (kind) {
      case ENERGY_RISE -> "能耗异常上升";
      case ENERGY_FALL -> "能耗异常下降";
      case OUTPUT_RISE -> "产值异常上升";
      case OUTPUT_FALL -> "产值异常下降";
      case ENERGY_OUTPUT_DIVERGENCE -> "能耗与产值背离";
      case INTENSITY_JUMP -> "能耗强度突增";
      case STOPPAGE -> "疑似停产";
      case BUDGET_OVERRUN -> "超用能预算";
      case ROLLUP_SWING -> "汇总指标异常波动";
      default -> kind.name();
    };
  }

  public static String of(Severity severity) {
    return switch (severity) {
      case RED -> "红色预警";
      case YELLOW -> "黄色预警";
      default -> severity.name();
    };
  }

  public static String of(Comparison comparison) {
    return switch (comparison) {
      case MONTH_ON_MONTH -> "环比";
      case YEAR_ON_YEAR -> "同比";
      case BUDGET_PRO_RATA -> "用能预算序时进度";
      default -> comparison.name();
    };
  }

  /** The Chinese name of an indicator as alerts and targets name it, e.g. {@code 工业总产值}. */
  public static String indicator(String fieldName) {
    if (ENERGY_INTENSITY.equals(fieldName)) {
      return "单位增加值能耗";
    }
    return Indicator.byFieldName(fieldName).map(Indicator::alias).orElse(fieldName);
  }
}
