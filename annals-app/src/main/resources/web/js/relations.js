// How two actors relate over time: cooperation above the axis, conflict below, mean intensity as a line.
import { eventSides, getJson, loadCharts } from './api.js';
import { actorLinks, badge, docHref, el, message, modalityBadge, relationsHref, section, tellings } from './dom.js';
import { actorInput, resolveActor } from './pairs.js';

const INTERVALS = ['day', 'week', 'month'];
const COOPERATION_COLOURS = ['#2e7d5b', '#4f9d69', '#7dbb84', '#a8d5a2', '#1f5f4a', '#6fae8f'];
const CONFLICT_COLOURS = ['#b23a3a', '#d0624a', '#e58c6a', '#8c2a2a', '#f0a58a', '#c74d6b'];

export async function showRelations(view, params) {
  const interval = INTERVALS.includes(params.get('interval')) ? params.get('interval') : 'month';
  view.append(picker(params.get('a'), params.get('b'), interval));
  if (!params.get('a') || !params.get('b')) {
    view.append(await strongestPairs(interval));
    return;
  }
  const [a, b] = await Promise.all([resolveActor(params.get('a')), resolveActor(params.get('b'))]);
  const [relation, events, sides] = await Promise.all([
    getJson('/api/relations', { a: a.id, b: b.id, interval }),
    getJson('/api/events', { pair: a.id + ',' + b.id, limit: 1000 }),
    eventSides(),
  ]);
  const chart = el('div', { class: 'chart tall', id: 'relations-chart' });
  const period = el('div', { id: 'period-events' }, message('Click a period in the chart to list its events.'));
  const totals = relation.totals;
  view.append(el('h1', { id: 'relation-title' }, el('a', { href: '#/actor/' + encodeURIComponent(a.id), text: a.name }), ' – ',
    el('a', { href: '#/actor/' + encodeURIComponent(b.id), text: b.name })),
  el('p', { class: 'muted', id: 'relation-totals', text: totals.events + ' events: ' + totals.cooperation + ' cooperation (above the axis), '
    + totals.conflict + ' conflict (below); ' + relation.classification + '. The line is the mean intensity (−10 to +10).' }),
  relation.points.length ? chart : message('No dated events between these two actors.'), section('Events of the period', period));
  const byId = new Map(events.items.map((e) => [e.id, e]));
  view.addEventListener('shown', () => {
    if (relation.points.length) draw(chart, filled(relation, interval), sides, (point) => listPeriod(period, point, byId));
  });
}

function picker(a, b, interval) {
  const select = el('select', { name: 'interval' }, INTERVALS.map((i) => el('option', { value: i, selected: i === interval, text: i })));
  const form = el('form', { class: 'picker', id: 'pair-form' }, actorInput('a', a, 'Actor'), actorInput('b', b, 'and'),
    el('label', {}, 'per ', select), el('button', { type: 'submit', text: 'Show' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    location.hash = relationsHref(data.get('a').trim(), data.get('b').trim(), data.get('interval'));
  });
  return form;
}

async function strongestPairs(interval) {
  const network = await getJson('/api/network', { limit: 15 });
  const names = new Map(network.nodes.map((n) => [n.id, n.name]));
  return section('Strongest pairs', network.edges.length === 0 ? message('No events between actors yet.') : el('ul', { class: 'plain' },
    network.edges.map((e) => el('li', {}, el('a', { href: relationsHref(e.source, e.target, interval),
      text: names.get(e.source) + ' – ' + names.get(e.target) }), el('span', { class: 'muted', text: ' ' + e.events + ' events' })))));
}

const MOST_PERIODS = 400;

// Periods without events are drawn as gaps rather than left out, so the axis is a true timeline.
function filled(relation, interval) {
  const points = relation.points;
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  const last = new Date(points[points.length - 1].period + 'T00:00:00Z');
  const all = [];
  for (let day = new Date(points[0].period + 'T00:00:00Z'); day <= last && all.length <= MOST_PERIODS; day = next(day, interval)) {
    const key = day.toISOString().slice(0, 10);
    all.push(byPeriod.get(key) || { period: key, events: 0, mean_intensity: null, cooperation: 0, conflict: 0, by_type: {}, event_ids: [] });
  }
  return { ...relation, points: all.length > MOST_PERIODS ? points : all };
}

function next(day, interval) {
  if (interval === 'month') return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1));
  return new Date(day.getTime() + (interval === 'week' ? 7 : 1) * 86400000);
}

async function draw(node, relation, sides, onPick) {
  const echarts = await loadCharts();
  const periods = relation.points.map((p) => p.period);
  const types = [...new Set(relation.points.flatMap((p) => Object.keys(p.by_type)))].sort();
  let cooperation = 0;
  let conflict = 0;
  const series = types.map((type) => {
    const hostile = sides.get(type) === 'conflict';
    const colour = hostile ? CONFLICT_COLOURS[conflict++ % CONFLICT_COLOURS.length] : COOPERATION_COLOURS[cooperation++ % COOPERATION_COLOURS.length];
    return { name: type, type: 'bar', stack: 'events', barMaxWidth: 56, itemStyle: { color: colour }, emphasis: { focus: 'series' },
      data: relation.points.map((p) => (p.by_type[type] || 0) * (hostile ? -1 : 1)) };
  });
  series.push({ name: 'mean intensity', type: 'line', yAxisIndex: 1, symbolSize: 8, connectNulls: false, itemStyle: { color: '#333' },
    data: relation.points.map((p) => (p.mean_intensity === null ? null : Number(p.mean_intensity.toFixed(2)))) });
  // Both axes symmetric around zero, so the zero of the counts and of the intensity scale is one line.
  const reach = Math.max(1, ...relation.points.map((p) => Math.max(p.cooperation, p.conflict)));
  const chart = echarts.init(node);
  chart.setOption({
    tooltip: { renderMode: 'richText', trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? String(Math.abs(v)) : v) },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 50, right: 50, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: periods, axisLabel: { formatter: (p) => (relation.interval === 'month' ? p.slice(0, 7) : p) } },
    yAxis: [{ type: 'value', name: 'events', min: -reach, max: reach, minInterval: 1, axisLabel: { formatter: (v) => String(Math.abs(v)) } },
      { type: 'value', name: 'intensity', min: -10, max: 10 }],
    series,
  });
  // A click anywhere in a period's column picks it, not only on a bar.
  chart.getZr().on('click', (event) => {
    const pixel = [event.offsetX, event.offsetY];
    if (!chart.containPixel({ gridIndex: 0 }, pixel)) return;
    const index = chart.convertFromPixel({ xAxisIndex: 0 }, pixel[0]);
    if (relation.points[index]) onPick(relation.points[index]);
  });
  window.addEventListener('resize', () => chart.resize());
}

function listPeriod(target, point, byId) {
  const events = point.event_ids.map((id) => byId.get(id)).filter(Boolean);
  target.replaceChildren(el('h3', { text: point.period + ': ' + point.events + ' events' }),
    events.length === 0 ? message(point.events === 0 ? 'No events in this period.' : 'These events are beyond the first 1000 of the pair.') : el('ol', { class: 'event-list' },
      events.map((e) => el('li', { class: 'event', dataset: { event: e.id } },
        el('div', { class: 'event-head' }, badge(e.type, 'type'), e.mode ? el('span', { class: 'mode', text: e.mode }) : null,
          modalityBadge(e.modality), el('span', { class: 'date', text: e.date || 'undated' })),
        el('div', { class: 'event-actors' }, actorLinks(e.sources), ' → ', actorLinks(e.targets)),
        el('a', { class: 'evidence-link', href: docHref(e.doc_id, { event: e.id }), text: e.evidence }),
        tellings(e),
        el('div', { class: 'muted small', text: (e.published || '') + ' · ' + (e.title || '') })))));
  target.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

