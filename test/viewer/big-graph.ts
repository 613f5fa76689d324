// A generated graph.json of the viewer's shape (seeded, for the scale test): n nodes, m edges.
import Graph from 'graphology';
import { seededRandom } from '../../src/graph/metrics.ts';
import { TYPE_COLORS } from '../../src/graph/style.ts';
import { ENTITY_TYPE_LIST as TYPES } from '../../src/types.ts';

const KINDS = ['holds_position', 'participant_in', 'located_in', 'reported', 'quoted', 'supports'];

export function bigGraphJson(n: number, m: number, seed: number): string {
  const rnd = seededRandom(seed);
  const g = new Graph({ type: 'mixed', multi: true });
  for (let i = 0; i < n; i++) {
    const t = i % TYPES.length;
    const r = 2000 * Math.sqrt(rnd());
    const a = 2 * Math.PI * rnd();
    g.addNode(`n${i}`, { label: `Entity ${i}`, entityType: TYPES[t], aliases: [], attributes: {}, color: TYPE_COLORS[TYPES[t]!], size: 2 + 6 * rnd(), x: r * Math.cos(a), y: r * Math.sin(a), degree: 0, pagerank: rnd() / n, community: i % 10 });
  }
  for (let j = 0; j < m; j++) {
    const s = Math.floor(rnd() * n);
    const t = (s + 1 + Math.floor(rnd() * 50)) % n;
    g.addDirectedEdgeWithKey(`e${j}`, `n${s}`, `n${t}`, { kind: KINDS[j % KINDS.length], label: KINDS[j % KINDS.length], directed: true, weight: 1, confidence: 0.5, evidence: [{ doc: 'd', start: 0, end: 4, text: 'Text' }], attributes: {} });
  }
  return JSON.stringify(g.export());
}
