package org.industrialreporting.dashboard.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.industrialreporting.dashboard.TestRecords.DISTRICT;
import static org.industrialreporting.dashboard.bulletin.BulletinWorld.A;
import static org.industrialreporting.dashboard.bulletin.BulletinWorld.B;
import static org.industrialreporting.dashboard.bulletin.BulletinWorld.C;
import static org.industrialreporting.dashboard.bulletin.BulletinWorld.D;
import static org.industrialreporting.dashboard.bulletin.BulletinWorld.SEPTEMBER;

import java.time.YearMonth;
import java.util.List;
import org.industrialreporting.dashboard.evaluation.EvaluationRules;
import org.industrialreporting.dashboard.view.ReadModel;
import org.junit.jupiter.api.Test;

/** The bulletin of {@link BulletinWorld}'s September, figure by figure. */
class DistrictBulletinTest {

  private final ReadModel model = BulletinWorld.load();
  private final Bulletin bulletin = bulletin(SEPTEMBER);

  private Bulletin bulletin(YearMonth period) {
    return model.read(view -> DistrictBulletin.of(view, DISTRICT, period, EvaluationRules.defaults()));
  }

  static BulletinSection section(Bulletin bulletin, String title) {
    return bulletin.sections().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
  }

  /** The texts of a table's rows. */
  static List<List<String>> rows(BulletinTable table) {
    return table.rows().stream().map(row -> row.stream().map(Cell::text).toList()).toList();
  }

  @Test
  void aPartlyReportedMonthSaysHowManyReportedAndMarksItsFiguresProvisional() {
    assertThat(bulletin.expected()).isEqualTo(4);
    assertThat(bulletin.reported()).isEqualTo(3);
    assertThat(bulletin.provisional()).isTrue();
    assertThat(bulletin.title()).isEqualTo("秀洲区2026年9月工业经济与能源运行通报（初步数据）");
    assertThat(bulletin.notices()).containsExactly("2026年9月应报企业 4 家，已报 3 家，未报 1 家（报送率 75.0%）。"
        + "以下数字为已报企业的汇总，属初步数据，待报送齐全后以修订版为准。");
  }

  @Test
  void headlineFiguresOfTheMonthAndTheYearToDateWithComparableGrowthAndTargets() {
    BulletinSection headline = section(bulletin, "一、主要指标");
    assertThat(headline.paragraphs().get(0)).startsWith("2026年1–9月，全区规上工业企业 2 家，实现工业总产值 27.00 亿元，"
        + "同比增长 11.4%；工业增加值 5.40 亿元，同比增速无可比数据；综合能源消费量 0.27 万吨标准煤，同比增速无可比数据。"
        + "2026年9月当月，工业总产值 9.00 亿元，同比增长 11.4%。");
    List<List<String>> rows = rows(headline.tables().get(0));
    // 9 亿元 in the month, 27 to date, target 108 (25.0 %), and on last year's lack of profile 27 × 12 / 9 = 36 (33.3 %).
    assertThat(rows.get(0)).containsExactly("工业总产值", "亿元", "9.00", "+11.4%", "27.00", "+11.4%", "108.00", "25.0%",
        "33.3%");
    assertThat(rows.get(1)).containsExactly("工业增加值", "亿元", "1.80", "—", "5.40", "—", "—", "—", "—");
    assertThat(headline.tables().get(0).rows().get(0).get(4).exact()).isEqualTo(2_700_000_000L);
    assertThat(bulletin.headline()).containsEntry("工业总产值（2026年1–9月）", "27.00 亿元（+11.4%）")
        .containsEntry("报送情况", "应报 4 家，已报 3 家");
  }

  @Test
  void parksAndTownsAreRankedByYearToDateOutputWithTheirShareOfTheDistrict() {
    List<List<String>> parks = rows(section(bulletin, "二、园区排名").tables().get(0));
    assertThat(parks).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(4) + " " + r.get(6)).containsExactly(
        "1 秀洲国家高新区 15.00 55.6%", "2 光伏小镇 9.00 33.3%", "3 食品产业园 6.00 22.2%");
    List<List<String>> towns = rows(section(bulletin, "三、乡镇（街道）排名").tables().get(0));
    assertThat(towns).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(4) + " " + r.get(6)).containsExactly(
        "1 王店镇 18.00 66.7%", "2 油车港镇 9.00 33.3%");
  }

  @Test
  void structureSharesAsTheRollupHasThem() {
    List<List<String>> shares = rows(section(bulletin, "四、产业结构").tables().get(0));
    assertThat(shares.get(0)).containsExactly("战略性新兴产业增加值", "2.70", "50.0%");
    assertThat(shares.get(1)).containsExactly("高新技术产业产值", "13.50", "50.0%");
  }

  @Test
  void keyEnergyUsersAgainstTheirBudgetsRedFirstThenYellowThenGreen() {
    BulletinSection energy = section(bulletin, "五、能耗双控");
    assertThat(energy.paragraphs().get(0)).contains("单位工业增加值能耗 0.050 吨标准煤/万元");
    assertThat(energy.paragraphs().get(1)).startsWith("重点用能单位 3 家：红灯 1 家，黄灯 1 家，绿灯 1 家。");
    // B: 300 t of 500 t; A: 400 t of 1,000 t; D has not reported; the year is 9/12 = 75.0 % gone.
    assertThat(rows(energy.tables().get(1))).extracting(r -> String.join(" ", r.subList(1, 8))).containsExactly(
        "企业BB02 " + B + " 500.00 300.00 60.0% 75.0% 红灯",
        "企业AA01 " + A + " 1000.00 400.00 40.0% 75.0% 黄灯",
        "企业DD04 " + D + " 800.00 未报送 — 75.0% 绿灯");
    assertThat(energy.tables().get(1).rows().get(0).get(7).light()).isEqualTo(Cell.Light.RED);
  }

  @Test
  void swingsRedBeforeYellowThenTheLargestDeviationWithTheFiguresCompared() {
    BulletinSection alerts = section(bulletin, "六、异常波动企业");
    assertThat(alerts.paragraphs()).containsExactly(
        "2026年9月能耗或产值异常波动预警 4 条（红色 3 条，黄色 1 条），按红色在前、偏离程度由大到小排列。");
    // B's fall to 30 % (|ln 0.3| = 1.20) before A's rise to 2.5× (0.92) before the district's +10 % (0.10); C's 9×
    // is YELLOW, so last. The district's alert has no name of its own: the view's is shown.
    assertThat(rows(alerts.tables().get(0))).extracting(r -> String.join(" ", r.subList(0, 4)) + " " + r.get(7)
        + " " + r.get(8)).containsExactly("1 红色 产值异常下降 企业BB02 300 吨标准煤 1,000 吨标准煤",
        "2 红色 能耗异常上升 企业AA01 2,500 吨标准煤 1,000 吨标准煤", "3 红色 汇总指标异常波动 秀洲区 1,100 吨标准煤 1,000 吨标准煤",
        "4 黄色 能耗异常上升 企业CC03 9,000 吨标准煤 1,000 吨标准煤");
  }

  @Test
  void whoHasNotReported() {
    BulletinSection missing = section(bulletin, "七、未报企业");
    assertThat(missing.paragraphs().get(0)).isEqualTo("2026年9月应报企业 4 家，已报 3 家，未报 1 家，报送率 75.0%，"
        + "报送截止日 2026年10月10日。未报企业如下，请督促报送。");
    assertThat(rows(missing.tables().get(0))).containsExactly(List.of("1", D, "企业DD04", "食品产业园", "油车港镇"));
  }

  @Test
  void muClassesByTaxAndValueAddedPerMu() {
    BulletinSection evaluation = section(bulletin, "八、亩均效益评价");
    assertThat(evaluation.paragraphs().get(0)).startsWith("2026年1–9月亩均效益评价参评企业 3 家：A类 1 家，B类 1 家，C类 1 家，"
        + "D类 0 家；");
    // The same figures per enterprise on 20, 30 and 40 mu: A has the most per mu.
    assertThat(rows(evaluation.tables().get(1))).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2))
        .containsExactly("1 A类 企业AA01", "2 B类 企业BB02", "3 C类 企业CC03");
  }

  @Test
  void aMonthWithoutReportsSaysSoInsteadOfShowingBlanks() {
    Bulletin october = bulletin(YearMonth.of(2026, 10));

    assertThat(october.hasFigures()).isFalse();
    assertThat(october.title()).isEqualTo("秀洲区2026年10月工业经济与能源运行通报（初步数据）");
    assertThat(october.notices()).containsExactly("2026年10月尚无已受理的企业报表：应报企业 4 家，已报 0 家，未报 4 家"
        + "（报送率 0.0%）；各项指标暂缺，本通报待数据报送后更新。");
    assertThat(section(october, "一、主要指标").paragraphs())
        .containsExactly("本月尚无已受理的企业报表，各项指标暂缺，待企业报送后更新。");
    assertThat(rows(section(october, "七、未报企业").tables().get(0))).extracting(r -> r.get(1))
        .containsExactly(A, B, C, D);
    assertThat(section(october, "六、异常波动企业").paragraphs()).containsExactly("2026年10月无能耗或产值异常波动预警。");
  }
}
