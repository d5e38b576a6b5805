// The full-year outlook of a district's or park's targets beside the targets themselves: completion so far, the
// projected year and its completion, the pace still needed against the pace so far.
import { $, cell, chart, fillTable, getJsonOrNull, number, row } from './ui.js';
import { PLURAL, riskPill } from './scope-page.js';

/** Loads and shows the outlook of a district or park (`scope`: its detail) as of a month. */
export async function showOutlook(kind, scope, period) {
  const id = kind === 'district' ? scope.district_code : scope.park_id;
  const rollup = await getJsonOrNull('/api/' + PLURAL[kind] + '/' + encodeURIComponent(id) + '/rollup?period=' + period);
  $('#scope-title').textContent = scope.name + ' · ' + period + ' 全年预计';
  const targets = rollup ? rollup.display.targets : [];
  $('#outlook-label').textContent = rollup ? '截至' + rollup.display.ytd_label + '，按已报数据推算' : '';
  fillTable($('#outlook-table'), targets.map((t) => {
    const o = rollup.outlook.find((x) => x.indicator === t.indicator);
    const d = o ? o.display : null;
    const tr = row([t.label, t.unit, t.target, t.actual, t.completion, d ? d.projected : '—',
      d ? d.projected_completion : '—', d && o.needed_per_remaining_month != null ? d.needed_per_remaining_month : '—',
      d ? d.pace_per_month : '—', cell(d ? d.basis : '—', 'text'), o ? cell(riskPill(o)) : '—']);
    tr.dataset.indicator = t.indicator;
    return tr;
  }), rollup ? '本年度未设定目标' : '本月尚无企业上报，无法推算', 11);
  const c = chart('outlook-chart');
  if (!c) return;
  c.setOption({
    animation: false,
    grid: { left: 56, right: 24, top: 36, bottom: 32 },
    tooltip: { trigger: 'axis' },
    legend: { data: ['目前完成率', '预计全年完成率'], top: 0 },
    xAxis: { type: 'category', data: targets.map((t) => t.label) },
    yAxis: { type: 'value', name: '%', axisLabel: { formatter: '{value}%' } },
    series: [
      { name: '目前完成率', type: 'bar', barMaxWidth: 96, itemStyle: { color: '#9fb7d9' }, data: targets.map((t) => number(t.completion)) },
      { name: '预计全年完成率', type: 'bar', barMaxWidth: 96, itemStyle: { color: '#1d5fa8' },
        data: targets.map((t) => {
          const o = rollup.outlook.find((x) => x.indicator === t.indicator);
          return o ? number(o.display.projected_completion) : null;
        }),
        markLine: { symbol: 'none', lineStyle: { color: '#c62828', type: 'dashed' }, data: [{ yAxis: 100 }],
          label: { formatter: '目标 100%' } } },
    ],
  }, true);
}
