// The newsgraph explorer's entry point: loads a graph (in a worker, with a progress bar; or a
// dropped file) and mounts the explorer on it (app.ts). Modules: load, model, state, filters,
// reducers, render, events, ui and the controls it connects.

import type Graph from 'graphology';
import { mount, type App } from './app.ts';
import { byId } from './dom.ts';
import { fetchGraph, graphFromText, graphUrl } from './load.ts';

/** Load and first-render times, for the status line and the scale test. */
const timings: Record<string, number> = {};
(window as unknown as { __newsgraphTimings: unknown }).__newsgraphTimings = timings;

/** Fresh buttons and inputs drop the listeners of a previous graph. */
function replaceControls(): void {
  for (const id of ['layout', 'export-png', 'export-gexf', 'export-json', 'export-csv', 'search', 'zoom-in', 'zoom-out', 'zoom-reset']) {
    const old = byId(id);
    old.replaceWith(old.cloneNode(true));
  }
}

function showProgress(fraction: number): void {
  const bar = byId<HTMLProgressElement>('progress');
  bar.hidden = fraction >= 1;
  if (fraction < 0) bar.removeAttribute('value');
  else bar.value = fraction;
  byId('status').textContent = fraction < 0 ? 'loading…' : `loading… ${Math.round(fraction * 100)}%`;
}

async function start(): Promise<void> {
  let app: App | null = null;
  const show = (graph: Graph, canSave: boolean) => {
    app?.dispose();
    replaceControls();
    app = mount(graph, canSave);
    document.body.dataset.ready = 'true';
  };
  const hint = byId('drop-hint');
  window.addEventListener('dragover', (e) => {
    e.preventDefault();
    hint.hidden = false;
  });
  window.addEventListener('dragleave', () => (hint.hidden = true));
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    hint.hidden = true;
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    void file.text().then((text) => {
      try {
        show(graphFromText(text, file.name), false);
      } catch (err) {
        byId('status').textContent = `${file.name}: ${(err as Error).message}`;
      }
    });
  });
  const url = graphUrl(location.search);
  const t0 = performance.now();
  const graph = await fetchGraph(url, showProgress);
  const t1 = performance.now();
  showProgress(1);
  show(graph, url === './data/graph.json');
  const t2 = performance.now();
  timings.load = Math.round(t1 - t0);
  timings.mount = Math.round(t2 - t1);
  // The first frame: sigma draws on the next animation frame after mounting.
  requestAnimationFrame(() => requestAnimationFrame(() => (timings.firstFrame = Math.round(performance.now() - t2))));
  console.info(`newsgraph: graph loaded in ${timings.load} ms, view built in ${timings.mount} ms`);
}

start().catch((err: Error) => {
  byId('progress').hidden = true;
  byId('status').textContent = `error: ${err.message}`;
  document.body.dataset.ready = 'error';
});
