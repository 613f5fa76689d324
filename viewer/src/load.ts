// Loading a graph: graph.json served by `newsgraph view` (./data/graph.json) or a ?graph=URL,
// fetched and parsed in a worker with a progress bar; or a graph.json / .gexf file dropped on the
// page. GEXF stores lists as JSON strings; they are parsed back here, and attributes another tool
// left out (entityType in a GEXF saved by Gephi, positions) get defaults, so that every source
// gives the attributes the viewer reads.

import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import type { WorkerMessage } from './parse.worker.ts';

const JSON_FIELDS_NODE = ['aliases', 'attributes', 'documents', 'spans'];
const JSON_FIELDS_EDGE = ['attributes', 'evidence'];
/** The entity type of a node whose file gives none. */
export const UNKNOWN_TYPE = 'unknown';

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
    for (const f of JSON_FIELDS_NODE) if (typeof a[f] === 'string' || a[f] === undefined) patch[f] = parseJsonField(a[f], f === 'attributes' ? {} : []);
    if (typeof a.label !== 'string') patch.label = n;
    if (typeof a.entityType !== 'string' || !a.entityType) patch.entityType = UNKNOWN_TYPE;
    if (typeof a.x !== 'number' || typeof a.y !== 'number') {
      // No layout in the file: a deterministic spiral, until ForceAtlas2 is run.
      patch.x = Math.cos(i) * i;
      patch.y = Math.sin(i) * i;
    }
    if (Object.keys(patch).length) graph.mergeNodeAttributes(n, patch);
  });
  graph.forEachEdge((e, a) => {
    const patch: Record<string, unknown> = {};
    for (const f of JSON_FIELDS_EDGE) if (typeof a[f] === 'string' || a[f] === undefined) patch[f] = parseJsonField(a[f], f === 'evidence' ? [] : {});
    if (typeof a.kind !== 'string') patch.kind = typeof a.relation === 'string' ? a.relation : String(a.label ?? 'related');
    if (a.directed !== graph.isDirected(e)) patch.directed = graph.isDirected(e);
    if (Object.keys(patch).length) graph.mergeEdgeAttributes(e, patch);
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

/** Fetches and parses in a worker; `progress` gets the fraction loaded (or -1 when unknown). */
export function fetchGraph(url: string, progress: (fraction: number) => void): Promise<Graph> {
  return new Promise((ok, fail) => {
    const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (ev: MessageEvent<WorkerMessage>) => {
      const m = ev.data;
      if (m.kind === 'progress') progress(m.total ? m.loaded / m.total : -1);
      else {
        worker.terminate();
        if (m.kind === 'error') fail(new Error(m.message));
        else {
          try {
            ok(typeof m.data === 'string' ? graphFromText(m.data, url) : normalize(Graph.from(m.data as never)));
          } catch (err) {
            fail(new Error(`${url}: ${(err as Error).message}`));
          }
        }
      }
    };
    worker.onerror = (ev) => {
      worker.terminate();
      fail(new Error(`${url}: ${ev.message || 'the loader failed'}`));
    };
    worker.postMessage({ url: new URL(url, location.href).href });
  });
}
