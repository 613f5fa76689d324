// Extraction → laid-out graph with metrics: the graph stage of the pipeline in one call.

import type { Extraction } from '../types.ts';
import { buildGraph, type NewsGraph } from './build.ts';
import { applyLayout } from './layout.ts';
import { computeMetrics } from './metrics.ts';

export type { NewsGraph, NodeAttributes, EdgeAttributes } from './build.ts';

export interface GraphOptions {
  seed: number;
  iterations?: number;
}

export function graphFromExtraction(x: Extraction, options: GraphOptions = { seed: 42 }): NewsGraph {
  const g = buildGraph(x);
  computeMetrics(g, options.seed);
  applyLayout(g, options);
  return g;
}
