// One article with its annotations highlighted and its events beside it.
import { getJson } from './api.js';
import { actorHref, actorLinks, badge, el, message, modalityBadge, safeHref } from './dom.js';

const LEGEND = [
  ['actor', 'Actor'], ['time', 'Date / time'], ['quantity', 'Quantity'], ['quote', 'Quote'], ['evidence', 'Event evidence'],
];

export async function showReader(view, id, params) {
  const doc = await getJson('/api/documents/' + encodeURIComponent(id));
  const text = el('article', { class: 'article-text', id: 'article-text' }, blocksOf(doc).map((block) => renderBlock(doc, block)));
  const events = eventList(doc, text);
  view.append(el('div', { class: 'reader-layout' },
    el('div', { class: 'reader-main' }, header(doc), legend(), text),
    el('aside', { class: 'reader-side' }, events, actorList(doc))));
  view.addEventListener('shown', () => {
    if (params.get('event')) selectEvent(doc, text, params.get('event'));
    else if (params.get('at')) {
      const start = Number(params.get('at'));
      flash(text, start, Number(params.get('end')) || start + 1);
    }
  });
}

function header(doc) {
  return el('header', { class: 'doc-header' },
    el('h1', { id: 'doc-title', text: doc.title || '(untitled)' }),
    el('div', { class: 'meta' }, el('span', { text: doc.published || 'undated' }), ' · ',
      el('span', { text: doc.publisher || 'unknown publisher' }),
      doc.url ? [' · ', el('a', { href: safeHref(doc.url), rel: 'noopener noreferrer', target: '_blank', text: 'original' })] : null));
}

function legend() {
  return el('div', { class: 'legend', id: 'legend' }, LEGEND.map(([kind, label]) => el('span', { class: 'ann ' + kind, text: label })));
}

function blocksOf(doc) {
  const blocks = doc.blocks && doc.blocks.length ? doc.blocks : [{ kind: 'BODY', start_offset: 0, end_offset: doc.text.length, reason: '' }];
  return blocks.filter((b) => b.end_offset > b.start_offset);
}

function renderBlock(doc, block) {
  const content = el('p', { class: 'block' }, segments(doc, block.start_offset, block.end_offset));
  if (block.kind === 'BODY') return content;
  const kind = block.kind.toLowerCase();
  return el('details', { class: 'boilerplate', dataset: { kind } },
    el('summary', {}, badge(kind, 'boiler'), el('span', { class: 'muted', text: ' set aside' + (block.reason ? ' (' + block.reason + ')' : '') })),
    content);
}

// Inline annotations: at most one per character (the first wins); quotes and evidence are layers beneath them.
function inlineAnnotations(doc) {
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const found = [];
  doc.mentions.filter((m) => m.actor_id).forEach((m) => {
    const actor = actors.get(m.actor_id) || { name: m.actor_id };
    const details = [actor.name, actor.kind, actor.country, actor.role].filter(Boolean);
    found.push({ start: m.start_offset, end: m.end_offset, kind: 'actor', href: actorHref(m.actor_id),
      title: details.join(' · ') + (m.role ? ' (as ' + m.role + ')' : ''), data: { actor: m.actor_id } });
  });
  doc.times.forEach((t) => found.push({ start: t.start_offset, end: t.end_offset, kind: 'time',
    title: t.value + ' · ' + String(t.granularity).toLowerCase() + ', ' + String(t.relation).toLowerCase(), data: { value: t.value } }));
  doc.quantities.forEach((q) => found.push({ start: q.start_offset, end: q.end_offset, kind: 'quantity',
    title: (q.approximate ? '≈ ' : '') + q.value + (q.unit ? ' ' + q.unit : '') + (q.measure ? ' (' + q.measure + ')' : ''),
    data: { value: String(q.value) } }));
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

function segments(doc, from, to) {
  const inline = inlineAnnotations(doc).filter((a) => a.end > from && a.start < to);
  const quotes = doc.quotes.filter((q) => q.end_offset > from && q.start_offset < to);
  const cuts = new Set([from, to]);
  const clip = (x) => Math.min(to, Math.max(from, x));
  inline.forEach((a) => { cuts.add(clip(a.start)); cuts.add(clip(a.end)); });
  quotes.forEach((q) => { cuts.add(clip(q.start_offset)); cuts.add(clip(q.end_offset)); });
  doc.events.forEach((e) => { cuts.add(clip(e.evidence_start)); cuts.add(clip(e.evidence_end)); });
  doc.events.forEach((e) => (e.mentions || []).forEach((m) => { cuts.add(clip(m.start)); cuts.add(clip(m.end)); }));
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  let open = null;
  let openNode = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const quote = quotes.find((q) => q.start_offset <= start && q.end_offset >= end);
    const seg = el('span', { class: 'seg' + (quote ? ' ann quote' : ''), dataset: { s: start, e: end },
      title: quote ? quoteTitle(quote) : null },
    doc.text.slice(start, end));
    const ann = inline.find((a) => a.start <= start && a.end >= end);
    if (ann && ann === open) {
      openNode.append(seg);
      continue;
    }
    open = ann || null;
    if (ann) {
      openNode = el(ann.href ? 'a' : 'span', { class: 'ann ' + ann.kind, href: ann.href, title: ann.title,
        dataset: ann.data }, seg);
      nodes.push(openNode);
    } else {
      nodes.push(seg);
    }
  }
  return nodes;
}

function eventList(doc, text) {
  if (doc.events.length === 0) return el('section', { class: 'card' }, el('h2', { text: 'Events' }), message('No events coded.'));
  return el('section', { class: 'card' }, el('h2', { text: 'Events (' + doc.events.length + ')' }),
    el('ol', { class: 'event-list', id: 'events' }, doc.events.map((event) => el('li', {
      class: 'event', dataset: { event: event.id }, tabindex: 0, title: 'Show the evidence sentence',
      onclick: (e) => { if (!e.target.closest('a')) selectEvent(doc, text, event.id); },
      onkeydown: (e) => { if (e.key === 'Enter') selectEvent(doc, text, event.id); },
    },
    el('div', { class: 'event-head' }, badge(event.type, 'type'), event.mode ? el('span', { class: 'mode', text: event.mode }) : null,
      modalityBadge(event.modality), el('span', { class: 'date', text: event.date || 'undated' })),
    el('div', { class: 'event-actors' }, actorLinks(event.sources), ' → ', actorLinks(event.targets)),
    event.place ? el('div', { class: 'muted event-place', text: '@ ' + placeText(event) }) : null,
    contextList(event),
    quoteLink(doc, text, event),
    mentionLinks(text, event)))));
}

// The article's further tellings of the same happening; following one shows it in the text.
function mentionLinks(text, event) {
  const mentions = event.mentions || [];
  if (mentions.length === 0) return null;
  return el('div', { class: 'event-mentions muted' }, 'also told in', mentions.map((m, i) => [' ', el('a', {
    href: '#', class: 'mention-link', text: '¶' + (i + 1), title: m.text,
    onclick: (e) => { e.preventDefault(); flash(text, m.start, m.end); },
  })]));
}

// The place as written, with the gazetteer's country and coordinates when it was resolved.
function placeText(event) {
  if (event.place_lat === null || event.place_lat === undefined) return event.place;
  return event.place + ' (' + event.place_country + ', ' + Number(event.place_lat).toFixed(2) + ', '
    + Number(event.place_lon).toFixed(2) + ')';
}

function contextList(event) {
  const contexts = event.contexts || [];
  if (contexts.length === 0) return null;
  return el('div', { class: 'event-contexts' }, contexts.map((c) => el('span', { class: 'context', text: c })));
}

// Who says the quote, how, and which events rest on it.
function quoteTitle(quote) {
  const events = (quote.event_types || []).length ? ' · events: ' + quote.event_types.join(', ') : '';
  return '“' + (quote.speaker_name || 'no speaker') + '” · ' + String(quote.kind).toLowerCase()
    + (quote.cue ? ', ' + quote.cue : '') + events;
}

// The quote the event rests on; following the link shows it in the text.
function quoteLink(doc, text, event) {
  if (event.quote_ord === null || event.quote_ord === undefined) return null;
  const quote = (doc.quotes || []).find((q) => q.ord === event.quote_ord);
  if (!quote) return null;
  return el('div', { class: 'event-quote' }, el('a', {
    href: '#', class: 'quote-link', text: '“' + quote.text + '”', title: 'Show the quote this event rests on',
    onclick: (e) => { e.preventDefault(); flash(text, quote.start_offset, quote.end_offset); },
  }));
}

function actorList(doc) {
  return el('section', { class: 'card' }, el('h2', { text: 'Actors (' + doc.actors.length + ')' }),
    el('ul', { class: 'plain' }, doc.actors.map((a) => el('li', {},
      el('a', { href: actorHref(a.id), text: a.name }), ' ', el('span', { class: 'muted', text: String(a.kind).toLowerCase() + ' · ' + a.mentions + '×' })))));
}

function selectEvent(doc, text, id) {
  const event = doc.events.find((e) => e.id === id);
  if (!event) return;
  document.querySelectorAll('.event.selected').forEach((n) => n.classList.remove('selected'));
  const item = document.querySelector('.event[data-event="' + CSS.escape(id) + '"]');
  if (item) item.classList.add('selected');
  flash(text, event.evidence_start, event.evidence_end);
}

function flash(text, start, end) {
  text.querySelectorAll('.evidence').forEach((n) => n.classList.remove('evidence', 'flash'));
  const hit = [...text.querySelectorAll('.seg')].filter((s) => Number(s.dataset.s) < end && Number(s.dataset.e) > start);
  hit.forEach((s) => {
    const closed = s.closest('details');
    if (closed) closed.open = true;
    s.classList.add('evidence');
    void s.offsetWidth;
    s.classList.add('flash');
  });
  if (hit.length) hit[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
}
