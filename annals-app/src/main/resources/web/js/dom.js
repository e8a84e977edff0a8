// Building DOM nodes. Every piece of data goes in as text (textContent, text nodes or attribute values), never as
// markup, so article text such as "<script>" stays text.

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'href') node.setAttribute('href', safeHref(value));
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Links from stored data (an article's URL) may only go to web pages or to this app's own views.
export function safeHref(value) {
  const href = String(value);
  if (href.startsWith('#') || href.startsWith('/')) return href;
  return /^https?:\/\//i.test(href) ? href : '#';
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

export function hash(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, value);
  }
  const text = query.toString();
  return '#' + path + (text ? '?' + text : '');
}

export const actorHref = (id) => hash('/actor/' + encodeURIComponent(id));
export const docHref = (id, params = {}) => hash('/doc/' + encodeURIComponent(id), params);
export const relationsHref = (a, b, interval) => hash('/relations', { a, b, interval });

export function actorLinks(actors) {
  if (!actors || actors.length === 0) return [el('span', { class: 'muted', text: '—' })];
  return actors.flatMap((actor, i) => [i > 0 ? ' + ' : null,
    el('a', { href: actorHref(actor.id), title: actor.id, text: actor.name || actor.id })]);
}

export function badge(text, kind) {
  return el('span', { class: 'badge ' + (kind || ''), text });
}

export function modalityBadge(modality) {
  const value = String(modality || 'ASSERTED').toLowerCase();
  return badge(value, 'modality-' + value);
}

export function message(text, kind = 'muted') {
  return el('p', { class: kind, text });
}

export function section(title, ...children) {
  return el('section', { class: 'card' }, el('h2', { text: title }), ...children);
}

// An event its article tells more than once: how many times, opening to the further tellings, each a link to the
// reader at its sentence.
export function tellings(event) {
  const mentions = event.mentions || [];
  if (mentions.length === 0) return null;
  return el('details', { class: 'event-tellings' },
    el('summary', { class: 'muted small', text: 'told ' + (mentions.length + 1) + ' times' }),
    el('ul', { class: 'plain' }, mentions.map((m) => el('li', {},
      el('a', { class: 'telling-link', href: docHref(event.doc_id, { at: m.start, end: m.end }), text: m.text })))));
}
