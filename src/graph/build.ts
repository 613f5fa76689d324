// Extraction → graphology graph: one node per entity, one edge per relation keyed by the relation
// id. Symmetric relation types become undirected edges of a mixed multigraph.

import Graph from 'graphology';
import { RELATION_TYPES, type Extraction } from '../types.ts';
import { TYPE_COLORS } from './style.ts';

export interface NodeAttributes {
  label: string;
  entityType: string;
  aliases: string[];
  attributes: Record<string, unknown>;
  mentions: number;
  documents: string[];
  color: string;
  size: number;
  x: number;
  y: number;
  degree: number;
  pagerank: number;
  community: number;
}

export interface EdgeAttributes {
  label: string;
  kind: string;
  directed: boolean;
  confidence: number;
  weight: number;
  attributes: Record<string, unknown>;
  evidence: { doc: string; start: number; end: number; text: string }[];
  size: number;
}

export type NewsGraph = Graph<NodeAttributes, EdgeAttributes>;

/** Builds the graph; positions and metrics are filled by `graph/metrics` and `graph/layout`. */
export function buildGraph(x: Extraction): NewsGraph {
  const g: NewsGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  // The documents, so that the viewer can show where each evidence sentence comes from.
  g.setAttribute('documents', x.documents.map(({ id, title, url, published }) => ({ id, ...(title ? { title } : {}), ...(url ? { url } : {}), ...(published ? { published } : {}) })));
  for (const e of x.entities) {
    g.addNode(e.id, {
      label: e.name,
      entityType: e.type,
      aliases: e.aliases,
      attributes: e.attributes,
      mentions: e.mentions.length,
      documents: [...new Set(e.mentions.map((m) => m.doc))],
      color: TYPE_COLORS[e.type],
      size: 1,
      x: 0,
      y: 0,
      degree: 0,
      pagerank: 0,
      community: 0,
    });
  }
  for (const r of x.relations) {
    const directed = !RELATION_TYPES[r.type].symmetric;
    const attrs: EdgeAttributes = {
      label: r.type,
      kind: r.type,
      directed,
      confidence: r.confidence,
      weight: r.evidence.length,
      attributes: r.attributes,
      evidence: r.evidence,
      size: 1 + Math.min(4, r.evidence.length - 1),
    };
    if (directed) g.addDirectedEdgeWithKey(r.id, r.source, r.target, attrs);
    else g.addUndirectedEdgeWithKey(r.id, r.source, r.target, attrs);
  }
  return g;
}
