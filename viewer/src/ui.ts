// The page around the graph: status line, legends, filter controls, search, zoom buttons, the
// side panel, the relation table, exports, the layout button and curation. Each is its own
// module; this one connects them to the core and redraws them when the state changes.

import { mountZoomButtons } from './camera.ts';
import type { Core, Ui } from './core.ts';
import { mountControls } from './controls.ts';
import { mountCuration, type PageCuration } from './curation.ts';
import { byId } from './dom.ts';
import { mountExports } from './exporters.ts';
import { mountLayoutButton } from './layout.ts';
import { mountLegends } from './legend.ts';
import { renderPanel, type PanelContext } from './panel.ts';
import { buildIndex, mountSearch } from './search.ts';
import { mountTable } from './table.ts';
import { typeName } from './words.ts';

const fmt = (n: number) => n.toLocaleString('en-US');

export function mountUi(core: Core, canSave: boolean): Ui {
  const { model, renderer } = core;
  const g = model.graph;
  const label = (n: string) => (g.hasNode(n) ? String(g.getNodeAttribute(n, 'label')) : n);
  let curation: PageCuration | null = null;

  const chooseNode = (node: string, moveCamera: boolean) => {
    if (core.pathStart && core.pathStart !== node) {
      const from = core.pathStart;
      core.pathStart = null;
      core.setState({ path: [from, node], selectedNode: null, selectedEdge: null }, true, true);
    } else core.setState({ selectedNode: node, selectedEdge: null }, true, moveCamera);
  };
  const actions = {
    selectNode: (node: string) => chooseNode(node, true),
    selectEdge: (edge: string) => core.setState({ selectedEdge: edge, selectedNode: null }),
    startPath: (node: string) => {
      core.pathStart = node;
      renderAll(false);
    },
    showPath: (from: string, to: string) => {
      core.pathStart = null;
      core.setState({ path: [from, to], selectedNode: null, selectedEdge: null }, true, true);
    },
  };
  const panelContext = (): PanelContext => ({ model, vis: core.vis, state: core.state, actions, curation, pathStart: core.pathStart, path: core.path, label, rerender: () => renderAll(false) });

  const legends = mountLegends(byId('legend-nodes'), byId('legend-edges'), byId('legend-communities'), model, (kind, type) => {
    const key = kind === 'node' ? 'hiddenNodeTypes' : 'hiddenEdgeTypes';
    const list = core.state[key];
    core.setState({ [key]: list.includes(type) ? list.filter((t) => t !== type) : [...list, type] });
  });
  const controls = mountControls(model, (patch, push) => core.setState(patch, push ?? true));
  const tableBox = byId('table');
  const table = mountTable(tableBox, model, actions.selectEdge, () => core.setState({ table: false }));
  const tableButton = byId<HTMLButtonElement>('open-table');
  const onTable = () => core.setState({ table: !core.state.table });
  tableButton.addEventListener('click', onTable);
  const clearPath = byId<HTMLButtonElement>('clear-path');
  const onClearPath = () => core.setState({ path: null });
  clearPath.addEventListener('click', onClearPath);
  mountSearch(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('search-results'), buildIndex(g), (n) => typeName(String(g.getNodeAttribute(n, 'entityType'))), (n) => chooseNode(n, true));
  const killLayout = mountLayoutButton(byId<HTMLButtonElement>('layout'), g);
  const unzoom = mountZoomButtons(renderer, byId<HTMLButtonElement>('zoom-in'), byId<HTMLButtonElement>('zoom-out'), byId<HTMLButtonElement>('zoom-reset'));
  mountExports({ png: byId('export-png'), gexf: byId('export-gexf'), json: byId('export-json'), csv: byId('export-csv') }, renderer, g, () => core.vis);
  void mountCuration(byId('curation'), g, canSave, () => renderAll(false)).then((c) => {
    curation = c;
    renderAll(false);
  });

  const status = byId('status');
  function renderAll(full: boolean): void {
    const { vis, state } = core;
    const counts = `${fmt(vis.nodes.size)} of ${fmt(g.order)} entities, ${fmt(vis.edges.size)} of ${fmt(g.size)} relations`;
    status.textContent = vis.focusHidden ? `${counts} (the focused entity is hidden by the filters)` : counts;
    if (full) {
      legends.render(state, vis);
      if (state.table) table.render(vis);
    }
    controls.sync(state);
    tableBox.hidden = !state.table;
    tableButton.setAttribute('aria-pressed', String(state.table));
    clearPath.hidden = !state.path;
    renderPanel(byId('panel'), panelContext());
  }
  let tableWasOpen = core.state.table;
  return {
    render: (full) => {
      // The table is filled when it opens, then whenever the filters change.
      renderAll(full);
      if (core.state.table && !tableWasOpen && !full) table.render(core.vis);
      tableWasOpen = core.state.table;
    },
    chooseNode,
    dispose: () => {
      controls.dispose();
      killLayout();
      unzoom();
      tableButton.removeEventListener('click', onTable);
      clearPath.removeEventListener('click', onClearPath);
    },
  };
}
