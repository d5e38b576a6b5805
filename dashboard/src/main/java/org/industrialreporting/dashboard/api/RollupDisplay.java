package org.industrialreporting.dashboard.api;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.industrialreporting.avro.Efficiency;
import org.industrialreporting.avro.Figures;
import org.industrialreporting.avro.Growth;
import org.industrialreporting.avro.ParkReportFigures;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.TargetCompletion;
import org.industrialreporting.dashboard.display.DisplayUnit;
import org.industrialreporting.dashboard.display.Formats;
import org.industrialreporting.dashboard.display.StructureFigure;
import org.industrialreporting.dashboard.display.YearToDate;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.indicator.Indicator;
import org.industrialreporting.domain.indicator.ParkIndicator;

/**
 * A rollup's figures as officials quote them, ready to show: Chinese labels, display units, growth on comparable
 * basis (the official figure) with total basis beside it, shares, efficiency, target completion and park-report
 * figures. Every text is formatted from the rollup's exact integers.
 */
final class RollupDisplay {

  private RollupDisplay() {
  }

  static JsonObject of(Rollup rollup, String scopeName) {
    YearMonth period = YearMonth.parse(rollup.getPeriod());
    Figures month = rollup.getMonth();
    Figures ytd = rollup.getYtd();
    return new JsonObject()
        .with("scope_name", scopeName)
        .with("month_label", Formats.month(period))
        .with("ytd_label", Formats.yearToDate(period))
        .with("enterprises", new JsonObject()
            .with("month", month.getReportingEnterprises()).with("ytd", ytd.getReportingEnterprises()))
        .with("indicators", indicators(period, month, ytd))
        .with("structure", structure(ytd))
        .with("efficiency", efficiency(ytd.getEfficiency()))
        .with("targets", targets(rollup.getTargets()))
        .with("park_reports", parkReports(month.getParkReports(), ytd.getParkReports()));
  }

  private static List<JsonObject> indicators(YearMonth period, Figures month, Figures ytd) {
    List<JsonObject> rows = new ArrayList<>();
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      DisplayUnit unit = DisplayUnit.forScope(indicator.unit());
      Growth monthGrowth = month.getGrowth().get(indicator.fieldName());
      Growth ytdGrowth = ytd.getGrowth().get(indicator.fieldName());
      rows.add(new JsonObject()
          .with("indicator", indicator.fieldName())
          .with("label", indicator.alias())
          .with("unit", unit.label())
          .with("month", unit.format(indicator.getTotal(month.getTotals())))
          .with("month_growth", Formats.growth(comparable(monthGrowth)))
          .with("ytd", unit.format(YearToDate.shown(indicator, ytd, period)))
          .with("ytd_growth", Formats.growth(comparable(ytdGrowth)))
          .with("ytd_growth_total", Formats.growth(ytdGrowth == null ? null : ytdGrowth.getTotalBp())));
    }
    return rows;
  }

  private static Integer comparable(Growth growth) {
    return growth == null ? null : growth.getComparableBp();
  }

  private static List<JsonObject> structure(Figures ytd) {
    List<JsonObject> rows = new ArrayList<>();
    for (StructureFigure figure : StructureFigure.values()) {
      rows.add(new JsonObject()
          .with("key", figure.key())
          .with("label", figure.label())
          .with("unit", DisplayUnit.YI_YUAN.label())
          .with("value", DisplayUnit.YI_YUAN.format(figure.yuan(ytd.getStructure())))
          .with("share", Formats.percent(figure.shareBp(ytd.getStructure()))));
    }
    return rows;
  }

  private static List<JsonObject> efficiency(Efficiency efficiency) {
    DisplayUnit perMu = DisplayUnit.WAN_YUAN_PER_MU;
    DisplayUnit intensity = DisplayUnit.TCE_PER_WAN_YUAN;
    return List.of(
        figure("land_area", "用地面积", DisplayUnit.MU, efficiency.getLandAreaCentimu()),
        figure("output_per_mu", "亩均产值", perMu, efficiency.getOutputPerMuYuan()),
        figure("value_added_per_mu", "亩均增加值", perMu, efficiency.getValueAddedPerMuYuan()),
        figure("tax_per_mu", "亩均税收", perMu, efficiency.getTaxPerMuYuan()),
        figure("energy_intensity", "单位增加值能耗", intensity, efficiency.getEnergyIntensityGcePer10kYuan())
            .with("previous_year", intensity.format(efficiency.getEnergyIntensityPreviousYearGcePer10kYuan()))
            .with("change", Formats.growth(efficiency.getEnergyIntensityChangeBp())));
  }

  private static JsonObject figure(String key, String label, DisplayUnit unit, Long value) {
    return new JsonObject().with("key", key).with("label", label).with("unit", unit.label())
        .with("value", unit.format(value));
  }

  private static List<JsonObject> targets(List<TargetCompletion> targets) {
    List<JsonObject> rows = new ArrayList<>();
    for (TargetCompletion target : targets) {
      Indicator indicator = Indicator.byFieldName(target.getIndicator()).orElse(null);
      DisplayUnit unit = indicator == null ? null : DisplayUnit.forScope(indicator.unit());
      rows.add(new JsonObject()
          .with("indicator", target.getIndicator())
          .with("label", indicator == null ? target.getIndicator() : indicator.alias())
          .with("unit", unit == null ? "" : unit.label())
          .with("target", unit == null ? Long.toString(target.getTarget()) : unit.format(target.getTarget()))
          .with("actual", unit == null ? Long.toString(target.getActualYtd()) : unit.format(target.getActualYtd()))
          .with("completion", Formats.percent(target.getCompletionBp())));
    }
    return rows;
  }

  private static List<JsonObject> parkReports(ParkReportFigures month, ParkReportFigures ytd) {
    List<JsonObject> rows = new ArrayList<>();
    if (ytd == null) {
      return rows;
    }
    for (ParkIndicator indicator : ParkIndicator.values()) {
      DisplayUnit unit = DisplayUnit.forScope(indicator.unit());
      Growth growth = ytd.getGrowth().get(indicator.fieldName());
      rows.add(new JsonObject()
          .with("indicator", indicator.fieldName())
          .with("label", indicator.alias())
          .with("unit", unit.label())
          .with("month", month == null ? Formats.UNDEFINED : unit.format(indicator.getTotal(month.getTotals())))
          .with("ytd", unit.format(indicator.getTotal(ytd.getTotals())))
          .with("ytd_growth", Formats.growth(growth == null ? null : growth.getTotalBp())));
    }
    return rows;
  }
}
