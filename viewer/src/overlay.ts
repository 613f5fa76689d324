// The focus on large graphs, drawn on a 2D canvas of its own: the focused node's relations (in
// their colours, with their labels in words), the selected or hovered relation, the path, and the
// labels of the most important neighbours. Redrawing a few dozen lines here costs milliseconds,
// where a refresh of sigma's WebGL layers redraws every node and edge (seconds in software WebGL).
// Small graphs show the focus through the reducers instead (with dimming), see reducers.ts.

import type Sigma from 'sigma';
import { relationColor, relationWords } from '../../src/graph/style.ts';
import type { Visibility } from './filters.ts';
import type { Model } from './model.ts';
import type { Focus } from './reducers.ts';
import type { ViewState } from './state.ts';

const LAYER = 'focus';

export function mountOverlay(renderer: Sigma, m: Model, focus: Focus, state: () => ViewState, vis: () => Visibility): () => void {
  renderer.createCanvasContext(LAYER);
  const canvases = renderer.getCanvases();
  const canvas = canvases[LAYER]!;
  // Above the labels, under sigma's hover layer and the mouse layer.
  canvases.hovers?.before(canvas);
  const ctx = canvas.getContext('2d')!;
  const g = m.graph;
  const at = (n: string) => {
    const d = renderer.getNodeDisplayData(n);
    return d ? { ...renderer.framedGraphToViewport(d), size: renderer.scaleSize(d.size) } : null;
  };
  const label = (text: string, x: number, y: number, bold = false) => {
    ctx.font = `${bold ? '600 ' : ''}13px system-ui, sans-serif`;
    ctx.lineWidth = 4;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.strokeText(text, x, y);
    ctx.fillStyle = '#111';
    ctx.fillText(text, x, y);
  };
  const edge = (e: string, strong: boolean) => {
    const [s, t] = g.extremities(e);
    const a = at(s);
    const b = at(t);
    if (!a || !b) return;
    ctx.strokeStyle = strong ? '#222' : relationColor(String(g.getEdgeAttribute(e, 'kind')));
    ctx.lineWidth = strong ? 3 : 2;
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.stroke();
    if (g.isDirected(e)) {
      const ang = Math.atan2(b.y - a.y, b.x - a.x);
      const tip = { x: b.x - Math.cos(ang) * b.size, y: b.y - Math.sin(ang) * b.size };
      ctx.fillStyle = ctx.strokeStyle;
      ctx.beginPath();
      ctx.moveTo(tip.x, tip.y);
      ctx.lineTo(tip.x - 9 * Math.cos(ang - 0.4), tip.y - 9 * Math.sin(ang - 0.4));
      ctx.lineTo(tip.x - 9 * Math.cos(ang + 0.4), tip.y - 9 * Math.sin(ang + 0.4));
      ctx.fill();
    }
    ctx.textAlign = 'center';
    label(relationWords(String(g.getEdgeAttribute(e, 'kind'))), (a.x + b.x) / 2, (a.y + b.y) / 2 - 4);
    ctx.textAlign = 'left';
  };
  const ring = (n: string, bold: boolean) => {
    const p = at(n);
    if (!p) return;
    ctx.strokeStyle = '#111';
    ctx.lineWidth = bold ? 2.5 : 1.5;
    ctx.beginPath();
    ctx.arc(p.x, p.y, Math.max(3, p.size) + 2, 0, 2 * Math.PI);
    ctx.stroke();
    label(String(g.getNodeAttribute(n, 'label')), p.x + p.size + 5, p.y + 4, bold);
  };
  const draw = () => {
    const ratio = canvas.width / Math.max(1, renderer.getDimensions().width);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (!m.large) return;
    const s = state();
    const v = vis();
    if (focus.node) for (const e of g.edges(focus.node)) if (v.edges.has(e)) edge(e, false);
    for (const e of focus.pathEdges) edge(e, true);
    for (const e of [s.selectedEdge, focus.hoveredEdge]) if (e && g.hasEdge(e) && v.edges.has(e)) edge(e, true);
    for (const n of focus.labelled) ring(n, false);
    for (const n of focus.pathNodes) ring(n, true);
    if (focus.node && v.nodes.has(focus.node)) ring(focus.node, true);
  };
  renderer.on('afterRender', draw);
  return draw;
}
