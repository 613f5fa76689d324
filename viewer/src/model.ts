// What the viewer derives from a loaded graph once: documents and their dates, each relation's
// date, the maxima that scale node sizes, community ranks, and the document index of each mention.
// Everything later (filters, reducers, panel) reads this instead of walking the graph again.

import type Graph from 'graphology';

export interface DocInfo {
  id: string;
  title?: string;
  url?: string;
  published?: string;
  outlet?: string;
}

export interface Model {
  graph: Graph;
  docs: DocInfo[];
  docIndex: Map<string, number>;
  /** Each relation's earliest published date among its evidence documents ('' when undated). */
  edgeDate: Map<string, string>;
  /** Distinct published dates of the documents, sorted (the time slider's steps). */
  dates: string[];
  maxDegree: number;
  maxMentions: number;
  /** Community id → rank by size (0 = largest). */
  communityRank: Map<number, number>;
  communitySize: Map<number, number>;
  /** Above this many items, hover and selection refresh only what changed, and nothing is dimmed. */
  large: boolean;
}

/** Graphs past this many nodes + edges are refreshed partially (a full pass is too slow on software WebGL). */
export const PARTIAL_REFRESH_ABOVE = 8_000;

/** A YYYY-MM-DD date from an ISO date or date-time, or '' when there is none. */
export function dayOf(published: string | undefined): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(published ?? '');
  return m ? m[1]! : '';
}

export function buildModel(graph: Graph): Model {
  const raw = graph.getAttribute('documents');
  const docs: DocInfo[] = Array.isArray(raw) ? (raw as DocInfo[]).filter((d) => d && typeof d.id === 'string') : [];
  const docIndex = new Map(docs.map((d, i) => [d.id, i] as const));
  const docDate = new Map(docs.map((d) => [d.id, dayOf(d.published)] as const));
  const edgeDate = new Map<string, string>();
  graph.forEachEdge((e, a) => {
    let best = '';
    for (const ev of (a.evidence ?? []) as { doc: string }[]) {
      const d = docDate.get(ev.doc) ?? '';
      if (d && (!best || d < best)) best = d;
    }
    edgeDate.set(e, best);
  });
  let maxDegree = 1;
  let maxMentions = 1;
  const communitySize = new Map<number, number>();
  graph.forEachNode((n, a) => {
    maxDegree = Math.max(maxDegree, graph.degree(n));
    maxMentions = Math.max(maxMentions, typeof a.mentions === 'number' ? a.mentions : 0);
    const c = typeof a.community === 'number' ? a.community : 0;
    communitySize.set(c, (communitySize.get(c) ?? 0) + 1);
  });
  const ranked = [...communitySize].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  return {
    graph,
    docs,
    docIndex,
    edgeDate,
    dates: [...new Set([...docDate.values()].filter(Boolean))].sort(),
    maxDegree,
    maxMentions,
    communityRank: new Map(ranked.map(([c], i) => [c, i] as const)),
    communitySize,
    large: graph.order + graph.size > PARTIAL_REFRESH_ABOVE,
  };
}
