// The JSON API of the same server.

export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, value);
  }
  const text = query.toString();
  const response = await fetch(path + (text ? '?' + text : ''), { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(body.error || 'HTTP ' + response.status);
    error.status = response.status;
    throw error;
  }
  return body;
}

let eventTypes;

// Type name -> 'cooperation' | 'conflict', loaded once.
export async function eventSides() {
  if (!eventTypes) {
    eventTypes = getJson('/api/event-types').then((body) => new Map(body.items.map((t) => [t.type, t.side])));
  }
  return eventTypes;
}

let chartLibrary;

// ECharts (from its WebJar) is loaded only by the pages that draw charts.
export function loadCharts() {
  if (!chartLibrary) {
    chartLibrary = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/webjars/echarts/5.3.1/dist/echarts.min.js';
      script.onload = () => resolve(window.echarts);
      script.onerror = () => reject(new Error('cannot load the chart library'));
      document.head.append(script);
    });
  }
  return chartLibrary;
}
