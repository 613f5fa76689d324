// graph.gexf for Gephi, through graphology-gexf (GEXF 1.3, pedantic). Lists and evidence are
// stored as JSON strings: graphology-gexf would split liststring values on commas when read back.

import { write } from 'graphology-gexf';
import type { NewsGraph } from '../graph/index.ts';
import { xmlSafe } from './xml.ts';

const clean = (s: string) => xmlSafe(s);

export function graphToGexf(g: NewsGraph): string {
  return write(g, {
    version: '1.3',
    pedantic: true,
    formatNode: (_key, a) => ({
      label: clean(a.label),
      attributes: {
        entityType: a.entityType,
        aliases: clean(JSON.stringify(a.aliases)),
        attributes: clean(JSON.stringify(a.attributes)),
        documents: clean(JSON.stringify(a.documents)),
        mentions: a.mentions,
        degree: a.degree,
        pagerank: a.pagerank,
        community: a.community,
      },
      viz: { color: a.color, size: a.size, x: a.x, y: a.y },
    }),
    formatEdge: (_key, a) => ({
      label: a.label,
      weight: a.weight,
      // GEXF's edge kind keeps parallel edges of different types apart in Gephi.
      kind: a.kind,
      attributes: {
        relation: a.kind,
        confidence: a.confidence,
        attributes: clean(JSON.stringify(a.attributes)),
        evidence: clean(JSON.stringify(a.evidence)),
      },
    }),
  } as Parameters<typeof write>[1]);
}
