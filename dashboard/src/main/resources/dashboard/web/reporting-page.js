// The missing-report list (未报企业清单) of a district or park: 应报 / 已报 / 未报 and the deadline, the same per park
// (and per town for a district), and the enterprises that have not reported, grouped by park.
import { $, cell, fillTable, getJson, link, linkCell, row } from './ui.js';
import { PLURAL, reportingItems } from './scope-page.js';

const OUTSIDE_PARKS = '园区外';

function countRow(name, counts) {
  return row([name, String(counts.expected), String(counts.reported), String(counts.missing), counts.display.rate]);
}

/** Loads and shows the list of a district or park (`scope`: its detail) for a month. */
export async function showMissing(kind, scope, period) {
  const id = kind === 'district' ? scope.district_code : scope.park_id;
  const reporting = await getJson('/api/' + PLURAL[kind] + '/' + encodeURIComponent(id) + '/reporting?period=' + period);
  $('#scope-title').textContent = scope.name + ' · ' + period + ' 未报企业清单';
  $('#missing-page-label').textContent = reporting.period + '，报送截止 ' + reporting.deadline.last_day;
  $('#missing-page-counts').replaceChildren(...reportingItems(reporting));
  $('#missing-page-parks-title').textContent = kind === 'district' ? '分园区报送情况' : '下属园区报送情况';
  fillTable($('#missing-page-parks'), reporting.parks.map((p) => {
    const tr = countRow(cell(link(p.park_name, 'park', p.park_id, { view: 'missing', period }),
      p.parent_park_id ? 'text child' : 'text'), p);
    tr.dataset.park = p.park_id;
    return tr;
  }), kind === 'district' ? '本区县无登记园区' : '本园区无下属园区（一区多园）', 5);
  if (reporting.towns) {
    fillTable($('#missing-page-towns'), reporting.towns.map((t) =>
      countRow(cell(t.town || '未登记乡镇', 'text'), t)), '无登记企业', 5);
  }
  $('#missing-page-count').textContent = reporting.missing;
  // Grouped by park, in the order of the parks' table, the enterprises outside parks last.
  const order = new Map(reporting.parks.map((p, i) => [p.park_id, i]));
  const missing = reporting.missing_enterprises.slice().sort((a, b) =>
    (order.has(a.park_id) ? order.get(a.park_id) : Infinity) - (order.has(b.park_id) ? order.get(b.park_id) : Infinity)
    || (a.park_name || '').localeCompare(b.park_name || '') || a.credit_code.localeCompare(b.credit_code));
  const rows = [];
  let group;
  missing.forEach((e) => {
    if (e.park_id !== group || rows.length === 0) {
      group = e.park_id;
      const count = missing.filter((m) => m.park_id === e.park_id).length;
      const header = row([cell((e.park_name || OUTSIDE_PARKS) + '（' + count + ' 家）', 'text')]);
      header.className = 'group';
      header.firstChild.colSpan = 4;
      rows.push(header);
    }
    const tr = row([e.park_id ? linkCell(e.park_name, 'park', e.park_id, { period }) : cell(OUTSIDE_PARKS, 'text'),
      linkCell(e.name, 'enterprise', e.credit_code, { period }), e.credit_code, cell(e.town, 'text')]);
    tr.dataset.creditCode = e.credit_code;
    rows.push(tr);
  });
  fillTable($('#missing-page-table'), rows, '应报企业均已报送', 4);
}
