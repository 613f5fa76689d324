// Layout: ForceAtlas2 from deterministic initial positions (seeded by node order, never
// Math.random), with inferred settings (Barnes-Hut on large graphs), then noverlap.

import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { NewsGraph } from './build.ts';
import { seededRandom } from './metrics.ts';

export interface LayoutOptions {
  seed: number;
  iterations?: number;
}

export function applyLayout(g: NewsGraph, { seed, iterations }: LayoutOptions): void {
  const rnd = seededRandom(seed);
  const n = g.order;
  if (n === 0) return;
  const radius = 10 * Math.sqrt(n);
  g.forEachNode((node) => {
    g.mergeNodeAttributes(node, { x: (rnd() - 0.5) * 2 * radius, y: (rnd() - 0.5) * 2 * radius });
  });
  const settings = forceAtlas2.inferSettings(g);
  const iters = iterations ?? (n > 5000 ? 100 : n > 1000 ? 300 : 600);
  forceAtlas2.assign(g, { iterations: iters, settings, getEdgeWeight: 'weight' });
  noverlap.assign(g, { maxIterations: 150, settings: { margin: 2, ratio: 1.2 } });
  // Rounded so that outputs are byte-identical across runs and platforms' last-bit differences.
  g.forEachNode((node, a) => {
    g.mergeNodeAttributes(node, { x: Number(a.x.toFixed(3)), y: Number(a.y.toFixed(3)) });
  });
}
