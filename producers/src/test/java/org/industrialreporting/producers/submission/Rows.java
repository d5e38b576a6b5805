package org.industrialreporting.producers.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.industrialreporting.domain.files.RowFiles;
import org.industrialreporting.domain.files.RowReader;
import org.industrialreporting.domain.validation.RawRow;

/** Rows of small in-memory files, read by the real file readers. */
public final class Rows {

  public static final String REPORT_HEADER = "credit_code,period,output_value,value_added,revenue,profit,tax,"
      + "energy_tce,electricity_kwh,employees,rd_expense,export_value";
  public static final String CODE = "91350100M000100Y43";
  public static final String OTHER_CODE = "91330411MA000023BA";

  private Rows() {
  }

  /** A report row of the enterprise for the month with the given output (thousand yuan). */
  public static String report(String code, String period, String output) {
    return String.join(",", code, period, output, "100", "900", "-5.5", "12", "15.302", "86197", "65", "3", "0");
  }

  /** The rows of a file with these lines (header first). */
  public static List<RawRow> of(String fileName, String source, String... lines) {
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    try (RowReader reader = RowFiles.open(new ByteArrayInputStream(bytes), fileName, source)) {
      List<RawRow> rows = new ArrayList<>();
      reader.forEachRemaining(rows::add);
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
