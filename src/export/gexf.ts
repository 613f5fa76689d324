// graph.gexf for Gephi, through graphology-gexf (GEXF 1.3, pedantic). Lists and evidence are
// stored as JSON strings: graphology-gexf would split liststring values on commas when read back.

import { write } from 'graphology-gexf';
import type { NewsGraph } from '../graph/index.ts';
import { stableStringify } from '../util/json.ts';
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
        aliases: clean(stableStringify(a.aliases, 0)),
        attributes: clean(stableStringify(a.attributes, 0)),
        documents: clean(stableStringify(a.documents, 0)),
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
        attributes: clean(stableStringify(a.attributes, 0)),
        evidence: clean(stableStringify(a.evidence, 0)),
      },
    }),
  } as Parameters<typeof write>[1]);
}
