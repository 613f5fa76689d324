// The graph stage: nodes, keyed edges, metrics, seeded layout.
import { describe, expect, it } from 'vitest';
import { graphFromExtraction } from '../../src/graph/index.ts';
import { loadTricky } from '../helpers.ts';

describe('graph', () => {
  const x = loadTricky();

  it('has one node per entity and one edge per relation keyed by its id', () => {
    const g = graphFromExtraction(x);
    expect(g.order).toBe(x.entities.length);
    expect(g.size).toBe(x.relations.length);
    for (const r of x.relations) expect(g.hasEdge(r.id)).toBe(true);
    expect(g.isUndirected('at_war_with(state:elbonia,state:ruritania)')).toBe(true);
    expect(g.getEdgeAttribute('at_war_with(state:elbonia,state:ruritania)', 'weight')).toBe(2);
  });

  it('writes metrics, color, size and a position on every node', () => {
    const g = graphFromExtraction(x);
    g.forEachNode((_n, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(a.size).toBeGreaterThan(0);
      expect(a.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(a.pagerank).toBeGreaterThan(0);
    });
    expect(g.getNodeAttribute('state:ruritania', 'degree')).toBe(2);
  });

  it('is deterministic for a seed and changes with it', () => {
    const a = JSON.stringify(graphFromExtraction(x, { seed: 7 }).export());
    expect(JSON.stringify(graphFromExtraction(x, { seed: 7 }).export())).toBe(a);
    expect(JSON.stringify(graphFromExtraction(x, { seed: 8 }).export())).not.toBe(a);
  });
});
