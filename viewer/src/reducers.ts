// Sigma reducers: the view state applied to what is drawn. The graph itself is never changed for
// display; visibility (from the filters), sizes, colours, edge shapes and labels happen here, and
// on small graphs the hover, selection and path highlighting (with the rest dimmed). Reducers read
// precomputed sets only. Large graphs show the focus on an overlay instead (overlay.ts).

import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { COMMUNITY_COLORS, COMMUNITY_REST, relationColor, relationWords, typeColor, UNKNOWN_COLOR } from '../../src/graph/style.ts';
import type { Visibility } from './filters.ts';
import type { Model } from './model.ts';
import type { ViewState } from './state.ts';

const DIM_NODE = '#e6e6e6';
const DIM_EDGE = '#f1f1f1';
/** Past this many neighbours, only the most important ones get a forced label. */
export const MAX_FORCED_LABELS = 12;

/** What changes as the mouse moves or a selection is made, kept apart from the serializable state. */
export interface Focus {
  hovered: string | null;
  hoveredEdge: string | null;
  /** The focused node (hovered, else selected), its neighbours and those whose labels are forced. */
  node: string | null;
  neighbours: Set<string>;
  labelled: Set<string>;
  /** Nodes and edges of the drawn shortest path. */
  pathNodes: Set<string>;
  pathEdges: Set<string>;
}

export function emptyFocus(): Focus {
  return { hovered: null, hoveredEdge: null, node: null, neighbours: new Set(), labelled: new Set(), pathNodes: new Set(), pathEdges: new Set() };
}

/** Neighbours of `node` among visible nodes, and the few most important of them to label. */
export function focusOf(graph: Graph, node: string | null, vis: Visibility): Pick<Focus, 'node' | 'neighbours' | 'labelled'> {
  if (!node || !graph.hasNode(node)) return { node: null, neighbours: new Set(), labelled: new Set() };
  const neighbours = new Set(graph.neighbors(node).filter((n) => vis.nodes.has(n)));
  const rank = (n: string) => Number(graph.getNodeAttribute(n, 'pagerank')) || 0;
  const labelled = new Set([...neighbours].sort((a, b) => rank(b) - rank(a) || (a < b ? -1 : 1)).slice(0, MAX_FORCED_LABELS));
  return { node, neighbours, labelled };
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

const scale = (v: number, max: number) => 3 + 15 * Math.sqrt(Math.max(0, v) / Math.max(1, max));

export function nodeColor(m: Model, s: ViewState, a: Attributes): string {
  if (s.colorBy === 'community') {
    const rank = m.communityRank.get(typeof a.community === 'number' ? a.community : 0) ?? Infinity;
    return COMMUNITY_COLORS[rank] ?? COMMUNITY_REST;
  }
  const c = typeColor(String(a.entityType));
  return c === UNKNOWN_COLOR && typeof a.color === 'string' ? a.color : c;
}

export function makeReducers(m: Model, state: () => ViewState, vis: () => Visibility, focus: Focus, curvature: Map<string, number>) {
  const graph = m.graph;
  const nodeReducer = (node: string, a: Attributes): Attributes => {
    const s = state();
    if (!vis().nodes.has(node)) {
      a.hidden = true;
      return a;
    }
    a.color = nodeColor(m, s, a);
    if (s.sizeBy === 'degree') a.size = scale(graph.degree(node), m.maxDegree);
    else if (s.sizeBy === 'mentions') a.size = scale(Number(a.mentions) || 0, m.maxMentions);
    else if (typeof a.size !== 'number') a.size = 5;
    a.zIndex = 1;
    // Large graphs draw the focus on an overlay (overlay.ts): nothing here may depend on it there.
    if (m.large) return a;
    if (focus.pathNodes.size) {
      if (focus.pathNodes.has(node)) Object.assign(a, { forceLabel: true, highlighted: true, zIndex: 3 });
      else Object.assign(a, { color: DIM_NODE, label: '', zIndex: 0 });
    }
    if (focus.node) {
      if (node === focus.node) Object.assign(a, { highlighted: true, forceLabel: true, zIndex: 3 });
      else if (focus.neighbours.has(node)) {
        a.zIndex = 2;
        a.forceLabel = focus.labelled.has(node);
      } else if (!m.large && !focus.pathNodes.has(node)) Object.assign(a, { color: DIM_NODE, label: '', zIndex: 0 });
    }
    return a;
  };
  const edgeReducer = (edge: string, a: Attributes): Attributes => {
    if (!vis().edges.has(edge)) {
      a.hidden = true;
      return a;
    }
    const s = state();
    const curve = curvature.get(edge);
    // One program per edge for the graph's lifetime (partial refreshes cannot change it).
    a.type = curve !== undefined ? (a.directed === false ? 'curved' : 'curvedArrow') : a.directed === false ? 'line' : 'arrow';
    if (curve !== undefined) a.curvature = curve;
    a.color = relationColor(String(a.kind));
    a.size = typeof a.size === 'number' ? a.size : 1;
    a.zIndex = 0;
    a.forceLabel = false;
    a.label = '';
    if (m.large) return a;
    const words = relationWords(String(a.kind));
    const [src, tgt] = graph.extremities(edge);
    // Relation labels only where the eye is: the focused node's edges, the hovered or selected edge, the path.
    if (s.selectedEdge === edge || focus.hoveredEdge === edge || focus.pathEdges.has(edge)) {
      Object.assign(a, { label: words, forceLabel: true, color: '#222222', size: a.size + 1.5, zIndex: 2 });
    } else if (focus.node && (src === focus.node || tgt === focus.node)) {
      Object.assign(a, { label: words, forceLabel: true, zIndex: 1, size: a.size + 0.5 });
    } else if (focus.node || focus.pathEdges.size) a.color = DIM_EDGE;
    return a;
  };
  return { nodeReducer, edgeReducer };
}
