// What every page builds with: table rows and cells, pills, growth colours, links to other pages, the API's JSON
// and the charts. Every figure shown is formatted by the server from exact integers ("display" members); the pages
// only place them, and numbers for the charts are read back from those same texts.

export const $ = (selector, root) => (root || document).querySelector(selector);

export function cell(text, className) {
  const td = document.createElement('td');
  if (text instanceof Node) {
    td.appendChild(text);
  } else {
    td.textContent = text == null ? '—' : text;
  }
  if (className) td.className = className;
  return td;
}

export function row(cells) {
  const tr = document.createElement('tr');
  cells.forEach((c) => tr.appendChild(c instanceof HTMLTableCellElement ? c : cell(c)));
  return tr;
}

export function fillTable(table, rows, emptyText, columns) {
  const body = $('tbody', table);
  body.replaceChildren();
  if (rows.length === 0) {
    const tr = row([cell(emptyText)]);
    tr.className = 'empty';
    tr.firstChild.colSpan = columns;
    body.appendChild(tr);
  }
  rows.forEach((r) => body.appendChild(r));
}

export function pill(text, color) {
  const span = document.createElement('span');
  span.className = 'pill ' + color;
  span.textContent = text;
  return span;
}

export function growthClass(text) {
  if (!text || text === '—' || text.startsWith('0.0')) return '';
  return text.startsWith('-') ? 'down' : 'up';
}

export function setGrowth(node, text) {
  node.textContent = text;
  node.classList.remove('up', 'down');
  const cls = growthClass(text);
  if (cls) node.classList.add(cls);
}

export function number(text) {
  const value = parseFloat(text);
  return Number.isNaN(value) ? null : value;
}

// The address of a page: {district|park|town|industry|enterprise: id, view, period}, as the hash holds it.
export function pageHash(kind, id, options) {
  const params = new URLSearchParams();
  params.set(kind, id);
  if (options && options.view) params.set('view', options.view);
  if (options && options.period) params.set('period', options.period);
  return '#' + params.toString();
}

// A link to another page of the dashboard; a plain anchor, so that it can be opened elsewhere and shared.
export function link(text, kind, id, options) {
  if (!id) return document.createTextNode(text == null ? '—' : text);
  const a = document.createElement('a');
  a.href = pageHash(kind, id, options);
  a.textContent = text;
  a.dataset.page = kind;
  return a;
}

export function linkCell(text, kind, id, options) {
  return cell(link(text, kind, id, options), 'text');
}

// Thrown when the server no longer takes the session's token (revoked, or the browser lost the cookie).
export class SignInNeeded extends Error {}

export async function getJson(url) {
  const response = await fetch(url, { cache: 'no-store' });
  const body = await response.json();
  if (response.status === 401) throw new SignInNeeded(body.error);
  if (!response.ok) throw new Error(body.error || response.status);
  return body;
}

// Like getJson, with null for a 404: a month without a rollup is a state to show, not an error.
export async function getJsonOrNull(url) {
  const response = await fetch(url, { cache: 'no-store' });
  const body = await response.json();
  if (response.status === 401) throw new SignInNeeded(body.error);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(body.error || response.status);
  return body;
}

const charts = {};

export function chart(id) {
  if (typeof echarts === 'undefined') return null;
  if (!charts[id]) charts[id] = echarts.init(document.getElementById(id));
  return charts[id];
}

// Charts follow their element's size only when told: after a page is shown and when the window changes.
export function resizeCharts() {
  Object.values(charts).forEach((c) => c.resize());
}

// A figure with its label and unit, as the energy, reporting and enterprise panels list them.
export function figureItem(label, value, unit, extra) {
  const item = document.createElement('div');
  item.className = 'item';
  const name = document.createElement('div');
  name.textContent = label;
  const figure = document.createElement('div');
  const v = document.createElement('span');
  v.className = 'value';
  if (value instanceof Node) {
    v.appendChild(value);
  } else {
    v.textContent = value == null ? '—' : value;
  }
  const u = document.createElement('span');
  u.className = 'unit';
  u.textContent = unit;
  figure.append(v, u);
  item.append(name, figure);
  if (extra) {
    const more = document.createElement('div');
    more.className = 'growth-line';
    more.textContent = extra;
    item.appendChild(more);
  }
  return item;
}

export function notice(text) {
  const node = $('#notice');
  node.textContent = text || '';
  node.hidden = !text;
}

// The headline card of one indicator: year to date, its growth, the month and its growth.
export function fillHeadlineCard(card, figure, title) {
  $('h2', card).textContent = title;
  card.querySelectorAll('.unit').forEach((n) => { n.textContent = figure ? figure.unit : ''; });
  $('.value', card).textContent = figure ? figure.ytd : '—';
  setGrowth($('.growth', card), figure ? figure.ytd_growth : '—');
  $('.month', card).textContent = figure ? figure.month : '—';
  setGrowth($('.month-growth', card), figure ? figure.month_growth : '—');
}

// Why a month's figures are missing or provisional, on every card that shows them; hidden when complete.
export function showCoverage(text) {
  document.querySelectorAll('.page:not([hidden]) .coverage').forEach((n) => {
    n.textContent = text || '';
    n.hidden = !text;
  });
}

// The text for a month of a scope: none reported yet, or reported by part of those due.
export function coverageText(hasFigures, counts) {
  if (!hasFigures) {
    return counts && counts.expected > 0 ? '本月尚无企业上报（应报 ' + counts.expected + ' 家）' : '本月尚无企业上报';
  }
  if (counts && counts.expected > 0 && counts.reported < counts.expected) {
    return '本月已报 ' + counts.reported + '/' + counts.expected + ' 家，数据为初步';
  }
  return null;
}

export function alertRows(alerts) {
  return alerts.map((a) => {
    const level = cell('');
    level.appendChild(pill(a.severity_label || '—', a.severity === 'RED' ? 'red' : 'yellow'));
    const who = a.scope_type === 'ENTERPRISE' ? linkCell(a.scope_name || a.scope_id, 'enterprise', a.scope_id)
      : cell(a.scope_name || a.scope_id, 'text');
    const tr = row([level, cell(a.kind_label, 'text'), who, a.period,
      a.display.current + ' / ' + a.display.baseline + ' ' + a.display.unit,
      cell(a.display.change, growthClass(a.display.change)), cell(a.explanation, 'text')]);
    tr.dataset.alert = a.alert_id;
    return tr;
  });
}

export function classPill(grade) {
  return pill(grade, grade === 'D' ? 'red' : grade === 'C' ? 'yellow' : 'green');
}

export function budgetPill(budget) {
  return budget.over_pro_rata ? pill('超序时进度', 'red') : pill('正常', 'green');
}
