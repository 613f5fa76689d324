// The filter and appearance controls: size and colour modes, minimum degree, isolates, largest
// component, confidence, documents, the published-date range with a time slider that plays, and
// focus depth. Each control writes a patch of the view state; `sync` shows the state back.

import { byId, el } from './dom.ts';
import type { Model } from './model.ts';
import { isolatesHidden, type ColorBy, type SizeBy, type ViewState } from './state.ts';

export type Patch = (patch: Partial<ViewState>, push?: boolean) => void;

export interface Controls {
  sync: (s: ViewState) => void;
  dispose: () => void;
}

/** Milliseconds per step when the time slider plays. */
const PLAY_STEP_MS = 700;

function docLabel(d: { id: string; title?: string; outlet?: string; published?: string }): string {
  return [d.published?.slice(0, 10), d.outlet, d.title ?? d.id].filter(Boolean).join(' · ');
}

export function mountControls(m: Model, patch: Patch): Controls {
  const sizeBy = byId<HTMLSelectElement>('size-by');
  const colorBy = byId<HTMLSelectElement>('color-by');
  const minDegree = byId<HTMLInputElement>('min-degree');
  const isolates = byId<HTMLInputElement>('hide-isolates');
  const giant = byId<HTMLInputElement>('largest-component');
  const confidence = byId<HTMLInputElement>('min-confidence');
  const confidenceOut = byId('min-confidence-value');
  const focus = byId<HTMLSelectElement>('focus-depth');
  const docFilter = byId<HTMLInputElement>('doc-filter');
  const docs = byId<HTMLSelectElement>('doc-picker');
  const from = byId<HTMLInputElement>('date-from');
  const to = byId<HTMLInputElement>('date-to');
  const dateOut = byId('date-range');
  const play = byId<HTMLButtonElement>('date-play');
  const clear = byId<HTMLButtonElement>('filters-reset');

  const last = Math.max(0, m.dates.length - 1);
  for (const r of [from, to]) {
    r.min = '0';
    r.max = String(last);
    r.disabled = m.dates.length < 2;
  }
  byId('date-box').hidden = m.dates.length < 2;
  const sortedDocs = [...m.docs].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || (a.id < b.id ? -1 : 1));
  docs.replaceChildren(...sortedDocs.map((d) => Object.assign(el('option', docLabel(d)), { value: d.id, title: d.url ?? d.id })));
  const listeners: [HTMLElement, string, EventListener][] = [];
  const on = (e: HTMLElement, type: string, f: () => void) => {
    e.addEventListener(type, f);
    listeners.push([e, type, f]);
  };
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    play.textContent = '▶ Play';
  };

  on(sizeBy, 'change', () => patch({ sizeBy: sizeBy.value as SizeBy }));
  on(colorBy, 'change', () => patch({ colorBy: colorBy.value as ColorBy }));
  on(minDegree, 'change', () => patch({ minDegree: Math.max(0, Math.round(Number(minDegree.value) || 0)) }));
  on(isolates, 'change', () => patch({ hideIsolates: isolates.checked }));
  on(giant, 'change', () => patch({ largestComponent: giant.checked }));
  on(confidence, 'change', () => patch({ minConfidence: Number(confidence.value) }));
  on(confidence, 'input', () => (confidenceOut.textContent = Number(confidence.value).toFixed(2)));
  on(focus, 'change', () => patch({ focusDepth: Number(focus.value) }));
  on(docs, 'change', () => patch({ documents: [...docs.selectedOptions].map((o) => o.value) }));
  on(docFilter, 'input', () => {
    const q = docFilter.value.trim().toLowerCase();
    for (const o of docs.options) o.hidden = Boolean(q) && !o.textContent!.toLowerCase().includes(q);
  });
  const setRange = (a: number, b: number, push = true) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    patch({ dateFrom: lo > 0 ? m.dates[lo]! : null, dateTo: hi < last ? m.dates[hi]! : null }, push);
  };
  on(from, 'change', () => setRange(Number(from.value), Number(to.value)));
  on(to, 'change', () => setRange(Number(from.value), Number(to.value)));
  on(play, 'click', () => {
    if (timer) return stop();
    // Plays the range's end forward from its start, one date at a time: the graph grows over time.
    const start = Number(from.value);
    let end = Number(to.value) >= last ? start : Number(to.value);
    play.textContent = '❚❚ Pause';
    setRange(start, end);
    timer = setInterval(() => {
      end++;
      if (end > last) return stop();
      setRange(start, end, false);
    }, PLAY_STEP_MS);
  });
  on(clear, 'click', () => {
    stop();
    patch({ minDegree: 0, hideIsolates: null, largestComponent: false, documents: [], dateFrom: null, dateTo: null, minConfidence: 0, focusDepth: 0, hiddenNodeTypes: [], hiddenEdgeTypes: [] });
  });

  return {
    sync: (s) => {
      sizeBy.value = s.sizeBy;
      colorBy.value = s.colorBy;
      minDegree.value = String(s.minDegree);
      isolates.checked = isolatesHidden(s, m.graph.order);
      giant.checked = s.largestComponent;
      confidence.value = String(s.minConfidence);
      confidenceOut.textContent = s.minConfidence.toFixed(2);
      focus.value = String(s.focusDepth);
      focus.disabled = !s.selectedNode;
      const chosen = new Set(s.documents);
      for (const o of docs.options) o.selected = chosen.has(o.value);
      const fi = s.dateFrom ? Math.max(0, m.dates.findIndex((d) => d >= s.dateFrom!)) : 0;
      const ti = s.dateTo ? m.dates.reduce((acc, d, i) => (d <= s.dateTo! ? i : acc), 0) : last;
      from.value = String(fi);
      to.value = String(ti);
      dateOut.textContent = m.dates.length ? `${m.dates[fi] ?? ''} – ${m.dates[ti] ?? ''}` : 'no dated documents';
    },
    dispose: () => {
      stop();
      for (const [e, type, f] of listeners) e.removeEventListener(type, f);
    },
  };
}
