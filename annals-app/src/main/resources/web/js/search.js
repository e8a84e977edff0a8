// Full-text search with facets that filter when clicked.
import { getJson } from './api.js';
import { actorHref, badge, docHref, el, hash, message } from './dom.js';

const PAGE = 20;
const FILTERS = ['q', 'publisher', 'month', 'actor', 'type'];

function monthRange(month) {
  if (!/^\d{4}-\d{2}$/.test(month || '')) return {};
  const [year, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: month + '-01', to: month + '-' + String(last).padStart(2, '0') };
}

function stateOf(params) {
  const state = {};
  FILTERS.forEach((key) => { state[key] = params.get(key) || ''; });
  state.offset = Math.max(0, Number(params.get('offset')) || 0);
  return state;
}

const link = (state, changes) => hash('/search', { ...state, offset: 0, ...changes });

export async function showSearch(view, params) {
  const state = stateOf(params);
  const query = { q: state.q, publisher: state.publisher, actor: state.actor, type: state.type, limit: PAGE,
    offset: state.offset, ...monthRange(state.month) };
  // With a query, each item carries its snippet: one search on the server answers the page and its facets.
  const page = await getJson('/api/documents', query);
  view.append(el('div', { class: 'search-layout' },
    facets(state, page.facets),
    el('section', { class: 'results' }, summary(state, page), results(page.items), pager(state, page))));
}

function summary(state, page) {
  const chips = FILTERS.filter((key) => key !== 'q' && state[key]).map((key) =>
    el('a', { class: 'chip', href: link(state, { [key]: '' }), title: 'Remove this filter' }, key + ': ' + state[key] + ' ×'));
  const what = state.q ? [' for ', el('q', { text: state.q })] : [];
  return el('div', { class: 'summary' }, el('span', { id: 'result-count' }, String(page.total), ' articles', ...what), ...chips);
}

function results(items) {
  if (items.length === 0) return message('No article matches.');
  return el('ol', { class: 'result-list', id: 'results' }, items.map((doc) => el('li', { class: 'result' },
    el('a', { class: 'result-title', href: docHref(doc.id), text: doc.title || '(untitled)' }),
    el('div', { class: 'meta' },
      el('span', { text: doc.published || 'undated' }), ' · ', el('span', { text: doc.publisher || 'unknown publisher' }),
      doc.events > 0 ? [' · ', badge(doc.events + ' events')] : null),
    doc.snippet ? el('p', { class: 'snippet', text: doc.snippet }) : null)));
}

function pager(state, page) {
  const links = [];
  if (state.offset > 0) links.push(el('a', { href: hash('/search', { ...state, offset: Math.max(0, state.offset - PAGE) }), text: '← Newer / better' }));
  if (state.offset + PAGE < page.total) links.push(el('a', { href: hash('/search', { ...state, offset: state.offset + PAGE }), text: 'More →' }));
  return el('nav', { class: 'pager' }, links);
}

function facets(state, facets) {
  return el('aside', { class: 'facets', id: 'facets' },
    facet('Publisher', facets.publisher, (f) => f.value, (f) => f.value || '(none)', 'publisher', state),
    facet('Month', [...facets.month].reverse(), (f) => f.value, (f) => f.value, 'month', state),
    facet('Actor', facets.actor, (f) => f.id, (f) => f.name, 'actor', state, true),
    facet('Event type', facets.event_type, (f) => f.value, (f) => f.value, 'type', state));
}

function facet(title, values, valueOf, labelOf, key, state, actor = false) {
  const list = el('ul', { class: 'facet', dataset: { facet: key } }, values.map((f) => {
    const value = valueOf(f);
    const active = state[key] === value;
    return el('li', { class: active ? 'active' : '' },
      el('a', { href: link(state, { [key]: active ? '' : value }), dataset: { value } }, labelOf(f)),
      actor ? el('a', { class: 'aside-link', href: actorHref(value), title: 'Actor page', text: '↗' }) : null,
      el('span', { class: 'count', text: String(f.count) }));
  }));
  return el('div', { class: 'facet-group' }, el('h3', { text: title }), values.length ? list : message('—'));
}
