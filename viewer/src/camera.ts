// Camera moves: fit a set of nodes (a selected node and its neighbours, a path) in the view, the
// zoom and reset buttons, and the edge under a click within a few pixels (sigma's own edge picking
// hits only the drawn pixels of a 1 px line).

import type Sigma from 'sigma';

/** Animates the camera so that all `nodes` are in view, with a margin. */
export function fitNodes(renderer: Sigma, nodes: string[], duration = 400): void {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    const d = renderer.getNodeDisplayData(n);
    if (!d) continue;
    [minX, minY, maxX, maxY] = [Math.min(minX, d.x), Math.min(minY, d.y), Math.max(maxX, d.x), Math.max(maxY, d.y)];
  }
  if (!Number.isFinite(minX)) return;
  // Display coordinates are framed to [0, 1] at ratio 1: the ratio is the extent, with a margin,
  // never closer than a readable minimum nor farther than the whole graph.
  const ratio = Math.min(1.2, Math.max(0.04, Math.max(maxX - minX, maxY - minY) * 1.9));
  void renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration });
}

export function mountZoomButtons(renderer: Sigma, zoomIn: HTMLButtonElement, zoomOut: HTMLButtonElement, reset: HTMLButtonElement): () => void {
  const cam = renderer.getCamera();
  const a = () => void cam.animatedZoom({ duration: 250 });
  const b = () => void cam.animatedUnzoom({ duration: 250 });
  const c = () => void cam.animatedReset({ duration: 300 });
  zoomIn.addEventListener('click', a);
  zoomOut.addEventListener('click', b);
  reset.addEventListener('click', c);
  return () => {
    zoomIn.removeEventListener('click', a);
    zoomOut.removeEventListener('click', b);
    reset.removeEventListener('click', c);
  };
}

/** Distance in pixels from point p to segment ab. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const [dx, dy] = [bx - ax, by - ay];
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * The visible edge nearest to a viewport point, within `tolerance` pixels (straight segments;
 * curved parallel edges are close enough at this tolerance). One pass over the visible edges,
 * on a click only.
 */
export function edgeNear(renderer: Sigma, edges: Iterable<string>, x: number, y: number, tolerance = 4): string | null {
  const graph = renderer.getGraph();
  let best: string | null = null;
  let bestDist = tolerance;
  for (const e of edges) {
    const [s, t] = graph.extremities(e);
    const ds = renderer.getNodeDisplayData(s);
    const dt = renderer.getNodeDisplayData(t);
    if (!ds || !dt) continue;
    const a = renderer.framedGraphToViewport(ds);
    const b = renderer.framedGraphToViewport(dt);
    const d = segmentDistance(x, y, a.x, a.y, b.x, b.y);
    if (d <= bestDist) [best, bestDist] = [e, d];
  }
  return best;
}
