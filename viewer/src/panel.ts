// The side panel: the selected node (type, aliases, positions, quotes, meeting facts, relations
// grouped by type with their evidence sentences and source documents) or the selected edge.
// Everything from the graph goes in through textContent; names are highlighted with <mark>
// elements built here, never by writing markup.

import type Graph from 'graphology';
import { el } from './dom.ts';

interface Evidence { doc: string; start: number; end: number; text: string }
interface DocInfo { id: string; title?: string; url?: string; published?: string }

export interface PanelActions {
  selectNode: (node: string) => void;
  selectEdge: (edge: string) => void;
}

function names(graph: Graph, node: string): string[] {
  const a = graph.getNodeAttributes(node);
  const aliases = Array.isArray(a.aliases) ? (a.aliases as string[]) : [];
  return [String(a.label), ...aliases].filter((s) => s.length > 1);
}

/** The sentence with every occurrence of the given names wrapped in <mark>. */
export function highlighted(text: string, words: string[]): HTMLElement {
  const q = el('blockquote');
  const lower = text.toLowerCase();
  const marks: [number, number][] = [];
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    const lw = w.toLowerCase();
    for (let i = lower.indexOf(lw); i >= 0; i = lower.indexOf(lw, i + lw.length)) {
      // Whole words only: "Russia" is not marked inside "Russian".
      const wordEdge = !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[i + lw.length] ?? ' ');
      if (wordEdge && !marks.some(([s, e]) => i < e && s < i + lw.length)) marks.push([i, i + lw.length]);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  let pos = 0;
  for (const [s, e] of marks) {
    q.appendChild(document.createTextNode(text.slice(pos, s)));
    q.appendChild(el('mark', text.slice(s, e)));
    pos = e;
  }
  q.appendChild(document.createTextNode(text.slice(pos)));
  return q;
}

function source(graph: Graph, ev: Evidence): HTMLElement {
  const docs = (graph.getAttribute('documents') as DocInfo[] | undefined) ?? [];
  const d = docs.find((x) => x.id === ev.doc);
  const p = el('div', undefined, 'source');
  const label = d?.title ? `${d.title} (${ev.doc})` : ev.doc;
  if (d?.url && /^https?:\/\//i.test(d.url)) {
    const a = el('a', label);
    a.href = d.url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    p.appendChild(a);
  } else p.textContent = label;
  if (d?.published) p.appendChild(el('span', ` · ${d.published}`));
  return p;
}

function evidenceList(graph: Graph, edge: string): HTMLElement[] {
  const a = graph.getEdgeAttributes(edge);
  const [s, t] = graph.extremities(edge);
  const words = [...names(graph, s), ...names(graph, t)];
  return ((a.evidence as Evidence[]) ?? []).flatMap((ev) => [highlighted(ev.text, words), source(graph, ev)]);
}

function factList(entries: [string, string][]): HTMLElement {
  const dl = el('dl');
  for (const [k, v] of entries) dl.append(el('dt', k), el('dd', v));
  return dl;
}

function nodeFacts(graph: Graph, node: string): HTMLElement[] {
  const a = graph.getNodeAttributes(node);
  const attrs = (a.attributes ?? {}) as Record<string, unknown>;
  const out: HTMLElement[] = [];
  const label = (id: string) => (graph.hasNode(id) ? String(graph.getNodeAttribute(id, 'label')) : id);
  const positions = Array.isArray(attrs.positions) ? (attrs.positions as { position: string; of?: string }[]) : [];
  if (positions.length) {
    out.push(el('h3', 'Positions'));
    const ul = el('ul');
    for (const p of positions) ul.appendChild(el('li', p.of ? `${p.position}, ${label(p.of)}` : p.position));
    out.push(ul);
  }
  const quotes = Array.isArray(attrs.quotes) ? (attrs.quotes as { text: string; outlet: string; cue: string }[]) : [];
  if (quotes.length) {
    out.push(el('h3', 'Quotes'));
    for (const q of quotes) {
      out.push(highlighted(q.text, names(graph, node)));
      out.push(el('div', `${label(q.outlet)} (${q.cue})`, 'source'));
    }
  }
  const simple = Object.entries(attrs).filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') as [string, string][];
  if (simple.length) out.push(factList(simple.map(([k, v]) => [k, String(v)])));
  return out;
}

export function showNode(panel: HTMLElement, graph: Graph, node: string, actions: PanelActions): void {
  const a = graph.getNodeAttributes(node);
  panel.replaceChildren(el('div', String(a.entityType), 'type'), el('h2', String(a.label)));
  const aliases = Array.isArray(a.aliases) ? (a.aliases as string[]) : [];
  if (aliases.length) panel.appendChild(el('p', `Also: ${aliases.join('; ')}`, 'aliases'));
  panel.append(...nodeFacts(graph, node));
  const groups = new Map<string, string[]>();
  graph.forEachEdge(node, (e, ea) => {
    const list = groups.get(ea.kind) ?? [];
    list.push(e);
    groups.set(ea.kind, list);
  });
  for (const kind of [...groups.keys()].sort()) {
    panel.appendChild(el('h3', kind.replace(/_/g, ' ')));
    for (const e of groups.get(kind)!) {
      const [s, t] = graph.extremities(e);
      const other = s === node ? t : s;
      const row = el('div', undefined, 'rel');
      const arrow = graph.getEdgeAttribute(e, 'directed') === false ? '↔' : s === node ? '→' : '←';
      row.appendChild(el('span', `${arrow} `));
      const link = el('button', String(graph.getNodeAttribute(other, 'label')), 'link');
      link.type = 'button';
      link.addEventListener('click', () => actions.selectNode(other));
      const edgeLink = el('button', 'evidence', 'link small');
      edgeLink.type = 'button';
      edgeLink.addEventListener('click', () => actions.selectEdge(e));
      row.append(link, el('span', ' '), edgeLink);
      panel.appendChild(row);
      panel.append(...evidenceList(graph, e));
    }
  }
}

export function showEdge(panel: HTMLElement, graph: Graph, edge: string, actions: PanelActions): void {
  const a = graph.getEdgeAttributes(edge);
  const [s, t] = graph.extremities(edge);
  panel.replaceChildren(el('div', 'relation', 'type'));
  const h = el('h2');
  const src = el('button', String(graph.getNodeAttribute(s, 'label')), 'link');
  src.addEventListener('click', () => actions.selectNode(s));
  const tgt = el('button', String(graph.getNodeAttribute(t, 'label')), 'link');
  tgt.addEventListener('click', () => actions.selectNode(t));
  h.append(src, el('span', ` ${String(a.kind).replace(/_/g, ' ')} `), tgt);
  panel.appendChild(h);
  const attrs = Object.entries((a.attributes ?? {}) as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)] as [string, string]);
  panel.appendChild(factList([['confidence', String(a.confidence)], ...attrs]));
  panel.append(...evidenceList(graph, edge));
}

export function showHint(panel: HTMLElement): void {
  panel.replaceChildren(el('p', 'Search, or click a node or an edge to see the evidence behind it.', 'hint'));
}
