// A generated graph.json of the viewer's shape (seeded, for the scale test): n nodes, m edges.
import Graph from 'graphology';
import { seededRandom } from '../../src/graph/metrics.ts';

const TYPES = ['person', 'state', 'organization', 'media', 'place', 'meeting'];
const COLORS = ['#e15759', '#4e79a7', '#f28e2b', '#76b7b2', '#59a14f', '#b07aa1'];
const KINDS = ['holds_position', 'participant_in', 'located_in', 'reported', 'quoted', 'supports'];

export function bigGraphJson(n: number, m: number, seed: number): string {
  const rnd = seededRandom(seed);
  const g = new Graph({ type: 'mixed', multi: true });
  for (let i = 0; i < n; i++) {
    const t = i % TYPES.length;
    const r = 2000 * Math.sqrt(rnd());
    const a = 2 * Math.PI * rnd();
    g.addNode(`n${i}`, { label: `Entity ${i}`, entityType: TYPES[t], aliases: [], attributes: {}, color: COLORS[t], size: 2 + 6 * rnd(), x: r * Math.cos(a), y: r * Math.sin(a), degree: 0, pagerank: 0, community: i % 10 });
  }
  for (let j = 0; j < m; j++) {
    const s = Math.floor(rnd() * n);
    const t = (s + 1 + Math.floor(rnd() * 50)) % n;
    g.addDirectedEdgeWithKey(`e${j}`, `n${s}`, `n${t}`, { kind: KINDS[j % KINDS.length], label: KINDS[j % KINDS.length], directed: true, weight: 1, confidence: 0.5, evidence: [{ doc: 'd', start: 0, end: 4, text: 'Text' }], attributes: {} });
  }
  return JSON.stringify(g.export());
}
