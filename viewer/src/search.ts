// Search with autocomplete over names and aliases, usable from the keyboard (type, arrows, Enter):
// exact matches first, then names that start with the query, then names with a word that does,
// then names that contain it; within each, the more important entity (PageRank) first. A query
// that matches nothing says so.

import type Graph from 'graphology';
import { el } from './dom.ts';

interface Entry {
  node: string;
  label: string;
  keys: string[];
  importance: number;
}

export function buildIndex(graph: Graph): Entry[] {
  const out: Entry[] = [];
  graph.forEachNode((node, a) => {
    const aliases = Array.isArray(a.aliases) ? (a.aliases as string[]) : [];
    out.push({ node, label: String(a.label), keys: [String(a.label), ...aliases].map((s) => s.toLowerCase()), importance: Number(a.pagerank) || 0 });
  });
  return out;
}

/** 0 exact, 1 prefix, 2 word prefix, 3 substring; -1 no match. */
function matchRank(keys: string[], q: string): number {
  let best = -1;
  for (const k of keys) {
    const r = k === q ? 0 : k.startsWith(q) ? 1 : k.includes(` ${q}`) || k.includes(`-${q}`) ? 2 : k.includes(q) ? 3 : -1;
    if (r >= 0 && (best < 0 || r < best)) best = r;
  }
  return best;
}

export function searchIndex(index: Entry[], query: string, limit = 10): Entry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits: [Entry, number][] = [];
  for (const e of index) {
    const r = matchRank(e.keys, q);
    if (r >= 0) hits.push([e, r]);
  }
  hits.sort((a, b) => a[1] - b[1] || b[0].importance - a[0].importance || (a[0].label < b[0].label ? -1 : 1));
  return hits.slice(0, limit).map(([e]) => e);
}

export function mountSearch(input: HTMLInputElement, list: HTMLUListElement, index: Entry[], type: (node: string) => string, choose: (node: string) => void): void {
  let results: Entry[] = [];
  let active = -1;
  const render = () => {
    const q = input.value.trim();
    if (q && results.length === 0 && document.activeElement === input) {
      const li = el('li', `No match for “${q}”`, 'no-match');
      li.setAttribute('role', 'status');
      list.replaceChildren(li);
      list.hidden = false;
      input.setAttribute('aria-invalid', 'true');
    } else {
      list.replaceChildren(
        ...results.map((r, i) => {
          const li = el('li', r.label);
          li.appendChild(el('small', ` ${type(r.node)}`));
          li.setAttribute('role', 'option');
          li.id = `search-option-${i}`;
          if (i === active) li.className = 'active';
          li.addEventListener('mousedown', (ev) => {
            ev.preventDefault();
            pick(i);
          });
          return li;
        }),
      );
      list.hidden = results.length === 0;
      input.removeAttribute('aria-invalid');
    }
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0 && results.length) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i: number) => {
    const r = results[i];
    if (!r) return;
    input.value = r.label;
    results = [];
    active = -1;
    list.replaceChildren();
    list.hidden = true;
    choose(r.node);
  };
  input.addEventListener('input', () => {
    results = searchIndex(index, input.value);
    active = results.length ? 0 : -1;
    render();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' && results.length) {
      active = (active + 1) % results.length;
      render();
      ev.preventDefault();
    } else if (ev.key === 'ArrowUp' && results.length) {
      active = (active - 1 + results.length) % results.length;
      render();
      ev.preventDefault();
    } else if (ev.key === 'Enter') {
      pick(Math.max(0, active));
      ev.preventDefault();
    } else if (ev.key === 'Escape') {
      results = [];
      input.value = '';
      render();
    }
  });
  input.addEventListener('blur', () => {
    results = [];
    list.hidden = true;
  });
}
