// ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker): positions come from the
// build; the user may start and stop a live layout. The layout writes node positions, which are
// data, not view state.

import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export function mountLayoutButton(button: HTMLButtonElement, graph: Graph): () => void {
  let layout: FA2Layout | null = null;
  const label = () => (button.textContent = layout?.isRunning() ? 'Stop layout' : 'Start layout');
  button.addEventListener('click', () => {
    if (!layout) layout = new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph), getEdgeWeight: 'weight' });
    if (layout.isRunning()) layout.stop();
    else layout.start();
    label();
  });
  label();
  return () => layout?.kill();
}
