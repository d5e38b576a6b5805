package org.industrialreporting.domain.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.industrialreporting.avro.RawFormat;
import org.industrialreporting.domain.validation.Origin;
import org.industrialreporting.domain.validation.RawRow;
import org.industrialreporting.domain.validation.Reason;
import org.industrialreporting.domain.validation.ReasonCode;
import org.junit.jupiter.api.Test;

class RowFilesTest {

  private static final String HEADER = "credit_code,period,output_value,value_added,revenue,profit,tax,energy_tce,"
      + "electricity_kwh,employees,rd_expense,export_value";
  private static final String ROW = "91350100M000100Y43,2026-08,12345.678,2800.5,12000,-150.25,380,1520.125,"
      + "4200000,312,410,0";

  private static RowReader open(byte[] bytes) throws IOException {
    return RowFiles.open(new ByteArrayInputStream(bytes), "in.csv", "submit");
  }

  private static RowReader open(String text) throws IOException {
    return open(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<RawRow> rows(RowReader reader) {
    List<RawRow> rows = new ArrayList<>();
    reader.forEachRemaining(rows::add);
    return rows;
  }

  private static String raw(RawRow row) {
    return new String(row.origin().raw(), StandardCharsets.UTF_8);
  }

  @Test
  void readsCsvRowsWithLineNumbersAndRawBytes() throws IOException {
    try (RowReader reader = open(HEADER + "\r\n" + ROW + "\r\n\r\n" + ROW.replace("2026-08", "2026-09"))) {
      assertThat(reader.kind()).isEqualTo(FileKind.ENTERPRISE_REPORT);
      assertThat(reader.format()).isEqualTo(RawFormat.CSV_ROW);
      assertThat(reader.header()).contains(HEADER);
      List<RawRow> rows = rows(reader);
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).origin().lineNumber()).isEqualTo(2);
      assertThat(rows.get(0).origin().location()).isEqualTo("in.csv:2");
      assertThat(raw(rows.get(0))).isEqualTo(ROW);
      assertThat(rows.get(0).fields()).containsEntry("output_value", "12345.678").containsEntry("profit", "-150.25");
      assertThat(rows.get(1).origin().lineNumber()).as("after a blank line").isEqualTo(4);
      assertThat(rows.get(1).text("period")).isEqualTo("2026-09");
      assertThat(rows.get(1).origin().header()).isEqualTo(HEADER);
    }
  }

  @Test
  void acceptsBomChineseHeadersWithUnitsAndSpacing() throws IOException {
    String header = "统一社会信用代码,报告期,工业总产值(千元),工业增加值（千元）,营业收入,利润总额,税金总额,"
        + "综合能源消费量 (吨标准煤),用电量(kWh),从业人员平均人数,研发费用, Export Value ";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = (header + "\n" + ROW + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(text, 0, bytes, bom.length, text.length);
    try (RowReader reader = open(bytes)) {
      assertThat(reader.kind()).isEqualTo(FileKind.ENTERPRISE_REPORT);
      assertThat(reader.header()).contains(header);
      RawRow row = reader.next();
      assertThat(row.fields()).containsEntry("credit_code", "91350100M000100Y43").containsEntry("export_value", "0");
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void refusesHeadersWithEveryProblemNamed() {
    String header = "credit_code,period,output_value(元),value_added,revenue,revenue,profit,tax,energy_tce,"
        + "electricity_kwh,employees,rd_expense,colour";
    assertThatThrownBy(() -> open(header + "\n" + ROW)).isInstanceOf(FileFormatException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("names the unit '元', but output_value is in thousand yuan (千元)")
        .hasMessageContaining("columns 5 and 6 are both revenue")
        .hasMessageContaining("unknown field 'colour'")
        .hasMessageContaining("column export_value (出口交货值) is missing");
  }

  @Test
  void refusesFilesWhoseKindCannotBeTold() {
    assertThatThrownBy(() -> open("a,b\n1,2")).isInstanceOf(FileFormatException.class)
        .hasMessageContaining("cannot tell the kind of file");
    assertThatThrownBy(() -> open("")).isInstanceOf(FileFormatException.class).hasMessageContaining("empty");
  }

  @Test
  void refusesAHeaderThatIsNotUtf8() {
    byte[] gbk = ("统一社会信用代码,报告期\n").getBytes(Charset.forName("GBK"));
    assertThatThrownBy(() -> open(gbk)).isInstanceOf(FileFormatException.class)
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void reportsMalformedRowsAndKeepsGoing() throws IOException {
    String text = HEADER + "\n"
        + ROW.replace("12345.678", "12,345.678") + "\n" // unquoted thousands separator: one cell too many
        + ROW.replace("2026-08,", "") + "\n" // a cell short
        + ROW.replace("12345.678", "\"12345.678") + "\n" // never closed
        + ",,,,,,,,,,,\n"; // an empty spreadsheet row
    try (RowReader reader = open(text)) {
      List<RawRow> rows = rows(reader);
      assertThat(rows).hasSize(3);
      assertThat(rows.get(0).readable()).isFalse();
      assertThat(rows.get(0).problems()).singleElement().satisfies(reason -> {
        assertThat(reason.code()).isEqualTo(ReasonCode.MALFORMED_ROW);
        assertThat(reason.message()).contains("13 cells but the header has 12 columns", "thousands separators");
      });
      assertThat(rows.get(1).problems()).extracting(Reason::message).first().asString().contains("11 cells");
      assertThat(rows.get(2).problems()).extracting(Reason::message).first().asString().contains("never closed");
      assertThat(rows.get(2).origin().lineNumber()).isEqualTo(4);
      assertThat(raw(rows.get(2))).as("the rest of the file").contains(",,,,,,,,,,,");
    }
  }

  @Test
  void readsQuotedValuesAcrossLinesAndTrailingEmptyCells() throws IOException {
    String text = "park_id,name,district_code,level,parent_park_id\n"
        + "XZ-HTZ,\"Xiuzhou \"\"High-tech\"\",\nZone\",330411,NATIONAL_HIGH_TECH,,,\n"
        + "XZ-PV,光伏小镇,330411,THEMED,XZ-HTZ\n";
    try (RowReader reader = open(text)) {
      assertThat(reader.kind()).isEqualTo(FileKind.PARKS);
      List<RawRow> rows = rows(reader);
      assertThat(rows.get(0).text("name")).isEqualTo("Xiuzhou \"High-tech\",\nZone");
      assertThat(raw(rows.get(0))).isEqualTo("XZ-HTZ,\"Xiuzhou \"\"High-tech\"\",\nZone\",330411,NATIONAL_HIGH_TECH,,,");
      assertThat(rows.get(0).fields()).containsEntry("parent_park_id", "");
      assertThat(rows.get(1).origin().lineNumber()).isEqualTo(4);
    }
  }

  @Test
  void tellsEveryKindByItsHeader() throws IOException {
    assertThat(open("park_id,period," + String.join(",", List.of("fiscal_revenue", "fixed_asset_investment",
        "actual_fdi", "land_supplied_mu", "land_recovered_mu"))).kind()).isEqualTo(FileKind.PARK_REPORT);
    assertThat(open("credit_code,name,district_code,industry_code").kind()).isEqualTo(FileKind.ENTERPRISES);
    assertThat(open(String.join(",", FileKind.TARGETS.header())).kind()).isEqualTo(FileKind.TARGETS);
    assertThat(open("园区代码,园区名称,行政区划代码,园区级别").kind()).isEqualTo(FileKind.PARKS);
    assertThatThrownBy(() -> open(HEADER + ",park_id")).hasMessageContaining("unknown field 'park_id'");
  }

  @Test
  void readsJsonLinesWithExactNumbersAndRowProblems() throws IOException {
    String text = "\uFEFF{\"credit_code\":\"91350100M000100Y43\",\"period\":\"2026-08\",\"output_value\":12345.678,"
        + "\"工业增加值\":\"2800.5\",\"employees\":312,\"export_value\":null}\n"
        + "\n"
        + "{\"credit_code\":\"X\",\"ouput_value\":1,\"output_value\":2,\"Output Value\":3}\n"
        + "{\"credit_code\": [1]}\n"
        + "not json\n";
    try (RowReader reader = open(text)) {
      assertThat(reader.kind()).isEqualTo(FileKind.ENTERPRISE_REPORT);
      assertThat(reader.format()).isEqualTo(RawFormat.JSON);
      assertThat(reader.header()).isEmpty();
      List<RawRow> rows = rows(reader);
      assertThat(rows).hasSize(4);
      RawRow first = rows.get(0);
      assertThat(first.fields()).containsEntry("output_value", "12345.678").containsEntry("value_added", "2800.5")
          .containsEntry("employees", "312").doesNotContainKey("export_value");
      assertThat(first.origin().rawFormat()).isEqualTo(RawFormat.JSON);
      assertThat(first.origin().lineNumber()).isEqualTo(1);
      RawRow second = rows.get(1);
      assertThat(second.origin().lineNumber()).isEqualTo(3);
      assertThat(raw(second)).startsWith("{\"credit_code\":\"X\"");
      assertThat(second.problems()).extracting(Reason::code)
          .containsExactly(ReasonCode.UNKNOWN_FIELD, ReasonCode.DUPLICATE_FIELD);
      assertThat(second.fields()).containsEntry("output_value", "2");
      assertThat(rows.get(2).readable()).isFalse();
      assertThat(rows.get(3).problems()).extracting(Reason::code).containsExactly(ReasonCode.MALFORMED_ROW);
    }
  }

  @Test
  void readsOneJsonObjectSuchAsARequestBody() {
    byte[] body = "{\n  \"park_id\": \"XZ-HTZ\",\n  \"财政收入\": 230000.5,\n  \"colour\": 1\n}"
        .getBytes(StandardCharsets.UTF_8);
    RawRow row = RowFiles.jsonObject(Origin.request("intake", "req-7", RawFormat.JSON, body), FileKind.PARK_REPORT);
    assertThat(row.fields()).containsEntry("park_id", "XZ-HTZ").containsEntry("fiscal_revenue", "230000.5");
    assertThat(row.problems()).extracting(Reason::code).containsExactly(ReasonCode.UNKNOWN_FIELD);
    assertThat(row.origin().location()).isEqualTo("req-7");
    RawRow broken = RowFiles.jsonObject(Origin.request("intake", "req-8", RawFormat.JSON, new byte[] {'['}),
        FileKind.PARK_REPORT);
    assertThat(broken.readable()).isFalse();
  }

  @Test
  void csvWriterOutputReadsBack() throws IOException {
    StringWriter out = new StringWriter();
    CsvWriter writer = new CsvWriter(out);
    writer.row(FileKind.PARKS.header());
    writer.row(List.of("XZ-HTZ", "a, \"quoted\" name ", "330411", "NATIONAL_HIGH_TECH", ""));
    try (RowReader reader = open(out.toString())) {
      assertThat(reader.next().fields()).containsEntry("name", "a, \"quoted\" name ");
    }
  }
}
