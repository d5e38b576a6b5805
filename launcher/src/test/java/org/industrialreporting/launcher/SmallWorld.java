package org.industrialreporting.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A district with two parks (XZ-PV inside XZ-HTZ) and three enterprises (one in each park, one in none), as the
 * registry files an official loads, and report files in the submission format.
 */
public final class SmallWorld {

  public static final String DISTRICT = "330411";
  /** In the photovoltaic town XZ-PV, a child park of the high-tech zone. */
  public static final String IN_TOWN = "91350100M000100Y43";
  /** In the high-tech zone XZ-HTZ itself. */
  public static final String IN_ZONE = "91330411MA000023BA";
  /** In no park. */
  public static final String OUTSIDE = "91330411MA001AFQ31";
  public static final String REPORT_HEADER = "credit_code,period,output_value,value_added,revenue,profit,tax,"
      + "energy_tce,electricity_kwh,employees,rd_expense,export_value";
  public static final String PARK_REPORT_HEADER = "park_id,period,fiscal_revenue,fixed_asset_investment,"
      + "actual_fdi,land_supplied_mu,land_recovered_mu";

  private SmallWorld() {
  }

  /** The child park comes before its parent, as it may. */
  public static Path parks(Path dir) {
    return write(dir.resolve("parks.csv"), "park_id,name,district_code,level,parent_park_id",
        "XZ-PV,秀洲光伏小镇,330411,THEMED,XZ-HTZ",
        "XZ-HTZ,秀洲国家高新区,330411,NATIONAL_HIGH_TECH,");
  }

  public static Path enterprises(Path dir) {
    return write(dir.resolve("enterprises.csv"), "credit_code,name,district_code,park_id,town,industry_code,tags,"
            + "above_scale,key_energy_user,land_area_mu,energy_budget_tce",
        IN_TOWN + ",光伏甲,330411,XZ-PV,王店镇,C3825,STRATEGIC_EMERGING;HIGH_TECH,Y,N,20,",
        IN_ZONE + ",装备乙,330411,XZ-HTZ,嘉北街道,C3491,EQUIPMENT_MANUFACTURING,Y,Y,35.5,12000",
        OUTSIDE + ",纺织丙,330411,,新塍镇,C1713,,Y,N,,");
  }

  /** A report row with the given output (thousand yuan) and fixed other figures. */
  public static String report(String code, String period, String output) {
    return String.join(",", code, period, output, "100", "900", "-5.5", "12", "15.302", "86197", "65", "3", "0");
  }

  /** A file of lines, with CRLF line ends as spreadsheets write them. */
  public static Path write(Path file, String... lines) {
    try {
      return Files.writeString(file, String.join("\r\n", List.of(lines)) + "\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
