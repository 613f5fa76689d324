// The relation table: every relation the filters leave visible, with a text filter and sortable
// columns; a click on a row shows that relation. Rows past ROW_LIMIT are counted, not drawn.

import { relationWords } from '../../src/graph/style.ts';
import { el } from './dom.ts';
import type { Evidence } from './evidence.ts';
import type { Visibility } from './filters.ts';
import type { Model } from './model.ts';

const ROW_LIMIT = 500;

interface Row {
  edge: string;
  cells: (string | number)[];
  text: string;
}

const COLUMNS = ['source', 'relation', 'target', 'confidence', 'date', 'evidence'];

export interface RelationTable {
  render: (vis: Visibility) => void;
}

export function mountTable(root: HTMLElement, m: Model, selectEdge: (edge: string) => void, close: () => void): RelationTable {
  let sortCol = 4;
  let desc = true;
  let rows: Row[] = [];
  const query = el('input', undefined, 'table-filter');
  query.type = 'search';
  query.placeholder = 'Filter relations…';
  query.setAttribute('aria-label', 'Filter relations');
  const count = el('span', '', 'table-count');
  const closeBtn = el('button', 'Close', 'link');
  closeBtn.type = 'button';
  closeBtn.addEventListener('click', close);
  const table = el('table');
  const body = el('tbody');
  const headRow = el('tr');
  COLUMNS.forEach((c, i) => {
    const th = el('th');
    const b = el('button', c, 'link');
    b.type = 'button';
    b.addEventListener('click', () => {
      desc = sortCol === i ? !desc : i >= 3;
      sortCol = i;
      draw();
    });
    th.appendChild(b);
    headRow.appendChild(th);
  });
  table.append(el('thead'), body);
  table.tHead!.appendChild(headRow);
  root.replaceChildren(el('div', undefined, 'table-bar'), table);
  root.firstElementChild!.append(query, count, closeBtn);
  query.addEventListener('input', () => draw());

  const draw = () => {
    const q = query.value.trim().toLowerCase();
    const shown = q ? rows.filter((r) => r.text.includes(q)) : [...rows];
    shown.sort((a, b) => {
      const [x, y] = [a.cells[sortCol]!, b.cells[sortCol]!];
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return (desc ? -c : c) || (a.edge < b.edge ? -1 : 1);
    });
    count.textContent = `${shown.length.toLocaleString('en-US')} relation${shown.length === 1 ? '' : 's'}${shown.length > ROW_LIMIT ? ` (first ${ROW_LIMIT} shown)` : ''}`;
    headRow.querySelectorAll('th').forEach((th, i) => th.setAttribute('aria-sort', i === sortCol ? (desc ? 'descending' : 'ascending') : 'none'));
    body.replaceChildren(
      ...shown.slice(0, ROW_LIMIT).map((r) => {
        const tr = el('tr');
        tr.dataset.edge = r.edge;
        for (const c of r.cells) tr.appendChild(el('td', typeof c === 'number' ? c.toFixed(2) : c));
        tr.addEventListener('click', () => selectEdge(r.edge));
        return tr;
      }),
    );
  };

  return {
    render: (vis) => {
      const g = m.graph;
      rows = [...vis.edges].map((e) => {
        const a = g.getEdgeAttributes(e);
        const [s, t] = g.extremities(e);
        const ev = ((a.evidence ?? []) as Evidence[])[0];
        const cells = [String(g.getNodeAttribute(s, 'label')), relationWords(String(a.kind)), String(g.getNodeAttribute(t, 'label')), Number(a.confidence) || 0, m.edgeDate.get(e) ?? '', ev ? ev.text.replace(/\s+/g, ' ') : ''];
        return { edge: e, cells, text: cells.join(' ').toLowerCase() };
      });
      draw();
    },
  };
}
