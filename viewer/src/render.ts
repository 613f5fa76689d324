// The sigma renderer and how it is refreshed: a full pass when filters or appearance change, and
// on large graphs only the nodes and edges whose look changed when the hover, the selection or the
// path moves (sigma's partial refresh), so that a hover costs the same at 20 and 20,000 nodes.

import Sigma from 'sigma';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import EdgeCurveProgram from '@sigma/edge-curve';
import type { Visibility } from './filters.ts';
import type { Model } from './model.ts';
import { focusOf, makeReducers, parallelCurvatures, type Focus } from './reducers.ts';
import type { ViewState } from './state.ts';

/** Graphs above this many edges hide edges while the camera moves and pick edges on click only. */
const MANY_EDGES = 20_000;

export function createRenderer(container: HTMLElement, m: Model, state: () => ViewState, vis: () => Visibility, focus: Focus): Sigma {
  const { nodeReducer, edgeReducer } = makeReducers(m, state, vis, focus, parallelCurvatures(m.graph));
  const many = m.graph.size > MANY_EDGES;
  const renderer = new Sigma(m.graph, container, {
    renderEdgeLabels: true,
    enableEdgeEvents: !many,
    hideEdgesOnMove: many,
    hideLabelsOnMove: many,
    // Labels at every size: the label grid keeps the largest (most important) node of each cell.
    labelDensity: 0.6,
    labelGridCellSize: 110,
    labelRenderedSizeThreshold: 0,
    edgeLabelSize: 12,
    edgeLabelColor: { color: '#333' },
    zIndex: true,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: { curved: EdgeCurveProgram, curvedArrow: EdgeCurvedArrowProgram },
    nodeReducer,
    edgeReducer,
  });
  // Relation labels above the nodes (sigma draws them below), under the hover layer.
  const canvases = renderer.getCanvases();
  canvases.labels?.after(canvases.edgeLabels!);
  return renderer;
}

/** What the focus looked like before a change: the items whose look may change with it. */
export interface FocusSnapshot {
  nodes: Set<string>;
  edges: Set<string>;
}

export function snapshot(m: Model, focus: Focus, state: ViewState): FocusSnapshot {
  const nodes = new Set<string>([...focus.neighbours, ...focus.pathNodes]);
  const edges = new Set<string>(focus.pathEdges);
  if (focus.node && m.graph.hasNode(focus.node)) {
    nodes.add(focus.node);
    for (const e of m.graph.edges(focus.node)) edges.add(e);
  }
  for (const e of [focus.hoveredEdge, state.selectedEdge]) if (e && m.graph.hasEdge(e)) edges.add(e);
  return { nodes, edges };
}

/** Recomputes the focused node (hovered, else selected) and redraws what changed since `before`. */
export function refreshFocus(renderer: Sigma, m: Model, focus: Focus, state: ViewState, vis: Visibility, before: FocusSnapshot): void {
  Object.assign(focus, focusOf(m.graph, focus.hovered ?? state.selectedNode, vis));
  if (!m.large) {
    renderer.refresh({ skipIndexation: true });
    return;
  }
  const after = snapshot(m, focus, state);
  renderer.refresh({ partialGraph: { nodes: [...new Set([...before.nodes, ...after.nodes])], edges: [...new Set([...before.edges, ...after.edges])] }, skipIndexation: true });
}
