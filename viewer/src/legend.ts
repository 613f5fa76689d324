// Legends with counts that follow the filters: entity types (colour key; or the largest
// communities in community mode) and relation types (edge colours); a click hides or shows a type.

import { COMMUNITY_COLORS, COMMUNITY_REST, relationColor, relationWords, typeColor } from '../../src/graph/style.ts';
import { el } from './dom.ts';
import type { Visibility } from './filters.ts';
import type { Model } from './model.ts';
import type { ViewState } from './state.ts';
import { typeName } from './words.ts';

function totals(m: Model, kind: 'node' | 'edge'): Map<string, number> {
  const out = new Map<string, number>();
  if (kind === 'node') m.graph.forEachNode((_n, a) => out.set(String(a.entityType), (out.get(String(a.entityType)) ?? 0) + 1));
  else m.graph.forEachEdge((_e, a) => out.set(String(a.kind), (out.get(String(a.kind)) ?? 0) + 1));
  return new Map([...out].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

export interface Legends {
  render: (state: ViewState, vis: Visibility) => void;
}

export function mountLegends(nodeList: HTMLElement, edgeList: HTMLElement, communityList: HTMLElement, m: Model, toggle: (kind: 'node' | 'edge', type: string) => void): Legends {
  const nodeTotals = totals(m, 'node');
  const edgeTotals = totals(m, 'edge');
  const item = (kind: 'node' | 'edge', type: string, shown: number, total: number, hidden: boolean) => {
    const b = el('button', undefined, hidden ? 'legend-item off' : 'legend-item');
    b.type = 'button';
    b.dataset.type = type;
    b.setAttribute('aria-pressed', String(!hidden));
    b.title = hidden ? `show ${type}` : `hide ${type}`;
    const swatch = el('i', undefined, kind === 'node' ? 'dot' : 'line');
    swatch.style.background = kind === 'node' ? typeColor(type) : relationColor(type);
    const count = hidden || shown === total ? `${total}` : `${shown} of ${total}`;
    b.append(swatch, el('span', `${kind === 'node' ? typeName(type) : relationWords(type)} (${count})`));
    b.addEventListener('click', () => toggle(kind, type));
    return b;
  };
  let names: Map<number, string> | null = null;
  /** A community is named after its two most important members, so that a colour means something. */
  const communityNames = () => {
    if (names) return names;
    const best = new Map<number, [string, number][]>();
    m.graph.forEachNode((_n, a) => {
      const c = Number(a.community) || 0;
      if ((m.communityRank.get(c) ?? Infinity) >= COMMUNITY_COLORS.length) return;
      const list = best.get(c) ?? [];
      list.push([String(a.label), Number(a.pagerank) || 0]);
      list.sort((x, y) => y[1] - x[1]);
      best.set(c, list.slice(0, 2));
    });
    names = new Map([...best].map(([c, l]) => [c, l.map(([label]) => label).join(', ')] as const));
    return names;
  };
  const communities = (vis: Visibility) => {
    const shown = new Map<number, number>();
    for (const n of vis.nodes) {
      const c = Number(m.graph.getNodeAttribute(n, 'community')) || 0;
      shown.set(c, (shown.get(c) ?? 0) + 1);
    }
    const rows: HTMLElement[] = [];
    const top = [...m.communityRank].filter(([, r]) => r < COMMUNITY_COLORS.length).sort((a, b) => a[1] - b[1]);
    for (const [c, r] of top) {
      const row = el('div', undefined, 'legend-item');
      const dot = el('i', undefined, 'dot');
      dot.style.background = COMMUNITY_COLORS[r]!;
      row.append(dot, el('span', `${communityNames().get(c) ?? `#${c}`}… (${shown.get(c) ?? 0})`));
      rows.push(row);
    }
    const rest = [...m.communityRank].filter(([, r]) => r >= COMMUNITY_COLORS.length);
    if (rest.length) {
      const row = el('div', undefined, 'legend-item');
      const dot = el('i', undefined, 'dot');
      dot.style.background = COMMUNITY_REST;
      row.append(dot, el('span', `${rest.length} smaller communities`));
      rows.push(row);
    }
    communityList.replaceChildren(...rows);
  };
  return {
    render: (state, vis) => {
      nodeList.replaceChildren(...[...nodeTotals].map(([t, n]) => item('node', t, vis.nodeCounts.get(t) ?? 0, n, state.hiddenNodeTypes.includes(t))));
      edgeList.replaceChildren(...[...edgeTotals].map(([t, n]) => item('edge', t, vis.edgeCounts.get(t) ?? 0, n, state.hiddenEdgeTypes.includes(t))));
      communityList.parentElement!.hidden = state.colorBy !== 'community';
      if (state.colorBy === 'community') communities(vis);
    },
  };
}
