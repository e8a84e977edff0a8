// Picking an actor by name or id, with suggestions from the actor search.
import { getJson } from './api.js';
import { el } from './dom.js';

let lists = 0;

export function actorInput(name, value, label) {
  const listId = 'actor-options-' + (++lists);
  const options = el('datalist', { id: listId });
  const input = el('input', { name, value: value || '', list: listId, placeholder: 'actor id or name', required: true, autocomplete: 'off' });
  let pending = 0;
  input.addEventListener('input', async () => {
    const asked = ++pending;
    const text = input.value.trim();
    if (text.length < 2) return;
    const body = await getJson('/api/actors', { q: text, limit: 8 }).catch(() => ({ items: [] }));
    if (asked !== pending) return;
    options.replaceChildren(...body.items.map((a) => {
      const option = document.createElement('option');
      option.value = a.id;
      option.textContent = a.name + ' (' + String(a.kind).toLowerCase() + ', ' + a.events + ' events)';
      return option;
    }));
  });
  return el('label', {}, label, ' ', input, options);
}

// An id as typed, or the best actor whose name or alias contains the text.
export async function resolveActor(text) {
  const value = (text || '').trim();
  if (!value) return null;
  const exact = await getJson('/api/actors/' + encodeURIComponent(value)).catch(() => null);
  if (exact) return exact;
  const found = await getJson('/api/actors', { q: value, limit: 1 });
  if (found.items.length === 0) throw new Error('no actor matches "' + value + '"');
  return found.items[0];
}
