package org.industrialreporting.dashboard.display;

import org.industrialreporting.avro.ParkLevel;

/**
 * Chinese names of the registry's codes, as the district's bulletins use them; the alerts' codes are named by
 * {@code anomaly.AlertLabels}, shared with the alert texts. A code added to a schema later shows under its own name
 * until it gets a label here.
 */
public final class Labels {

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
}
