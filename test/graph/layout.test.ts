// The layout: bounded iterations, tiny components packed around the simulated part, and stable
// positions across rebuilds (known nodes keep theirs, new ones start beside their neighbours).
import { describe, expect, it } from 'vitest';
import { applyLayout, buildGraph, computeMetrics, LAYOUT_BUDGET, positionsOf } from '../../src/graph/index.ts';
import { iterationsFor } from '../../src/graph/layout.ts';
import type { Entity, Extraction, Relation } from '../../src/types.ts';

/** A star of `hub` with `spokes` persons, plus `isolates` lone places and one pair. */
function corpus(spokes: number, isolates: number, extra: string[] = []): Extraction {
  const ent = (id: string): Entity => ({ id, type: id.startsWith('place') ? 'place' : 'person', name: id, aliases: [], attributes: {}, mentions: [{ doc: 'd', start: 0, end: 1, text: 'x' }] });
  const rel = (s: string, t: string): Relation => ({ id: `counterpart_of(${s},${t})`, type: 'counterpart_of', source: s, target: t, attributes: {}, confidence: 1, evidence: [{ doc: 'd', start: 0, end: 1, text: 'x' }] });
  const people = Array.from({ length: spokes }, (_, i) => `person:p${String(i).padStart(3, '0')}`);
  const ids = ['person:hub', ...people, ...Array.from({ length: isolates }, (_, i) => `place:i${String(i).padStart(3, '0')}`), 'person:pair-a', 'person:pair-b', ...extra];
  const rels = [...people.map((p) => rel('person:hub', p)), ...people.slice(1).map((p, i) => rel(people[i]!, p)), rel('person:pair-a', 'person:pair-b'), ...extra.map((e) => rel(e, 'person:p000'))];
  return { schemaVersion: 1, documents: [{ id: 'd', sha256: '', chars: 1 }], entities: ids.sort().map(ent), relations: rels.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

function laidOut(x: Extraction, previous?: Map<string, { x: number; y: number }>) {
  const g = buildGraph(x);
  computeMetrics(g, 42);
  const report = applyLayout(g, { seed: 42, previous });
  return { g, report };
}

describe('layout', () => {
  it('iterations stay within the budget at every size', () => {
    for (const n of [10, 1000, 5000, 50_000]) {
      const it = iterationsFor(n);
      expect(it).toBeGreaterThanOrEqual(LAYOUT_BUDGET.minIterations);
      expect(it).toBeLessThanOrEqual(LAYOUT_BUDGET.maxIterations);
      expect(n * it <= LAYOUT_BUDGET.nodeIterations || it === LAYOUT_BUDGET.minIterations).toBe(true);
    }
  });

  it('isolated nodes and tiny components are packed outside the simulated part, apart from each other', () => {
    const { g, report } = laidOut(corpus(30, 40));
    expect(report).toMatchObject({ mode: 'fresh', simulated: 31, packed: 42 });
    const main = g.filterNodes((n) => n === 'person:hub' || n.startsWith('person:p0'));
    const cx = main.reduce((s, n) => s + g.getNodeAttribute(n, 'x'), 0) / main.length;
    const cy = main.reduce((s, n) => s + g.getNodeAttribute(n, 'y'), 0) / main.length;
    const r = Math.max(...main.map((n) => Math.hypot(g.getNodeAttribute(n, 'x') - cx, g.getNodeAttribute(n, 'y') - cy)));
    const packed = g.filterNodes((n) => n.startsWith('place:') || n.startsWith('person:pair'));
    for (const n of packed) expect(Math.hypot(g.getNodeAttribute(n, 'x') - cx, g.getNodeAttribute(n, 'y') - cy)).toBeGreaterThan(r);
    for (let i = 0; i < packed.length; i++) {
      for (let j = i + 1; j < packed.length; j++) {
        const [a, b] = [packed[i]!, packed[j]!];
        const d = Math.hypot(g.getNodeAttribute(a, 'x') - g.getNodeAttribute(b, 'x'), g.getNodeAttribute(a, 'y') - g.getNodeAttribute(b, 'y'));
        expect(d).toBeGreaterThanOrEqual(g.getNodeAttribute(a, 'size') + g.getNodeAttribute(b, 'size') - 1e-6);
      }
    }
  });

  it('a rebuild keeps every known node in place and puts a new one beside its neighbour', () => {
    const first = laidOut(corpus(30, 10)).g;
    const previous = positionsOf(first.export());
    const { g, report } = laidOut(corpus(30, 11, ['person:newcomer']), previous);
    expect(report.mode).toBe('incremental');
    for (const [n, p] of previous) expect({ x: g.getNodeAttribute(n, 'x'), y: g.getNodeAttribute(n, 'y') }).toEqual(p);
    const d = (a: string, b: string) => Math.hypot(g.getNodeAttribute(a, 'x') - g.getNodeAttribute(b, 'x'), g.getNodeAttribute(a, 'y') - g.getNodeAttribute(b, 'y'));
    const xs = g.mapNodes((_n, a) => a.x);
    const width = Math.max(...xs) - Math.min(...xs);
    expect(d('person:newcomer', 'person:p000')).toBeLessThan(0.25 * width);
    // The same graph again: nothing moves at all.
    const again = laidOut(corpus(30, 11, ['person:newcomer']), positionsOf(g.export())).g;
    expect(JSON.stringify(again.export())).toBe(JSON.stringify(g.export()));
  });

  it('a mostly new graph is laid out afresh', () => {
    const previous = new Map([['person:hub', { x: 1, y: 2 }]]);
    expect(laidOut(corpus(30, 10), previous).report.mode).toBe('fresh');
  });

  it('positionsOf reads graph.json nodes and ignores what is not a position', () => {
    const p = positionsOf({ nodes: [{ key: 'a', attributes: { x: 1, y: 2 } }, { key: 'b', attributes: { x: 'no' } }, { key: 3 }, null] });
    expect([...p]).toEqual([['a', { x: 1, y: 2 }]]);
    expect(positionsOf('nonsense').size).toBe(0);
  });
});
