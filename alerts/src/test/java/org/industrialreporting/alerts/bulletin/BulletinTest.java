package org.industrialreporting.alerts.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.industrialreporting.alerts.Alerts;
import org.industrialreporting.anomaly.AlertRecords;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.ClearReason;
import org.industrialreporting.avro.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulletinTest {

  private final AnomalyAlert stoppage = Alerts.stoppage();
  private final AnomalyAlert rise = Alerts.energyRise(Severity.RED, 3_250_000);
  private final AnomalyAlert budget = Alerts.budgetOverrun();
  /** A cleared alert, another district's and another month's are not in the bulletin. */
  private final List<AnomalyAlert> latest = List.of(budget, rise, stoppage, Alerts.changshuOutputFall(),
      AnomalyAlert.newBuilder(AlertRecords.reconcile(List.of(Alerts.energyRise(Severity.YELLOW, 2_000_000)),
          List.of(), Alerts.AT, ClearReason.CORRECTION).get(0)).setAlertId("ENTERPRISE|91330411MA000099XX|2026-09|ENERGY_RISE").build(),
      AnomalyAlert.newBuilder(stoppage).setPeriod("2026-08").setAlertId("ENTERPRISE|91330411MA001AFQ31|2026-08|STOPPAGE").build());

  private final Bulletin bulletin = Bulletin.of("330411", "秀洲区", Alerts.SEPTEMBER, latest);

  @Test
  void listsTheDistrictsOpenAlertsOfTheMonthRedFirstThenTheLargestDeviation() {
    // The stoppage (output −97 %) is further off than the energy rise (+150 %); the budget overrun is YELLOW.
    assertThat(bulletin.alerts()).containsExactly(stoppage, rise, budget);
  }

  @Test
  void markdownCountsByKindAndSeverityAndListsEachAlertWithItsFigures() {
    String md = BulletinFormats.markdown(bulletin);

    assertThat(md).startsWith("# 秀洲区 2026年9月工业企业能耗与产值异常情况通报\n\n"
        + "区县代码 330411，报告期 2026-09，预警 3 条（红色 2 条，黄色 1 条）。");
    assertThat(md).contains("| 能耗异常上升 | 1 | 0 | 1 |\n", "| 疑似停产 | 1 | 0 | 1 |\n", "| 超用能预算 | 0 | 1 | 1 |\n",
        "| 合计 | 2 | 1 | 3 |\n");
    assertThat(md).contains("| 1 | 红色 | 疑似停产 | 嘉兴新凯印染有限公司 | 91330411MA001AFQ31 |  | C1713 | 工业总产值 | 240 万元 | "
        + "8,000 万元 | 环比（前三月中位数） | -97.0% | " + stoppage.getExplanation() + " |");
    assertThat(md).contains("| 2 | 红色 | 能耗异常上升 | 嘉兴恒达科光伏有限公司 | 91330411MA000023BA | XZ-PV | C3825 | 综合能耗 | "
        + "3,250 吨标准煤 | 1,300 吨标准煤 | 同比 | +150.0% |");
    assertThat(md).contains("| 3 | 黄色 | 超用能预算 |");
  }

  @Test
  void htmlHasTheSameTablesEscapedWithTheLevelsMarked() {
    String html = BulletinFormats.html(bulletin);

    assertThat(html).contains("<title>秀洲区 2026年9月工业企业能耗与产值异常情况通报</title>", "<td class=\"RED\">红色</td>",
        "<td class=\"YELLOW\">黄色</td>", "<td>3,250 吨标准煤</td>", "<td class=\"n\">2</td>");
    assertThat(html.indexOf("疑似停产</td><td>嘉兴新凯印染")).isLessThan(html.indexOf("能耗异常上升</td><td>嘉兴恒达科"));
  }

  @Test
  void csvHasTheExactFiguresInStoredUnits(@TempDir Path dir) throws Exception {
    List<Path> files = BulletinFiles.write(bulletin, dir);

    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("bulletin-330411-2026-09.md", "bulletin-330411-2026-09.html", "bulletin-330411-2026-09.csv");
    List<String> csv = Files.readAllLines(files.get(2), StandardCharsets.UTF_8);
    assertThat(csv).hasSize(4);
    assertThat(csv.get(0)).startsWith("rank,severity,kind,scope_type,scope_id,scope_name,park_id,industry_code,indicator,");
    assertThat(csv.get(1)).startsWith("1,RED,STOPPAGE,ENTERPRISE,91330411MA001AFQ31,嘉兴新凯印染有限公司,,C1713,output_value,"
        + "MONTH_ON_MONTH,2400000,80000000,-9700,3.0,5.0,ENTERPRISE|91330411MA001AFQ31|2026-09|STOPPAGE,1,");
    assertThat(csv.get(3)).startsWith("3,YELLOW,BUDGET_OVERRUN,ENTERPRISE,91330411MA001AFQ31,嘉兴新凯印染有限公司,,C1713,"
        + "energy_tce,BUDGET_PRO_RATA,9720000,9000000,800,108.0,100.0,");
  }
}
