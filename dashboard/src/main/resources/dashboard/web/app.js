'use strict';

// The district overview. Every figure shown is formatted by the server from exact integers ("display" members);
// the page only places them, and numbers for the charts are read back from those same texts.
(function () {
  const state = {
    district: null,
    period: null, // null: follow the latest month with a rollup
    version: null, // the view version announced by the server
    shownVersion: null, // the version the page shows
    loading: false,
    again: false,
    started: false, // whether the page listens and loads: once signed in
    events: null, // the open EventSource
  };
  const charts = {};
  // The headline cards, by indicator: 规上工业总产值 and 规上工业增加值.
  const HEADLINES = ['output_value', 'value_added'];
  const $ = (selector, root) => (root || document).querySelector(selector);

  function cell(text, className) {
    const td = document.createElement('td');
    td.textContent = text == null ? '—' : text;
    if (className) td.className = className;
    return td;
  }

  function row(cells) {
    const tr = document.createElement('tr');
    cells.forEach((c) => tr.appendChild(c instanceof Node ? c : cell(c)));
    return tr;
  }

  function fillTable(table, rows, emptyText, columns) {
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

  function pill(text, color) {
    const span = document.createElement('span');
    span.className = 'pill ' + color;
    span.textContent = text;
    return span;
  }

  function growthClass(text) {
    if (!text || text === '—' || text.startsWith('0.0')) return '';
    return text.startsWith('-') ? 'down' : 'up';
  }

  function setGrowth(node, text) {
    node.textContent = text;
    node.classList.remove('up', 'down');
    const cls = growthClass(text);
    if (cls) node.classList.add(cls);
  }

  function number(text) {
    const value = parseFloat(text);
    return Number.isNaN(value) ? null : value;
  }

  // Thrown when the server no longer takes the session's token (revoked, or the browser lost the cookie).
  class SignInNeeded extends Error {}

  async function getJson(url) {
    const response = await fetch(url, { cache: 'no-store' });
    const body = await response.json();
    if (response.status === 401) throw new SignInNeeded(body.error);
    if (!response.ok) throw new Error(body.error || response.status);
    return body;
  }

  function notice(text) {
    const node = $('#notice');
    node.textContent = text || '';
    node.hidden = !text;
  }

  function chart(id) {
    if (typeof echarts === 'undefined') return null;
    if (!charts[id]) charts[id] = echarts.init(document.getElementById(id));
    return charts[id];
  }

  // --- selectors -------------------------------------------------------------------------------------------

  function readHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    return { district: params.get('district'), period: params.get('period'), token: params.get('token') };
  }

  function writeHash() {
    const params = new URLSearchParams();
    if (state.district) params.set('district', state.district);
    if (state.period) params.set('period', state.period);
    history.replaceState(null, '', '#' + params.toString());
  }

  function fillDistricts(districts) {
    const select = $('#district-select');
    select.replaceChildren(...districts.map((d) => new Option(d.name + '（' + d.district_code + '）', d.district_code)));
    if (!districts.some((d) => d.district_code === state.district)) {
      state.district = districts.length ? districts[0].district_code : null;
    }
    select.value = state.district || '';
  }

  function fillPeriods(periods, latest) {
    const select = $('#period-select');
    const options = [new Option('最新' + (latest ? '（' + latest + '）' : ''), '')];
    periods.slice().reverse().forEach((p) => options.push(new Option(p, p)));
    select.replaceChildren(...options);
    select.value = state.period && periods.includes(state.period) ? state.period : '';
  }

  // --- rendering -------------------------------------------------------------------------------------------

  function renderHeadline(rollup) {
    const display = rollup.display;
    document.querySelectorAll('.ytd-label').forEach((n) => { n.textContent = display.ytd_label + '累计'; });
    document.querySelectorAll('.card[data-indicator]').forEach((card) => {
      const figure = display.indicators.find((i) => i.indicator === card.dataset.indicator);
      $('h2', card).textContent = '规上' + figure.label;
      card.querySelectorAll('.unit').forEach((n) => { n.textContent = figure.unit; });
      $('.value', card).textContent = figure.ytd;
      setGrowth($('.growth', card), figure.ytd_growth);
      $('.month', card).textContent = figure.month;
      setGrowth($('.month-growth', card), figure.month_growth);
    });
    $('#structure-list').replaceChildren(...display.structure.map((s) => {
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
    $('#enterprises-ytd').textContent = display.enterprises.ytd;
    $('#enterprises-month').textContent = display.enterprises.month;
    $('#rollup-updated').textContent = new Date(rollup.updated_at).toLocaleString('zh-CN', { hour12: false });
    $('#scope-title').textContent = display.scope_name + ' · ' + display.month_label;
  }

  function renderTargets(rollup) {
    const targets = rollup.display.targets;
    $('#targets-label').textContent = rollup.display.ytd_label;
    const box = $('#targets');
    box.replaceChildren();
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
  function outlookLine(o) {
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
    line.append(words, o.at_risk ? pill('有风险', 'red') : pill('可完成', 'green'));
    return line;
  }

  function renderIndicators(rollup) {
    const display = rollup.display;
    $('#indicators-label').textContent = display.month_label + '，' + display.ytd_label + '累计';
    fillTable($('#indicator-table'), display.indicators.map((i) => {
      const tr = row([i.label, i.unit, i.month, cell(i.month_growth, growthClass(i.month_growth)), i.ytd,
        cell(i.ytd_growth, growthClass(i.ytd_growth)), cell(i.ytd_growth_total, growthClass(i.ytd_growth_total))]);
      tr.dataset.indicator = i.indicator;
      return tr;
    }), '暂无数据', 7);
    fillTable($('#park-report-table'), display.park_reports.map((p) =>
      row([p.label, p.ytd, p.unit, cell(p.ytd_growth, growthClass(p.ytd_growth))])), '暂无园区报表', 4);
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

  function indicatorOf(rollup, name) {
    return rollup.display.indicators.find((i) => i.indicator === name);
  }

  function efficiencyOf(rollup, key) {
    return rollup.display.efficiency.find((e) => e.key === key);
  }

  // The year to date's figures a comparison of parks, towns or industries shows for each of them.
  function comparisonCells(rollup) {
    const output = indicatorOf(rollup, 'output_value');
    const added = indicatorOf(rollup, 'value_added');
    return [rollup.display.enterprises.ytd, output.ytd, cell(output.ytd_growth, growthClass(output.ytd_growth)),
      added.ytd, cell(added.ytd_growth, growthClass(added.ytd_growth)), efficiencyOf(rollup, 'output_per_mu').value,
      efficiencyOf(rollup, 'energy_intensity').value];
  }

  // A district's towns or industries, those with a rollup of the month.
  function renderScopes(table, scopes, emptyText) {
    fillTable(table, scopes.filter((s) => s.rollup).map((s) => {
      const tr = row([s.name, ...comparisonCells(s.rollup)]);
      tr.dataset.scope = s.scope_id;
      return tr;
    }), emptyText, 8);
  }

  function renderParks(parks) {
    const withRollup = parks.parks.filter((p) => p.rollup);
    fillTable($('#park-table'), withRollup.map((p) => {
      const tr = row([(p.parent_park_id ? '　└ ' : '') + p.name, p.level_label, ...comparisonCells(p.rollup)]);
      tr.dataset.park = p.park_id;
      return tr;
    }), '本期暂无园区数据', 9);
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
        { name: '总产值（亿元）', type: 'bar', itemStyle: { color: '#1d5fa8' },
          data: withRollup.map((p) => number(indicatorOf(p.rollup, 'output_value').ytd)) },
        { name: '同比（%）', type: 'line', yAxisIndex: 1, itemStyle: { color: '#c62828' },
          data: withRollup.map((p) => number(indicatorOf(p.rollup, 'output_value').ytd_growth)) },
      ],
    }, true);
  }

  function energyItem(label, value, unit, extra) {
    const item = document.createElement('div');
    item.className = 'item';
    const name = document.createElement('div');
    name.textContent = label;
    const figure = document.createElement('div');
    const v = document.createElement('span');
    v.className = 'value';
    v.textContent = value;
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

  function renderEnergy(rollup) {
    const display = rollup.display;
    const intensity = efficiencyOf(rollup, 'energy_intensity');
    const energy = indicatorOf(rollup, 'energy_tce');
    const electricity = indicatorOf(rollup, 'electricity_kwh');
    const items = [
      energyItem('单位增加值能耗（' + display.ytd_label + '）', intensity.value, intensity.unit,
        '同比 ' + intensity.change + '，上年同期 ' + intensity.previous_year),
      energyItem('综合能源消费量', energy.ytd, energy.unit, '同比 ' + energy.ytd_growth),
      energyItem('用电量', electricity.ytd, electricity.unit, '同比 ' + electricity.ytd_growth),
    ];
    const target = display.targets.find((t) => t.indicator === 'energy_tce');
    if (target) {
      items.push(energyItem('能耗总量控制目标完成率', target.completion, '',
        '累计 ' + target.actual + ' / 目标 ' + target.target + ' ' + target.unit));
    }
    $('#energy').replaceChildren(...items);
  }

  function renderBudget(budget) {
    $('#budget-label').textContent = '截至 ' + budget.period + '，按执行率排序';
    fillTable($('#budget-table'), budget.enterprises.map((e) => {
      const b = e.budget;
      const status = b.over_pro_rata ? pill('超序时进度', 'red') : pill('正常', 'green');
      const tr = row([cell(e.name, 'text'), cell(e.park_name, 'text'), b.display.budget, e.display.energy_tce.value,
        b.display.used, b.display.pro_rata, cell('')]);
      tr.lastChild.appendChild(status);
      return tr;
    }), '无设定用能预算的重点用能单位', 7);
  }

  // 应报 / 已报 / 未报 of the month and who is missing (GET .../reporting).
  function renderReporting(reporting) {
    $('#reporting-label').textContent = reporting.period + '，报送截止 ' + reporting.deadline.last_day;
    $('#missing-count').textContent = reporting.missing;
    $('#reporting').replaceChildren(
      energyItem('应报企业', reporting.expected, '家'),
      energyItem('已报企业', reporting.reported, '家', '报送率 ' + reporting.display.rate),
      energyItem('未报企业', reporting.missing, '家'),
      energyItem('规下企业报送', reporting.reported_below_scale, '家'));
    fillTable($('#missing-table'), reporting.missing_enterprises.map((e) =>
      row([e.credit_code, cell(e.name, 'text'), cell(e.park_name, 'text'), cell(e.town, 'text')])),
    '应报企业均已报送', 4);
  }

  function renderAlerts(alerts) {
    $('#alert-count').textContent = alerts.count;
    fillTable($('#alert-table'), alerts.alerts.map((a) => {
      const level = cell('');
      level.appendChild(pill(a.severity_label || '—', a.severity === 'RED' ? 'red' : 'yellow'));
      const tr = row([level, cell(a.kind_label, 'text'), cell(a.scope_name || a.scope_id, 'text'), a.period,
        a.display.current + ' / ' + a.display.baseline + ' ' + a.display.unit,
        cell(a.display.change, growthClass(a.display.change)), cell(a.explanation, 'text')]);
      tr.dataset.alert = a.alert_id;
      return tr;
    }), '当前无预警', 7);
  }

  function renderEvaluation(evaluation) {
    $('#evaluation-label').textContent = evaluation.window_label + '，前十名';
    fillTable($('#evaluation-table'), evaluation.enterprises.slice(0, 10).map((e) => {
      const grade = cell('');
      grade.appendChild(pill(e.class, e.class === 'D' ? 'red' : e.class === 'C' ? 'yellow' : 'green'));
      const tr = row([String(e.rank), grade, cell(e.name, 'text'), e.score.toFixed(2),
        e.indicators.tax_per_mu ? e.indicators.tax_per_mu.display : '—',
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

  function renderTop(top) {
    fillTable($('#top-table'), top.enterprises.map((e) =>
      row([cell(e.name, 'text'), e.display.output_value.value, e.display.output_value.share])), '暂无企业数据', 3);
  }

  // --- loading ---------------------------------------------------------------------------------------------

  async function loadOnce() {
    const districts = await getJson('/api/districts');
    fillDistricts(districts);
    if (!state.district) {
      notice('暂无区县数据：等待园区登记和汇总结果。');
      return;
    }
    const base = '/api/districts/' + encodeURIComponent(state.district);
    const detail = await getJson(base);
    fillPeriods(detail.periods, detail.latest_period);
    const period = state.period && detail.periods.includes(state.period) ? state.period : detail.latest_period;
    if (!period) {
      notice(detail.name + '暂无汇总数据。');
      return;
    }
    const q = 'period=' + period;
    const [rollup, series, parks, towns, industries, budget, top, alerts, reporting, evaluation] =
      await Promise.all([
      getJson(base + '/rollup?' + q),
      getJson(base + '/series?indicator=output_value&to=' + period),
      getJson(base + '/parks?' + q),
      getJson(base + '/towns?' + q),
      getJson(base + '/industries?' + q),
      getJson(base + '/enterprises?' + q + '&budgeted=true&sort=budget_used&limit=10'),
      getJson(base + '/enterprises?' + q + '&sort=output_value&limit=10'),
      getJson('/api/alerts?district=' + state.district + '&limit=50'),
      getJson(base + '/reporting?' + q),
      getJson(base + '/evaluation?year=' + period.substring(0, 4)),
    ]);
    notice('');
    renderHeadline(rollup);
    renderTargets(rollup);
    renderIndicators(rollup);
    renderTrend(series);
    renderParks(parks);
    renderScopes($('#town-table'), towns.towns, '本期暂无乡镇（街道）数据');
    renderScopes($('#industry-table'), industries.industries, '本期暂无行业数据');
    renderEnergy(rollup);
    renderBudget(budget);
    renderAlerts(alerts);
    renderReporting(reporting);
    renderTop(top);
    renderEvaluation(evaluation);
    document.body.dataset.period = period;
  }

  // Loads once per change: a change announced while loading triggers one more load afterwards.
  async function load() {
    if (state.loading) {
      state.again = true;
      return;
    }
    state.loading = true;
    try {
      do {
        state.again = false;
        const version = state.version;
        await loadOnce();
        state.shownVersion = version;
        document.body.dataset.version = version == null ? '' : String(version);
      } while (state.again);
    } catch (e) {
      if (e instanceof SignInNeeded) {
        showSignIn(e.message);
      } else {
        notice('数据加载失败：' + e.message);
      }
    } finally {
      state.loading = false;
    }
  }

  function listen() {
    const live = $('#live');
    const events = new EventSource('/api/events');
    state.events = events;
    events.addEventListener('update', (event) => {
      live.classList.add('on');
      $('#live-text').textContent = '实时 · ' + new Date().toLocaleTimeString('zh-CN', { hour12: false });
      state.version = JSON.parse(event.data).version;
      if (state.version !== state.shownVersion) load();
    });
    events.onerror = () => {
      live.classList.remove('on');
      $('#live-text').textContent = '重新连接中…';
      // The browser reconnects by itself, unless the server refused the token: then sign in again.
      getJson('/api/session').catch((e) => {
        if (e instanceof SignInNeeded) {
          events.close();
          showSignIn(e.message);
        }
      });
    };
  }

  // --- signing in ------------------------------------------------------------------------------------------

  function showSession(viewer) {
    $('#session-scope').textContent = viewer.admin ? '管理员' : viewer.district_name + '（区县令牌）';
    $('#session').hidden = false;
    $('#sign-in').hidden = true;
  }

  function showSignIn(reason) {
    $('#session').hidden = true;
    $('#sign-in').hidden = false;
    const error = $('#sign-in-error');
    error.textContent = reason ? '请重新登录：' + reason : '';
    error.hidden = !reason;
    $('#sign-in-token').focus();
  }

  // The server keeps the token in an HttpOnly cookie; the page never stores it.
  async function signIn(token) {
    const response = await fetch('/api/session', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: token }),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || response.status);
    return body;
  }

  // A sign-in link (#token=...): the token leaves the address at once, then signs the page in.
  async function signInWithLink(token) {
    writeHash();
    try {
      signedIn(await signIn(token));
    } catch (error) {
      showSignIn(error.message);
    }
  }

  function signedIn(viewer) {
    showSession(viewer);
    if (state.started) {
      if (state.events && state.events.readyState === EventSource.CLOSED) listen();
      load();
      return;
    }
    state.started = true;
    listen();
    load();
  }

  function addHeadlineCards() {
    const template = $('#headline-card').content.firstElementChild;
    HEADLINES.forEach((indicator) => {
      const card = template.cloneNode(true);
      card.dataset.indicator = indicator;
      $('#structure-card').before(card);
    });
  }

  async function start() {
    addHeadlineCards();
    const hash = readHash();
    state.district = hash.district;
    state.period = hash.period;
    $('#sign-in-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const input = $('#sign-in-token');
      try {
        const viewer = await signIn(input.value.trim());
        input.value = '';
        signedIn(viewer);
      } catch (error) {
        $('#sign-in-error').textContent = '登录失败：' + error.message;
        $('#sign-in-error').hidden = false;
      }
    });
    $('#sign-out').addEventListener('click', async () => {
      await fetch('/api/session', { method: 'DELETE' });
      location.reload(); // nothing of the district stays on the page
    });
    $('#district-select').addEventListener('change', (e) => {
      state.district = e.target.value;
      state.period = null;
      writeHash();
      load();
    });
    $('#period-select').addEventListener('change', (e) => {
      state.period = e.target.value || null;
      writeHash();
      load();
    });
    window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
    // A sign-in link opened in a page that is open already changes only the address' fragment.
    window.addEventListener('hashchange', () => {
      const token = readHash().token;
      if (token) signInWithLink(token);
    });
    if (hash.token) {
      signInWithLink(hash.token);
      return;
    }
    try {
      signedIn(await getJson('/api/session'));
    } catch (error) {
      showSignIn(error instanceof SignInNeeded ? null : error.message);
    }
  }

  start();
})();
