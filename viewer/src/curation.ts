// Curation from the page: merge two entities that are one thing, or split an alias off an entity.
// Decisions accumulate in a curation.json (the format of src/curation), which the analyst
// downloads or, under `newsgraph view`, saves into the output folder with a POST; then
// `newsgraph build … --curation FILE` applies it before the graph is built.

import type Graph from 'graphology';
import { curationToJson, validateCuration, type Curation, type Decision } from '../../src/curation/validate.ts';
import { el } from './dom.ts';
import type { PanelCuration } from './panel.ts';

const CURATION_URL = './data/curation.json';

export interface PageCuration extends PanelCuration {
  decisions: () => Decision[];
}

function button(text: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', text, className);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

/** Saves by POST when the page is served by `newsgraph view` with its own output folder. */
export async function mountCuration(bar: HTMLElement, graph: Graph, canSave: boolean, rerender: () => void): Promise<PageCuration> {
  let decisions: Decision[] = [];
  let marked: string | null = null;
  let message = '';
  if (canSave) {
    try {
      const res = await fetch(CURATION_URL, { cache: 'no-store' });
      if (res.ok) decisions = validateCuration(await res.json()).decisions;
    } catch {
      message = 'the saved curation.json could not be read; new decisions start a new file';
    }
  }
  const label = (n: string) => (graph.hasNode(n) ? String(graph.getNodeAttribute(n, 'label')) : n);
  const file = (): Curation => ({ curationVersion: 1, decisions });
  const add = (d: Decision) => {
    decisions = [...decisions, d];
    message = '';
    draw();
    rerender();
  };
  const save = async () => {
    try {
      const res = await fetch(CURATION_URL, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: curationToJson(file()) });
      const body = (await res.json()) as { error?: string };
      message = res.ok ? `saved curation.json (${decisions.length} decision${decisions.length === 1 ? '' : 's'}); rebuild with newsgraph build … --curation OUT/curation.json` : `not saved: ${body.error ?? res.status}`;
    } catch (err) {
      message = `not saved: ${(err as Error).message}`;
    }
    draw();
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([curationToJson(file())], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: 'curation.json' });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const describe = (d: Decision) => (d.op === 'merge' ? `merge ${d.from.map(label).join(', ')} into ${label(d.into)}` : `split “${d.alias}” off ${label(d.entity)}`);
  const draw = () => {
    bar.hidden = decisions.length === 0 && !marked && !message;
    const list = el('ol');
    for (const d of decisions) list.appendChild(el('li', describe(d)));
    const actions = el('div', undefined, 'curation-actions');
    if (decisions.length) {
      actions.append(button('Undo last', 'link small', () => {
        decisions = decisions.slice(0, -1);
        draw();
        rerender();
      }));
      actions.append(button('Download curation.json', 'action curation-download', download));
      if (canSave) actions.append(button('Save to the output folder', 'action curation-save', () => void save()));
    }
    bar.replaceChildren(
      el('strong', `Curation: ${decisions.length} decision${decisions.length === 1 ? '' : 's'}`),
      ...(marked ? [el('p', `Marked for merging: ${label(marked)}. Select the entity to merge it into.`, 'hint')] : []),
      list,
      actions,
      ...(message ? [el('p', message, 'curation-message')] : []),
    );
  };
  draw();
  return {
    decisions: () => decisions,
    split: (node, alias) => add({ op: 'split', entity: node, alias }),
    buttons: (node) => {
      if (marked === node) return [button('Unmark', 'action', () => ((marked = null), draw(), rerender()))];
      const mark = button('Mark for merge', 'action curation-mark', () => ((marked = node), draw(), rerender()));
      if (!marked || !graph.hasNode(marked)) return [mark];
      const sameType = graph.getNodeAttribute(marked, 'entityType') === graph.getNodeAttribute(node, 'entityType');
      if (!sameType) return [mark, el('span', ` (${label(marked)} is of another type: only entities of one type merge)`, 'hint')];
      const from = marked;
      return [button(`Merge ${label(from)} into this`, 'action curation-merge', () => {
        marked = null;
        add({ op: 'merge', into: node, from: [from] });
      }), mark];
    },
  };
}
