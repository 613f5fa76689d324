// graph.gexf for Gephi, through graphology-gexf (GEXF 1.3, pedantic). Lists and evidence are
// stored as JSON strings: graphology-gexf would split liststring values on commas when read back.
// Colours are written as r, g, b (see rgb()).

import { write } from 'graphology-gexf';
import type { NewsGraph } from '../graph/index.ts';
import { stableStringify } from '../util/json.ts';
import { xmlSafe } from './xml.ts';

const clean = (s: string) => xmlSafe(s);

/**
 * "#rrggbb" as "rgb(r,g,b)", so that graphology-gexf writes viz:color r, g, b: networkx's
 * read_gexf rejects the 1.3 `hex` attribute, and Gephi reads both.
 */
export function rgb(color: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return m ? `rgb(${m.slice(1).map((h) => parseInt(h, 16)).join(',')})` : color;
}

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
      viz: { color: rgb(a.color), size: a.size, x: a.x, y: a.y },
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
