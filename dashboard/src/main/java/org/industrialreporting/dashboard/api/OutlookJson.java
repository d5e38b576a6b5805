package org.industrialreporting.dashboard.api;

import java.util.List;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.dashboard.display.DisplayUnit;
import org.industrialreporting.dashboard.display.Formats;
import org.industrialreporting.dashboard.outlook.ScopeOutlook;
import org.industrialreporting.dashboard.outlook.TargetOutlook;
import org.industrialreporting.dashboard.view.View;
import org.industrialreporting.domain.indicator.Indicator;

/** The full-year outlook of a rollup's targets, as the rollup answer's {@code outlook}. */
final class OutlookJson {

  private OutlookJson() {
  }

  static List<JsonObject> of(View view, Scope scope, Rollup rollup) {
    return ScopeOutlook.of(scope.rollups(view), rollup).stream().map(OutlookJson::json).toList();
  }

  private static JsonObject json(TargetOutlook outlook) {
    DisplayUnit unit = DisplayUnit.forScope(Indicator.byFieldName(outlook.indicator()).orElseThrow().unit());
    return new JsonObject()
        .with("indicator", outlook.indicator())
        .with("target", outlook.target())
        .with("actual_ytd", outlook.actualYtd())
        .with("basis", outlook.basis().name())
        .with("projected", outlook.projected())
        .with("projected_completion_bp", outlook.projectedCompletionBp())
        .with("remaining_months", outlook.remainingMonths())
        .with("needed_per_remaining_month", outlook.neededPerRemainingMonth())
        .with("pace_per_month", outlook.pacePerMonth())
        .with("at_risk", outlook.atRisk())
        .with("display", new JsonObject()
            .with("unit", unit.label())
            .with("projected", unit.format(outlook.projected()))
            .with("projected_completion", Formats.percent(outlook.projectedCompletionBp()))
            .with("needed_per_remaining_month", unit.format(outlook.neededPerRemainingMonth()))
            .with("pace_per_month", unit.format(outlook.pacePerMonth()))
            .with("basis", basisLabel(outlook.basis())));
  }

  private static String basisLabel(TargetOutlook.Basis basis) {
    return switch (basis) {
      case LAST_YEAR_PROFILE -> "按上年月度进度推算";
      case LINEAR -> "无上年数据，按已过月份线性推算";
      case YEAR_COMPLETE -> "全年已完成";
      case LEVEL -> "按当月人数";
    };
  }
}
