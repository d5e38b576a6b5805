// The page of one enterprise: where it is, its month and year to date against the year before, its energy budget,
// its 亩均 class and rank, its months as a table and a chart, and its open alerts.
import {
  $, alertRows, budgetPill, cell, chart, classPill, fillHeadlineCard, fillTable, figureItem, getJson, growthClass,
  link, number, row, showCoverage,
} from './ui.js';

const HEADLINES = ['output_value', 'value_added'];
const MONTH_COLUMNS = ['output_value', 'value_added', 'revenue', 'profit', 'tax', 'energy_tce', 'electricity_kwh',
  'employees'];
const REASONS = {
  NOT_REGISTERED: '未登记', BELOW_SCALE: '规下企业', NO_LAND: '无用地数据', UNDEFINED_INDICATOR: '指标无法计算',
};

export function addEnterpriseCards() {
  const template = $('#headline-card').content.firstElementChild;
  HEADLINES.forEach((indicator) => {
    const card = template.cloneNode(true);
    card.dataset.indicator = indicator;
    $('#enterprise-budget').before(card);
  });
}

function fact(label, value) {
  const li = document.createElement('li');
  const name = document.createElement('span');
  name.textContent = label;
  const text = document.createElement('span');
  text.className = 'fact';
  if (value instanceof Node) text.appendChild(value); else text.textContent = value == null ? '—' : value;
  li.append(name, text);
  return li;
}

function renderProfile(e) {
  $('#enterprise-name').textContent = e.name;
  $('#enterprise-code').textContent = '统一社会信用代码 ' + e.credit_code;
  const parks = document.createElement('span');
  e.parks.slice().reverse().forEach((p, i) => {
    if (i > 0) parks.append(' › ');
    parks.appendChild(link(p.name, 'park', p.park_id, { period: e.period }));
  });
  if (e.parks.length === 0) parks.textContent = '园区外';
  const facts = [
    fact('所属园区', parks),
    fact('乡镇（街道）', e.town_scope_id ? link(e.town, 'town', e.town_scope_id, { period: e.period }) : null),
    fact('行业', e.industry ? link(e.industry.name + '（' + e.industry_code + '）', 'industry', e.industry.scope_id,
      { period: e.period }) : e.industry_code),
    fact('规上企业', e.above_scale == null ? '—' : e.above_scale ? '是' : '否'),
    fact('重点用能单位', e.key_energy_user ? '是' : '否'),
    fact('用地面积', e.land_area === '—' ? '—' : e.land_area + ' 亩'),
  ];
  if (e.park_rank) {
    facts.push(fact('园区产值排名', '第 ' + e.park_rank.rank + ' / ' + e.park_rank.of + ' 家（' + e.park_rank.park_name
      + '，1–N月累计）'));
  }
  if (!e.registered) facts.push(fact('登记状态', '已不在企业名录中'));
  $('#enterprise-facts').replaceChildren(...facts);
}

function renderBudget(e) {
  const body = $('#enterprise-budget .budget-body');
  const b = e.budget;
  if (!b) {
    body.replaceChildren(figureItem('年度用能预算', '—', '', '未设定用能预算（非重点用能单位）'));
    return;
  }
  const bar = document.createElement('div');
  bar.className = 'bar';
  const fill = document.createElement('span');
  fill.style.width = Math.min(100, number(b.display.used) || 0) + '%';
  if (b.over_pro_rata) fill.className = 'over';
  const mark = document.createElement('i');
  mark.style.left = number(b.display.pro_rata) + '%';
  bar.append(fill, mark);
  const status = document.createElement('div');
  status.className = 'budget-status';
  status.append('执行率 ' + b.display.used + '，序时进度 ' + b.display.pro_rata + ' ', budgetPill(b));
  body.replaceChildren(figureItem('累计能耗 / 年度预算', b.display.energy + ' / ' + b.display.budget, b.display.unit),
    bar, status);
}

function renderEvaluation(e) {
  const body = $('#enterprise-evaluation .evaluation-body');
  const ev = e.evaluation;
  if (!ev) {
    $('#enterprise-evaluation-label').textContent = '';
    body.replaceChildren(figureItem('评价类别', '—', '', '本年度暂无评价'));
    return;
  }
  $('#enterprise-evaluation-label').textContent = ev.window_label;
  if (!ev.class) {
    body.replaceChildren(figureItem('评价类别', '未分类', '', (REASONS[ev.reason] || ev.reason) + '：' + ev.explanation));
    return;
  }
  const items = [figureItem('评价类别', classPill(ev.class), '', '综合得分 ' + ev.score.toFixed(2)),
    figureItem('区内排名', '第 ' + ev.rank + ' / ' + ev.of, '名')];
  if (ev.park_rank) {
    items.push(figureItem('园区内排名', '第 ' + ev.park_rank.rank + ' / ' + ev.park_rank.of, '名', ev.park_rank.park_name));
  }
  body.replaceChildren(...items);
}

function renderIndicators(e) {
  $('#enterprise-indicators-label').textContent = e.month_label + '，' + e.ytd_label + '累计';
  fillTable($('#enterprise-indicator-table'), e.display.map((i) => {
    const tr = row([i.label + '（' + i.unit + '）', i.month, cell(i.month_growth, growthClass(i.month_growth)), i.ytd,
      cell(i.ytd_growth, growthClass(i.ytd_growth))]);
    tr.dataset.indicator = i.indicator;
    return tr;
  }), '暂无数据', 5);
}

function renderMonths(e, months) {
  fillTable($('#enterprise-months-table'), months.months.slice().reverse().map((m) => {
    const d = m.display;
    const cells = [cell(link(m.period, 'enterprise', e.credit_code, { period: m.period }), 'text')];
    MONTH_COLUMNS.forEach((indicator) => {
      cells.push(d[indicator].value);
      if (indicator === 'output_value' || indicator === 'energy_tce') {
        cells.push(cell(d[indicator].growth, growthClass(d[indicator].growth)));
      }
    });
    const tr = row(cells);
    tr.dataset.period = m.period;
    if (m.period === e.period) tr.className = 'current';
    return tr;
  }), '尚无报表', 11);
  const c = chart('enterprise-chart');
  if (!c) return;
  const shown = months.months.slice(-24);
  c.setOption({
    animation: false,
    grid: { left: 64, right: 64, top: 36, bottom: 32 },
    tooltip: { trigger: 'axis' },
    legend: { data: ['当月产值', '综合能耗'], top: 0 },
    xAxis: { type: 'category', data: shown.map((m) => m.period) },
    yAxis: [
      { type: 'value', name: months.units.output_value },
      { type: 'value', name: months.units.energy_tce, splitLine: { show: false } },
    ],
    series: [
      { name: '当月产值', type: 'bar', itemStyle: { color: '#1d5fa8' },
        data: shown.map((m) => number(m.display.output_value.value)) },
      { name: '综合能耗', type: 'line', yAxisIndex: 1, itemStyle: { color: '#c62828' },
        data: shown.map((m) => number(m.display.energy_tce.value)) },
    ],
  }, true);
}

/** Loads and shows the enterprise in the month asked for (null: its latest); returns its detail. */
export async function showEnterprise(code, period) {
  const base = '/api/enterprises/' + encodeURIComponent(code);
  const [e, months] = await Promise.all([
    getJson(base + (period ? '?period=' + period : '')),
    getJson(base + '/months'),
  ]);
  renderProfile(e);
  document.querySelectorAll('#page-enterprise .ytd-label').forEach((n) => { n.textContent = e.ytd_label + '累计'; });
  document.querySelectorAll('#page-enterprise .card[data-indicator]').forEach((card) => {
    const figure = e.display.find((i) => i.indicator === card.dataset.indicator);
    fillHeadlineCard(card, figure, figure.label);
  });
  showCoverage(e.reported ? null : '本月该企业尚未上报' + (e.above_scale ? '（规上企业，应报）' : ''));
  renderBudget(e);
  renderEvaluation(e);
  renderIndicators(e);
  renderMonths(e, months);
  $('#enterprise-alert-count').textContent = e.alerts.length;
  fillTable($('#enterprise-alert-table'), alertRows(e.alerts), '当前无预警', 7);
  $('#scope-title').textContent = e.name + ' · ' + e.month_label;
  return e;
}
