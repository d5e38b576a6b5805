package org.industrialreporting.dashboard.bulletin;

import java.math.RoundingMode;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.industrialreporting.anomaly.AlertLabels;
import org.industrialreporting.anomaly.AlertText;
import org.industrialreporting.anomaly.ReportingDeadline;
import org.industrialreporting.avro.AlertKind;
import org.industrialreporting.avro.AlertScope;
import org.industrialreporting.avro.AnomalyAlert;
import org.industrialreporting.avro.Efficiency;
import org.industrialreporting.avro.Enterprise;
import org.industrialreporting.avro.Figures;
import org.industrialreporting.avro.Growth;
import org.industrialreporting.avro.Park;
import org.industrialreporting.avro.Rollup;
import org.industrialreporting.avro.ScopeType;
import org.industrialreporting.avro.Severity;
import org.industrialreporting.avro.TargetCompletion;
import org.industrialreporting.dashboard.bulletin.BulletinTable.Column;
import org.industrialreporting.dashboard.bulletin.Cell.Light;
import org.industrialreporting.dashboard.display.DisplayUnit;
import org.industrialreporting.dashboard.display.Formats;
import org.industrialreporting.dashboard.display.StructureFigure;
import org.industrialreporting.dashboard.display.YearToDate;
import org.industrialreporting.dashboard.evaluation.DistrictEvaluation;
import org.industrialreporting.dashboard.evaluation.EvaluationRules;
import org.industrialreporting.dashboard.evaluation.Grade;
import org.industrialreporting.dashboard.evaluation.MuEvaluation;
import org.industrialreporting.dashboard.outlook.ScopeOutlook;
import org.industrialreporting.dashboard.outlook.TargetOutlook;
import org.industrialreporting.dashboard.view.Contributions;
import org.industrialreporting.dashboard.view.ExpectedReporters;
import org.industrialreporting.dashboard.view.ReportingStatus;
import org.industrialreporting.dashboard.view.View;
import org.industrialreporting.dashboard.view.Window;
import org.industrialreporting.domain.indicator.EnterpriseIndicator;
import org.industrialreporting.domain.industry.IndustryDivisions;
import org.industrialreporting.domain.keys.TopicKeys;

/**
 * Makes a district's monthly bulletin from the dashboard's view: the rollups of the district, its parks, towns and
 * industry divisions, the reports in force, the registry (应报, budgets), the open alerts and the 亩均 evaluation.
 * Every figure is formatted from the rollups' exact integers, so the bulletin says what the dashboard says.
 */
public final class DistrictBulletin {

  /**
   * The alerts a bulletin names: RED before YELLOW, then the largest deviation first (the figure furthest from its
   * baseline, as a log ratio), then by id.
   */
  static final Comparator<AnomalyAlert> ALERT_ORDER = Comparator
      .comparing((AnomalyAlert a) -> a.getSeverity() == Severity.RED ? 0 : 1)
      .thenComparing(Comparator.comparingDouble(DistrictBulletin::deviation).reversed())
      .thenComparing(AnomalyAlert::getAlertId);

  /** Kinds with sections of their own: 催报 is the missing list, budget overruns are the traffic lights. */
  private static final Set<AlertKind> NOT_SWINGS = EnumSet.of(AlertKind.REPORT_MISSING, AlertKind.BUDGET_OVERRUN);

  private static final EnterpriseIndicator OUTPUT = EnterpriseIndicator.OUTPUT_VALUE;
  private static final EnterpriseIndicator VALUE_ADDED = EnterpriseIndicator.VALUE_ADDED;
  private static final EnterpriseIndicator ENERGY = EnterpriseIndicator.ENERGY_TCE;
  private static final EnterpriseIndicator ELECTRICITY = EnterpriseIndicator.ELECTRICITY_KWH;

  private final View view;
  private final String districtCode;
  /** The district's enterprises in the registry as it stands. */
  private final List<Enterprise> registered;
  private final YearMonth period;
  private final String monthLabel;
  private final String ytdLabel;
  private final Rollup rollup;

  private DistrictBulletin(View view, String districtCode, YearMonth period, List<Enterprise> registered) {
    this.view = view;
    this.districtCode = districtCode;
    this.registered = registered;
    this.period = period;
    this.monthLabel = Formats.month(period);
    this.ytdLabel = Formats.yearToDate(period);
    this.rollup = view.districtRollups().get(districtCode, period).orElse(null);
  }

  /** The district's bulletin of {@code period} as the view has it now, unnumbered (revision 0). */
  public static Bulletin of(View view, String districtCode, YearMonth period, EvaluationRules evaluationRules) {
    return of(view, districtCode, period, evaluationRules, registeredIn(view).getOrDefault(districtCode, List.of()));
  }

  /**
   * The bulletin with the district's registered enterprises found by the caller, so that the bulletins of many
   * districts take one pass over the registry ({@link #registeredIn}).
   */
  public static Bulletin of(View view, String districtCode, YearMonth period, EvaluationRules evaluationRules,
      List<Enterprise> registered) {
    return new DistrictBulletin(view, districtCode, period, registered).bulletin(evaluationRules);
  }

  /** The registry's enterprises by district. */
  public static Map<String, List<Enterprise>> registeredIn(View view) {
    Map<String, List<Enterprise>> byDistrict = new HashMap<>();
    view.registeredEnterprises().forEach(e -> byDistrict.computeIfAbsent(e.getDistrictCode(), d -> new ArrayList<>())
        .add(e));
    return byDistrict;
  }

  private Bulletin bulletin(EvaluationRules evaluationRules) {
    ReportingStatus status = ExpectedReporters.of(view, period, registered);
    String name = view.districtName(districtCode).orElse(districtCode);
    List<BulletinSection> sections = new ArrayList<>();
    Map<String, String> headline = new LinkedHashMap<>();
    headline.put("报送情况", "应报 " + status.expected().size() + " 家，已报 " + status.reported() + " 家");
    if (rollup != null) {
      sections.add(headlineSection(headline));
      sections.add(rankingSection("二、园区排名", "园区", parks(), "园区含其下属园区（一区多园），各园区数字不宜相加。"));
      sections.add(rankingSection("三、乡镇（街道）排名", "乡镇（街道）", scopes(ScopeType.TOWN),
          "未登记乡镇（街道）的企业不计入。"));
      sections.add(structureSection());
      sections.add(energySection());
    } else {
      String none = "本月尚无已受理的企业报表，各项指标暂缺，待企业报送后更新。";
      for (String title : List.of("一、主要指标", "二、园区排名", "三、乡镇（街道）排名", "四、产业结构", "五、能耗双控")) {
        sections.add(new BulletinSection(title, List.of(none), List.of()));
      }
    }
    sections.add(alertSection());
    sections.add(missingSection(status));
    if (rollup != null) {
      sections.add(evaluationSection(evaluationRules));
    }
    return new Bulletin(districtCode, name, period, status.expected().size(), status.reported(), rollup != null,
        notices(status), headline, sections, 0, List.of());
  }

  /** How complete the figures are: said first, so that no reader takes a blank for a zero. */
  private List<String> notices(ReportingStatus status) {
    int expected = status.expected().size();
    String counts = "应报企业 " + expected + " 家，已报 " + status.reported() + " 家，未报 " + status.missing().size()
        + " 家（报送率 " + Formats.percent(status.rateBp()) + "）";
    if (rollup == null) {
      return List.of(monthLabel + "尚无已受理的企业报表：" + counts + "；各项指标暂缺，本通报待数据报送后更新。");
    }
    if (status.reported() < expected) {
      return List.of(monthLabel + counts + "。以下数字为已报企业的汇总，属初步数据，待报送齐全后以修订版为准。");
    }
    return List.of(monthLabel + counts + "，应报企业均已报送。");
  }

  // 一、主要指标

  private BulletinSection headlineSection(Map<String, String> headline) {
    Figures month = rollup.getMonth();
    Figures ytd = rollup.getYtd();
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      DisplayUnit unit = DisplayUnit.forScope(indicator.unit());
      headline.put(indicator.alias() + "（" + ytdLabel + "）", unit.format(YearToDate.shown(indicator, ytd, period))
          + " " + unit.label() + "（" + Formats.growth(comparableBp(ytd, indicator)) + "）");
    }
    String summary = ytdLabel + "，全区规上工业企业 " + ytd.getReportingEnterprises() + " 家，实现工业总产值 "
        + amount(ytd, OUTPUT) + "，同比" + change(comparableBp(ytd, OUTPUT)) + "；工业增加值 " + amount(ytd, VALUE_ADDED)
        + "，同比" + change(comparableBp(ytd, VALUE_ADDED)) + "；综合能源消费量 " + amount(ytd, ENERGY) + "，同比"
        + change(comparableBp(ytd, ENERGY)) + "。" + monthLabel + "当月，工业总产值 " + amount(month, OUTPUT) + "，同比"
        + change(comparableBp(month, OUTPUT)) + "。增速按可比口径（两年均有报送的企业）计算。";
    Map<String, TargetCompletion> targets = new HashMap<>();
    rollup.getTargets().forEach(target -> targets.put(target.getIndicator(), target));
    Map<String, TargetOutlook> outlooks = new HashMap<>();
    ScopeOutlook.of(view.districtRollups(), rollup).forEach(outlook -> outlooks.put(outlook.indicator(), outlook));
    List<List<Cell>> rows = new ArrayList<>();
    for (EnterpriseIndicator indicator : EnterpriseIndicator.values()) {
      DisplayUnit unit = DisplayUnit.forScope(indicator.unit());
      TargetCompletion target = targets.get(indicator.fieldName());
      TargetOutlook outlook = outlooks.get(indicator.fieldName());
      rows.add(List.of(Cell.text(indicator.alias()), new Cell(unit.label(), indicator.unit().storedUnit(), null),
          Cell.amount(unit, indicator.getTotal(month.getTotals())), Cell.growth(comparableBp(month, indicator)),
          Cell.amount(unit, YearToDate.shown(indicator, ytd, period)), Cell.growth(comparableBp(ytd, indicator)),
          Cell.amount(unit, target == null ? null : target.getTarget()),
          Cell.percent(target == null ? null : target.getCompletionBp()),
          Cell.percent(outlook == null ? null : outlook.projectedCompletionBp())));
    }
    List<Column> columns = List.of(Column.of("指标"), new Column("单位", "存储单位"),
        new Column(monthLabel, monthLabel + "（存储单位）"), new Column("同比", "同比（基点）"),
        new Column(ytdLabel, ytdLabel + "（存储单位）"), new Column("累计同比", "累计同比（基点）"),
        new Column("年度目标", "年度目标（存储单位）"), new Column("目标完成率", "目标完成率（基点）"),
        new Column("全年预计完成率", "全年预计完成率（基点）"));
    return new BulletinSection("一、主要指标", List.of(summary),
        List.of(new BulletinTable("规上工业主要指标", columns, rows)));
  }

  // 二、三、园区和乡镇排名

  /** A park, town or industry of the district with its rollup of the month, if it has one. */
  private record Ranked(String name, Rollup rollup) {
  }

  private List<Ranked> parks() {
    return view.parks().stream().filter(park -> park.getDistrictCode().equals(districtCode))
        .map(park -> new Ranked(park.getName(), view.parkRollups().get(park.getParkId(), period).orElse(null)))
        .toList();
  }

  private List<Ranked> scopes(ScopeType type) {
    return view.scopesInDistrict(type, districtCode).stream().map(id -> {
      String part = TopicKeys.partOfDistrict(id);
      String name = type == ScopeType.INDUSTRY ? IndustryDivisions.name(part).map(n -> part + " " + n).orElse(part)
          : part;
      return new Ranked(name, view.rollups(type).get(id, period).orElse(null));
    }).toList();
  }

  private BulletinSection rankingSection(String title, String noun, List<Ranked> scopes, String note) {
    return new BulletinSection(title, List.of("按" + ytdLabel + "工业总产值排序；" + note),
        List.of(ranking(noun, scopes)));
  }

  /** The scopes by year-to-date output, largest first; those without a rollup of the month last, by name. */
  private BulletinTable ranking(String noun, List<Ranked> scopes) {
    List<Ranked> ordered = new ArrayList<>(scopes);
    ordered.sort(Comparator.comparing((Ranked r) -> r.rollup() == null)
        .thenComparing(r -> r.rollup() == null ? 0 : -OUTPUT.getTotal(r.rollup().getYtd().getTotals()))
        .thenComparing(Ranked::name));
    DisplayUnit yi = DisplayUnit.YI_YUAN;
    DisplayUnit energy = DisplayUnit.WAN_TCE;
    long districtOutput = OUTPUT.getTotal(rollup.getYtd().getTotals());
    List<List<Cell>> rows = new ArrayList<>();
    int rank = 0;
    for (Ranked scope : ordered) {
      if (scope.rollup() == null) {
        rows.add(List.of(Cell.text("—"), Cell.text(scope.name()), Cell.text("本月无报送"), Cell.text(""),
            Cell.text(""), Cell.text(""), Cell.text(""), Cell.text(""), Cell.text(""), Cell.text(""), Cell.text("")));
        continue;
      }
      Figures month = scope.rollup().getMonth();
      Figures ytd = scope.rollup().getYtd();
      long output = OUTPUT.getTotal(ytd.getTotals());
      rows.add(List.of(Cell.count(++rank), Cell.text(scope.name()),
          Cell.amount(yi, OUTPUT.getTotal(month.getTotals())), Cell.growth(comparableBp(month, OUTPUT)),
          Cell.amount(yi, output), Cell.growth(comparableBp(ytd, OUTPUT)),
          Cell.percent(Formats.basisPoints(output, districtOutput)),
          Cell.amount(yi, VALUE_ADDED.getTotal(ytd.getTotals())), Cell.growth(comparableBp(ytd, VALUE_ADDED)),
          Cell.amount(energy, ENERGY.getTotal(ytd.getTotals())), Cell.growth(comparableBp(ytd, ENERGY))));
    }
    List<Column> columns = List.of(Column.of("排名"), Column.of(noun),
        new Column(monthLabel + "产值（亿元）", monthLabel + "产值（元）"), new Column("同比", "同比（基点）"),
        new Column(ytdLabel + "产值（亿元）", ytdLabel + "产值（元）"), new Column("累计同比", "累计同比（基点）"),
        new Column("占全区比重", "占全区比重（基点）"),
        new Column(ytdLabel + "增加值（亿元）", ytdLabel + "增加值（元）"), new Column("增加值同比", "增加值同比（基点）"),
        new Column(ytdLabel + "综合能耗（万吨标准煤）", ytdLabel + "综合能耗（千克标准煤）"),
        new Column("能耗同比", "能耗同比（基点）"));
    return new BulletinTable(noun + "排名", columns, rows);
  }

  // 四、产业结构

  private BulletinSection structureSection() {
    List<List<Cell>> rows = new ArrayList<>();
    for (StructureFigure figure : StructureFigure.values()) {
      rows.add(List.of(Cell.text(figure.label()), Cell.amount(DisplayUnit.YI_YUAN,
          figure.yuan(rollup.getYtd().getStructure())), Cell.percent(figure.shareBp(rollup.getYtd().getStructure()))));
    }
    BulletinTable shares = new BulletinTable("重点产业占比", List.of(Column.of("指标"),
        new Column(ytdLabel + "（亿元）", ytdLabel + "（元）"), new Column("占比", "占比（基点）")), rows);
    return new BulletinSection("四、产业结构", List.of(ytdLabel + "，战略性新兴产业、高新技术产业、装备制造业、数字经济核心产业"
        + "增加值（高新技术产业为产值）及其占全区规上工业的比重；分行业按" + ytdLabel + "工业总产值排序。"),
        List.of(shares, ranking("行业", scopes(ScopeType.INDUSTRY))));
  }

  // 五、能耗双控

  private BulletinSection energySection() {
    Figures month = rollup.getMonth();
    Figures ytd = rollup.getYtd();
    Efficiency efficiency = ytd.getEfficiency();
    DisplayUnit intensity = DisplayUnit.TCE_PER_WAN_YUAN;
    String summary = ytdLabel + "，全区规上工业综合能源消费量 " + amount(ytd, ENERGY) + "，同比" + change(comparableBp(ytd,
        ENERGY)) + "；单位工业增加值能耗 " + intensity.format(efficiency.getEnergyIntensityGcePer10kYuan()) + " "
        + intensity.label() + "，上年同期 " + intensity.format(efficiency.getEnergyIntensityPreviousYearGcePer10kYuan())
        + "，" + intensityChange(efficiency.getEnergyIntensityChangeBp()) + "。";
    List<List<Cell>> totals = new ArrayList<>();
    for (EnterpriseIndicator indicator : List.of(ENERGY, ELECTRICITY)) {
      DisplayUnit unit = DisplayUnit.forScope(indicator.unit());
      totals.add(List.of(Cell.text(indicator.alias() + "（" + unit.label() + "）"),
          Cell.amount(unit, indicator.getTotal(month.getTotals())), Cell.growth(comparableBp(month, indicator)),
          Cell.amount(unit, indicator.getTotal(ytd.getTotals())), Cell.growth(comparableBp(ytd, indicator))));
    }
    totals.add(List.of(Cell.text("单位工业增加值能耗（" + intensity.label() + "）"),
        Cell.amount(intensity, month.getEfficiency().getEnergyIntensityGcePer10kYuan()),
        Cell.growth(month.getEfficiency().getEnergyIntensityChangeBp()),
        Cell.amount(intensity, efficiency.getEnergyIntensityGcePer10kYuan()),
        Cell.growth(efficiency.getEnergyIntensityChangeBp())));
    BulletinTable totalsTable = new BulletinTable("能耗总量和强度", List.of(Column.of("指标"),
        new Column(monthLabel, monthLabel + "（千克标准煤、千瓦时、克标准煤/万元）"), new Column("同比", "同比（基点）"),
        new Column(ytdLabel, ytdLabel + "（千克标准煤、千瓦时、克标准煤/万元）"), new Column("累计同比", "累计同比（基点）")),
        totals);
    List<Budget> budgets = budgets();
    long red = budgets.stream().filter(b -> b.light() == Light.RED).count();
    long yellow = budgets.stream().filter(b -> b.light() == Light.YELLOW).count();
    String lights = "重点用能单位 " + budgets.size() + " 家：红灯 " + red + " 家，黄灯 " + yellow + " 家，绿灯 "
        + (budgets.size() - red - yellow) + " 家。红灯、黄灯为超用能预算预警（按序时进度或按上年月度分布预计全年超出年度预算），"
        + "序时进度为已过月份占全年的比例。";
    return new BulletinSection("五、能耗双控", List.of(summary, lights), List.of(totalsTable, budgetTable(budgets)));
  }

  private static String intensityChange(Integer changeBp) {
    if (changeBp == null) {
      return "同比变化无法计算";
    }
    return changeBp <= 0 ? "同比下降 " + Formats.percent(-changeBp) : "同比上升 " + Formats.percent(changeBp);
  }

  /** A key energy-using unit of the district with its budget, its year to date and its light. */
  private record Budget(Enterprise enterprise, long budgetKgce, Long ytdKgce, Light light, AnomalyAlert alert) {

    Integer usedBp() {
      return ytdKgce == null ? null : Formats.basisPoints(ytdKgce, budgetKgce);
    }
  }

  /**
   * The district's key energy-using units with a budget: the light is the open budget alert of the year (its
   * severity), green without one, so the bulletin judges as the alerts do. Red first, then the most budget used.
   */
  private List<Budget> budgets() {
    Contributions contributions = Contributions.of(view.enterprises(), ScopeType.DISTRICT, districtCode, period);
    Map<String, Long> ytd = new HashMap<>();
    contributions.rows().forEach(row -> ytd.put(row.creditCode(), row.get(Window.YTD, ENERGY)));
    Map<String, AnomalyAlert> alerts = new HashMap<>();
    view.alerts().open(a -> a.getKind() == AlertKind.BUDGET_OVERRUN && districtCode.equals(a.getDistrictCode()))
        .forEach(a -> alerts.put(a.getAlertId(), a));
    List<Budget> budgets = new ArrayList<>();
    for (Enterprise enterprise : registered) {
      if (enterprise.getEnergyBudgetKgce() != null) {
        AnomalyAlert alert = alerts.get(TopicKeys.alertId(AlertScope.ENTERPRISE, enterprise.getCreditCode(),
            Year.of(period.getYear()), AlertKind.BUDGET_OVERRUN));
        Light light = alert == null ? Light.GREEN : alert.getSeverity() == Severity.RED ? Light.RED : Light.YELLOW;
        budgets.add(new Budget(enterprise, enterprise.getEnergyBudgetKgce(), ytd.get(enterprise.getCreditCode()),
            light, alert));
      }
    }
    budgets.sort(Comparator.comparing(Budget::light)
        .thenComparing(Budget::usedBp, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
        .thenComparing(b -> b.enterprise().getCreditCode()));
    return budgets;
  }

  private BulletinTable budgetTable(List<Budget> budgets) {
    DisplayUnit tce = DisplayUnit.TCE;
    Integer proRata = Formats.basisPoints(period.getMonthValue(), 12);
    List<List<Cell>> rows = new ArrayList<>();
    int index = 0;
    for (Budget budget : budgets) {
      rows.add(List.of(Cell.count(++index), Cell.text(budget.enterprise().getName()),
          Cell.text(budget.enterprise().getCreditCode()), Cell.amount(tce, budget.budgetKgce()),
          budget.ytdKgce() == null ? Cell.text("未报送") : Cell.amount(tce, budget.ytdKgce()),
          Cell.percent(budget.usedBp()), Cell.percent(proRata), Cell.light(budget.light()),
          Cell.text(budget.alert() == null ? "" : budget.alert().getExplanation())));
    }
    return new BulletinTable("重点用能单位用能预算", List.of(Column.of("序号"), Column.of("企业名称"),
        Column.of("统一社会信用代码"), new Column("年度用能预算（吨标准煤）", "年度用能预算（千克标准煤）"),
        new Column(ytdLabel + "综合能耗（吨标准煤）", ytdLabel + "综合能耗（千克标准煤）"),
        new Column("预算使用率", "预算使用率（基点）"), new Column("序时进度", "序时进度（基点）"), Column.of("状态"),
        Column.of("说明")), rows);
  }

  // 六、异常预警

  private BulletinSection alertSection() {
    List<AnomalyAlert> alerts = view.alerts().open(a -> districtCode.equals(a.getDistrictCode())
        && period.toString().equals(a.getPeriod()) && !NOT_SWINGS.contains(a.getKind())).stream()
        .sorted(ALERT_ORDER).toList();
    long red = alerts.stream().filter(a -> a.getSeverity() == Severity.RED).count();
    String summary = alerts.isEmpty() ? monthLabel + "无能耗或产值异常波动预警。"
        : monthLabel + "能耗或产值异常波动预警 " + alerts.size() + " 条（红色 " + red + " 条，黄色 " + (alerts.size() - red)
            + " 条），按红色在前、偏离程度由大到小排列。";
    List<List<Cell>> rows = new ArrayList<>();
    int index = 0;
    for (AnomalyAlert a : alerts) {
      rows.add(List.of(Cell.count(++index), new Cell(a.getSeverity() == Severity.RED ? "红色" : "黄色",
          a.getSeverity().name(), null), new Cell(AlertLabels.kind(a.getKind()), a.getKind().name(), null),
          Cell.text(scopeName(a)), Cell.text(a.getScopeId()),
          Cell.text(a.getParkId() == null ? "" : view.park(a.getParkId()).map(Park::getName).orElse(a.getParkId())),
          new Cell(AlertLabels.indicator(a.getIndicator()), a.getIndicator(), null),
          figure(a, a.getCurrentValue()), figure(a, a.getBaselineValue()),
          new Cell(AlertLabels.comparison(a.getComparison()), a.getComparison().name(), null),
          new Cell(AlertText.percent(a.getChangeBp()), a.getChangeBp(), null), Cell.text(a.getExplanation())));
    }
    List<Column> columns = List.of(Column.of("序号"), new Column("预警", "severity"), new Column("类型", "kind"),
        Column.of("企业/范围"), Column.of("代码"), Column.of("园区"), new Column("指标", "indicator"),
        new Column("本期", "本期（千克标准煤、元或克标准煤/万元）"), new Column("基期", "基期（同本期）"),
        new Column("比较", "comparison"), new Column("变化", "变化（基点）"), Column.of("说明"));
    return new BulletinSection("六、异常波动企业", List.of(summary),
        alerts.isEmpty() ? List.of() : List.of(new BulletinTable("异常波动预警", columns, rows)));
  }

  /** The alert's scope by name: its own, else the district's or park's as the view knows it, else its id. */
  private String scopeName(AnomalyAlert alert) {
    if (alert.getScopeName() != null) {
      return alert.getScopeName();
    }
    String id = alert.getScopeId();
    return switch (alert.getScopeType()) {
      case DISTRICT -> view.districtName(id).orElse(id);
      case PARK -> view.park(id).map(Park::getName).orElse(id);
      case ENTERPRISE -> view.enterpriseName(id);
    };
  }

  private static Cell figure(AnomalyAlert alert, Long value) {
    return new Cell(value == null ? Formats.UNDEFINED : AlertText.amount(alert.getIndicator(), value), value, null);
  }

  /** How far the figure is from its baseline, as a log ratio's magnitude; a zero side is as far as can be. */
  static double deviation(AnomalyAlert alert) {
    Long current = alert.getCurrentValue();
    Long baseline = alert.getBaselineValue();
    if (current == null || baseline == null) {
      return 0;
    }
    if (current <= 0 || baseline <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.abs(Math.log((double) current / baseline));
  }

  // 七、未报企业

  private BulletinSection missingSection(ReportingStatus status) {
    ReportingDeadline deadline = ReportingDeadline.of(period,
        view.ruleBook().ruleFor(AlertKind.REPORT_MISSING, null, districtCode, null));
    String summary = monthLabel + "应报企业 " + status.expected().size() + " 家，已报 " + status.reported() + " 家，未报 "
        + status.missing().size() + " 家，报送率 " + Formats.percent(status.rateBp()) + "，报送截止日 "
        + deadline.lastDay().getYear() + "年" + deadline.lastDay().getMonthValue() + "月"
        + deadline.lastDay().getDayOfMonth() + "日。" + (status.missing().isEmpty() ? "应报企业均已报送。" : "未报企业如下，请督促报送。");
    List<List<Cell>> rows = new ArrayList<>();
    int index = 0;
    for (Enterprise e : status.missing()) {
      String park = e.getParkId();
      rows.add(List.of(Cell.count(++index), Cell.text(e.getCreditCode()), Cell.text(e.getName()),
          Cell.text(park == null ? "" : view.park(park).map(Park::getName).orElse(park)),
          Cell.text(Objects.requireNonNullElse(e.getTown(), ""))));
    }
    return new BulletinSection("七、未报企业", List.of(summary), rows.isEmpty() ? List.of()
        : List.of(new BulletinTable("未报企业名单", List.of(Column.of("序号"), Column.of("统一社会信用代码"),
            Column.of("企业名称"), Column.of("园区"), Column.of("乡镇（街道）")), rows)));
  }

  // 八、亩均效益评价

  private BulletinSection evaluationSection(EvaluationRules rules) {
    MuEvaluation.Result result = DistrictEvaluation.of(view, districtCode, period, rules);
    List<MuEvaluation.Classified> classified = result.classified();
    if (classified.isEmpty()) {
      return new BulletinSection("八、亩均效益评价", List.of(ytdLabel + "无可参评企业（需已报送并登记用地）。"), List.of());
    }
    List<List<Cell>> counts = new ArrayList<>();
    StringBuilder summary = new StringBuilder(ytdLabel + "亩均效益评价参评企业 " + classified.size() + " 家：");
    for (Grade grade : Grade.values()) {
      long count = classified.stream().filter(c -> c.grade() == grade).count();
      counts.add(List.of(Cell.text(grade + "类"), Cell.count(count),
          Cell.percent(Formats.basisPoints(count, classified.size()))));
      summary.append(grade).append("类 ").append(count).append(" 家").append(grade == Grade.D ? "" : "，");
    }
    summary.append("；未参评 ").append(result.notClassified().size()).append(" 家。");
    List<List<Cell>> rows = new ArrayList<>();
    for (MuEvaluation.Classified c : classified) {
      rows.add(List.of(Cell.count(c.rank()), Cell.text(c.grade() + "类"), Cell.text(c.name()), Cell.text(c.creditCode()),
          new Cell(c.score().setScale(2, RoundingMode.HALF_EVEN).toPlainString(), c.score(), null)));
    }
    return new BulletinSection("八、亩均效益评价", List.of(summary.toString()), List.of(
        new BulletinTable("分类结果", List.of(Column.of("类别"), Column.of("企业数"), new Column("占比", "占比（基点）")),
            counts),
        new BulletinTable("参评企业", List.of(Column.of("排名"), Column.of("类别"), Column.of("企业名称"),
            Column.of("统一社会信用代码"), Column.of("综合得分")), rows)));
  }

  // figures in sentences

  private static Integer comparableBp(Figures figures, EnterpriseIndicator indicator) {
    Growth growth = figures.getGrowth().get(indicator.fieldName());
    return growth == null ? null : growth.getComparableBp();
  }

  /** A sum of the month or the year to date with its unit, e.g. {@code 475.00 亿元}. */
  private static String amount(Figures figures, EnterpriseIndicator indicator) {
    DisplayUnit unit = DisplayUnit.forScope(indicator.unit());
    return unit.format(indicator.getTotal(figures.getTotals())) + " " + unit.label();
  }

  private static String change(Integer growthBp) {
    if (growthBp == null) {
      return "增速无可比数据";
    }
    return growthBp < 0 ? "下降 " + Formats.percent(-growthBp) : "增长 " + Formats.percent(growthBp);
  }
}
