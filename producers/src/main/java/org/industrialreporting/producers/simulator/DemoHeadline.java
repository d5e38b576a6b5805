package org.industrialreporting.producers.simulator;

import java.time.YearMonth;

/**
 * The headline figures of Xiuzhou that the demo world reproduces for January–September 2026 (docs/product.md):
 * amounts in yuan, growth year on year on comparable basis, completion of the annual target.
 */
public final class DemoHeadline {

  public static final String DISTRICT = "330411";
  public static final String HIGH_TECH_ZONE = "XZ-HTZ";
  /** The high-tech zone's child park; the zone's figures include it. */
  public static final String PHOTOVOLTAIC_TOWN = "XZ-PV";
  public static final int ABOVE_SCALE_ENTERPRISES = 511;
  public static final YearMonth FIRST = YearMonth.of(2026, 1);
  public static final YearMonth LAST = YearMonth.of(2026, 9);

  public static final double OUTPUT_YUAN = 47.5e9;
  public static final double OUTPUT_GROWTH = 0.114;
  public static final double VALUE_ADDED_YUAN = 10.52e9;
  public static final double VALUE_ADDED_GROWTH = 0.075;
  public static final double EQUIPMENT_VALUE_ADDED_YUAN = 3.24e9;
  public static final double EMERGING_VALUE_ADDED_YUAN = 3.61e9;
  public static final double DIGITAL_VALUE_ADDED_YUAN = 2.14e9;
  public static final double ZONE_OUTPUT_YUAN = 23.3e9;
  public static final double ZONE_OUTPUT_GROWTH = 0.138;
  public static final double ZONE_INVESTMENT_YUAN = 11.06e9;
  public static final double ZONE_INVESTMENT_COMPLETION = 1.007;
  public static final double ZONE_FISCAL_REVENUE_YUAN = 2.02e9;
  public static final double ZONE_FISCAL_REVENUE_GROWTH = 0.18;
  public static final double ZONE_FISCAL_REVENUE_COMPLETION = 1.052;

  private DemoHeadline() {
  }
}
