// The filters of the view state turned into what is visible: one pass over nodes and edges when a
// filter changes (never on hover), giving the visible sets the reducers read and the counts the
// legend and status line show. Order: types, documents, dates and confidence on relations; then
// minimum degree and isolates on what is left; then the largest component; then focus.

import { bfs, largestComponent, type Walk } from './traverse.ts';
import type { Model } from './model.ts';
import { isolatesHidden, type ViewState } from './state.ts';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  nodeCounts: Map<string, number>;
  edgeCounts: Map<string, number>;
  /** Whether the focused node was left out by the other filters (focus is then not applied). */
  focusHidden: boolean;
}

/** The part of the state that filters depend on: visibility is recomputed only when it changes. */
export function filterKey(s: ViewState): string {
  return JSON.stringify([s.hiddenNodeTypes, s.hiddenEdgeTypes, s.minDegree, s.hideIsolates, s.largestComponent, s.documents, s.dateFrom, s.dateTo, s.minConfidence, s.focusDepth, s.focusDepth ? s.selectedNode : null]);
}

/** A walk over the visible part of the graph (for paths and components). */
export function visibleWalk(vis: Visibility): Walk {
  return { node: (n) => vis.nodes.has(n), edge: (e) => vis.edges.has(e) };
}

export function computeVisibility(m: Model, s: ViewState): Visibility {
  const g = m.graph;
  const hiddenTypes = new Set(s.hiddenNodeTypes);
  const hiddenKinds = new Set(s.hiddenEdgeTypes);
  const docs = s.documents.length ? new Set(s.documents) : null;
  const dated = Boolean(s.dateFrom || s.dateTo);
  const nodes = new Set<string>();
  g.forEachNode((n, a) => {
    if (hiddenTypes.has(a.entityType)) return;
    if (docs && !(Array.isArray(a.documents) && (a.documents as string[]).some((d) => docs.has(d)))) return;
    nodes.add(n);
  });
  const edges = new Set<string>();
  g.forEachEdge((e, a, src, tgt) => {
    if (hiddenKinds.has(a.kind) || !nodes.has(src) || !nodes.has(tgt)) return;
    if (typeof a.confidence === 'number' && a.confidence < s.minConfidence) return;
    if (dated) {
      const d = m.edgeDate.get(e) ?? '';
      if (!d || (s.dateFrom && d < s.dateFrom) || (s.dateTo && d > s.dateTo)) return;
    }
    if (docs && !((a.evidence ?? []) as { doc: string }[]).some((ev) => docs.has(ev.doc))) return;
    edges.add(e);
  });
  // Degree within what is left; isolates are degree 0.
  const minDegree = Math.max(s.minDegree, isolatesHidden(s, g.order) || dated ? 1 : 0);
  if (minDegree > 0) {
    const degree = new Map<string, number>();
    for (const e of edges) for (const n of g.extremities(e)) degree.set(n, (degree.get(n) ?? 0) + 1);
    for (const n of [...nodes]) if ((degree.get(n) ?? 0) < minDegree) nodes.delete(n);
    for (const e of [...edges]) if (!g.extremities(e).every((n) => nodes.has(n))) edges.delete(e);
  }
  const restrict = (keep: Set<string>) => {
    for (const n of [...nodes]) if (!keep.has(n)) nodes.delete(n);
    for (const e of [...edges]) if (!g.extremities(e).every((n) => keep.has(n))) edges.delete(e);
  };
  const walk: Walk = { node: (n) => nodes.has(n), edge: (e) => edges.has(e) };
  if (s.largestComponent) restrict(largestComponent(g, nodes, walk));
  let focusHidden = false;
  if (s.focusDepth > 0 && s.selectedNode) {
    if (nodes.has(s.selectedNode)) restrict(new Set(bfs(g, s.selectedNode, { ...walk, maxDepth: s.focusDepth }).keys()));
    else focusHidden = true;
  }
  const nodeCounts = new Map<string, number>();
  for (const n of nodes) {
    const t = String(g.getNodeAttribute(n, 'entityType'));
    nodeCounts.set(t, (nodeCounts.get(t) ?? 0) + 1);
  }
  const edgeCounts = new Map<string, number>();
  for (const e of edges) {
    const k = String(g.getEdgeAttribute(e, 'kind'));
    edgeCounts.set(k, (edgeCounts.get(k) ?? 0) + 1);
  }
  return { nodes, edges, nodeCounts, edgeCounts, focusHidden };
}
