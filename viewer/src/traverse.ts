// Breadth-first search over what the filters let through: one routine for the largest component,
// the ego network (focus mode) and the shortest path. Written here rather than taken from
// graphology-traversal / graphology-shortest-path because those walk the whole graph, and a copy
// of the filtered subgraph for each click would cost more than the search itself.

import type Graph from 'graphology';

/** How a node was reached: the node before it and the edge between (null for the start). */
export type Reached = Map<string, { from: string; edge: string; depth: number } | null>;

export interface Walk {
  /** Nodes that may be entered. */
  node: (n: string) => boolean;
  /** Edges that may be followed (in either direction: relations are read both ways). */
  edge: (e: string) => boolean;
  maxDepth?: number;
  /** Stop as soon as this node is reached. */
  stopAt?: string;
}

export function bfs(graph: Graph, start: string, walk: Walk): Reached {
  const reached: Reached = new Map([[start, null]]);
  let frontier = [start];
  for (let depth = 1; frontier.length && depth <= (walk.maxDepth ?? Infinity); depth++) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const e of graph.edges(n)) {
        if (!walk.edge(e)) continue;
        const other = graph.opposite(n, e);
        if (reached.has(other) || !walk.node(other)) continue;
        reached.set(other, { from: n, edge: e, depth });
        if (other === walk.stopAt) return reached;
        next.push(other);
      }
    }
    frontier = next;
  }
  return reached;
}

export interface Hop {
  from: string;
  to: string;
  edge: string;
}

/** The shortest path from `a` to `b` as hops, or null when they are not connected. */
export function shortestPath(graph: Graph, a: string, b: string, walk: Walk): Hop[] | null {
  if (!graph.hasNode(a) || !graph.hasNode(b) || !walk.node(a) || !walk.node(b)) return null;
  const reached = bfs(graph, a, { ...walk, stopAt: b });
  if (!reached.has(b)) return null;
  const hops: Hop[] = [];
  for (let n = b, r = reached.get(n); r; n = r.from, r = reached.get(n)) hops.unshift({ from: r.from, to: n, edge: r.edge });
  return hops;
}

/** The nodes of the largest connected component among `nodes` (ties: the one found first). */
export function largestComponent(graph: Graph, nodes: Iterable<string>, walk: Walk): Set<string> {
  const seen = new Set<string>();
  let best: string[] = [];
  for (const n of nodes) {
    if (seen.has(n)) continue;
    const comp = [...bfs(graph, n, walk).keys()];
    for (const m of comp) seen.add(m);
    if (comp.length > best.length) best = comp;
  }
  return new Set(best);
}
