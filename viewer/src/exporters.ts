// Export from the page: a PNG of the view (@sigma/export-image), and the subgraph the filters and
// focus leave visible as GEXF, graph.json or CSV, written by the same code as `newsgraph build`'s
// outputs (the GEXF writer, the JSON key order, the CSV cell escaping).

import Graph from 'graphology';
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import { csvCell } from '../../src/export/csv.ts';
import { graphToGexf } from '../../src/export/gexf.ts';
import type { NewsGraph } from '../../src/graph/build.ts';
import { stableStringify } from '../../src/util/json.ts';
import type { Evidence } from './evidence.ts';
import type { Visibility } from './filters.ts';

export function visibleSubgraph(graph: Graph, vis: Visibility): Graph {
  const sub = new Graph({ type: 'mixed', multi: true });
  sub.replaceAttributes(graph.getAttributes());
  graph.forEachNode((n, a) => {
    if (vis.nodes.has(n)) sub.addNode(n, a);
  });
  graph.forEachEdge((e, a, s, t) => {
    if (!vis.edges.has(e)) return;
    if (graph.isDirected(e)) sub.addDirectedEdgeWithKey(e, s, t, a);
    else sub.addUndirectedEdgeWithKey(e, s, t, a);
  });
  return sub;
}

export function subgraphCsv(sub: Graph): string {
  const rows = ['source,source_name,type,target,target_name,confidence,evidence,document,start,end'];
  sub.forEachEdge((_e, a, s, t) => {
    for (const ev of (a.evidence ?? []) as Evidence[]) {
      const cells = [s, sub.getNodeAttribute(s, 'label'), a.kind, t, sub.getNodeAttribute(t, 'label'), a.confidence ?? '', String(ev.text).replace(/\s+/g, ' '), ev.doc, ev.start, ev.end];
      rows.push(cells.map((c) => csvCell(typeof c === 'number' ? c : String(c))).join(','));
    }
  });
  return rows.join('\r\n') + '\r\n';
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

export function exportGexf(graph: Graph, vis: Visibility): string {
  return graphToGexf(visibleSubgraph(graph, vis) as unknown as NewsGraph);
}

export interface ExportButtons {
  png: HTMLButtonElement;
  gexf: HTMLButtonElement;
  json: HTMLButtonElement;
  csv: HTMLButtonElement;
}

export function mountExports(b: ExportButtons, renderer: Sigma, graph: Graph, vis: () => Visibility): void {
  b.png.addEventListener('click', () => void downloadAsPNG(renderer, { fileName: 'newsgraph', backgroundColor: '#ffffff' }));
  b.gexf.addEventListener('click', () => download('newsgraph.gexf', 'application/xml', exportGexf(graph, vis())));
  b.json.addEventListener('click', () => download('newsgraph.graph.json', 'application/json', stableStringify(visibleSubgraph(graph, vis()).export()) + '\n'));
  b.csv.addEventListener('click', () => download('newsgraph.triples.csv', 'text/csv', subgraphCsv(visibleSubgraph(graph, vis()))));
}
