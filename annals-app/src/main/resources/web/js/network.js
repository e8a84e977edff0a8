// The strongest actor pairs of a date range as a graph; an edge opens the pair's relations.
import { getJson, loadCharts } from './api.js';
import { actorHref, el, hash, message, relationsHref, section } from './dom.js';

const KIND_COLOURS = { COUNTRY: '#3b6ea5', GOVERNMENT: '#5a8fc8', PERSON: '#d08b3a', IGO: '#7a5ba6', ORGANISATION: '#4f9d69' };

export async function showNetwork(view, params) {
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  const limit = params.get('limit') || '40';
  const network = await getJson('/api/network', { from, to, limit });
  const chart = el('div', { class: 'chart tall', id: 'network-chart' });
  view.append(form(from, to, limit), el('h1', { text: 'Strongest actor pairs' }),
    network.edges.length === 0 ? message('No events between actors in this range.') : chart, edgeTable(network));
  view.addEventListener('shown', () => {
    if (network.edges.length) draw(chart, network);
  });
}

function form(from, to, limit) {
  const node = el('form', { class: 'picker', id: 'range-form' },
    el('label', {}, 'From ', el('input', { type: 'date', name: 'from', value: from })),
    el('label', {}, 'to ', el('input', { type: 'date', name: 'to', value: to })),
    el('label', {}, 'pairs ', el('input', { type: 'number', name: 'limit', min: 1, max: 1000, value: limit })),
    el('button', { type: 'submit', text: 'Show' }));
  node.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(node);
    location.hash = hash('/network', { from: data.get('from'), to: data.get('to'), limit: data.get('limit') });
  });
  return node;
}

function edgeTable(network) {
  const names = new Map(network.nodes.map((n) => [n.id, n.name]));
  return section('Pairs', el('table', { class: 'table', id: 'edges' },
    el('thead', {}, el('tr', {}, el('th', { text: 'Actor' }), el('th', { text: 'Actor' }), el('th', { text: 'Events' }), el('th', { text: 'Mean intensity' }))),
    el('tbody', {}, network.edges.map((e) => el('tr', {},
      el('td', {}, el('a', { href: actorHref(e.source), text: names.get(e.source) })),
      el('td', {}, el('a', { href: actorHref(e.target), text: names.get(e.target) })),
      el('td', {}, el('a', { href: relationsHref(e.source, e.target), text: String(e.events) })),
      el('td', { text: e.mean_intensity === null ? '' : Number(e.mean_intensity).toFixed(1) }))))));
}

async function draw(node, network) {
  const echarts = await loadCharts();
  const most = Math.max(...network.edges.map((e) => e.events));
  const names = new Map(network.nodes.map((n) => [n.id, n.name]));
  const edges = network.edges.map((e) => ({ source: e.source, target: e.target, value: e.events,
    name: names.get(e.source) + ' – ' + names.get(e.target),
    lineStyle: { width: 1 + 6 * (e.events / most), color: e.mean_intensity < 0 ? '#c0504d' : '#4f9d69', opacity: 0.7 } }));
  const chart = echarts.init(node);
  chart.setOption({
    // Rich-text tooltips are drawn on the canvas: actor names never become markup.
    tooltip: { renderMode: 'richText', formatter: (p) => p.data.name + ': ' + p.data.value + ' events' },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      force: { repulsion: 160, gravity: 0.2, edgeLength: [40, 120] },
      label: { show: true, position: 'right' },
      data: network.nodes.map((n) => ({ id: n.id, name: n.name, value: n.events, symbolSize: 10 + 30 * Math.sqrt(n.events / most),
        itemStyle: { color: KIND_COLOURS[n.kind] || '#888' } })),
      edges,
      emphasis: { focus: 'adjacency', lineStyle: { width: 8 } },
    }],
  });
  chart.on('click', (p) => {
    if (p.dataType === 'edge') location.hash = relationsHref(p.data.source, p.data.target);
    else if (p.dataType === 'node') location.hash = actorHref(p.data.id);
  });
  window.addEventListener('resize', () => chart.resize());
}
