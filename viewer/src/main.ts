// Minimal newsgraph viewer: loads graph.json (served by `newsgraph view`, or ?graph=URL), renders
// it with sigma, and shows the evidence behind a clicked node or edge. Graph content is data:
// it is only ever written with textContent.

import Graph from 'graphology';
import Sigma from 'sigma';

const TYPE_COLORS: Record<string, string> = {
  person: '#e15759', state: '#4e79a7', organization: '#f28e2b', media: '#76b7b2', place: '#59a14f', meeting: '#b07aa1',
};

interface Evidence { doc: string; start: number; end: number; text: string }

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function graphUrl(): string {
  const param = new URLSearchParams(location.search).get('graph');
  return param ?? './data/graph.json';
}

function showEvidence(panel: HTMLElement, title: string, evidence: Evidence[]): void {
  panel.appendChild(el('div', title, 'rel'));
  for (const ev of evidence) {
    const q = el('blockquote', ev.text);
    q.title = ev.doc;
    panel.appendChild(q);
  }
}

function showNode(graph: Graph, panel: HTMLElement, node: string): void {
  const a = graph.getNodeAttributes(node);
  panel.replaceChildren(el('div', String(a.entityType), 'type'), el('h2', String(a.label)));
  const aliases = (a.aliases as string[] | undefined) ?? [];
  if (aliases.length) panel.appendChild(el('p', `Also: ${aliases.join('; ')}`));
  graph.forEachEdge(node, (_e, ea, s, t) => {
    const other = s === node ? t : s;
    const arrow = s === node ? '→' : '←';
    showEvidence(panel, `${ea.label} ${arrow} ${graph.getNodeAttribute(other, 'label')}`, ea.evidence as Evidence[]);
  });
}

function showEdge(graph: Graph, panel: HTMLElement, edge: string): void {
  const a = graph.getEdgeAttributes(edge);
  const [s, t] = graph.extremities(edge);
  panel.replaceChildren(el('div', 'relation', 'type'), el('h2', `${graph.getNodeAttribute(s, 'label')} ${a.label} ${graph.getNodeAttribute(t, 'label')}`));
  showEvidence(panel, `confidence ${a.confidence}`, a.evidence as Evidence[]);
}

async function start(): Promise<void> {
  const status = document.getElementById('status')!;
  const panel = document.getElementById('panel')!;
  const container = document.getElementById('graph')!;
  const url = graphUrl();
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const graph = Graph.from(await res.json());
  status.textContent = `${graph.order} entities, ${graph.size} relations`;

  const counts = new Map<string, number>();
  graph.forEachNode((_n, a) => counts.set(a.entityType, (counts.get(a.entityType) ?? 0) + 1));
  const legend = document.getElementById('legend')!;
  for (const [type, color] of Object.entries(TYPE_COLORS)) {
    if (!counts.has(type)) continue;
    const li = el('li');
    const dot = el('i');
    dot.style.background = color;
    li.append(dot, el('span', `${type} (${counts.get(type)})`));
    legend.appendChild(li);
  }

  const renderer = new Sigma(graph, container, {
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    labelRenderedSizeThreshold: 6,
    edgeReducer: (_e, a) => ({ ...a, type: a.directed === false ? 'line' : 'arrow', label: a.label, size: a.size ?? 1 }),
  });
  renderer.on('clickNode', ({ node }) => showNode(graph, panel, node));
  renderer.on('clickEdge', ({ edge }) => showEdge(graph, panel, edge));
  (window as unknown as { __newsgraph: unknown }).__newsgraph = { graph, renderer };
  document.body.dataset.ready = 'true';
}

start().catch((err: Error) => {
  document.getElementById('status')!.textContent = `error: ${err.message}`;
  document.body.dataset.ready = 'error';
});
