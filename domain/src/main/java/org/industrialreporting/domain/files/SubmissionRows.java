package org.industrialreporting.domain.files;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.MonthlyReport;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.ParkReport;
import org.industrialreporting.avro.Target;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.indicator.Indicator;
import org.industrialreporting.domain.indicator.ParkIndicator;
import org.industrialreporting.domain.indicator.Unit;
import org.industrialreporting.domain.registry.AboveScale;

/**
 * Records back to the cells of their input file, in the column order of {@link FileKind#header()} and with
 * exact submission text for every figure: what the file readers and row validators turn back into the same
 * records. For exports and generated data.
 */
public final class SubmissionRows {

  private SubmissionRows() {
  }

  public static List<String> cells(MonthlyReport report) {
    List<String> cells = new ArrayList<>(List.of(report.getCreditCode(), report.getPeriod()));
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      cells.add(indicator.format(indicator.get(report)));
    }
    return cells;
  }

  public static List<String> cells(ParkReport report) {
    List<String> cells = new ArrayList<>(List.of(report.getParkId(), report.getPeriod()));
    for (ParkIndicator indicator : ParkIndicator.values()) {
      cells.add(indicator.format(indicator.get(report)));
    }
    return cells;
  }

  public static List<String> cells(Enterprise e) {
    return List.of(e.getCreditCode(), e.getName(), e.getDistrictCode(), orEmpty(e.getParkId()), orEmpty(e.getTown()),
        e.getIndustryCode(), e.getTags().stream().map(Enum::name).collect(Collectors.joining(";")),
        flag(e.getAboveScale()), AboveScale.format(e.getAboveScaleByYear()), flag(e.getKeyEnergyUser()),
        e.getLandAreaCentimu() == null ? "" : Unit.MU.format(e.getLandAreaCentimu()),
        e.getEnergyBudgetKgce() == null ? "" : Unit.TCE.format(e.getEnergyBudgetKgce()));
  }

  public static List<String> cells(Park park) {
    return List.of(park.getParkId(), park.getName(), park.getDistrictCode(), park.getLevel().name(),
        orEmpty(park.getParentParkId()));
  }

  /** @throws IllegalArgumentException when the target's indicator is no field of the submission formats */
  public static List<String> cells(Target target) {
    Indicator indicator = Indicator.byFieldName(target.getIndicator()).orElseThrow(
        () -> new IllegalArgumentException("unknown indicator of target: " + target.getIndicator()));
    return List.of(target.getScopeType().name(), target.getScopeId(), Integer.toString(target.getYear()),
        target.getIndicator(), indicator.format(target.getTarget()));
  }

  private static String flag(boolean value) {
    return value ? "Y" : "N";
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
