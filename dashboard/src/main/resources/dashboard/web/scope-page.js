// The page of a district, park, town or industry: its month and year to date, targets, trend, the scopes inside
// it, its enterprises ranked, energy, who has not reported, and its alerts. Panels that do not apply to a scope
// type carry data-scopes naming those they do.
import {
  $, alertRows, budgetPill, cell, chart, classPill, coverageText, fillHeadlineCard, fillTable, figureItem,
  getJson, getJsonOrNull, growthClass, link, linkCell, number, pageHash, pill, row, showCoverage,
} from './ui.js';

// The headline cards, by indicator: 规上工业总产值 and 规上工业增加值.
const HEADLINES = ['output_value', 'value_added'];
const NO_REPORTS = '本月尚无企业上报';

export const PLURAL = { district: 'districts', park: 'parks', town: 'towns', industry: 'industries' };

export function addHeadlineCards() {
  const template = $('#headline-card').content.firstElementChild;
  HEADLINES.forEach((indicator) => {
    const card = template.cloneNode(true);
    card.dataset.indicator = indicator;
    $('#structure-card').before(card);
  });
}

function indicatorOf(rollup, name) {
  return rollup.display.indicators.find((i) => i.indicator === name);
}

function efficiencyOf(rollup, key) {
  return rollup.display.efficiency.find((e) => e.key === key);
}

// The cards of the month; without a rollup they say so rather than stay blank.
function renderHeadline(rollup, name, period) {
  document.querySelectorAll('#page-scope .ytd-label').forEach((n) => {
    n.textContent = rollup ? rollup.display.ytd_label + '累计' : period;
  });
  document.querySelectorAll('#page-scope .card[data-indicator]').forEach((card) => {
    const figure = rollup ? indicatorOf(rollup, card.dataset.indicator) : null;
    const label = card.dataset.indicator === 'output_value' ? '工业总产值' : '工业增加值';
    fillHeadlineCard(card, figure, '规上' + (figure ? figure.label : label));
  });
  const structure = rollup ? rollup.display.structure : [];
  $('#structure-list').replaceChildren(...structure.map((s) => {
    const li = document.createElement('li');
    li.dataset.key = s.key;
    const label = document.createElement('span');
    label.textContent = s.label.replace('增加值', '').replace('产值', '') + ' ' + s.value + s.unit;
    const share = document.createElement('span');
    share.className = 'share';
    share.textContent = s.share;
    li.append(label, share);
    return li;
  }));
  if (!rollup) {
    const li = document.createElement('li');
    li.textContent = NO_REPORTS;
    $('#structure-list').appendChild(li);
  }
  $('#enterprises-ytd').textContent = rollup ? rollup.display.enterprises.ytd : '0';
  $('#enterprises-month').textContent = rollup ? rollup.display.enterprises.month : '0';
  $('#rollup-updated').textContent = rollup
    ? new Date(rollup.updated_at).toLocaleString('zh-CN', { hour12: false }) : '—';
  $('#scope-title').textContent = name + ' · ' + (rollup ? rollup.display.month_label : period);
}

function renderTargets(rollup) {
  const box = $('#targets');
  box.replaceChildren();
  $('#targets-label').textContent = rollup ? rollup.display.ytd_label : '';
  if (!rollup) {
    box.textContent = NO_REPORTS;
    return;
  }
  const targets = rollup.display.targets;
  if (targets.length === 0) {
    box.textContent = '本年度未设定目标';
    return;
  }
  targets.forEach((t) => {
    const item = document.createElement('div');
    item.className = 'target';
    item.dataset.indicator = t.indicator;
    const label = document.createElement('div');
    label.className = 'label';
    const name = document.createElement('span');
    name.textContent = t.label;
    const rate = document.createElement('strong');
    rate.className = 'completion';
    rate.textContent = t.completion;
    label.append(name, rate);
    const bar = document.createElement('div');
    bar.className = 'bar';
    const fill = document.createElement('span');
    fill.style.width = Math.min(100, number(t.completion) || 0) + '%';
    bar.appendChild(fill);
    const detail = document.createElement('div');
    detail.className = 'detail';
    detail.textContent = '累计 ' + t.actual + ' / 目标 ' + t.target + ' ' + t.unit;
    item.append(label, bar, detail);
    const outlook = rollup.outlook.find((o) => o.indicator === t.indicator);
    if (outlook) item.appendChild(outlookLine(outlook));
    box.appendChild(item);
  });
}

// The full-year outlook under a target: projection, the pace still needed, and whether the target is at risk.
export function outlookLine(o) {
  const line = document.createElement('div');
  line.className = 'outlook';
  line.dataset.atRisk = String(o.at_risk);
  const d = o.display;
  let text = '预计全年 ' + d.projected + ' ' + d.unit + '（' + d.projected_completion + '）';
  if (o.needed_per_remaining_month != null) {
    text += '，剩余' + o.remaining_months + '个月每月需 ' + d.needed_per_remaining_month + ' ' + d.unit;
  }
  const words = document.createElement('span');
  words.textContent = text + '；' + d.basis + ' ';
  line.append(words, riskPill(o));
  return line;
}

export function riskPill(o) {
  return o.at_risk ? pill('有风险', 'red') : pill('可完成', 'green');
}

function renderIndicators(rollup) {
  $('#indicators-label').textContent = rollup ? rollup.display.month_label + '，' + rollup.display.ytd_label + '累计' : '';
  fillTable($('#indicator-table'), rollup ? rollup.display.indicators.map((i) => {
    const tr = row([i.label, i.unit, i.month, cell(i.month_growth, growthClass(i.month_growth)), i.ytd,
      cell(i.ytd_growth, growthClass(i.ytd_growth)), cell(i.ytd_growth_total, growthClass(i.ytd_growth_total))]);
    tr.dataset.indicator = i.indicator;
    return tr;
  }) : [], NO_REPORTS, 7);
  fillTable($('#park-report-table'), rollup ? rollup.display.park_reports.map((p) =>
    row([p.label, p.ytd, p.unit, cell(p.ytd_growth, growthClass(p.ytd_growth))])) : [], '暂无园区报表', 4);
}

function renderTrend(series) {
  const c = chart('trend-chart');
  if (!c) return;
  const points = series.points;
  c.setOption({
    animation: false,
    grid: { left: 56, right: 56, top: 36, bottom: 32 },
    tooltip: { trigger: 'axis' },
    legend: { data: ['当月产值', '累计同比'], top: 0 },
    xAxis: { type: 'category', data: points.map((p) => p.period) },
    yAxis: [
      { type: 'value', name: series.display_unit },
      { type: 'value', name: '%', axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      { name: '当月产值', type: 'bar', itemStyle: { color: '#1d5fa8' }, data: points.map((p) => number(p.display.month)) },
      { name: '累计同比', type: 'line', yAxisIndex: 1, itemStyle: { color: '#c62828' }, connectNulls: false,
        data: points.map((p) => number(p.display.ytd_growth)) },
    ],
  }, true);
}

// The year to date's figures a comparison of parks, towns or industries shows for each of them.
function comparisonCells(rollup) {
  const output = indicatorOf(rollup, 'output_value');
  const added = indicatorOf(rollup, 'value_added');
  return [rollup.display.enterprises.ytd, output.ytd, cell(output.ytd_growth, growthClass(output.ytd_growth)),
    added.ytd, cell(added.ytd_growth, growthClass(added.ytd_growth)), efficiencyOf(rollup, 'output_per_mu').value,
    efficiencyOf(rollup, 'energy_intensity').value];
}

// A district's towns or industries, those with a rollup of the month, each a link to its page.
function renderScopes(table, scopes, kind, period, emptyText) {
  fillTable(table, scopes.filter((s) => s.rollup).map((s) => {
    const tr = row([linkCell(s.name, kind, s.scope_id, { period }), ...comparisonCells(s.rollup)]);
    tr.dataset.scope = s.scope_id;
    return tr;
  }), emptyText, 8);
}

// A district's parks, or the parks inside a park, each a link to its page.
function renderParks(parks, period, emptyText) {
  const withRollup = parks.filter((p) => p.rollup);
  fillTable($('#park-table'), withRollup.map((p) => {
    const name = link((p.parent_park_id ? '└ ' : '') + p.name, 'park', p.park_id, { period });
    const tr = row([cell(name, p.parent_park_id ? 'text child' : 'text'), p.level_label, ...comparisonCells(p.rollup)]);
    tr.dataset.park = p.park_id;
    return tr;
  }), emptyText, 9);
  const c = chart('park-chart');
  if (!c) return;
  c.setOption({
    animation: false,
    grid: { left: 56, right: 56, top: 36, bottom: 56 },
    tooltip: { trigger: 'axis' },
    legend: { data: ['总产值（亿元）', '同比（%）'], top: 0 },
    xAxis: { type: 'category', data: withRollup.map((p) => p.name), axisLabel: { interval: 0, rotate: 20 } },
    yAxis: [
      { type: 'value', name: '亿元' },
      { type: 'value', name: '%', splitLine: { show: false } },
    ],
    series: [
      { name: '总产值（亿元）', type: 'bar', barMaxWidth: 64, itemStyle: { color: '#1d5fa8' },
        data: withRollup.map((p) => number(indicatorOf(p.rollup, 'output_value').ytd)) },
      { name: '同比（%）', type: 'line', yAxisIndex: 1, itemStyle: { color: '#c62828' },
        data: withRollup.map((p) => number(indicatorOf(p.rollup, 'output_value').ytd_growth)) },
    ],
  }, true);
}

function renderEnergy(rollup) {
  if (!rollup) {
    $('#energy').replaceChildren(figureItem('综合能源消费量', '—', '', NO_REPORTS));
    return;
  }
  const display = rollup.display;
  const intensity = efficiencyOf(rollup, 'energy_intensity');
  const energy = indicatorOf(rollup, 'energy_tce');
  const electricity = indicatorOf(rollup, 'electricity_kwh');
  const items = [
    figureItem('单位增加值能耗（' + display.ytd_label + '）', intensity.value, intensity.unit,
      '同比 ' + intensity.change + '，上年同期 ' + intensity.previous_year),
    figureItem('综合能源消费量', energy.ytd, energy.unit, '同比 ' + energy.ytd_growth),
    figureItem('用电量', electricity.ytd, electricity.unit, '同比 ' + electricity.ytd_growth),
  ];
  const target = display.targets.find((t) => t.indicator === 'energy_tce');
  if (target) {
    items.push(figureItem('能耗总量控制目标完成率', target.completion, '',
      '累计 ' + target.actual + ' / 目标 ' + target.target + ' ' + target.unit));
  }
  $('#energy').replaceChildren(...items);
}

function renderBudget(budget) {
  $('#budget-label').textContent = '截至 ' + budget.period + '，按执行率排序';
  fillTable($('#budget-table'), budget.enterprises.map((e) => {
    const b = e.budget;
    const tr = row([linkCell(e.name, 'enterprise', e.credit_code, { period: budget.period }),
      linkCell(e.park_name, 'park', e.park_id, { period: budget.period }), b.display.budget,
      e.display.energy_tce.value, b.display.used, b.display.pro_rata, cell(budgetPill(b))]);
    return tr;
  }), '无设定用能预算的重点用能单位', 7);
}

// 应报 / 已报 / 未报 of the month and who is missing (GET .../reporting), as counts and a list.
export function reportingItems(counts) {
  return [
    figureItem('应报企业', counts.expected, '家'),
    figureItem('已报企业', counts.reported, '家', '报送率 ' + counts.display.rate),
    figureItem('未报企业', counts.missing, '家'),
    figureItem('规下企业报送', counts.reported_below_scale, '家'),
  ];
}

function renderReporting(reporting, counts, missing) {
  $('#reporting-label').textContent = reporting.period + '，报送截止 ' + reporting.deadline.last_day;
  $('#missing-count').textContent = counts.missing;
  $('#reporting').replaceChildren(...reportingItems(counts));
  fillTable($('#missing-table'), missing.map((e) => row([e.credit_code,
    linkCell(e.name, 'enterprise', e.credit_code, { period: reporting.period }),
    linkCell(e.park_name, 'park', e.park_id, { period: reporting.period }), cell(e.town, 'text')])),
  '应报企业均已报送', 4);
}

function renderAlerts(alerts) {
  $('#alert-count').textContent = alerts.count;
  fillTable($('#alert-table'), alertRows(alerts.alerts), '当前无预警', 7);
}

function renderEvaluation(evaluation) {
  $('#evaluation-label').textContent = evaluation.window_label + '，前十名';
  fillTable($('#evaluation-table'), evaluation.enterprises.slice(0, 10).map((e) => {
    const tr = row([String(e.rank), cell(classPill(e.class)), linkCell(e.name, 'enterprise', e.credit_code),
      e.score.toFixed(2), e.indicators.tax_per_mu ? e.indicators.tax_per_mu.display : '—',
      e.indicators.value_added_per_mu ? e.indicators.value_added_per_mu.display : '—']);
    tr.dataset.creditCode = e.credit_code;
    return tr;
  }), '暂无可评价企业', 6);
  const counts = Object.entries(evaluation.classes).map(([grade, count]) => grade + '类 ' + count + ' 家');
  counts.push('未分类 ' + evaluation.not_classified.length + ' 家（无用地、规下等）');
  $('#evaluation-classes').replaceChildren(...counts.map((text) => {
    const item = document.createElement('div');
    item.textContent = text;
    return item;
  }));
}

function renderTop(top, limit) {
  $('#top-label').textContent = '1–N月累计产值' + (top.enterprise_count > limit ? '前' + limit + '名' : '') + '，共 '
    + top.enterprise_count + ' 家';
  fillTable($('#top-table'), top.enterprises.map((e, i) => {
    const d = e.display;
    const tr = row([String(i + 1), linkCell(e.name, 'enterprise', e.credit_code, { period: top.period }),
      linkCell(e.park_name, 'park', e.park_id, { period: top.period }), d.output_value.value, d.output_value.share,
      d.value_added.value, d.tax.value, d.energy_tce.value]);
    tr.dataset.creditCode = e.credit_code;
    return tr;
  }), NO_REPORTS, 8);
}

// The query of the alerts of a scope: a district's, a park's (with the parks inside it), a town's, an industry's.
function alertQuery(kind, id) {
  return '/api/alerts?' + new URLSearchParams({ [kind]: id, limit: '50' }).toString();
}

// The parks inside a park: those whose chain of parents reaches it.
function parksInside(parks, parkId) {
  const byId = new Map(parks.map((p) => [p.park_id, p]));
  return parks.filter((p) => {
    for (let parent = p.parent_park_id; parent; parent = byId.has(parent) ? byId.get(parent).parent_park_id : null) {
      if (parent === parkId) return true;
    }
    return false;
  });
}

/**
 * Loads and shows a scope's page for a month. `scope` is the scope's detail (GET /api/{plural}/{id}) with its
 * district_code.
 */
export async function showScope(kind, scope, period) {
  const id = kind === 'district' ? scope.district_code : kind === 'park' ? scope.park_id : scope.scope_id;
  const base = '/api/' + PLURAL[kind] + '/' + encodeURIComponent(id);
  const districtBase = '/api/districts/' + encodeURIComponent(scope.district_code);
  const q = 'period=' + period;
  const limit = kind === 'district' ? 10 : 20;
  const [rollup, series, top, budget, alerts, reporting, parks, towns, industries, evaluation] = await Promise.all([
    getJsonOrNull(base + '/rollup?' + q),
    getJson(base + '/series?indicator=output_value&to=' + period),
    getJson(base + '/enterprises?' + q + '&sort=output_value&limit=' + limit),
    getJson(base + '/enterprises?' + q + '&budgeted=true&sort=budget_used&limit=10'),
    getJson(alertQuery(kind, id)),
    kind === 'industry' ? null : getJson((kind === 'town' ? districtBase : base) + '/reporting?' + q),
    kind === 'district' || kind === 'park' ? getJson(districtBase + '/parks?' + q) : null,
    kind === 'district' ? getJson(base + '/towns?' + q) : null,
    kind === 'district' ? getJson(base + '/industries?' + q) : null,
    kind === 'district' ? getJsonOrNull(base + '/evaluation?year=' + period.substring(0, 4)) : null,
  ]);
  let counts = reporting;
  let missing = reporting ? reporting.missing_enterprises : [];
  if (kind === 'town') {
    const town = scope.name;
    counts = reporting.towns.find((t) => t.town === town) || null;
    missing = missing.filter((e) => e.town === town);
  }
  renderHeadline(rollup, scope.name, period);
  showCoverage(coverageText(rollup != null, counts));
  renderTargets(rollup);
  renderIndicators(rollup);
  renderTrend(series);
  renderEnergy(rollup);
  renderBudget(budget);
  renderAlerts(alerts);
  renderTop(top, limit);
  if (counts) renderReporting(reporting, counts, missing);
  if (parks) {
    const shown = kind === 'district' ? parks.parks : parksInside(parks.parks, id);
    $('#park-panel-title').textContent = kind === 'district' ? '园区对比' : '下属园区';
    renderParks(shown, period, kind === 'district' ? '本期暂无园区数据' : '本园区无下属园区（一区多园）或本期无数据');
  }
  if (towns) renderScopes($('#town-table'), towns.towns, 'town', period, '本期暂无乡镇（街道）数据');
  if (industries) renderScopes($('#industry-table'), industries.industries, 'industry', period, '本期暂无行业数据');
  if (kind === 'district') {
    renderEvaluation(evaluation || { window_label: period.substring(0, 4) + '年', enterprises: [], classes: {},
      not_classified: [] });
  }
  $('#outlook-link').href = pageHash(kind, id, { view: 'outlook', period });
  $('#missing-link').href = pageHash(kind, id, { view: 'missing', period });
}
