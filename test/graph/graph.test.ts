// The graph stage: nodes, keyed edges, metrics, seeded layout.
import { describe, expect, it } from 'vitest';
import { outletOf } from '../../src/graph/build.ts';
import { graphFromExtraction } from '../../src/graph/index.ts';
import { TYPE_COLORS } from '../../src/graph/style.ts';
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

  it('colours nodes from the shared palette', () => {
    const g = graphFromExtraction(x);
    g.forEachNode((_n, a) => expect(a.color).toBe(TYPE_COLORS[a.entityType as keyof typeof TYPE_COLORS]));
  });

  it('keeps each node\'s mention offsets as [document index, start, end], pointing at the mention text', () => {
    const g = graphFromExtraction(x);
    const docs = g.getAttribute('documents') as { id: string }[];
    for (const e of x.entities) {
      const spans = g.getNodeAttribute(e.id, 'spans');
      expect(spans).toHaveLength(e.mentions.length);
      for (const m of e.mentions) expect(spans).toContainEqual([docs.findIndex((d) => d.id === m.doc), m.start, m.end]);
    }
  });

  it('names a document\'s outlet by its url\'s host, and none without a url', () => {
    expect(outletOf('https://www.Reuters.com/world/x')).toBe('reuters.com');
    expect(outletOf('http://apnews.com/a')).toBe('apnews.com');
    expect(outletOf(undefined)).toBeUndefined();
    expect(outletOf('not a url')).toBeUndefined();
  });
});
