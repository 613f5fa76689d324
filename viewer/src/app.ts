// The explorer for one loaded graph. `mount` is made of the steps its sections name: the state
// (view state in the URL, the visibility it implies, the transient focus), the renderer, applying a
// state change, sigma's events (events.ts) and the page's controls (ui.ts).

import type Graph from 'graphology';
import { fitNodes } from './camera.ts';
import { computeVisibility, filterKey, visibleWalk } from './filters.ts';
import { buildModel } from './model.ts';
import type { Core } from './core.ts';
import { wireEvents } from './events.ts';
import { emptyFocus, focusOf } from './reducers.ts';
import { createRenderer, refreshFocus } from './render.ts';
import { fromHash, toHash, type ViewState } from './state.ts';
import { shortestPath } from './traverse.ts';
import { mountUi } from './ui.ts';

export interface App {
  dispose: () => void;
}

// ── State ────────────────────────────────────────────────────────────────────────────────────

function createCore(graph: Graph, container: HTMLElement): Core {
  const model = buildModel(graph);
  const state = fromHash(location.hash);
  const vis = computeVisibility(model, state);
  const focus = emptyFocus();
  const core = { model, focus, state, vis, visKey: filterKey(state), pathStart: null, path: null, ui: null } as unknown as Core;
  // ── Renderer ──
  Object.assign(core, createRenderer(container, model, () => core.state, () => core.vis, focus));
  core.setState = (patch, push = true, moveCamera = false) => {
    const prev = core.state;
    core.state = { ...prev, ...patch };
    const hash = toHash(core.state);
    if (hash !== location.hash) history[push ? 'pushState' : 'replaceState'](null, '', hash || location.pathname + location.search);
    applyState(core, prev, moveCamera);
  };
  core.apply = (prev, moveCamera) => applyState(core, prev, moveCamera);
  return core;
}

// ── Applying a state change ──────────────────────────────────────────────────────────────────

function computePath(core: Core): void {
  const { focus, state, model } = core;
  core.path = state.path ? shortestPath(model.graph, state.path[0], state.path[1], visibleWalk(core.vis)) : null;
  focus.pathNodes = new Set(core.path ? [state.path![0], ...core.path.map((h) => h.to)] : []);
  focus.pathEdges = new Set(core.path?.map((h) => h.edge) ?? []);
}

/** Redraws what `prev → core.state` changed: everything when filters or appearance changed, the focus otherwise. */
function applyState(core: Core, prev: ViewState | null, moveCamera: boolean): void {
  const { state, model, renderer, focus } = core;
  const key = filterKey(state);
  const filtersChanged = key !== core.visKey || prev === null;
  if (filtersChanged) {
    core.vis = computeVisibility(model, state);
    core.visKey = key;
  }
  const pathChanged = filtersChanged || JSON.stringify(prev?.path) !== JSON.stringify(state.path);
  if (pathChanged) computePath(core);
  const appearance = prev !== null && (prev.sizeBy !== state.sizeBy || prev.colorBy !== state.colorBy);
  if (filtersChanged || appearance || (pathChanged && !model.large)) {
    Object.assign(focus, focusOf(model.graph, focus.hovered ?? state.selectedNode, core.vis));
    renderer.refresh();
  } else refreshFocus(renderer, core.drawOverlay, model, focus, state, core.vis);
  core.ui?.render(filtersChanged || appearance || pathChanged);
  if (moveCamera && state.selectedNode && model.graph.hasNode(state.selectedNode)) fitNodes(renderer, [state.selectedNode, ...focus.neighbours]);
  else if (moveCamera && core.path) fitNodes(renderer, [...focus.pathNodes]);
  else if (!moveCamera && state.camera && JSON.stringify(prev?.camera) !== JSON.stringify(state.camera)) renderer.getCamera().setState(state.camera);
}

// ── Mount ────────────────────────────────────────────────────────────────────────────────────

export function mount(graph: Graph, canSave: boolean): App {
  const core = createCore(graph, document.getElementById('graph')!);
  const unwire = wireEvents(core);
  core.ui = mountUi(core, canSave);
  applyState(core, null, Boolean(core.state.selectedNode || core.state.path));
  (window as unknown as { __newsgraph: unknown }).__newsgraph = { graph, renderer: core.renderer, model: core.model, state: () => core.state, vis: () => core.vis, setState: core.setState, core };
  return {
    dispose: () => {
      unwire();
      core.ui?.dispose();
      core.renderer.kill();
    },
  };
}
