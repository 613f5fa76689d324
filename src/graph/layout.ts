// Layout with a bounded budget. Only the nodes of components larger than a few nodes are simulated
// (ForceAtlas2, Barnes-Hut past 2,000 nodes, iterations chosen so that nodes × iterations stays
// under a budget, then noverlap on graphology's grid with about √n cells); isolated nodes and tiny
// components, most of the nodes of a news corpus, are packed in rings around the simulated part.
// Given the previous build's positions, nodes that existed keep them (they are held fixed), new
// nodes start beside their neighbours, and only the new nodes move, among their neighbours: an
// analyst's map survives a rebuild, and a rebuild costs what was added. Deterministic: seeded by node order, never Math.random.

import { forceAtlas2, graphComponents, graphology, noverlap } from './libs.ts';
import type { NewsGraph } from './build.ts';
import { seededRandom } from './metrics.ts';

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

export interface LayoutOptions {
  seed: number;
  /** ForceAtlas2 iterations; by default chosen from the budget. */
  iterations?: number;
  /** Positions of the previous build; nodes found here keep their place. */
  previous?: Positions;
}

export interface LayoutReport {
  mode: 'fresh' | 'incremental';
  /** Nodes simulated by ForceAtlas2 (the others are packed or kept). */
  simulated: number;
  iterations: number;
  packed: number;
  kept: number;
}

/** The layout's limits, stated in the README. */
export const LAYOUT_BUDGET = {
  /** Simulated nodes × ForceAtlas2 iterations. */
  nodeIterations: 500_000,
  minIterations: 30,
  maxIterations: 500,
  /** Iterations for the new nodes of an incremental rebuild. */
  incrementalIterations: 60,
  /** Components of at most this many nodes are packed, not simulated. */
  tinyComponent: 3,
  noverlapIterations: 30,
  /** Previous positions are used when they cover at least this share of the nodes. */
  minKept: 0.5,
};

/** ForceAtlas2 iterations for a simulated part of n nodes. */
export function iterationsFor(n: number): number {
  const b = LAYOUT_BUDGET;
  return Math.max(b.minIterations, Math.min(b.maxIterations, Math.round(b.nodeIterations / Math.max(1, n))));
}

export function applyLayout(g: NewsGraph, { seed, iterations, previous }: LayoutOptions): LayoutReport {
  const report: LayoutReport = { mode: 'fresh', simulated: 0, iterations: 0, packed: 0, kept: 0 };
  if (g.order === 0) return report;
  const rnd = seededRandom(seed);
  const kept = previous ? g.filterNodes((n) => previous.has(n)) : [];
  const incremental = previous !== undefined && kept.length > 0 && kept.length >= LAYOUT_BUDGET.minKept * g.order;
  const pos = new Map<string, { x: number; y: number }>();
  if (incremental) {
    report.mode = 'incremental';
    report.kept = kept.length;
    for (const n of kept) pos.set(n, { ...previous.get(n)! });
  }
  const components = graphComponents().connectedComponents(g).map((c) => c.sort()).sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const tiny: string[][] = [];
  const simulated: string[] = [];
  for (const c of components) {
    if (c.some((n) => pos.has(n))) {
      // New nodes of a known component move among their known neighbours, which stay put; the
      // rest of the component is left out, so the cost follows what was added, not the map.
      const fresh = c.filter((n) => !pos.has(n));
      const part = new Set(fresh);
      for (const n of fresh) g.forEachNeighbor(n, (m) => void part.add(m));
      if (fresh.length > 0) simulated.push(...[...part].sort());
    } else if (c.length <= LAYOUT_BUDGET.tinyComponent) tiny.push(c);
    else simulated.push(...c);
  }
  if (simulated.length > 0) {
    const iters = iterations ?? (incremental ? LAYOUT_BUDGET.incrementalIterations : iterationsFor(simulated.length));
    const placed = simulate(g, simulated, pos, rnd, iters, incremental);
    for (const [n, p] of placed) pos.set(n, p);
    report.simulated = simulated.length;
    report.iterations = iters;
  }
  const packed = pack(g, tiny, pos);
  for (const [n, p] of packed) pos.set(n, p);
  report.packed = packed.size;
  // Rounded so that outputs are byte-identical across runs and platforms' last-bit differences.
  g.forEachNode((n) => {
    const p = pos.get(n)!;
    g.mergeNodeAttributes(n, { x: Number(p.x.toFixed(3)), y: Number(p.y.toFixed(3)) });
  });
  return report;
}

/**
 * ForceAtlas2 on the given nodes (a copy of their part of the graph), then noverlap. Known
 * positions are held fixed; a new node starts beside its placed neighbours, or at random.
 */
function simulate(g: NewsGraph, nodes: string[], pos: Map<string, { x: number; y: number }>, rnd: () => number, iters: number, incremental: boolean) {
  const sub = new (graphology())({ type: 'undirected', multi: false, allowSelfLoops: false });
  const radius = 10 * Math.sqrt(nodes.length);
  const extent = incremental ? extentOf(pos) : { cx: 0, cy: 0, r: radius };
  for (const n of nodes) {
    const known = pos.get(n);
    sub.addNode(n, { x: known?.x ?? 0, y: known?.y ?? 0, size: g.getNodeAttribute(n, 'size'), fixed: known !== undefined });
  }
  // One edge per pair, weighted by all the relations between the two.
  for (const n of nodes) {
    g.forEachNeighbor(n, (m) => {
      if (n < m && sub.hasNode(m)) sub.addEdge(n, m, { weight: edgeWeight(g, n, m) });
    });
  }
  // New nodes: beside the mean of their placed neighbours, breadth first from the known ones.
  const placed = new Set(nodes.filter((n) => pos.has(n)));
  let frontier = nodes.filter((n) => !placed.has(n));
  for (let changed = true; changed && frontier.length > 0;) {
    changed = false;
    const rest: string[] = [];
    for (const n of frontier) {
      let sx = 0, sy = 0, k = 0;
      sub.forEachNeighbor(n, (m, a) => {
        if (placed.has(m)) { sx += a.x; sy += a.y; k++; }
      });
      if (k === 0) { rest.push(n); continue; }
      sub.mergeNodeAttributes(n, { x: sx / k + (rnd() - 0.5) * 20, y: sy / k + (rnd() - 0.5) * 20 });
      placed.add(n);
      changed = true;
    }
    frontier = rest;
  }
  for (const n of frontier) {
    if (incremental) {
      // A new component beside the map, not across it.
      const a = rnd() * 2 * Math.PI;
      const r = extent.r + radius * (0.2 + 0.3 * rnd());
      sub.mergeNodeAttributes(n, { x: extent.cx + r * Math.cos(a), y: extent.cy + r * Math.sin(a) });
    } else sub.mergeNodeAttributes(n, { x: (rnd() - 0.5) * 2 * radius, y: (rnd() - 0.5) * 2 * radius });
  }
  const settings = forceAtlas2().inferSettings(sub);
  forceAtlas2().assign(sub, { iterations: iters, settings, getEdgeWeight: 'weight' });
  // noverlap would move the fixed nodes too: only on a fresh layout.
  if (!incremental) {
    noverlap().assign(sub, {
      maxIterations: LAYOUT_BUDGET.noverlapIterations,
      settings: { margin: 2, ratio: 1.2, gridSize: Math.max(20, Math.ceil(Math.sqrt(sub.order))) },
    });
  }
  const out = new Map<string, { x: number; y: number }>();
  sub.forEachNode((n, a) => out.set(n, pos.get(n) ?? { x: a.x as number, y: a.y as number }));
  return out;
}

function edgeWeight(g: NewsGraph, a: string, b: string): number {
  let w = 0;
  for (const e of g.edges(a, b)) w += g.getEdgeAttribute(e, 'weight');
  for (const e of g.edges(b, a)) if (g.isDirected(e)) w += g.getEdgeAttribute(e, 'weight');
  return w;
}

/** Centre and radius of the positions so far (the circle that holds them). */
function extentOf(pos: Map<string, { x: number; y: number }>): { cx: number; cy: number; r: number } {
  if (pos.size === 0) return { cx: 0, cy: 0, r: 0 };
  let cx = 0, cy = 0;
  for (const p of pos.values()) { cx += p.x; cy += p.y; }
  cx /= pos.size;
  cy /= pos.size;
  let r = 0;
  for (const p of pos.values()) r = Math.max(r, Math.hypot(p.x - cx, p.y - cy));
  return { cx, cy, r };
}

/**
 * Tiny components in rings around everything placed so far: each gets one cell (a point, a pair,
 * a triangle), cells filled ring by ring, biggest components first.
 */
function pack(g: NewsGraph, comps: string[][], pos: Map<string, { x: number; y: number }>): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  if (comps.length === 0) return out;
  let maxSize = 1;
  for (const c of comps) for (const n of c) maxSize = Math.max(maxSize, g.getNodeAttribute(n, 'size'));
  const spacing = 2.5 * maxSize;
  const cell = spacing * 2 + 4;
  const { cx, cy, r } = extentOf(pos);
  let ring = 0;
  let slot = 0;
  let capacity = 0;
  let ringRadius = 0;
  const nextRing = () => {
    ringRadius = (r > 0 ? r + cell : 0) + cell * ring;
    capacity = ringRadius === 0 ? 1 : Math.max(1, Math.floor((2 * Math.PI * ringRadius) / cell));
    slot = 0;
    ring++;
  };
  nextRing();
  for (const c of comps) {
    if (slot >= capacity) nextRing();
    const angle = (2 * Math.PI * slot) / capacity;
    const x0 = cx + ringRadius * Math.cos(angle);
    const y0 = cy + ringRadius * Math.sin(angle);
    slot++;
    c.forEach((n, i) => {
      const a = (2 * Math.PI * i) / c.length;
      const d = c.length === 1 ? 0 : spacing / (c.length === 2 ? 2 : Math.sqrt(3));
      out.set(n, { x: x0 + d * Math.cos(a), y: y0 + d * Math.sin(a) });
    });
  }
  return out;
}
