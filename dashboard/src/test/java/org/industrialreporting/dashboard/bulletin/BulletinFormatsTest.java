package org.industrialreporting.dashboard.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.dashboard.TestRecords.DISTRICT;
import static org.industrialreporting.dashboard.bulletin.BulletinWorld.B;
import static org.industrialreporting.dashboard.bulletin.BulletinWorld.D;
import static org.industrialreporting.dashboard.bulletin.BulletinWorld.SEPTEMBER;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.industrialreporting.dashboard.evaluation.EvaluationRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BulletinWorld}'s September as Markdown, HTML, CSV and XLSX. */
class BulletinFormatsTest {

  private final Bulletin bulletin = BulletinWorld.load()
      .read(view -> DistrictBulletin.of(view, DISTRICT, SEPTEMBER, EvaluationRules.defaults()));

  @Test
  void markdownHasTheTitleTheNoticesAndEverySectionsTables() {
    String md = BulletinFormats.markdown(bulletin);

    assertThat(md).startsWith("# 秀洲区2026年9月工业经济与能源运行通报（初步数据）\n\n区县代码 330411，报告期 2026-09，初步数据。\n\n"
        + "> 2026年9月应报企业 4 家，已报 3 家，未报 1 家（报送率 75.0%）。");
    assertThat(md).contains("## 一、主要指标\n", "| 工业总产值 | 亿元 | 9.00 | +11.4% | 27.00 | +11.4% | 108.00 | 25.0% | 33.3% |\n",
        "| 1 | 秀洲国家高新区 | 5.00 | +11.4% | 15.00 | +11.4% | 55.6% |", "| 1 | 企业BB02 | " + B + " | 500.00 | 300.00 |"
            + " 60.0% | 75.0% | 红灯 | 企业BB02超用能预算 |", "| 1 | " + D + " | 企业DD04 | 食品产业园 | 油车港镇 |\n");
    // The world has no industry rollups: the ranking says so in its one row.
    assertThat(md).containsPattern("\\*\\*行业排名\\*\\*\n\n\\|[^\n]*\n\\|[^\n]*\n\\| （本月无数据） \\|( \\|)+\n\n");
    assertThat(md.indexOf("## 一、")).isLessThan(md.indexOf("## 二、"));
    assertThat(md.indexOf("## 七、")).isLessThan(md.indexOf("## 八、"));
  }

  @Test
  void aRevisionCarriesItsNumberAndWhatChanged() {
    String md = BulletinFormats.markdown(bulletin.asRevision(2, List.of("报送情况：应报 4 家，已报 3 家 → 应报 4 家，已报 4 家")));

    assertThat(md).startsWith("# 秀洲区2026年9月工业经济与能源运行通报（初步数据）（修订 2）\n\n**修订说明**（修订 2）：\n\n"
        + "- 报送情况：应报 4 家，已报 3 家 → 应报 4 家，已报 4 家\n\n区县代码 330411，报告期 2026-09，第 2 版，初步数据。");
    // The revision marks are not content: the digest stays.
    assertThat(BulletinFormats.contentSha256(bulletin.asRevision(2, List.of("x"))))
        .isEqualTo(BulletinFormats.contentSha256(bulletin)).hasSize(64);
  }

  @Test
  void htmlIsOnePrintablePageWithNothingToLoad() {
    String html = BulletinFormats.html(bulletin);

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">")
        .contains("<title>秀洲区2026年9月工业经济与能源运行通报（初步数据）</title>", "@page{size:A4 landscape",
            "@media print{", "thead{display:table-header-group}", "<h2>五、能耗双控</h2>",
            "<td class=\"RED\">红灯</td>", "<td class=\"YELLOW\">黄灯</td>", "<td class=\"GREEN\">绿灯</td>",
            "<td class=\"n\">27.00</td>", "<p class=\"notice\">2026年9月应报企业 4 家");
    assertThat(html).doesNotContain("<script", "<link", "src=", "http://", "https://");
  }

  @Test
  void csvHasEveryTableWithTheExactFiguresInStoredUnits() {
    List<String> lines = BulletinFormats.csv(bulletin).lines().toList();

    assertThat(lines.get(0)).isEqualTo("秀洲区2026年9月工业经济与能源运行通报（初步数据）");
    assertThat(lines).contains("一、主要指标：规上工业主要指标",
        "指标,存储单位,2026年9月（存储单位）,同比（基点）,2026年1–9月（存储单位）,累计同比（基点）,年度目标（存储单位）,目标完成率（基点）,"
            + "全年预计完成率（基点）",
        "工业总产值,yuan,900000000,1140,2700000000,1140,10800000000,2500,3333",
        "1,秀洲国家高新区,500000000,1140,1500000000,1140,5556,300000000,,1500000,",
        "1,企业BB02," + B + ",500000,300000,6000,7500,RED,企业BB02超用能预算",
        "1,RED,OUTPUT_FALL,企业BB02," + B + ",,energy_tce,300000,1000000,MONTH_ON_MONTH,15000,综合能耗环比上升150.0%",
        "1," + D + ",企业DD04,食品产业园,油车港镇");
  }

  @Test
  void xlsxReadsBackWithTheTextSheetAndOneSheetPerTableOfExactNumbers(@TempDir Path dir) throws Exception {
    List<Path> files = BulletinFiles.write(bulletin, dir);
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("bulletin-330411-2026-09.md",
        "bulletin-330411-2026-09.html", "bulletin-330411-2026-09.csv", "bulletin-330411-2026-09.xlsx");
    assertThat(Files.readString(files.get(0), StandardCharsets.UTF_8)).isEqualTo(BulletinFormats.markdown(bulletin));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(files.get(3))))) {
      List<String> sheets = new ArrayList<>();
      workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
      assertThat(sheets).containsExactly("说明", "一、规上工业主要指标", "二、园区排名", "三、乡镇（街道）排名", "四、重点产业占比",
          "四、行业排名", "五、能耗总量和强度", "五、重点用能单位用能预算", "六、异常波动预警", "七、未报企业名单", "八、分类结果", "八、参评企业");
      assertThat(workbook.getSheet("说明").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("秀洲区2026年9月工业经济与能源运行通报（初步数据）");

      Sheet headline = workbook.getSheet("一、规上工业主要指标");
      assertThat(headline.getRow(0).getCell(4).getStringCellValue()).isEqualTo("2026年1–9月（存储单位）");
      Row output = headline.getRow(1);
      assertThat(output.getCell(0).getStringCellValue()).isEqualTo("工业总产值");
      assertThat(output.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(output.getCell(4).getNumericCellValue()).isEqualTo(2_700_000_000d);
      assertThat(output.getCell(7).getNumericCellValue()).isEqualTo(2500d);

      Row red = workbook.getSheet("五、重点用能单位用能预算").getRow(1);
      assertThat(red.getCell(2).getStringCellValue()).isEqualTo(B);
      assertThat(red.getCell(3).getNumericCellValue()).isEqualTo(500_000d);
      assertThat(red.getCell(7).getStringCellValue()).isEqualTo("RED");
      assertThat(red.getCell(7).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
      assertThat(red.getCell(7).getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.RED.getIndex());
      assertThat(workbook.getSheet("七、未报企业名单").getRow(1).getCell(1).getStringCellValue()).isEqualTo(D);
    }
  }
}
