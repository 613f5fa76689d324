// The side panel: what is selected (an entity, a relation) or the shortest path being shown. This
// module holds the shared context and the relation and path views; the entity view is in
// panel-node.ts, evidence sentences in evidence.ts.

import { relationWords } from '../../src/graph/style.ts';
import { el } from './dom.ts';
import { evidenceBlock, type Evidence } from './evidence.ts';
import type { Visibility } from './filters.ts';
import type { Model } from './model.ts';
import { factList, showNode } from './panel-node.ts';
import type { ViewState } from './state.ts';
import type { Hop } from './traverse.ts';
import { fieldName, fieldValue } from './words.ts';

export interface PanelActions {
  selectNode: (node: string) => void;
  selectEdge: (edge: string) => void;
  startPath: (node: string) => void;
  showPath: (from: string, to: string) => void;
}

/** The curation controls the panel shows (absent when the page cannot curate). */
export interface PanelCuration {
  split: (node: string, alias: string) => void;
  buttons: (node: string) => HTMLElement[];
}

export interface PanelContext {
  model: Model;
  vis: Visibility;
  state: ViewState;
  actions: PanelActions;
  curation: PanelCuration | null;
  /** The node a path is being drawn from, waiting for its other end. */
  pathStart: string | null;
  /** The path between state.path's two nodes, or null when they are not connected. */
  path: Hop[] | null;
  label: (node: string) => string;
  rerender: () => void;
}

function nodeButton(ctx: PanelContext, node: string): HTMLButtonElement {
  const b = el('button', ctx.label(node), 'link');
  b.type = 'button';
  b.addEventListener('click', () => ctx.actions.selectNode(node));
  return b;
}

export function showEdge(panel: HTMLElement, ctx: PanelContext, edge: string): void {
  const g = ctx.model.graph;
  const a = g.getEdgeAttributes(edge);
  const [s, t] = g.extremities(edge);
  const h = el('h2');
  h.append(nodeButton(ctx, s), el('span', ` ${relationWords(String(a.kind))} `), nodeButton(ctx, t));
  const attrs = Object.entries((a.attributes ?? {}) as Record<string, unknown>).map(([k, v]) => [fieldName(k), fieldValue(k, v)] as [string, string]);
  const date = ctx.model.edgeDate.get(edge);
  panel.replaceChildren(
    el('div', 'relation', 'type'),
    h,
    factList([['confidence', fieldValue('confidence', a.confidence)], ...(date ? [['first reported', date] as [string, string]] : []), ...attrs]),
    el('h3', `Evidence (${((a.evidence ?? []) as Evidence[]).length})`),
    ...((a.evidence ?? []) as Evidence[]).flatMap((ev) => evidenceBlock(ctx.model, ev, [s, t])),
  );
}

export function showPath(panel: HTMLElement, ctx: PanelContext, [from, to]: [string, string]): void {
  const head = [el('div', 'shortest path', 'type'), el('h2', `${ctx.label(from)} → ${ctx.label(to)}`)];
  if (!ctx.path) {
    panel.replaceChildren(...head, el('p', 'No path between them within the current filters.', 'hint no-path'));
    return;
  }
  const list = el('ol', undefined, 'hops');
  for (const hop of ctx.path) {
    const li = el('li', undefined, 'hop');
    const kind = String(ctx.model.graph.getEdgeAttribute(hop.edge, 'kind'));
    const [s] = ctx.model.graph.extremities(hop.edge);
    // The relation read in its own direction, whichever way the path walks it.
    const [a, b] = s === hop.from ? [hop.from, hop.to] : [hop.to, hop.from];
    const line = el('div', undefined, 'hop-line');
    line.append(nodeButton(ctx, a), el('span', ` ${relationWords(kind)} `), nodeButton(ctx, b));
    const ev = ((ctx.model.graph.getEdgeAttribute(hop.edge, 'evidence') ?? []) as Evidence[])[0];
    li.append(line, ...(ev ? evidenceBlock(ctx.model, ev, [a, b]) : []));
    list.appendChild(li);
  }
  panel.replaceChildren(...head, el('p', `${ctx.path.length} hop${ctx.path.length === 1 ? '' : 's'}`, 'hint'), list);
}

export function showHint(panel: HTMLElement, ctx: PanelContext): void {
  const p = el('p', 'Search, or click a node or an edge to see the evidence behind it.', 'hint');
  panel.replaceChildren(p, ...(ctx.pathStart ? [el('p', `Pick the other end of a path from ${ctx.label(ctx.pathStart)}.`, 'hint')] : []));
}

export function renderPanel(panel: HTMLElement, ctx: PanelContext): void {
  const { state: s, model } = ctx;
  if (s.path && !s.selectedNode && !s.selectedEdge) showPath(panel, ctx, s.path);
  else if (s.selectedNode && model.graph.hasNode(s.selectedNode)) showNode(panel, ctx, s.selectedNode);
  else if (s.selectedEdge && model.graph.hasEdge(s.selectedEdge)) showEdge(panel, ctx, s.selectedEdge);
  else showHint(panel, ctx);
}
