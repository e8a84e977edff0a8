// One actor: identity with its evidence, roles over time, quotes, and events over time as source and as target.
import { getJson, loadCharts } from './api.js';
import { actorHref, docHref, el, message, relationsHref, section } from './dom.js';

export async function showActor(view, id) {
  const [actor, events] = await Promise.all([
    getJson('/api/actors/' + encodeURIComponent(id)),
    getJson('/api/events', { actor: id, limit: 1000 }),
  ]);
  const chart = el('div', { class: 'chart', id: 'actor-chart' });
  view.append(el('header', { class: 'doc-header' }, el('h1', { id: 'actor-name', text: actor.name }),
    el('div', { class: 'meta', text: [actor.id, lower(actor.kind), actor.country].filter(Boolean).join(' · ') })),
  el('div', { class: 'actor-layout' },
    el('div', {}, section('Events over time', chart, message(events.total + ' events; bars per month as source and as target.')),
      quotes(actor.recent_quotes)),
    el('div', {}, identity(actor), roles(actor.roles), counterparts(actor), evidence(actor.mentions_sample))));
  view.addEventListener('shown', () => timeline(chart, id, events.items));
}

const lower = (value) => (value ? String(value).toLowerCase() : '');

function identity(actor) {
  const rows = [['Kind', lower(actor.kind)], ['Country', actor.country], ['Role', actor.role], ['Sector', actor.sector],
    ['Also called', (actor.aliases || []).join(', ')], ['Documents', actor.documents], ['Mentions', actor.mentions],
    ['First seen', actor.first_seen], ['Last seen', actor.last_seen],
    ['Events as source', actor.events_as_source], ['Events as target', actor.events_as_target]];
  return section('Identity', el('dl', { class: 'facts', id: 'identity' },
    rows.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => [el('dt', { text: k }), el('dd', { text: String(v) })])));
}

// Each role the articles gave the actor, oldest first, with the sentences that say so opening the reader there.
function roles(list) {
  return section('Roles and affiliations over time', (list || []).length === 0 ? message('No article states a role for it.')
    : el('ul', { class: 'plain roles', id: 'roles' }, list.map((r) => el('li', { class: 'role' },
      el('div', {}, el('strong', { class: 'role-title', text: r.role || 'no title' }),
        r.country ? el('span', { class: 'muted', text: ' · ' + r.country }) : null,
        r.organisation ? [' · ', el('a', { class: 'role-organisation', href: actorHref(r.organisation.id), text: r.organisation.name })] : null),
      el('div', { class: 'muted small', text: seen(r) + ' · ' + r.documents + (r.documents === 1 ? ' article' : ' articles') }),
      el('ul', { class: 'plain role-evidence' }, r.evidence.map((e) => el('li', {},
        el('a', { href: docHref(e.doc_id, { at: e.start_offset, end: e.end_offset }), text: e.sentence }),
        el('span', { class: 'muted small', text: ' ' + (e.published || 'undated') }))))))));
}

function seen(role) {
  if (!role.first_seen) return 'undated';
  return role.first_seen === role.last_seen ? role.first_seen : role.first_seen + ' – ' + role.last_seen;
}

function counterparts(actor) {
  const list = actor.counterparts || [];
  return section('Counterparts', list.length === 0 ? message('No events with others yet.') : el('ul', { class: 'plain', id: 'counterparts' },
    list.map((c) => el('li', {}, el('a', { href: actorHref(c.id), text: c.name }), ' ',
      el('span', { class: 'muted', text: c.events + ' events' }), ' ',
      el('a', { class: 'aside-link', href: relationsHref(actor.id, c.id), text: 'relations ↗' })))));
}

function evidence(mentions) {
  return section('How articles name it', (mentions || []).length === 0 ? message('—') : el('ul', { class: 'plain' },
    mentions.map((m) => el('li', {}, el('a', { href: docHref(m.doc_id, { at: m.start_offset, end: m.end_offset }), text: '“' + m.text + '”' }),
      m.role ? el('span', { class: 'muted', text: ' as ' + m.role }) : null,
      el('div', { class: 'muted small', text: (m.published || 'undated') + ' · ' + (m.title || '') })))));
}

function quotes(list) {
  return section('Quotes', (list || []).length === 0 ? message('No quotes.') : el('ul', { class: 'quotes', id: 'quotes' },
    list.map((q) => el('li', {}, el('blockquote', { text: q.text }),
      el('div', { class: 'muted small' }, (q.date || q.published || 'undated') + ' · ' + lower(q.kind) + (q.cue ? ', ' + q.cue : '') + ' · ',
        el('a', { href: docHref(q.doc_id, { at: q.start_offset, end: q.end_offset }), text: q.title || 'article' }))))));
}

async function timeline(node, id, events) {
  const echarts = await loadCharts();
  const months = new Map();
  for (const event of events) {
    const month = String(event.date || event.published || '').slice(0, 7);
    if (!/^\d{4}-\d{2}$/.test(month)) continue;
    const counts = months.get(month) || { source: 0, target: 0 };
    if (event.sources.some((a) => a.id === id)) counts.source++;
    if (event.targets.some((a) => a.id === id)) counts.target++;
    months.set(month, counts);
  }
  const keys = [...months.keys()].sort();
  const chart = echarts.init(node);
  chart.setOption({
    tooltip: { renderMode: 'richText', trigger: 'axis' }, legend: { data: ['as source', 'as target'] },
    grid: { left: 40, right: 20, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: keys }, yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: 'as source', type: 'bar', stack: 'role', data: keys.map((k) => months.get(k).source), itemStyle: { color: '#3b6ea5' } },
      { name: 'as target', type: 'bar', stack: 'role', data: keys.map((k) => months.get(k).target), itemStyle: { color: '#d08b3a' } },
    ],
  });
  window.addEventListener('resize', () => chart.resize());
}
