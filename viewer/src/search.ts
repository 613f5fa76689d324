// Search with autocomplete over names and aliases, usable from the keyboard: type, arrows, Enter.

import type Graph from 'graphology';
import { el } from './dom.ts';

interface Entry {
  node: string;
  label: string;
  keys: string[];
}

export function buildIndex(graph: Graph): Entry[] {
  const out: Entry[] = [];
  graph.forEachNode((node, a) => {
    const aliases = Array.isArray(a.aliases) ? (a.aliases as string[]) : [];
    out.push({ node, label: String(a.label), keys: [String(a.label), ...aliases].map((s) => s.toLowerCase()) });
  });
  return out;
}

/** Best matches: names that start with the query first, then names that contain it. */
export function searchIndex(index: Entry[], query: string, limit = 10): Entry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const prefix: Entry[] = [];
  const inner: Entry[] = [];
  for (const e of index) {
    if (e.keys.some((k) => k.startsWith(q) || k.includes(` ${q}`))) prefix.push(e);
    else if (e.keys.some((k) => k.includes(q))) inner.push(e);
    if (prefix.length >= limit) break;
  }
  return [...prefix, ...inner].slice(0, limit);
}

export function mountSearch(input: HTMLInputElement, list: HTMLUListElement, index: Entry[], type: (node: string) => string, choose: (node: string) => void): void {
  let results: Entry[] = [];
  let active = -1;
  const render = () => {
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
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i: number) => {
    const r = results[i];
    if (!r) return;
    input.value = r.label;
    results = [];
    active = -1;
    render();
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
      render();
    }
  });
  input.addEventListener('blur', () => {
    results = [];
    render();
  });
}
