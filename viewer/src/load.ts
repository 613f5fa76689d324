// Loading a graph: graph.json served by `newsgraph view` (./data/graph.json), a ?graph=URL, or a
// graph.json / .gexf file dropped on the page. GEXF stores lists as JSON strings; they are parsed
// back here so that every source gives the same attributes.

import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';

const JSON_FIELDS_NODE = ['aliases', 'attributes', 'documents'];
const JSON_FIELDS_EDGE = ['attributes', 'evidence'];

function parseJsonField(v: unknown, fallback: unknown): unknown {
  if (typeof v !== 'string') return v ?? fallback;
  try {
    return JSON.parse(v);
  } catch {
    return fallback;
  }
}

/** Gives a graph from any source the attributes the viewer reads. */
export function normalize(graph: Graph): Graph {
  let i = 0;
  graph.forEachNode((n, a) => {
    i++;
    const patch: Record<string, unknown> = {};
    for (const f of JSON_FIELDS_NODE) patch[f] = parseJsonField(a[f], f === 'attributes' ? {} : []);
    if (typeof a.label !== 'string') patch.label = n;
    if (typeof a.x !== 'number' || typeof a.y !== 'number') {
      // No layout in the file: a deterministic spiral, until ForceAtlas2 is run.
      patch.x = Math.cos(i) * i;
      patch.y = Math.sin(i) * i;
    }
    graph.mergeNodeAttributes(n, patch);
  });
  graph.forEachEdge((e, a) => {
    const patch: Record<string, unknown> = {};
    for (const f of JSON_FIELDS_EDGE) patch[f] = parseJsonField(a[f], f === 'evidence' ? [] : {});
    if (typeof a.kind !== 'string') patch.kind = typeof a.relation === 'string' ? a.relation : String(a.label ?? 'related');
    patch.directed = graph.isDirected(e);
    graph.mergeEdgeAttributes(e, patch);
  });
  return graph;
}

export function graphFromText(text: string, name: string): Graph {
  if (/\.gexf$/i.test(name) || text.trimStart().startsWith('<')) return normalize(parseGexf(Graph, text, { allowUndeclaredAttributes: true }));
  return normalize(Graph.from(JSON.parse(text)));
}

/** The URL to load: ?graph=URL (same origin, by the Content-Security-Policy) or the served output. */
export function graphUrl(search: string): string {
  return new URLSearchParams(search).get('graph') ?? './data/graph.json';
}

export async function fetchGraph(url: string): Promise<Graph> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return graphFromText(await res.text(), url);
}
