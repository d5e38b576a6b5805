package org.industrialreporting.domain;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.industrialreporting.avro.RawFormat;
import org.industrialreporting.domain.validation.Origin;
import org.industrialreporting.domain.validation.RawRow;

/** Rows for tests: a valid enterprise report row to start from, with fields replaced or removed. */
public final class TestRows {

  public static final String CODE = "91350100M000100Y43";

  private TestRows() {
  }

  /** A valid report of {@link #CODE} for 2026-08. */
  public static Map<String, String> report() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("credit_code", CODE);
    fields.put("period", "2026-08");
    fields.put("output_value", "12345.678");
    fields.put("value_added", "2800.5");
    fields.put("revenue", "12000");
    fields.put("profit", "-150.25");
    fields.put("tax", "380.001");
    fields.put("energy_tce", "1520.125");
    fields.put("electricity_kwh", "4200000");
    fields.put("employees", "312");
    fields.put("rd_expense", "410");
    fields.put("export_value", "0");
    return fields;
  }

  /** A valid park report of XZ-HTZ for 2026-08. */
  public static Map<String, String> parkReport() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("park_id", "XZ-HTZ");
    fields.put("period", "2026-08");
    fields.put("fiscal_revenue", "230000.5");
    fields.put("fixed_asset_investment", "1200000");
    fields.put("actual_fdi", "5000.125");
    fields.put("land_supplied_mu", "120.5");
    fields.put("land_recovered_mu", "30.25");
    return fields;
  }

  public static Map<String, String> with(Map<String, String> fields, String field, String value) {
    Map<String, String> changed = new LinkedHashMap<>(fields);
    if (value == null) {
      changed.remove(field);
    } else {
      changed.put(field, value);
    }
    return changed;
  }

  public static RawRow row(Map<String, String> fields) {
    String raw = String.join(",", fields.values());
    return RawRow.of(Origin.fileRow("submit", "test.csv", 2, RawFormat.CSV_ROW,
        raw.getBytes(StandardCharsets.UTF_8), String.join(",", fields.keySet())), fields);
  }
}
