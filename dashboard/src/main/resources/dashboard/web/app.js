// The dashboard's pages, one at a time, chosen by the address' fragment so that a link reproduces the view and
// back and forward work: #district=330411, #park=XZ-HTZ, #town=330411|王店镇, #industry=330411|C38 or
// #enterprise=<credit code>, with &period=2026-09 (default: the latest month) and, for a district or park,
// &view=missing (the missing-report list) or &view=outlook (the full-year outlook of the targets).
import { $, getJson, link, notice, pageHash, resizeCharts, showCoverage, SignInNeeded } from './ui.js';
import { addHeadlineCards, PLURAL, showScope } from './scope-page.js';
import { addEnterpriseCards, showEnterprise } from './enterprise-page.js';
import { showMissing } from './reporting-page.js';
import { showOutlook } from './outlook-page.js';

const KINDS = ['enterprise', 'park', 'town', 'industry', 'district'];
const VIEWS = ['missing', 'outlook'];
const PERIOD = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

const state = {
  route: null, // {kind, id, view, period} as the address says
  version: null, // the view version announced by the server
  shownVersion: null, // the version the page shows
  loading: false,
  again: false,
  started: false, // whether the page listens and loads: once signed in
  events: null, // the open EventSource
};

// --- the address ---------------------------------------------------------------------------------------------

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const kind = KINDS.find((k) => params.get(k));
  const view = params.get('view');
  const period = params.get('period');
  return {
    kind: kind || 'district',
    id: kind ? params.get(kind) : null,
    view: VIEWS.includes(view) && (kind === 'district' || kind === 'park') ? view : null,
    period: period && PERIOD.test(period) ? period : null,
    token: params.get('token'),
  };
}

function routeHash(route) {
  return route.id ? pageHash(route.kind, route.id, route) : '#';
}

function navigate(route) {
  location.hash = routeHash(route); // a new history entry; hashchange loads it
}

// --- selectors and where the page is ---------------------------------------------------------------------------

function fillDistricts(districts, selected) {
  const select = $('#district-select');
  select.replaceChildren(...districts.map((d) => new Option(d.name + '（' + d.district_code + '）', d.district_code)));
  select.value = selected || '';
}

// The months of the page; a month asked for by the address is listed even if nothing was reported in it yet.
function fillPeriods(periods, latest, shown, asked) {
  const select = $('#period-select');
  const options = [new Option('最新' + (latest ? '（' + latest + '）' : ''), '')];
  const listed = periods.slice();
  if (asked && !listed.includes(asked)) listed.push(asked);
  listed.sort().reverse().forEach((p) => options.push(new Option(p, p)));
  select.replaceChildren(...options);
  select.value = asked && shown ? shown : '';
}

function crumbs(items) {
  const nav = $('#crumbs');
  nav.replaceChildren();
  items.forEach((item, i) => {
    if (i > 0) nav.append(' › ');
    if (i === items.length - 1) {
      const current = document.createElement('strong');
      current.textContent = item.text;
      nav.appendChild(current);
    } else {
      nav.appendChild(link(item.text, item.kind, item.id, item.options));
    }
  });
}

// The parks from the district's outermost down to the park, from the district's list of parks.
function parkChain(parks, parkId) {
  const byId = new Map(parks.map((p) => [p.park_id, p]));
  const chain = [];
  for (let id = parkId; id && byId.has(id) && !chain.includes(byId.get(id)); id = byId.get(id).parent_park_id) {
    chain.unshift(byId.get(id));
  }
  return chain;
}

function showPage(name, kind) {
  document.querySelectorAll('.page').forEach((page) => { page.hidden = page.id !== 'page-' + name; });
  document.querySelectorAll('[data-scopes]').forEach((node) => {
    node.hidden = !node.dataset.scopes.split(' ').includes(kind);
  });
}

// --- loading ---------------------------------------------------------------------------------------------

async function loadEnterprise(route) {
  showPage('enterprise', 'enterprise');
  const e = await showEnterprise(route.id, route.period);
  const districts = await getJson('/api/districts');
  fillDistricts(districts, e.district_code);
  fillPeriods(e.periods, e.periods[e.periods.length - 1], e.period, route.period);
  const options = { period: route.period };
  crumbs([{ text: e.district_name, kind: 'district', id: e.district_code, options },
    ...e.parks.slice().reverse().map((p) => ({ text: p.name, kind: 'park', id: p.park_id, options })),
    { text: e.name }]);
  return e.period;
}

async function loadScope(route) {
  const districts = await getJson('/api/districts');
  let id = route.id;
  if (route.kind === 'district' && !districts.some((d) => d.district_code === id)) {
    id = districts.length ? districts[0].district_code : null;
  }
  if (!id) {
    fillDistricts(districts, null);
    notice('暂无区县数据：等待园区登记和汇总结果。');
    return null;
  }
  const scope = await getJson('/api/' + PLURAL[route.kind] + '/' + encodeURIComponent(id));
  const districtCode = route.kind === 'district' ? id : scope.district_code;
  fillDistricts(districts, districtCode);
  const district = route.kind === 'district' ? scope : await getJson('/api/districts/' + districtCode);
  const period = route.period || scope.latest_period || district.latest_period;
  fillPeriods(scope.periods, scope.latest_period, period, route.period);
  const options = { period: route.period };
  const trail = [{ text: district.name, kind: 'district', id: districtCode, options }];
  if (route.kind === 'park') {
    parkChain(district.parks, id).forEach((p) => trail.push({ text: p.name, kind: 'park', id: p.park_id, options }));
    if (trail.length === 1) trail.push({ text: scope.name, kind: 'park', id, options });
  } else if (route.kind !== 'district') {
    trail.push({ text: scope.name, kind: route.kind, id, options });
  }
  if (!period) {
    crumbs(trail);
    notice(scope.name + '暂无汇总数据。');
    return null;
  }
  const scopeDetail = Object.assign({ district_code: districtCode }, scope);
  if (route.view) {
    trail.push({ text: route.view === 'missing' ? '未报企业清单' : '全年预计' });
    showPage(route.view, route.kind);
    crumbs(trail);
    await (route.view === 'missing' ? showMissing : showOutlook)(route.kind, scopeDetail, period);
  } else {
    showPage('scope', route.kind);
    crumbs(trail);
    await showScope(route.kind, scopeDetail, period);
  }
  return period;
}

async function loadOnce() {
  const route = state.route;
  showCoverage(null);
  const period = route.kind === 'enterprise' ? await loadEnterprise(route) : await loadScope(route);
  if (period == null) return;
  notice('');
  resizeCharts();
  document.body.dataset.period = period;
  document.body.dataset.page = route.kind + (route.view ? '-' + route.view : '');
  document.body.dataset.shown = routeHash(route); // the address the page shows, for whoever waits on it
}

// Loads once per change: a change announced or an address changed while loading triggers one more load afterwards.
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

// A sign-in link (#token=..., possibly with a page): the token leaves the address at once, then signs the page in.
async function signInWithLink(token) {
  state.route = readHash();
  history.replaceState(null, '', routeHash(state.route));
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

async function start() {
  addHeadlineCards();
  addEnterpriseCards();
  state.route = readHash();
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
    navigate({ kind: 'district', id: e.target.value, view: null, period: null });
  });
  $('#period-select').addEventListener('change', (e) => {
    const route = state.route;
    const id = route.id || $('#district-select').value;
    navigate({ kind: route.kind, id, view: route.view, period: e.target.value || null });
  });
  window.addEventListener('resize', resizeCharts);
  // Links, back and forward change the fragment; a sign-in link opened in an open page does too.
  window.addEventListener('hashchange', () => {
    const route = readHash();
    if (route.token) {
      signInWithLink(route.token);
      return;
    }
    state.route = route;
    window.scrollTo(0, 0); // another page, from its top
    if (state.started) load();
  });
  if (state.route.token) {
    signInWithLink(state.route.token);
    return;
  }
  try {
    signedIn(await getJson('/api/session'));
  } catch (error) {
    showSignIn(error instanceof SignInNeeded ? null : error.message);
  }
}

start();
