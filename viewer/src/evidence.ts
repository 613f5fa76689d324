// Evidence sentences: names marked from the mentions' offsets (never by matching text), the source
// document (title, outlet, date, link), and the grouping that shows one sentence once for all the
// relations it supports. Everything from the graph goes in through textContent.

import type Graph from 'graphology';
import { el } from './dom.ts';
import type { DocInfo, Model } from './model.ts';

export interface Evidence {
  doc: string;
  start: number;
  end: number;
  text: string;
}

/** Offsets, relative to the sentence, of the given entities' mentions inside it. */
export function markedRanges(m: Model, ev: Evidence, nodes: string[]): [number, number][] {
  const di = m.docIndex.get(ev.doc);
  const out: [number, number][] = [];
  for (const n of nodes) {
    if (!m.graph.hasNode(n)) continue;
    const spans = m.graph.getNodeAttribute(n, 'spans') as [number, number, number][] | undefined;
    if (!Array.isArray(spans)) continue;
    for (const [d, s, e] of spans) if (d === di && s >= ev.start && e <= ev.end && e > s) out.push([s - ev.start, e - ev.start]);
  }
  out.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  // Overlaps (a name inside a longer name) keep the first, longest range.
  return out.filter((r, i) => i === 0 || r[0] >= Math.max(...out.slice(0, i).map((x) => x[1])));
}

/** The sentence with the given ranges wrapped in <mark>, built as elements, never as markup. */
export function sentence(text: string, ranges: [number, number][]): HTMLElement {
  const q = el('blockquote');
  let pos = 0;
  for (const [s, e] of ranges) {
    if (s < pos || e > text.length) continue;
    q.appendChild(document.createTextNode(text.slice(pos, s)));
    q.appendChild(el('mark', text.slice(s, e)));
    pos = e;
  }
  q.appendChild(document.createTextNode(text.slice(pos)));
  return q;
}

export function docLine(d: DocInfo | undefined, id: string, extra?: string): HTMLElement {
  const p = el('div', undefined, 'source');
  const label = d?.title ? d.title : id;
  if (d?.url && /^https?:\/\//i.test(d.url)) {
    const a = el('a', label);
    a.href = d.url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    p.appendChild(a);
  } else p.appendChild(el('span', label));
  const bits = [d?.outlet, d?.published?.slice(0, 10), extra].filter(Boolean);
  if (bits.length) p.appendChild(el('span', ` · ${bits.join(' · ')}`));
  return p;
}

export function evidenceBlock(m: Model, ev: Evidence, nodes: string[]): HTMLElement[] {
  const d = m.docs[m.docIndex.get(ev.doc) ?? -1];
  return [sentence(ev.text, markedRanges(m, ev, nodes)), docLine(d, ev.doc)];
}

/** Evidence of several edges, one entry per distinct sentence with the edges it supports. */
export function groupBySentence(graph: Graph, edges: string[]): { ev: Evidence; edges: string[] }[] {
  const out = new Map<string, { ev: Evidence; edges: string[] }>();
  for (const e of edges) {
    for (const ev of (graph.getEdgeAttribute(e, 'evidence') ?? []) as Evidence[]) {
      const k = `${ev.doc}\u0000${ev.start}\u0000${ev.end}`;
      const entry = out.get(k);
      if (entry) entry.edges.push(e);
      else out.set(k, { ev, edges: [e] });
    }
  }
  return [...out.values()];
}
