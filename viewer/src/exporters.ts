// Export from the page: a PNG of the view (@sigma/export-image) and a GEXF of what is shown
// (hidden types left out), written by the same code as `newsgraph build`'s graph.gexf.

import Graph from 'graphology';
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import { graphToGexf } from '../../src/export/gexf.ts';
import type { NewsGraph } from '../../src/graph/build.ts';
import type { ViewState } from './state.ts';

export function visibleSubgraph(graph: Graph, state: ViewState): Graph {
  const sub = new Graph({ type: 'mixed', multi: true });
  graph.forEachNode((n, a) => {
    if (!state.hiddenNodeTypes.includes(a.entityType)) sub.addNode(n, a);
  });
  graph.forEachEdge((e, a, s, t) => {
    if (state.hiddenEdgeTypes.includes(a.kind) || !sub.hasNode(s) || !sub.hasNode(t)) return;
    if (graph.isDirected(e)) sub.addDirectedEdgeWithKey(e, s, t, a);
    else sub.addUndirectedEdgeWithKey(e, s, t, a);
  });
  return sub;
}

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportGexf(graph: Graph, state: ViewState): string {
  return graphToGexf(visibleSubgraph(graph, state) as unknown as NewsGraph);
}

export function mountExports(png: HTMLButtonElement, gexf: HTMLButtonElement, renderer: Sigma, graph: Graph, state: () => ViewState): void {
  png.addEventListener('click', () => void downloadAsPNG(renderer, { fileName: 'newsgraph', backgroundColor: '#ffffff' }));
  gexf.addEventListener('click', () => download('newsgraph.gexf', 'application/xml', exportGexf(graph, state())));
}
