// Benchmark scoring of newsgraph's own output: each benchmark document is rebuilt as natural text,
// extracted on its own, and predicted character spans are mapped back to tokens. Exact-span micro
// F1 over PER/LOC/ORG; a prediction exactly on a MISC/Other span is ignored.

import { CONLL_LABEL, type EntityType, type Extraction, type InputDocument } from '../types.ts';
import { detokenize, type BenchDocument, type TokSpan } from './conll.ts';
import { score, type Score } from './score.ts';

/** CoNLL04's labels in CoNLL-2003's names. */
const LABEL: Record<string, string> = { Peop: 'PER', Loc: 'LOC', Org: 'ORG', Other: 'MISC', PER: 'PER', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' };

export interface PredictedSpan {
  sent: number;
  start: number;
  end: number;
  type: string;
  entity: string;
}

export interface BenchDocResult {
  predicted: PredictedSpan[];
  /** Predictions that fall on no token boundary. */
  unaligned: number;
  /** Relations of the extraction, for relation scoring. */
  relations: Extraction['relations'];
  /** Entity types by id. */
  types: Map<string, EntityType>;
}

/** Maps a character span to a token span: trims edge punctuation and a possessive 's. */
export function toTokenSpan(offsets: [number, number][][], text: string, start: number, end: number): { sent: number; start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /[\s"'(\[,.;:]/.test(text[s]!)) s++;
  if (/['’]s$/.test(text.slice(s, e))) e -= 2;
  while (e > s && /[\s"'),\];:]/.test(text[e - 1]!)) e--;
  for (let si = 0; si < offsets.length; si++) {
    const offs = offsets[si]!;
    if (offs.length === 0 || offs[0]![0] > e || offs[offs.length - 1]![1] < s) continue;
    const a = offs.findIndex(([x]) => x === s);
    const b = offs.findIndex(([, y]) => y === e);
    if (a >= 0 && b >= a) return { sent: si, start: a, end: b + 1 };
    // A period of an abbreviation ("Corp.") may sit in the token but outside the mention.
    const b2 = offs.findIndex(([x, y]) => y === e + 1 && text[e] === '.' && x < e);
    if (a >= 0 && b2 >= a) return { sent: si, start: a, end: b2 + 1 };
    return null;
  }
  return null;
}

export function predictDocument(doc: BenchDocument, run: (d: InputDocument) => Extraction, id: string): BenchDocResult {
  const { text, offsets } = detokenize(doc.sentences.map((s) => s.tokens));
  const x = run({ id, text });
  const predicted: PredictedSpan[] = [];
  let unaligned = 0;
  for (const e of x.entities) {
    const type = CONLL_LABEL[e.type];
    if (!type) continue;
    for (const m of e.mentions) {
      const t = toTokenSpan(offsets, text, m.start, m.end);
      if (!t) { unaligned++; continue; }
      predicted.push({ ...t, type, entity: e.id });
    }
  }
  return { predicted, unaligned, relations: x.relations, types: new Map(x.entities.map((e) => [e.id, e.type])) };
}

export interface EntityBenchReport {
  overall: Score;
  byType: Record<string, Score>;
  documents: number;
}

const key = (sent: number, s: TokSpan | PredictedSpan) => `${sent}:${s.start}:${s.end}`;

/** Exact-span micro scores of predictions against gold PER/LOC/ORG. */
export function scoreEntitySpans(docs: BenchDocument[], results: BenchDocResult[]): EntityBenchReport {
  const types = ['PER', 'LOC', 'ORG'];
  const counts: Record<string, { h: number; e: number; m: number }> = Object.fromEntries(types.map((t) => [t, { h: 0, e: 0, m: 0 }]));
  docs.forEach((doc, di) => {
    const gold = new Map<string, string>();
    const misc = new Set<string>();
    doc.sentences.forEach((s, si) => {
      for (const g of s.entities) {
        const label = LABEL[g.type] ?? g.type;
        if (label === 'MISC') misc.add(key(si, g));
        else gold.set(key(si, g), label);
      }
    });
    const seen = new Set<string>();
    const hitKeys = new Set<string>();
    const res = results[di]!;
    for (const p of res.predicted) {
      const k = key(p.sent, p);
      if (seen.has(k)) continue;
      seen.add(k);
      const g = gold.get(k);
      if (g === p.type) {
        counts[g]!.h++;
        hitKeys.add(k);
      }
      else if (!g && misc.has(k)) continue;
      else counts[p.type]!.e++;
    }
    for (const [k, t] of gold) if (!hitKeys.has(k)) counts[t]!.m++;
  });
  // Predictions on no token boundary are errors of no particular type: counted in the overall score.
  const unaligned = results.reduce((n, r) => n + r.unaligned, 0);
  const byType = Object.fromEntries(types.map((t) => [t, score(counts[t]!.h, counts[t]!.e, counts[t]!.m)]));
  const h = types.reduce((n, t) => n + counts[t]!.h, 0);
  const e = types.reduce((n, t) => n + counts[t]!.e, 0) + unaligned;
  const m = types.reduce((n, t) => n + counts[t]!.m, 0);
  return { overall: score(h, e, m), byType, documents: docs.length };
}
