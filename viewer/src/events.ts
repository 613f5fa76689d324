// Sigma's events: hover (transient, never in the URL), clicks on nodes, edges (within a few pixels)
// and the stage, the camera mirrored into the URL, and the back button.

import type { Core } from './core.ts';
import { edgeNear } from './camera.ts';
import { refreshFocus } from './render.ts';
import { fromHash, toHash } from './state.ts';

export function wireEvents(core: Core): () => void {
  const { renderer, focus, model } = core;
  const hover = (change: () => void) => {
    change();
    refreshFocus(renderer, core.drawOverlay, model, focus, core.state, core.vis);
  };
  renderer.on('enterNode', ({ node }) => hover(() => (focus.hovered = node)));
  renderer.on('leaveNode', () => hover(() => (focus.hovered = null)));
  renderer.on('enterEdge', ({ edge }) => hover(() => (focus.hoveredEdge = edge)));
  renderer.on('leaveEdge', () => hover(() => (focus.hoveredEdge = null)));
  renderer.on('clickNode', ({ node }) => core.ui?.chooseNode(node, false));
  renderer.on('clickEdge', ({ edge }) => core.setState({ selectedEdge: edge, selectedNode: null }));
  renderer.on('clickStage', ({ event }) => {
    const edge = edgeNear(renderer, core.vis.edges, event.x, event.y);
    if (edge) core.setState({ selectedEdge: edge, selectedNode: null });
    else if (core.state.selectedNode || core.state.selectedEdge) core.setState({ selectedNode: null, selectedEdge: null, focusDepth: 0 });
  });
  let camTimer: ReturnType<typeof setTimeout> | undefined;
  renderer.getCamera().on('updated', (c) => {
    clearTimeout(camTimer);
    camTimer = setTimeout(() => {
      core.state = { ...core.state, camera: { x: c.x, y: c.y, ratio: c.ratio } };
      history.replaceState(null, '', toHash(core.state) || location.pathname + location.search);
    }, 300);
  });
  const onPop = () => {
    const prev = core.state;
    core.state = fromHash(location.hash);
    core.apply(prev, false);
  };
  window.addEventListener('popstate', onPop);
  return () => {
    clearTimeout(camTimer);
    window.removeEventListener('popstate', onPop);
  };
}
