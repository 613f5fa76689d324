// Extraction → laid-out graph with metrics: the graph stage of the pipeline in one call, and its
// steps for callers that time them (the CLI's progress) or lay out from a previous build.

import type { Extraction } from '../types.ts';
import { buildGraph, type NewsGraph } from './build.ts';
import { applyLayout, type Positions } from './layout.ts';
import { computeMetrics } from './metrics.ts';

export type { NewsGraph, NodeAttributes, EdgeAttributes } from './build.ts';
export { buildGraph, computeMetrics, applyLayout };
export { LAYOUT_BUDGET, type LayoutReport, type Positions } from './layout.ts';

export interface GraphOptions {
  seed: number;
  iterations?: number;
  /** Positions of a previous build (see layout.ts): known nodes keep them. */
  previous?: Positions;
}

export function graphFromExtraction(x: Extraction, options: GraphOptions = { seed: 42 }): NewsGraph {
  const g = buildGraph(x);
  computeMetrics(g, options.seed);
  applyLayout(g, options);
  return g;
}

/** Node positions of a graph.json (graphology's export), for a stable layout across rebuilds. */
export function positionsOf(serialized: unknown): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const nodes = (serialized as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes)) return out;
  for (const n of nodes as { key?: unknown; attributes?: { x?: unknown; y?: unknown } }[]) {
    const { x, y } = n?.attributes ?? {};
    if (typeof n?.key === 'string' && typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) out.set(n.key, { x, y });
  }
  return out;
}
