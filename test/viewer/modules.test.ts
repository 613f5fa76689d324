// The viewer's logic without a browser: the view state's URL round trip, search ranking, the
// filters (types, degree, isolates, dates, documents, confidence, component, focus) and paths.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { computeVisibility, visibleWalk } from '../../viewer/src/filters.ts';
import { buildModel } from '../../viewer/src/model.ts';
import { buildIndex, searchIndex } from '../../viewer/src/search.ts';
import { DEFAULT_STATE, fromHash, toHash, type ViewState } from '../../viewer/src/state.ts';
import { shortestPath } from '../../viewer/src/traverse.ts';

/** a→b→c→d chain (dated 2025-01-01..03), e–f apart (2025-02-01), g alone; one low-confidence edge. */
function sample(): Graph {
  const g = new Graph({ type: 'mixed', multi: true });
  g.setAttribute('documents', [
    { id: 'd1', published: '2025-01-01' },
    { id: 'd2', published: '2025-01-03' },
    { id: 'd3', published: '2025-02-01T10:00:00Z' },
  ]);
  const node = (k: string, type: string, pagerank: number, docs: string[]) => g.addNode(k, { label: k.toUpperCase(), entityType: type, aliases: [], pagerank, documents: docs, community: k < 'e' ? 0 : 1, mentions: 1 });
  node('a', 'person', 0.3, ['d1']);
  node('b', 'state', 0.2, ['d1']);
  node('c', 'state', 0.1, ['d2']);
  node('d', 'place', 0.1, ['d2']);
  node('e', 'person', 0.1, ['d3']);
  node('f', 'organization', 0.1, ['d3']);
  node('g', 'person', 0.05, ['d3']);
  const edge = (k: string, s: string, t: string, kind: string, doc: string, confidence = 0.9) => g.addDirectedEdgeWithKey(k, s, t, { kind, confidence, evidence: [{ doc, start: 0, end: 1, text: 'x' }] });
  edge('ab', 'a', 'b', 'holds_position', 'd1');
  edge('bc', 'b', 'c', 'supports', 'd1', 0.3);
  edge('cd', 'c', 'd', 'located_in', 'd2');
  edge('ef', 'e', 'f', 'holds_position', 'd3');
  return g;
}
const vis = (patch: Partial<ViewState>) => computeVisibility(buildModel(sample()), { ...DEFAULT_STATE, ...patch });
const sorted = (s: Set<string>) => [...s].sort();

describe('view state', () => {
  it('round-trips through the URL hash, defaults left out', () => {
    const s: ViewState = { ...DEFAULT_STATE, selectedNode: 'person:a,b', hiddenNodeTypes: ['media'], minDegree: 2, hideIsolates: false, largestComponent: true, documents: ['x,1', 'y'], dateFrom: '2025-01-01', dateTo: '2025-02-01', minConfidence: 0.5, focusDepth: 2, path: ['a', 'b'], table: true, sizeBy: 'mentions', colorBy: 'community', camera: { x: 0.5, y: 0.25, ratio: 0.1 } };
    expect(fromHash(toHash(s))).toEqual(s);
    expect(toHash(DEFAULT_STATE)).toBe('');
    expect(fromHash('#from=yesterday&conf=7&focus=9&size=huge')).toMatchObject({ dateFrom: null, minConfidence: 1, focusDepth: 3, sizeBy: 'pagerank' });
  });
});

describe('search', () => {
  it('ranks exact, then prefix, then word prefix, then substring; importance breaks ties', () => {
    const g = new Graph();
    g.addNode('1', { label: 'United Nations', pagerank: 0.5 });
    g.addNode('2', { label: 'United States', pagerank: 0.9 });
    g.addNode('3', { label: 'Reunited', pagerank: 1 });
    g.addNode('4', { label: 'The United', pagerank: 0.1 });
    g.addNode('5', { label: 'UN', aliases: ['united'], pagerank: 0.01 });
    expect(searchIndex(buildIndex(g), 'united').map((e) => e.label)).toEqual(['UN', 'United States', 'United Nations', 'The United', 'Reunited']);
    expect(searchIndex(buildIndex(g), 'zzz')).toEqual([]);
  });
});

describe('filters', () => {
  it('hide types and the edges that touch them', () => {
    const v = vis({ hiddenNodeTypes: ['place'] });
    expect(v.nodes.has('d')).toBe(false);
    expect(v.edges.has('cd')).toBe(false);
    expect(v.nodeCounts.get('state')).toBe(2);
  });

  it('hide isolates on request, by minimum degree, and by confidence', () => {
    expect(vis({}).nodes.has('g')).toBe(true);
    expect(vis({ hideIsolates: true }).nodes.has('g')).toBe(false);
    expect(sorted(vis({ minDegree: 2 }).nodes)).toEqual(['b', 'c']);
    const low = vis({ minConfidence: 0.5 });
    expect(low.edges.has('bc')).toBe(false);
    expect(low.edges.has('ab')).toBe(true);
  });

  it('keep relations within the date range (undated and later ones out) and the chosen documents', () => {
    const v = vis({ dateTo: '2025-01-02' });
    expect(sorted(v.edges)).toEqual(['ab', 'bc']);
    expect(sorted(v.nodes)).toEqual(['a', 'b', 'c']);
    expect(sorted(vis({ dateFrom: '2025-01-15' }).edges)).toEqual(['ef']);
    expect(sorted(vis({ documents: ['d3'] }).nodes)).toEqual(['e', 'f', 'g']);
  });

  it('keep the largest component, and the ego network of the focused node', () => {
    expect(sorted(vis({ largestComponent: true }).nodes)).toEqual(['a', 'b', 'c', 'd']);
    expect(sorted(vis({ selectedNode: 'b', focusDepth: 1 }).nodes)).toEqual(['a', 'b', 'c']);
    expect(sorted(vis({ selectedNode: 'a', focusDepth: 3 }).nodes)).toEqual(['a', 'b', 'c', 'd']);
    expect(vis({ selectedNode: 'g', focusDepth: 1, hideIsolates: true }).focusHidden).toBe(true);
  });

  it('shortest paths follow visible relations in either direction', () => {
    const g = sample();
    const path = shortestPath(g, 'd', 'a', visibleWalk(vis({})));
    expect(path?.map((h) => h.edge)).toEqual(['cd', 'bc', 'ab']);
    expect(shortestPath(g, 'd', 'a', visibleWalk(vis({ minConfidence: 0.5 })))).toBeNull();
    expect(shortestPath(g, 'a', 'e', visibleWalk(vis({})))).toBeNull();
  });
});
