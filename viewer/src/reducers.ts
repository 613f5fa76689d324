// Sigma reducers: the view state applied to what is drawn. The graph itself is never changed for
// display; hover highlighting, hidden types, sizes, colors and edge shapes all happen here.

import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { ViewState } from './state.ts';

export const TYPE_COLORS: Record<string, string> = {
  person: '#e15759', state: '#4e79a7', organization: '#f28e2b', media: '#76b7b2', place: '#59a14f', meeting: '#b07aa1',
};
const COMMUNITY_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
const DIM_NODE = '#e4e4e4';
const DIM_EDGE = '#f0f0f0';

/** What changes as the mouse moves, kept apart from the serializable state. */
export interface Transient {
  hovered: string | null;
  hoveredEdge: string | null;
  neighbours: Set<string>;
}

/** Per-edge curvature so that parallel edges between two nodes are drawn apart (computed once). */
export function parallelCurvatures(graph: Graph): Map<string, number> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((e, _a, s, t) => {
    const k = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  });
  const out = new Map<string, number>();
  for (const edges of groups.values()) {
    if (edges.length < 2) continue;
    edges.forEach((e, i) => out.set(e, 0.25 * (i + 1) * (i % 2 === 0 ? 1 : -1)));
  }
  return out;
}

export interface Scales {
  maxDegree: number;
}

export function makeReducers(graph: Graph, state: () => ViewState, transient: Transient, curvature: Map<string, number>, scales: Scales) {
  const nodeReducer = (node: string, a: Attributes): Attributes => {
    const s = state();
    const res: Attributes = { ...a };
    if (s.hiddenNodeTypes.includes(a.entityType)) return { ...res, hidden: true };
    if (s.sizeBy === 'degree') res.size = 4 + 16 * Math.sqrt((a.degree ?? 0) / Math.max(1, scales.maxDegree));
    if (s.colorBy === 'community') res.color = COMMUNITY_COLORS[(a.community ?? 0) % COMMUNITY_COLORS.length];
    const focus = transient.hovered ?? s.selectedNode;
    if (focus && graph.hasNode(focus)) {
      if (node === focus) res.highlighted = true;
      else if (!transient.neighbours.has(node)) {
        res.color = DIM_NODE;
        res.label = '';
        res.zIndex = 0;
      } else res.forceLabel = true;
    }
    return res;
  };
  const edgeReducer = (edge: string, a: Attributes): Attributes => {
    const s = state();
    const [src, tgt] = graph.extremities(edge);
    const hidden =
      s.hiddenEdgeTypes.includes(a.kind) ||
      s.hiddenNodeTypes.includes(graph.getNodeAttribute(src, 'entityType')) ||
      s.hiddenNodeTypes.includes(graph.getNodeAttribute(tgt, 'entityType'));
    if (hidden) return { ...a, hidden: true };
    const curve = curvature.get(edge);
    // Relation labels only where the eye is: the hovered or selected node's edges, the hovered or selected edge.
    const res: Attributes = {
      ...a,
      label: '',
      type: curve !== undefined ? (a.directed === false ? 'curved' : 'curvedArrow') : a.directed === false ? 'line' : 'arrow',
      size: a.size ?? 1,
      forceLabel: false,
    };
    if (curve !== undefined) res.curvature = curve;
    const focus = transient.hovered ?? s.selectedNode;
    if (s.selectedEdge === edge || transient.hoveredEdge === edge) {
      res.label = a.kind;
      res.forceLabel = true;
      res.color = '#333';
      res.size = (a.size ?? 1) + 1;
    } else if (focus && graph.hasNode(focus)) {
      if (src === focus || tgt === focus) {
        res.label = a.kind;
        res.forceLabel = true;
        res.color = '#777';
      } else {
        res.color = DIM_EDGE;
        res.label = '';
      }
    }
    return res;
  };
  return { nodeReducer, edgeReducer };
}
