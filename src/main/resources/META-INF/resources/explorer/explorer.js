// The explorer: find a metric, chart its series for one or more regions side by side, and show where each
// point comes from. Everything it shows comes from /api/v1 of the same origin; the view lives in the URL.
//
// Hooks for the browser test (.ci/explorer.test.mjs), read-only:
//   window.explorer.busy     true while a view loads
//   window.explorer.state()  the view: {metric, regions, unit, baseline, asOf, lang}
//   window.explorer.drawn()  what the chart and the table show, from the last completed load:
//                            {metric, unit, baseline, asOf, series: [{region, unit, error, points:
//                            [{factId, start, end, value, valueText}]}]}, value being the API's exact text
import { PRECISIONS, TEXTS } from './texts.js';

const DEFAULT_VIEW = { metric: 'emissions.fossil-co2.total', regions: ['CN', 'US', 'IN'], unit: 'Mt CO2' };
// Colours that stay apart for the common kinds of colour blindness and keep 4.5:1 on white.
const COLORS = ['#0b5cad', '#c2410c', '#15803d', '#7e22ce', '#a16207', '#0e7490', '#be123c', '#334155'];
const MASS = ['t', 'kt', 'Mt', 'Gt'];
const CO2 = ['t CO2', 'kt CO2', 'Mt CO2', 'Gt CO2'];
const ENERGY = ['kWh', 'MWh', 'GWh', 'TWh'];
const AREA = ['mu', 'ha', 'km²'];
const DAY = 86400;
const SERIES_PAGE = 1000; // the most points a series' page holds: one request for each series shipped

const state = { metric: '', regions: [], unit: '', baseline: '', asOf: '', lang: 'en' };
const catalogue = { metrics: new Map(), regions: new Map() };
let catalogueLoaded = null;
let loadToken = 0;
let drawn = null;          // the last completed load: {metric, unit, ..., series: [{region, color, points, byIndex, ...}]}
let chart = null;          // the uPlot instance
let selected = null;       // {series, point}: indexes into drawn.series and its points
const $ = (id) => document.getElementById(id);

window.explorer = {
  busy: true,
  state: () => ({ ...state, regions: [...state.regions] }),
  drawn: () => drawn && {
    metric: drawn.metric, unit: drawn.unit, baseline: drawn.baseline, asOf: drawn.asOf,
    series: drawn.series.map((s) => ({
      region: s.region, unit: s.unit, error: s.error ?? null,
      points: s.points.map((p) => ({
        factId: p.factId, start: p.period.start, end: p.period.end, value: p.value, valueText: p.valueText,
      })),
    })),
  },
};

// ---- Talking to the API ----------------------------------------------------------------------------------

// A published value may carry more digits than a double keeps: keep its text, and use Number() only to plot.
// A browser without JSON.parse source text access (no context) keeps the double's shortest text, which is exact
// for every value of up to 15 significant digits.
const EXACT = new Set(['value', 'roundedTo', 'publishedValue']);
const parseExact = (text) => JSON.parse(text, (key, value, context) =>
  EXACT.has(key) && typeof value === 'number' ? context?.source ?? String(value) : value);

class ApiError extends Error {
  constructor(status, problem) {
    super(problemText(problem));
    this.status = status;
    this.problem = problem;
  }
}

function problemText(problem) {
  const errors = (problem.errors ?? []).map((e) => (e.field ? `${e.field}: ${e.message}` : e.message));
  const detail = problem.detail ?? problem.title ?? '';
  return errors.length ? `${detail}: ${errors.join('; ')}` : detail;
}

// ':' and ',' stay readable in the address bar; URLSearchParams would escape them.
function query(params) {
  return Object.entries(params)
    .filter(([, value]) => value !== '' && value != null)
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%3A/g, ':').replace(/%2C/g, ',')}`)
    .join('&');
}

const withQuery = (path, params) => { const q = query(params); return q ? `${path}?${q}` : path; };

// lang null sends no Accept-Language of ours, so the browser's own is negotiated.
async function api(path, params = {}, lang = state.lang) {
  const headers = { Accept: 'application/json' };
  if (lang) headers['Accept-Language'] = lang === 'zh' ? 'zh-CN' : 'en';
  let response;
  try {
    response = await fetch(withQuery(path, params), { headers });
  } catch (error) {
    throw new ApiError(0, { detail: error.message });
  }
  const text = await response.text();
  if (!response.ok) {
    let problem;
    try { problem = JSON.parse(text); } catch { problem = { detail: text || response.statusText }; }
    throw new ApiError(response.status, problem);
  }
  return { body: parseExact(text), language: response.headers.get('Content-Language') };
}

// Every item of a list, page by page; a series' pages hold up to 1,000 points, other lists' 100 items.
async function allPages(path, params, lang, size = 100) {
  const items = [];
  let cursor = null;
  do {
    const { body } = await api(path, { ...params, size, cursor }, lang);
    items.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor);
  return items;
}

// The metric and region catalogues in both languages, so that either language's names find a metric.
function loadCatalogues() {
  const both = (path) => Promise.all([allPages(path, {}, 'en'), allPages(path, {}, 'zh')]);
  const merge = ([en, zh], into) => {
    for (const item of en) into.set(item.code, { ...item, name: { en: item.name } });
    for (const item of zh) if (into.has(item.code)) into.get(item.code).name.zh = item.name;
  };
  return Promise.all([
    both('/api/v1/metrics').then((lists) => merge(lists, catalogue.metrics)),
    both('/api/v1/regions').then((lists) => merge(lists, catalogue.regions)),
  ]);
}

const cache = new Map();
function cached(key, load) {
  if (!cache.has(key)) cache.set(key, load().catch((error) => { cache.delete(key); throw error; }));
  return cache.get(key);
}

const fetchFact = (id) => cached(`fact ${id} ${state.asOf}`,
  () => api(`/api/v1/facts/${encodeURIComponent(id)}`, { asOf: state.asOf }).then((r) => r.body));
const fetchSource = (id) => cached(`source ${id} ${state.asOf}`,
  () => api(`/api/v1/sources/${encodeURIComponent(id)}`, { asOf: state.asOf }).then((r) => r.body));

// The regions that the metric's facts name (every page of them): offered first when a region is added.
const regionsWithData = (code) => cached(`regions ${code}`, async () => {
  const found = [];
  let cursor = null;
  do {
    const { body } = await api(`/api/v1/metrics/${encodeURIComponent(code)}/regions`, { size: 100, cursor });
    found.push(...body.items.map((item) => item.region));
    cursor = body.nextCursor;
  } while (cursor);
  return found;
});

const seriesParams = (region) =>
  ({ region, unit: state.unit, baseline: state.baseline, asOf: state.asOf });
const seriesPath = (code) => `/api/v1/metrics/${encodeURIComponent(code)}/series`;

// ---- Words and numbers -----------------------------------------------------------------------------------

function t(key, vars = {}) {
  const text = TEXTS[state.lang][key] ?? TEXTS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => vars[name] ?? '');
}

const nameIn = (entry) => entry.name[state.lang] ?? entry.name.en ?? entry.name.zh ?? entry.code;
const metricName = (code) => (catalogue.metrics.has(code) ? nameIn(catalogue.metrics.get(code)) : code);
const regionName = (code) => (catalogue.regions.has(code) ? nameIn(catalogue.regions.get(code)) : code);

// Groups the integer digits of an exact decimal text and keeps every fraction digit.
function exactNumber(text) {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(text ?? '');
  if (!match) return text ?? '';
  return match[1] + match[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (match[3] ?? '');
}

const shownValue = (point) => (point.value != null ? exactNumber(point.value) : point.valueText ?? '');
const qualifierWord = (q) => (q && q !== 'exact' ? t(q) : '');

function periodText({ start, end, precision }) {
  const cut = (date) => (date ? (precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date) : '…');
  const [a, b] = [cut(start), cut(end)];
  return a === b ? a : `${a} – ${b}`;
}

function axisNumber(value) {
  const locale = state.lang === 'zh' ? 'zh-CN' : 'en';
  const big = Math.abs(value) >= 10000;
  return new Intl.NumberFormat(locale, big ? { notation: 'compact', maximumFractionDigits: 2 } : { maximumFractionDigits: 4 })
    .format(value);
}

// The units the API converts this metric's unit into (README "unit"): a mass, an energy or an area, and a
// mass of carbon also into the mass of its CO2.
function unitChoices(unit) {
  const [head, next] = (unit ?? '').split(/[\s/]/);
  if (MASS.includes(head)) return next === 'C' ? [...MASS, ...CO2] : MASS;
  if (ENERGY.includes(head)) return ENERGY;
  if (AREA.includes(head) || head === 'km2') return AREA;
  return [];
}

// ---- The view's state and the URL ------------------------------------------------------------------------

function readUrl() {
  const params = new URLSearchParams(location.search);
  if (!params.has('metric')) return { ...DEFAULT_VIEW, regions: [...DEFAULT_VIEW.regions] };
  return {
    metric: params.get('metric') ?? '',
    regions: (params.get('region') ?? '').split(',').map((r) => r.trim()).filter(Boolean),
    unit: params.get('unit') ?? '',
    baseline: params.get('baseline') ?? '',
    asOf: params.get('asOf') ?? '',
  };
}

function writeUrl() {
  const q = query({ metric: state.metric, region: state.regions.join(','), unit: state.unit,
    baseline: state.baseline, asOf: state.asOf, lang: state.lang });
  history.replaceState(null, '', `${location.pathname}?${q}`);
  $('permalink').href = location.href;
}

// The server negotiates the browser's Accept-Language; its Content-Language says what it chose.
async function browserLanguage() {
  try {
    const { language } = await api('/api/v1/topics', { size: 1 }, null);
    return language?.startsWith('zh') ? 'zh' : 'en';
  } catch {
    return navigator.languages?.find((l) => /^(en|zh)/.test(l))?.startsWith('zh') ? 'zh' : 'en';
  }
}

// ---- Loading and drawing a view --------------------------------------------------------------------------

// Loads and draws the view that `state` names; a later call supersedes an earlier one still loading.
async function load() {
  const token = ++loadToken;
  window.explorer.busy = true;
  try {
    await loadView(token);
  } catch (error) {
    console.error(error); // a defect of the page, not an answer of the API: let the test see it
    showMessages([String(error.message ?? error)]);
  } finally {
    if (token === loadToken) window.explorer.busy = false;
  }
}

async function loadView(token) {
  writeUrl();
  showControls();
  const messages = [];
  try {
    await catalogueLoaded;
  } catch (error) {
    messages.push(errorText(error));
  }
  showControls(); // again, now with the catalogues' names
  const metric = catalogue.metrics.get(state.metric);
  if (!metric && state.metric) {
    // Not in the published catalogue: the metric's own answer says why (retired, unknown, ...).
    try {
      const { body } = await api(`/api/v1/metrics/${encodeURIComponent(state.metric)}`, { asOf: state.asOf });
      catalogue.metrics.set(body.code, { ...body, name: { [state.lang]: body.name } });
    } catch (error) {
      messages.push(errorText(error));
    }
  }
  showMetric();
  let series = [];
  let baselines = null;
  if (state.metric && catalogue.metrics.has(state.metric)) {
    series = await Promise.all(state.regions.map((region, i) => loadSeries(region, COLORS[i % COLORS.length])));
    const wantsBaseline = series.some((s) => s.errorFields?.includes('baseline'));
    if (wantsBaseline || state.baseline) baselines = await baselinesOf(state.metric, state.regions);
  }
  if (token !== loadToken) return;
  for (const s of series) {
    if (s.error) messages.push(`${regionName(s.region)} (${s.region}): ${s.error}`);
    else if (!s.points.length) messages.push(t('noData', { region: `${regionName(s.region)} (${s.region})` }));
  }
  if (!state.metric) messages.push(t('noMetric'));
  else if (!state.regions.length) messages.push(t('noRegions'));
  showBaselines(baselines, series.some((s) => s.errorFields?.includes('baseline')));
  drawn = { metric: state.metric, unit: state.unit, baseline: state.baseline, asOf: state.asOf, series };
  selected = null;
  const numeric = series.some((s) => s.points.some((p) => p.value != null));
  if (series.some((s) => s.points.length) && !numeric) messages.push(t('notNumeric'));
  showMessages(messages);
  drawChart();
  showLegend();
  showTable();
  showDownloads();
  showDetail(null);
}

async function loadSeries(region, color) {
  const s = { region, color, points: [], unit: null };
  try {
    s.points = await allPages(seriesPath(state.metric), seriesParams(region), state.lang, SERIES_PAGE);
    s.unit = s.points[0]?.unit ?? null;
  } catch (error) {
    s.error = errorText(error);
    s.errorFields = (error.problem?.errors ?? []).map((e) => e.field);
  }
  return s;
}

function errorText(error) {
  if (!(error instanceof ApiError)) return String(error.message ?? error);
  return error.status ? t('apiError', { status: error.status, detail: error.message }) : t('networkError', { detail: error.message });
}

// The baselines the metric's facts in these regions are measured against, for the series that asks for one.
async function baselinesOf(code, regions) {
  const found = new Set();
  try {
    for (const region of regions) {
      const facts = await allPages('/api/v1/facts', { metric: code, region, asOf: state.asOf });
      facts.forEach((fact) => found.add(fact.baseline ?? 'none'));
    }
  } catch {
    // The series' own error is shown already; offer what was found.
  }
  return [...found].sort();
}

// Where a point stands on the time axis: a flow at its start (as FRED plots a year), a state or a change at
// the end of its period, when the level was reached or the change complete.
function pointX(point) {
  const { start, end } = point.period;
  const date = point.time === 'flow' ? (start ?? end) : (end ?? start);
  return Date.parse(`${date}T00:00:00Z`) / 1000;
}

function drawChart() {
  chart?.destroy();
  chart = null;
  const box = $('chart');
  box.replaceChildren();
  const plotted = drawn.series.filter((s) => s.points.some((p) => p.value != null));
  box.hidden = plotted.length === 0;
  if (!plotted.length) return;

  // One x array for every region: a region's missing x is undefined, which uPlot spans rather than breaks.
  const xOf = plotted.map((s) => {
    const seen = new Set();
    return s.points.map((p) => {
      if (p.value == null) return null;
      let x = pointX(p);
      while (seen.has(x)) x += 1; // two points of one region on one day stay apart
      seen.add(x);
      return x;
    });
  });
  const xs = [...new Set(xOf.flat().filter((x) => x != null))].sort((a, b) => a - b);
  const column = new Map(xs.map((x, i) => [x, i]));
  const data = [xs];
  plotted.forEach((s, k) => {
    const ys = new Array(xs.length).fill(undefined);
    s.byIndex = new Array(xs.length).fill(null);
    s.points.forEach((p, i) => {
      if (xOf[k][i] == null) return;
      ys[column.get(xOf[k][i])] = Number(p.value);
      s.byIndex[column.get(xOf[k][i])] = i;
    });
    data.push(ys);
  });

  const units = [...new Set(plotted.map((s) => s.unit))];
  const width = box.clientWidth || 600;
  const options = {
    width,
    height: chartHeight(width),
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
    legend: { show: false },
    scales: {
      // Room at both ends, so that the first and last points are not cut by the frame; a single point
      // (which uPlot widens to one day) in the middle of two years.
      x: { time: true, range: (u, min, max) => { const pad = max - min <= DAY ? 366 * DAY : (max - min) * 0.02; return [min - pad, max + pad]; } },
    },
    axes: [
      { stroke: '#374151', grid: { stroke: '#e5e7eb' }, ticks: { stroke: '#d1d5db' } },
      {
        label: units.join(' · '), stroke: '#374151', grid: { stroke: '#e5e7eb' }, ticks: { stroke: '#d1d5db' },
        values: (u, values) => values.map(axisNumber), size: 64,
      },
    ],
    series: [{}, ...plotted.map((s) => ({
      label: s.region, stroke: s.color, width: 2,
      points: { show: s.points.length <= 60, size: 7, fill: s.color, stroke: s.color },
    }))],
    cursor: { points: { size: 11 }, drag: { x: true, y: false } },
    hooks: { setCursor: [onCursor] },
  };
  chart = new uPlot(options, data, box);
  chart.plotted = plotted;
  box.setAttribute('aria-label', t('chartLabel', { metric: metricName(drawn.metric) }));
}

const chartHeight = (width) => (width < 560 ? 260 : 380);

// The chart's nearest point to the cursor, of whichever region lies closest, becomes the selection.
function onCursor(u) {
  const { left, top, idxs } = u.cursor;
  if (left == null || left < 0 || !idxs) return;
  let best = null;
  for (let k = 1; k < u.series.length; k++) {
    const idx = idxs[k];
    if (idx == null || u.data[k][idx] == null) continue;
    const dx = u.valToPos(u.data[0][idx], 'x') - left;
    const dy = u.valToPos(u.data[k][idx], 'y') - top;
    const distance = dx * dx + dy * dy;
    if (!best || distance < best.distance) best = { distance, plotted: u.plotted[k - 1], idx };
  }
  if (best) select(drawn.series.indexOf(best.plotted), best.plotted.byIndex[best.idx], 'chart');
}

function select(seriesIndex, pointIndex, from) {
  const s = drawn?.series[seriesIndex];
  const point = s?.points[pointIndex];
  if (!point) return;
  if (selected?.series === seriesIndex && selected?.point === pointIndex) return;
  selected = { series: seriesIndex, point: pointIndex };
  document.querySelectorAll('#data-table tr[aria-selected="true"]').forEach((row) => row.setAttribute('aria-selected', 'false'));
  const row = document.getElementById(`row-${seriesIndex}-${pointIndex}`);
  row?.setAttribute('aria-selected', 'true');
  if (from !== 'chart') moveCursorTo(s, pointIndex);
  if (from === 'chart-keys') row?.scrollIntoView({ block: 'nearest' });
  showDetail(s, point);
}

function moveCursorTo(s, pointIndex) {
  if (!chart || !chart.plotted.includes(s)) return;
  const k = chart.plotted.indexOf(s) + 1;
  const idx = s.byIndex.indexOf(pointIndex);
  if (idx < 0) return;
  chart.setCursor({ left: chart.valToPos(chart.data[0][idx], 'x'), top: chart.valToPos(chart.data[k][idx], 'y') }, false);
}

// Arrow keys on the chart: left and right along a region's points, up and down to the next region's nearest.
function onChartKey(event) {
  if (!chart) return;
  const plotted = chart.plotted;
  const numericPoints = (s) => s.points.map((p, i) => (p.value != null ? i : -1)).filter((i) => i >= 0);
  let s = selected ? drawn.series[selected.series] : null;
  if (!s || !plotted.includes(s)) s = plotted[0];
  const indexes = numericPoints(s);
  let current = selected && drawn.series[selected.series] === s ? selected.point : indexes[0];
  const at = indexes.indexOf(current);
  if (event.key === 'ArrowRight') current = indexes[Math.min(at + 1, indexes.length - 1)];
  else if (event.key === 'ArrowLeft') current = indexes[Math.max(at - 1, 0)];
  else if (event.key === 'Home') current = indexes[0];
  else if (event.key === 'End') current = indexes[indexes.length - 1];
  else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
    const next = plotted[(plotted.indexOf(s) + (event.key === 'ArrowDown' ? 1 : plotted.length - 1)) % plotted.length];
    const x = pointX(s.points[current]);
    current = numericPoints(next).reduce((a, b) =>
      (Math.abs(pointX(next.points[b]) - x) < Math.abs(pointX(next.points[a]) - x) ? b : a));
    s = next;
  } else return;
  event.preventDefault();
  selected = null; // so that select() runs even when the same point is chosen again
  select(drawn.series.indexOf(s), current, 'chart-keys');
}

// ---- The parts of the page -------------------------------------------------------------------------------

function applyTexts() {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${t('title')} — explorer`;
  document.querySelectorAll('[data-text]').forEach((el) => { el.textContent = t(el.dataset.text); });
  document.querySelectorAll('[data-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.placeholder); });
  document.querySelectorAll('[data-label]').forEach((el) => el.setAttribute('aria-label', t(el.dataset.label)));
  document.querySelectorAll('[data-lang]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === state.lang)));
}

function showControls() {
  const input = $('metric-input');
  if (document.activeElement !== input) input.value = state.metric ? metricName(state.metric) : '';
  const asOf = $('asof-input');
  if (document.activeElement !== asOf) asOf.value = state.asOf.replace(/Z$/, '');
  showChips();
  showUnits();
}

function showChips() {
  const list = $('region-chips');
  list.replaceChildren(...state.regions.map((code, i) => {
    const li = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = COLORS[i % COLORS.length];
    const name = document.createElement('span');
    name.textContent = `${regionName(code)} (${code})`;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = '×';
    remove.setAttribute('aria-label', t('removeRegion', { name: regionName(code) }));
    remove.dataset.region = code;
    remove.addEventListener('click', () => {
      state.regions = state.regions.filter((r) => r !== code);
      $('region-input').focus();
      load();
    });
    li.append(swatch, name, remove);
    return li;
  }));
}

function showUnits() {
  const metric = catalogue.metrics.get(state.metric);
  const select = $('unit-select');
  const choices = unitChoices(metric?.unit);
  if (state.unit && !choices.includes(state.unit)) choices.push(state.unit); // the API will say why not
  const published = document.createElement('option');
  published.value = '';
  published.textContent = t('asPublished', { unit: metric?.unit ?? '…' });
  select.replaceChildren(published, ...choices.map((unit) => new Option(unit, unit)));
  select.value = state.unit;
  select.disabled = choices.length === 0;
}

function showBaselines(baselines, needed) {
  const field = $('baseline-field');
  field.hidden = !baselines?.length;
  if (field.hidden) return;
  const select = $('baseline-select');
  const choose = new Option('—', '');
  select.replaceChildren(choose, ...baselines.map((b) => new Option(b === 'none' ? t('baselineNone') : b, b)));
  select.value = state.baseline;
  if (needed && !state.baseline) field.classList.add('needed');
  else field.classList.remove('needed');
}

function showMetric() {
  const metric = catalogue.metrics.get(state.metric);
  const title = $('view-title');
  title.replaceChildren();
  $('view-description').textContent = '';
  if (!metric) return;
  const code = document.createElement('code');
  code.textContent = metric.code;
  title.append(`${nameIn(metric)} `, code);
  $('view-description').textContent = metric.description ?? '';
}

function showMessages(messages) {
  $('messages').replaceChildren(...messages.map((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  }));
}

function showLegend() {
  $('legend').replaceChildren(...drawn.series.filter((s) => s.points.length).map((s) => {
    const li = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = s.color;
    li.append(swatch, `${regionName(s.region)} (${s.region}), ${s.unit} · ${s.points.length}`);
    return li;
  }));
}

function showDownloads() {
  const box = $('downloads');
  box.replaceChildren();
  const shown = drawn.series.filter((s) => !s.error);
  if (!shown.length) return;
  box.append(`${t('download')}: `);
  shown.forEach((s, i) => {
    if (i) box.append(' · ');
    box.append(`${s.region} `);
    for (const format of ['csv', 'json']) {
      const a = document.createElement('a');
      a.href = withQuery(seriesPath(drawn.metric), { ...seriesParams(s.region), size: SERIES_PAGE, format });
      a.download = `${drawn.metric}_${s.region}.${format}`;
      a.textContent = format.toUpperCase();
      box.append(a, format === 'csv' ? ' ' : '');
    }
  });
}

// One row per point; one row at a time takes Tab (a roving tabindex), the arrow keys move between rows.
function showTable() {
  const rows = [];
  drawn.series.forEach((s, k) => s.points.forEach((p, i) => {
    const tr = document.createElement('tr');
    tr.id = `row-${k}-${i}`;
    tr.tabIndex = rows.length === 0 ? 0 : -1;
    tr.setAttribute('aria-selected', 'false');
    tr.dataset.series = k;
    tr.dataset.point = i;
    tr.dataset.factId = p.factId;
    const cells = [`${regionName(s.region)} (${s.region})`, periodText(p.period), shownValue(p), p.unit, qualifierWord(p.qualifier)];
    cells.forEach((text, c) => {
      const td = document.createElement(c === 0 ? 'th' : 'td');
      if (c === 0) td.scope = 'row';
      if (c === 2) td.className = text.length > 18 ? 'num long' : 'num';
      td.textContent = text;
      tr.append(td);
    });
    rows.push(tr);
  }));
  $('data-table').tBodies[0].replaceChildren(...rows);
  $('table-title').textContent = t('tableTitle', { count: rows.length });
  $('table-box').hidden = rows.length === 0;
}

function onTableKey(event) {
  const row = event.target.closest('tr');
  if (!row) return;
  const rows = [...row.parentElement.rows];
  const at = rows.indexOf(row);
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1, PageDown: at + 10, PageUp: at - 10 }[event.key];
  if (to === undefined) return;
  event.preventDefault();
  const next = rows[Math.max(0, Math.min(rows.length - 1, to))];
  row.tabIndex = -1;
  next.tabIndex = 0;
  next.focus();
}

function onTableFocus(event) {
  const row = event.target.closest('tr[data-series]');
  if (!row) return;
  row.parentElement.querySelectorAll('tr[tabindex="0"]').forEach((r) => { r.tabIndex = -1; });
  row.tabIndex = 0;
  select(Number(row.dataset.series), Number(row.dataset.point), 'table');
}

// ---- The detail panel ------------------------------------------------------------------------------------

let detailToken = 0;
let detailTimer = null;

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text != null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(href, text) {
  const a = el('a', text);
  a.href = href;
  return a;
}

function showDetail(s, point) {
  const box = $('detail');
  const token = ++detailToken;
  clearTimeout(detailTimer);
  if (!point) {
    box.removeAttribute('data-fact-id');
    box.replaceChildren(el('p', t('detailHint'), 'hint'));
    return;
  }
  box.dataset.factId = point.factId;
  const parts = [];
  const where = el('p', null, 'detail-where');
  const swatch = el('span', null, 'swatch');
  swatch.style.background = s.color;
  where.append(swatch, ` ${regionName(s.region)} (${s.region}) · ${metricName(drawn.metric)}`);
  parts.push(where);
  const value = point.value != null ? exactNumber(point.value) : point.valueText;
  const valueLine = el('p', [qualifierWord(point.qualifier), value, point.unit].filter(Boolean).join(' '), 'detail-value');
  if (value.length > 18) valueLine.classList.add('long');
  parts.push(valueLine);
  const precision = point.roundedTo != null ? t('publishedTo', { step: exactNumber(point.roundedTo) }) : t('noRounding');
  parts.push(el('p', precision, 'detail-precision'));
  if (point.conversion) {
    const c = point.conversion;
    parts.push(el('p', t(c.exact === false ? 'convertedInexact' : 'converted', { value: exactNumber(c.publishedValue), unit: c.publishedUnit }), 'detail-precision'));
  }

  const dates = el('dl');
  const add = (term, ...definitions) => {
    dates.append(el('dt', term));
    definitions.filter((d) => d != null && d !== '').forEach((d) => dates.append(typeof d === 'string' ? el('dd', d) : d));
  };
  const meaning = { state: t('timeState'), flow: t('timeFlow'), change: t('timeChange', { baseline: point.baseline ?? '' }) }[point.time];
  const p = point.period;
  add(t('date'), p.label, periodText(p) !== p.label ? periodText(p) : null, meaning,
    p.inferred ? t('inferred', { basis: p.basis ?? '' }) : t('stated', { precision: PRECISIONS[state.lang][p.precision] ?? p.precision }));
  if (point.scope) add(t('scope'), point.scope);
  const sourceTerm = el('dd');
  sourceTerm.append(link(`/api/v1/sources/${encodeURIComponent(point.source.id)}`, point.source.title));
  add(t('source'), sourceTerm);
  parts.push(dates);

  const later = el('div', null, 'detail-later');
  later.append(el('p', t('loading'), 'hint'));
  parts.push(later);
  box.replaceChildren(...parts);

  // The fact and its source are fetched once the pointer rests, so that sweeping the chart costs no requests.
  detailTimer = setTimeout(async () => {
    try {
      const [fact, source] = await Promise.all([fetchFact(point.factId), fetchSource(point.source.id)]);
      if (token !== detailToken) return;
      later.replaceChildren(...factParts(fact, source));
    } catch (error) {
      if (token === detailToken) later.replaceChildren(el('p', errorText(error), 'error'));
    }
  }, 120);
}

// A source's own address as a link elsewhere: sources may give it without a scheme (www.mee.gov.cn/...), which
// would read as a path of this service; anything but http(s) is no link at all.
function webAddress(address) {
  if (!address) return null;
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(address) ? address : `https://${address}`;
  return /^https?:\/\//i.test(absolute) ? absolute : null;
}

function factParts(fact, source) {
  const parts = [];
  const quote = el('blockquote', fact.quote, 'quote');
  if (source.language) quote.lang = source.language;
  parts.push(el('h3', t('quote')), quote);
  const list = el('dl');
  const add = (term, value) => { if (value) list.append(el('dt', term), typeof value === 'string' ? el('dd', value) : value); };
  add(t('locator'), fact.locator);
  add(t('note'), fact.note);
  add(t('publisher'), source.publisher);
  const links = el('dd');
  const api = [link(withQuery(`/api/v1/facts/${encodeURIComponent(fact.id)}`, { asOf: state.asOf }), t('factJson')),
    link(`/api/v1/sources/${encodeURIComponent(source.id)}`, t('sourceJson'))];
  const page = webAddress(source.url ?? source.retrievedFrom);
  if (page) api.push(link(page, source.url ? t('sourcePage') : t('readAt')));
  api.forEach((a, i) => { if (i) links.append(' · '); links.append(a); });
  list.append(el('dt', t('links')), links);
  parts.push(list);
  return parts;
}

// ---- Comboboxes: the metric search and the region picker -------------------------------------------------

// A text box with a list of options (WAI-ARIA combobox): arrow keys move, Enter picks, Escape closes.
function combobox(input, list, { options, pick }) {
  let active = -1;
  let items = [];
  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); };
  const activate = (i) => {
    items.forEach((li) => li.setAttribute('aria-selected', 'false'));
    active = i;
    if (i < 0) { input.removeAttribute('aria-activedescendant'); return; }
    items[i].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', items[i].id);
    items[i].scrollIntoView({ block: 'nearest' });
  };
  const show = (groups) => {
    const nodes = [];
    items = [];
    for (const group of groups) {
      if (!group.items.length && !group.empty) continue;
      if (group.title) nodes.push(el('li', group.title, 'group'));
      if (!group.items.length) nodes.push(el('li', group.empty, 'empty'));
      for (const item of group.items) {
        const li = el('li');
        li.id = `${list.id}-${items.length}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.value = item.value;
        li.append(el('span', item.label), el('small', item.hint));
        li.addEventListener('mousedown', (event) => event.preventDefault()); // keep the focus in the box
        li.addEventListener('click', () => choose(item.value));
        items.push(li);
        nodes.push(li);
      }
    }
    nodes.filter((li) => !li.id).forEach((li) => li.setAttribute('role', 'presentation'));
    list.replaceChildren(...nodes);
    list.hidden = nodes.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    activate(-1);
  };
  const choose = (value) => { close(); pick(value); };
  const refresh = () => options(input.value, show);
  input.addEventListener('input', refresh);
  input.addEventListener('focus', () => input.select()); // typing replaces the name shown
  input.addEventListener('click', refresh);
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) { refresh(); return; }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (items.length) activate((active + step + items.length) % items.length);
    } else if (event.key === 'Enter') {
      if (active >= 0) { event.preventDefault(); choose(items[active].dataset.value); }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  return { refresh };
}

const fold = (text) => (text ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const matches = (tokens, ...texts) => { const hay = fold(texts.join(' ')); return tokens.every((token) => hay.includes(token)); };

let searchTimer = null;
function metricOptions(text, show) {
  const tokens = fold(text).split(/\s+/).filter(Boolean);
  const found = [...catalogue.metrics.values()]
    .filter((m) => m.status !== 'retired' && matches(tokens, m.code, m.name.en, m.name.zh))
    .sort((a, b) => nameIn(a).localeCompare(nameIn(b)))
    .slice(0, 40);
  const item = (code, hint) => ({ value: code, label: metricName(code), hint: hint ?? code });
  const named = { title: t('metricsFound'), items: found.map((m) => item(m.code)), empty: tokens.length ? t('noMatch') : null };
  show([named]);
  // Full-text search finds metrics by what their facts' quotes and sources say, beyond their names.
  clearTimeout(searchTimer);
  // Two Chinese characters are a word (the search indexes Chinese by pairs of characters); two letters are not.
  if (text.trim().length < (/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(text) ? 2 : 3)) return;
  searchTimer = setTimeout(async () => {
    try {
      const { body } = await api('/api/v1/facts', { q: text.trim(), size: 100 });
      const codes = [...new Set(body.items.map((f) => f.metric.code))].filter((c) => !found.some((m) => m.code === c));
      if ($('metric-input').value !== text || !codes.length) return;
      show([named, { title: t('quotesFound'), items: codes.slice(0, 40).map((c) => item(c)) }]);
    } catch {
      // A query the search cannot read (say, stray syntax) leaves the names' matches alone.
    }
  }, 250);
}

function pickMetric(code) {
  if (code !== state.metric) {
    state.metric = code;
    state.unit = '';
    state.baseline = '';
  }
  $('metric-input').value = metricName(code);
  regionsWithData(code).catch(() => []);
  load();
}

async function regionOptions(text, show) {
  const tokens = fold(text).split(/\s+/).filter(Boolean);
  const fits = (code) => !state.regions.includes(code) && matches(tokens, code, ...Object.values(catalogue.regions.get(code)?.name ?? {}),
    catalogue.regions.get(code)?.pinyin);
  const item = (code) => ({ value: code, label: regionName(code), hint: code });
  let withData = [];
  try { if (state.metric) withData = await regionsWithData(state.metric); } catch { /* suggestions only */ }
  if ($('region-input').value !== text) return;
  const byName = (a, b) => regionName(a).localeCompare(regionName(b), state.lang === 'zh' ? 'zh-CN' : 'en');
  const first = withData.filter(fits).sort(byName);
  const rest = [...catalogue.regions.keys()].filter((code) => !withData.includes(code) && fits(code)).sort(byName);
  show([{ title: t('withData'), items: first.map(item) }, { title: t('allRegions'), items: rest.map(item) }]);
}

function pickRegion(code) {
  if (!state.regions.includes(code)) state.regions.push(code);
  $('region-input').value = '';
  load();
}

// ---- Browsing topics and markets -------------------------------------------------------------------------

function button(text, onClick, hint) {
  const b = el('button', text);
  b.type = 'button';
  if (hint) b.append(' ', el('small', hint));
  b.addEventListener('click', onClick);
  const li = el('li');
  li.append(b);
  return li;
}

async function showBrowse() {
  if (!$('browse').open) return;
  try {
    const [topics, markets] = await Promise.all([allPages('/api/v1/topics', {}), allPages('/api/v1/markets', {})]);
    $('topic-list').replaceChildren(...topics.map((topic) => button(topic.name, () => showTopic(topic))));
    $('market-list').replaceChildren(...markets.map((market) => button(market.name, () => showMarket(market), market.region)));
  } catch (error) {
    $('topic-list').replaceChildren(el('li', errorText(error), 'error'));
  }
}

async function showTopic(topic) {
  const list = $('topic-metrics');
  try {
    const metrics = await allPages('/api/v1/metrics', { topic: topic.code });
    list.replaceChildren(...metrics.map((m) => button(m.name, () => pickMetric(m.code), m.code)));
  } catch (error) {
    list.replaceChildren(el('li', errorText(error), 'error'));
  }
}

// A market lists its indicators' latest facts; picking one charts that metric in the market's region.
function showMarket(market) {
  const facts = Object.values(market.indicators ?? {}).filter(Boolean);
  $('market-facts').replaceChildren(...facts.map((fact) => button(metricName(fact.metric), () => {
    state.regions = [market.region];
    pickMetric(fact.metric);
  }, `${fact.metric} · ${market.region} · ${fact.value != null ? exactNumber(fact.value) : fact.valueText} ${fact.unit}`)));
}

// ---- Start -----------------------------------------------------------------------------------------------

function wire() {
  combobox($('metric-input'), $('metric-list'), { options: metricOptions, pick: pickMetric });
  combobox($('region-input'), $('region-list'), { options: regionOptions, pick: pickRegion });
  $('unit-select').addEventListener('change', (event) => { state.unit = event.target.value; load(); });
  $('baseline-select').addEventListener('change', (event) => { state.baseline = event.target.value; load(); });
  let asOfTimer = null;
  $('asof-input').addEventListener('change', (event) => {
    // datetime-local leaves out seconds that are zero; the API wants them, in UTC.
    const value = event.target.value;
    state.asOf = value ? `${value.length === 16 ? `${value}:00` : value}Z` : '';
    clearTimeout(asOfTimer);
    asOfTimer = setTimeout(load, 300);
  });
  $('asof-now').addEventListener('click', () => { $('asof-input').value = ''; state.asOf = ''; load(); });
  document.querySelectorAll('[data-lang]').forEach((b) => b.addEventListener('click', () => {
    state.lang = b.dataset.lang;
    applyTexts();
    showBrowse();
    load();
  }));
  document.querySelectorAll('[data-example]').forEach((a) => a.addEventListener('click', (event) => {
    event.preventDefault();
    const params = new URL(a.href).searchParams;
    Object.assign(state, { metric: params.get('metric'), regions: params.get('region').split(','),
      unit: params.get('unit') ?? '', baseline: '' });
    load();
  }));
  $('browse').addEventListener('toggle', showBrowse);
  $('chart').addEventListener('keydown', onChartKey);
  $('chart').addEventListener('focus', () => { if (!selected && chart) onChartKey({ key: 'Home', preventDefault() {} }); });
  const body = $('data-table').tBodies[0];
  body.addEventListener('keydown', onTableKey);
  body.addEventListener('focusin', onTableFocus);
  body.addEventListener('click', (event) => event.target.closest('tr')?.focus());
  new ResizeObserver(() => {
    const width = $('chart').clientWidth;
    if (chart && width && width !== chart.width) chart.setSize({ width, height: chartHeight(width) });
  }).observe($('chart'));
}

async function start() {
  Object.assign(state, readUrl());
  const lang = new URLSearchParams(location.search).get('lang');
  state.lang = lang === 'zh' || lang === 'en' ? lang : await browserLanguage();
  applyTexts();
  wire();
  catalogueLoaded = loadCatalogues();
  await load();
}

start();
