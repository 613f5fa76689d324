// Legends with counts: entity types (color key) and relation types; a click hides or shows a type.

import type Graph from 'graphology';
import { el } from './dom.ts';
import { TYPE_COLORS } from './reducers.ts';
import type { ViewState } from './state.ts';

function counts(graph: Graph, kind: 'node' | 'edge'): Map<string, number> {
  const m = new Map<string, number>();
  if (kind === 'node') graph.forEachNode((_n, a) => m.set(a.entityType, (m.get(a.entityType) ?? 0) + 1));
  else graph.forEachEdge((_e, a) => m.set(a.kind, (m.get(a.kind) ?? 0) + 1));
  return new Map([...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

export function renderLegends(
  nodeList: HTMLElement,
  edgeList: HTMLElement,
  graph: Graph,
  state: ViewState,
  toggle: (kind: 'node' | 'edge', type: string) => void,
): void {
  const make = (kind: 'node' | 'edge', type: string, n: number, hidden: boolean) => {
    const b = el('button', undefined, hidden ? 'legend-item off' : 'legend-item');
    b.type = 'button';
    b.dataset.type = type;
    b.setAttribute('aria-pressed', String(!hidden));
    b.title = hidden ? `show ${type}` : `hide ${type}`;
    if (kind === 'node') {
      const dot = el('i');
      dot.style.background = TYPE_COLORS[type] ?? '#999';
      b.appendChild(dot);
    }
    b.append(el('span', `${type.replace(/_/g, ' ')} (${n})`));
    b.addEventListener('click', () => toggle(kind, type));
    return b;
  };
  nodeList.replaceChildren(...[...counts(graph, 'node')].map(([t, n]) => make('node', t, n, state.hiddenNodeTypes.includes(t))));
  edgeList.replaceChildren(...[...counts(graph, 'edge')].map(([t, n]) => make('edge', t, n, state.hiddenEdgeTypes.includes(t))));
}
