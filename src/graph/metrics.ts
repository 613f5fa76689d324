// Node importance and communities through graphology's own libraries: degree, PageRank and
// Louvain (seeded). Node size follows PageRank.

import type Graph from 'graphology';
import { graphology, louvain, pagerank } from './libs.ts';
import type { NewsGraph } from './build.ts';

/** A small seeded PRNG (mulberry32): Louvain's tie-breaking must not depend on Math.random. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Undirected simple projection: PageRank and Louvain want one edge per pair. */
function projection(g: NewsGraph): Graph {
  const u = new (graphology())({ type: 'undirected' });
  g.forEachNode((n) => u.addNode(n));
  g.forEachEdge((_e, a, s, t) => {
    if (u.hasEdge(s, t)) u.updateEdgeAttribute(s, t, 'weight', (w: number) => w + a.weight);
    else u.addEdge(s, t, { weight: a.weight });
  });
  return u;
}

export function computeMetrics(g: NewsGraph, seed = 42): void {
  const u = projection(g);
  const pr = u.order > 0 ? pagerank()(u, { getEdgeWeight: 'weight' }) : {};
  const communities = u.size > 0 ? louvain()(u, { getEdgeWeight: 'weight', rng: seededRandom(seed) }) : {};
  let maxPr = 0;
  for (const v of Object.values(pr)) maxPr = Math.max(maxPr, v);
  g.forEachNode((n) => {
    const p = pr[n] ?? 0;
    g.mergeNodeAttributes(n, {
      degree: g.degree(n),
      pagerank: Number(p.toFixed(6)),
      community: communities[n] ?? 0,
      size: Number((4 + 16 * Math.sqrt(maxPr > 0 ? p / maxPr : 0)).toFixed(3)),
    });
  });
}
