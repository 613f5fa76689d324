// The sigma renderer and how it is refreshed: a full pass when filters or appearance change; when
// the hover, the selection or the path moves, on small graphs a refresh without re-indexing (the
// reducers dim the rest), on large graphs only the focus overlay (overlay.ts), so that a hover
// never redraws 80,000 items.

import Sigma from 'sigma';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import EdgeCurveProgram from '@sigma/edge-curve';
import type { Visibility } from './filters.ts';
import { mountOverlay } from './overlay.ts';
import type { Model } from './model.ts';
import { focusOf, makeReducers, parallelCurvatures, type Focus } from './reducers.ts';
import type { ViewState } from './state.ts';

/** Graphs above this many edges hide edges while the camera moves and pick edges on click only. */
const MANY_EDGES = 20_000;

export function createRenderer(container: HTMLElement, m: Model, state: () => ViewState, vis: () => Visibility, focus: Focus): { renderer: Sigma; drawOverlay: () => void } {
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
  return { renderer, drawOverlay: mountOverlay(renderer, m, focus, state, vis) };
}

/** Recomputes the focused node (hovered, else selected) and redraws it. */
export function refreshFocus(renderer: Sigma, drawOverlay: () => void, m: Model, focus: Focus, state: ViewState, vis: Visibility): void {
  Object.assign(focus, focusOf(m.graph, focus.hovered ?? state.selectedNode, vis));
  if (m.large) drawOverlay();
  else renderer.refresh({ skipIndexation: true });
}
