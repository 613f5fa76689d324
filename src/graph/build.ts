// Extraction → graphology graph: one node per entity, one edge per relation keyed by the relation
// id. Symmetric relation types become undirected edges of a mixed multigraph. The graph also
// carries what the viewer needs and graph.json would otherwise lack: each document's outlet and,
// per node, its mention offsets (to mark names in evidence sentences and list its articles), and
// the hygiene report of the extraction.

import type Graph from 'graphology';
import { hygieneReport } from '../extract/hygiene.ts';
import { RELATION_TYPES, type Extraction } from '../types.ts';
import { graphology } from './libs.ts';
import { TYPE_COLORS } from './style.ts';

export interface NodeAttributes {
  label: string;
  entityType: string;
  aliases: string[];
  attributes: Record<string, unknown>;
  mentions: number;
  documents: string[];
  /** Mention offsets, compact: [index into the graph's `documents`, start, end], sorted. */
  spans: [number, number, number][];
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

export interface GraphDocument {
  id: string;
  title?: string;
  url?: string;
  published?: string;
  /** The url's host name, when the document has a url. */
  outlet?: string;
}

export type NewsGraph = Graph<NodeAttributes, EdgeAttributes>;

/** A document's outlet: its url's host name (without a leading "www."), or none. */
export function outletOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host ? host.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

function documentsOf(x: Extraction): GraphDocument[] {
  return x.documents.map(({ id, title, url, published }) => {
    const outlet = outletOf(url);
    return { id, ...(title ? { title } : {}), ...(url ? { url } : {}), ...(published ? { published } : {}), ...(outlet ? { outlet } : {}) };
  });
}

/** Builds the graph; positions and metrics are filled by `graph/metrics` and `graph/layout`. */
export function buildGraph(x: Extraction): NewsGraph {
  const g: NewsGraph = new (graphology())({ type: 'mixed', multi: true, allowSelfLoops: false });
  // The documents, so that the viewer can show where each evidence sentence comes from.
  const documents = documentsOf(x);
  g.setAttribute('documents', documents);
  // The corpus hygiene report (counts, merges, suspected duplicates), for readers and tools.
  g.setAttribute('hygiene', hygieneReport(x));
  const docIndex = new Map(documents.map((d, i) => [d.id, i] as const));
  for (const e of x.entities) {
    const spans = e.mentions
      .map((m) => [docIndex.get(m.doc) ?? -1, m.start, m.end] as [number, number, number])
      .filter((s) => s[0] >= 0)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    g.addNode(e.id, {
      label: e.name,
      entityType: e.type,
      aliases: e.aliases,
      attributes: e.attributes,
      mentions: e.mentions.length,
      documents: [...new Set(e.mentions.map((m) => m.doc))],
      spans,
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
