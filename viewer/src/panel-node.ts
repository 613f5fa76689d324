// The side panel for an entity: name and aliases (each can be split off), statistics, facts
// (positions, quotes, meeting facts), the articles that mention it, and its relations grouped by
// type, counted, collapsible and sortable, each evidence sentence shown once for all the
// relations it supports.

import { relationWords } from '../../src/graph/style.ts';
import { el } from './dom.ts';
import { docLine, evidenceBlock, groupBySentence, type Evidence } from './evidence.ts';
import type { PanelContext } from './panel.ts';
import { fieldName, fieldValue, typeName } from './words.ts';

/** Rows shown before a "show more" button, so that a hub's panel stays short. */
const FIRST_ROWS = 8;
let sortBy: 'date' | 'confidence' = 'date';

function button(text: string, onClick: () => void, className = 'link'): HTMLButtonElement {
  const b = el('button', text, className);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

/** A list that shows its first rows and a button for the rest. */
function capped(items: HTMLElement[][], container: HTMLElement): void {
  container.append(...items.slice(0, FIRST_ROWS).flat());
  if (items.length <= FIRST_ROWS) return;
  const more = button(`show ${items.length - FIRST_ROWS} more`, () => {
    more.replaceWith(...items.slice(FIRST_ROWS).flat());
  }, 'link small more');
  container.appendChild(more);
}

function header(ctx: PanelContext, node: string): HTMLElement[] {
  const a = ctx.model.graph.getNodeAttributes(node);
  const out: HTMLElement[] = [el('div', typeName(String(a.entityType)), 'type'), el('h2', String(a.label))];
  const aliases = Array.isArray(a.aliases) ? (a.aliases as string[]) : [];
  if (aliases.length) {
    const p = el('p', 'Also: ', 'aliases');
    aliases.forEach((al, i) => {
      p.append(el('span', al));
      if (ctx.curation) p.append(button('split off', () => ctx.curation!.split(node, al), 'link small split'));
      if (i < aliases.length - 1) p.append(el('span', '; '));
    });
    out.push(p);
  }
  const actions = el('div', undefined, 'actions');
  actions.append(button('Path from here…', () => ctx.actions.startPath(node), 'action path-start'));
  if (ctx.pathStart && ctx.pathStart !== node) actions.append(button(`Path from ${ctx.label(ctx.pathStart)} to here`, () => ctx.actions.showPath(ctx.pathStart!, node), 'action path-end'));
  if (ctx.curation) actions.append(...ctx.curation.buttons(node));
  out.push(actions);
  return out;
}

function statistics(ctx: PanelContext, node: string): HTMLElement {
  const g = ctx.model.graph;
  const a = g.getNodeAttributes(node);
  const visible = g.edges(node).filter((e) => ctx.vis.edges.has(e)).length;
  const community = typeof a.community === 'number' ? a.community : null;
  const rows: [string, string][] = [
    ['relations', visible === g.degree(node) ? String(visible) : `${visible} shown of ${g.degree(node)}`],
    ['PageRank', typeof a.pagerank === 'number' ? a.pagerank.toFixed(4) : '–'],
    ['community', community === null ? '–' : `#${community} (${ctx.model.communitySize.get(community) ?? 0} entities)`],
    ['mentions', String(a.mentions ?? '–')],
  ];
  return factList(rows, 'stats');
}

export function factList(entries: [string, string][], className?: string): HTMLElement {
  const dl = el('dl', undefined, className);
  for (const [k, v] of entries) dl.append(el('dt', k), el('dd', v));
  return dl;
}

function facts(ctx: PanelContext, node: string): HTMLElement[] {
  const attrs = (ctx.model.graph.getNodeAttribute(node, 'attributes') ?? {}) as Record<string, unknown>;
  const out: HTMLElement[] = [];
  const positions = Array.isArray(attrs.positions) ? (attrs.positions as { position: string; of?: string }[]) : [];
  if (positions.length) {
    out.push(el('h3', 'Positions'));
    const ul = el('ul');
    for (const p of positions) ul.appendChild(el('li', p.of ? `${p.position}, ${ctx.label(p.of)}` : p.position));
    out.push(ul);
  }
  const quotes = Array.isArray(attrs.quotes) ? (attrs.quotes as { text: string; outlet: string; cue: string; doc?: string; start?: number; end?: number }[]) : [];
  if (quotes.length) {
    out.push(el('h3', 'Quotes'));
    for (const q of quotes) {
      const ev: Evidence | null = q.doc !== undefined && q.start !== undefined && q.end !== undefined ? { doc: q.doc, start: q.start, end: q.end, text: q.text } : null;
      out.push(...(ev ? evidenceBlock(ctx.model, ev, [node]) : [el('blockquote', q.text)]));
      out.push(el('div', `quoted by ${ctx.label(q.outlet)} · cue: ${q.cue}`, 'source'));
    }
  }
  const simple = Object.entries(attrs).filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');
  if (simple.length) out.push(factList(simple.map(([k, v]) => [fieldName(k), fieldValue(k, v)])));
  return out;
}

function articles(ctx: PanelContext, node: string): HTMLElement[] {
  const spans = ctx.model.graph.getNodeAttribute(node, 'spans') as [number, number, number][] | undefined;
  const counts = new Map<number, number>();
  for (const [d] of Array.isArray(spans) ? spans : []) counts.set(d, (counts.get(d) ?? 0) + 1);
  if (!counts.size) return [];
  const rows = [...counts].sort((x, y) => y[1] - x[1] || (ctx.model.docs[y[0]]?.published ?? '').localeCompare(ctx.model.docs[x[0]]?.published ?? '') || x[0] - y[0]);
  const box = el('div', undefined, 'articles');
  capped(rows.map(([d, n]) => [docLine(ctx.model.docs[d], ctx.model.docs[d]?.id ?? String(d), `${n} mention${n === 1 ? '' : 's'}`)]), box);
  return [el('h3', `Articles (${counts.size})`), box];
}

function relations(ctx: PanelContext, node: string): HTMLElement[] {
  const g = ctx.model.graph;
  const edges = g.edges(node).filter((e) => ctx.vis.edges.has(e));
  const hidden = g.degree(node) - edges.length;
  const head = el('h3', `Relations (${edges.length})`);
  const out: HTMLElement[] = [head];
  if (hidden) out.push(el('p', `${hidden} more hidden by the filters`, 'hint'));
  if (!edges.length) return out;
  const sort = el('select', undefined, 'sort-relations');
  sort.setAttribute('aria-label', 'Sort relations by');
  for (const v of ['date', 'confidence']) sort.appendChild(Object.assign(el('option', `by ${v}`), { value: v }));
  sort.value = sortBy;
  sort.addEventListener('change', () => {
    sortBy = sort.value === 'confidence' ? 'confidence' : 'date';
    ctx.rerender();
  });
  head.append(' ', sort);
  const groups = new Map<string, string[]>();
  for (const e of edges) {
    const k = String(g.getEdgeAttribute(e, 'kind'));
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const date = (e: string) => ctx.model.edgeDate.get(e) ?? '';
  const conf = (e: string) => Number(g.getEdgeAttribute(e, 'confidence')) || 0;
  for (const kind of [...groups.keys()].sort()) {
    const list = groups.get(kind)!;
    const box = el('details', undefined, 'rel-group');
    box.dataset.kind = kind;
    box.open = edges.length <= 12;
    box.appendChild(el('summary', `${relationWords(kind)} (${list.length})`));
    const sentences = groupBySentence(g, list).sort((x, y) => {
      const [a, b] = [x.edges[0]!, y.edges[0]!];
      return sortBy === 'confidence' ? conf(b) - conf(a) || date(b).localeCompare(date(a)) : date(b).localeCompare(date(a)) || conf(b) - conf(a);
    });
    capped(sentences.map(({ ev, edges: supported }) => {
      const others = supported.map((e) => g.opposite(node, e));
      const row = el('div', undefined, 'rel');
      for (const e of supported) {
        const other = g.opposite(node, e);
        const [s] = g.extremities(e);
        const arrow = g.getEdgeAttribute(e, 'directed') === false ? '↔' : s === node ? '→' : '←';
        row.append(el('span', `${arrow} `), button(ctx.label(other), () => ctx.actions.selectNode(other)), el('span', ` ${conf(e).toFixed(2)} `, 'conf'), button('relation', () => ctx.actions.selectEdge(e), 'link small'), el('span', '  '));
      }
      return [row, ...evidenceBlock(ctx.model, ev, [node, ...others])];
    }), box);
    out.push(box);
  }
  return out;
}

export function showNode(panel: HTMLElement, ctx: PanelContext, node: string): void {
  const hint = ctx.vis.nodes.has(node) ? [] : [el('p', 'Hidden by the current filters.', 'hint')];
  panel.replaceChildren(...header(ctx, node), ...hint, statistics(ctx, node), ...facts(ctx, node), ...articles(ctx, node), ...relations(ctx, node));
}
