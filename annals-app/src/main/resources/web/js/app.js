// The single page: reads the location hash and shows one view.
import { clear, el, hash } from './dom.js';
import { showSearch } from './search.js';
import { showReader } from './reader.js';
import { showActor } from './actor.js';
import { showRelations } from './relations.js';
import { showNetwork } from './network.js';

const views = [
  { pattern: /^\/doc\/(.+)$/, name: 'reader', nav: 'search', show: (view, match, params) => showReader(view, decodeURIComponent(match[1]), params) },
  { pattern: /^\/actor\/(.+)$/, name: 'actor', nav: null, show: (view, match, params) => showActor(view, decodeURIComponent(match[1]), params) },
  { pattern: /^\/relations$/, name: 'relations', nav: 'relations', show: (view, match, params) => showRelations(view, params) },
  { pattern: /^\/network$/, name: 'network', nav: 'network', show: (view, match, params) => showNetwork(view, params) },
  { pattern: /^\/(search)?$/, name: 'search', nav: 'search', show: (view, match, params) => showSearch(view, params) },
];

let shown = 0;

async function route() {
  const [path, query] = (location.hash.slice(1) || '/').split('?');
  const params = new URLSearchParams(query || '');
  const view = document.getElementById('view');
  const current = ++shown;
  const match = views.map((v) => ({ v, m: path.match(v.pattern) })).find((x) => x.m);
  document.querySelectorAll('[data-nav]').forEach((a) => a.classList.toggle('active', match && a.dataset.nav === match.v.nav));
  document.getElementById('search-box').value = params.get('q') || '';
  clear(view).append(el('p', { class: 'muted loading', text: 'Loading…' }));
  document.body.dataset.view = 'loading';
  try {
    if (!match) throw new Error('no such page: ' + path);
    const content = el('div', { class: 'page' });
    await match.v.show(content, match.m, params);
    if (current !== shown) return;
    clear(view).append(content);
    document.body.dataset.view = match.v.name;
    content.dispatchEvent(new CustomEvent('shown'));
  } catch (error) {
    if (current !== shown) return;
    clear(view).append(el('p', { class: 'error', text: error.message }));
    document.body.dataset.view = 'error';
  }
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  location.hash = hash('/search', { q: document.getElementById('search-box').value.trim() });
});
window.addEventListener('hashchange', route);
route();
