// The newsgraph explorer: loads a graph, renders it with sigma, and keeps one serializable view
// state (in the URL hash) that reducers apply. Modules: load, state, reducers, search, legend,
// panel, layout, exporters.

import type Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import EdgeCurveProgram from '@sigma/edge-curve';
import { byId } from './dom.ts';
import { mountExports } from './exporters.ts';
import { mountLayoutButton } from './layout.ts';
import { renderLegends } from './legend.ts';
import { fetchGraph, graphFromText, graphUrl } from './load.ts';
import { showEdge, showHint, showNode } from './panel.ts';
import { makeReducers, parallelCurvatures, type Transient } from './reducers.ts';
import { buildIndex, mountSearch } from './search.ts';
import { fromHash, toHash, type ViewState } from './state.ts';

/** Graphs above this many edges hide edges while the camera moves and skip edge events. */
const LARGE = 20_000;

/** Load and first-render times, for the status line and the scale test. */
const timings: Record<string, number> = {};
(window as unknown as { __newsgraphTimings: unknown }).__newsgraphTimings = timings;

interface App {
  dispose: () => void;
}

function mount(graph: Graph): App {
  const status = byId('status');
  const panel = byId('panel');
  const container = byId('graph');
  let state: ViewState = fromHash(location.hash);
  const transient: Transient = { hovered: null, hoveredEdge: null, neighbours: new Set() };
  let maxDegree = 1;
  graph.forEachNode((_n, a) => (maxDegree = Math.max(maxDegree, a.degree ?? 0)));
  const large = graph.size > LARGE || graph.order > LARGE;
  const { nodeReducer, edgeReducer } = makeReducers(graph, () => state, transient, parallelCurvatures(graph), { maxDegree });

  const renderer = new Sigma(graph, container, {
    renderEdgeLabels: !large,
    enableEdgeEvents: !large,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    labelDensity: 0.7,
    labelGridCellSize: 80,
    labelRenderedSizeThreshold: large ? 9 : 6,
    zIndex: true,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: { curved: EdgeCurveProgram, curvedArrow: EdgeCurvedArrowProgram },
    nodeReducer,
    edgeReducer,
  });

  const actions = {
    selectNode: (node: string) => setState({ selectedNode: node, selectedEdge: null }, true, true),
    selectEdge: (edge: string) => setState({ selectedEdge: edge, selectedNode: null }, true, false),
  };

  const setFocusNeighbours = () => {
    const focus = transient.hovered ?? state.selectedNode;
    transient.neighbours = focus && graph.hasNode(focus) ? new Set(graph.neighbors(focus)) : new Set();
  };

  const renderPanel = () => {
    if (state.selectedNode && graph.hasNode(state.selectedNode)) showNode(panel, graph, state.selectedNode, actions);
    else if (state.selectedEdge && graph.hasEdge(state.selectedEdge)) showEdge(panel, graph, state.selectedEdge, actions);
    else showHint(panel);
  };
  const renderChrome = () => {
    renderLegends(byId('legend-nodes'), byId('legend-edges'), graph, state, (kind, type) => {
      const key = kind === 'node' ? 'hiddenNodeTypes' : 'hiddenEdgeTypes';
      const list = state[key].includes(type) ? state[key].filter((t) => t !== type) : [...state[key], type];
      setState({ [key]: list } as Partial<ViewState>, true, false);
    });
    byId<HTMLSelectElement>('size-by').value = state.sizeBy;
    byId<HTMLSelectElement>('color-by').value = state.colorBy;
  };
  const apply = (moveCamera: boolean) => {
    setFocusNeighbours();
    renderChrome();
    renderPanel();
    renderer.refresh({ skipIndexation: true });
    if (moveCamera && state.selectedNode && graph.hasNode(state.selectedNode)) {
      const pos = renderer.getNodeDisplayData(state.selectedNode);
      if (pos) void renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: Math.min(renderer.getCamera().ratio, 1) }, { duration: 400 });
    } else if (state.camera) renderer.getCamera().setState(state.camera);
  };
  /** Changes the state; `push` makes a history entry (the back button returns to the previous view). */
  const setState = (patch: Partial<ViewState>, push: boolean, moveCamera: boolean) => {
    state = { ...state, ...patch };
    const hash = toHash(state);
    if (hash !== location.hash) {
      if (push) history.pushState(null, '', hash || location.pathname + location.search);
      else history.replaceState(null, '', hash || location.pathname + location.search);
    }
    apply(moveCamera);
  };
  const onHash = () => {
    state = fromHash(location.hash);
    apply(false);
  };
  window.addEventListener('popstate', onHash);

  renderer.on('enterNode', ({ node }) => {
    transient.hovered = node;
    setFocusNeighbours();
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveNode', () => {
    transient.hovered = null;
    setFocusNeighbours();
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('enterEdge', ({ edge }) => {
    transient.hoveredEdge = edge;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveEdge', () => {
    transient.hoveredEdge = null;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('clickNode', ({ node }) => actions.selectNode(node));
  renderer.on('clickEdge', ({ edge }) => actions.selectEdge(edge));
  renderer.on('clickStage', () => setState({ selectedNode: null, selectedEdge: null }, true, false));
  let camTimer: ReturnType<typeof setTimeout> | undefined;
  renderer.getCamera().on('updated', (c) => {
    clearTimeout(camTimer);
    camTimer = setTimeout(() => {
      state = { ...state, camera: { x: c.x, y: c.y, ratio: c.ratio } };
      history.replaceState(null, '', toHash(state) || location.pathname + location.search);
    }, 300);
  });

  const sizeBy = byId<HTMLSelectElement>('size-by');
  const colorBy = byId<HTMLSelectElement>('color-by');
  const onSize = () => setState({ sizeBy: sizeBy.value === 'degree' ? 'degree' : 'pagerank' }, true, false);
  const onColor = () => setState({ colorBy: colorBy.value === 'community' ? 'community' : 'type' }, true, false);
  sizeBy.addEventListener('change', onSize);
  colorBy.addEventListener('change', onColor);

  mountSearch(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('search-results'), buildIndex(graph), (n) => String(graph.getNodeAttribute(n, 'entityType')), actions.selectNode);
  const killLayout = mountLayoutButton(byId<HTMLButtonElement>('layout'), graph);
  mountExports(byId<HTMLButtonElement>('export-png'), byId<HTMLButtonElement>('export-gexf'), renderer, graph, () => state);

  status.textContent = `${graph.order.toLocaleString('en-US')} entities, ${graph.size.toLocaleString('en-US')} relations`;
  apply(Boolean(state.selectedNode));
  (window as unknown as { __newsgraph: unknown }).__newsgraph = { graph, renderer, state: () => state, setState };
  return {
    dispose: () => {
      killLayout();
      renderer.kill();
      window.removeEventListener('popstate', onHash);
      sizeBy.removeEventListener('change', onSize);
      colorBy.removeEventListener('change', onColor);
    },
  };
}

function replaceButtons(): void {
  // Fresh buttons and inputs drop the listeners of a previous graph.
  for (const id of ['layout', 'export-png', 'export-gexf', 'search']) {
    const old = byId(id);
    old.replaceWith(old.cloneNode(true));
  }
}

async function start(): Promise<void> {
  let app: App | null = null;
  const show = (graph: Graph) => {
    app?.dispose();
    replaceButtons();
    app = mount(graph);
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
        show(graphFromText(text, file.name));
      } catch (err) {
        byId('status').textContent = `${file.name}: ${(err as Error).message}`;
      }
    });
  });
  const t0 = performance.now();
  const graph = await fetchGraph(graphUrl(location.search));
  const t1 = performance.now();
  show(graph);
  timings.load = Math.round(t1 - t0);
  timings.mount = Math.round(performance.now() - t1);
  console.info(`newsgraph: graph loaded in ${timings.load} ms, rendered in ${timings.mount} ms`);
}

start().catch((err: Error) => {
  byId('status').textContent = `error: ${err.message}`;
  document.body.dataset.ready = 'error';
});
