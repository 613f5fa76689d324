// Scorer for newsgraph's gold format (../shared/gold/README.md): entities matched by normalized
// name/alias (strong) or overlapping mention spans (weak), one-to-one, strongest first; relations
// scored through that matching, symmetric types in either direction, optional ones ignored.

import { RELATION_TYPES, isRelationType, type Extraction } from '../types.ts';
import { score, type Score } from './score.ts';

export interface GoldEntity {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
  mentions?: (string | [string, number])[];
}
export interface Gold {
  article?: string;
  entities: GoldEntity[];
  optional_entities?: GoldEntity[];
  relations: [string, string, string][];
  optional_relations?: [string, string, string][];
}

/** Counts of one type: gold (required) items, hits, errors; misses = gold - hits. */
export interface TypeTally {
  gold: number;
  hits: number;
  errors: number;
}

export interface GoldReport {
  entities: Score;
  relations: Score;
  /** Per entity type (gold and hits by the gold type, errors by the predicted type). */
  entityTypes: Record<string, TypeTally>;
  /** Per relation type. */
  relationTypes: Record<string, TypeTally>;
  /** Each scored predicted relation (duplicates once) with its confidence, for calibration. */
  relationOutcomes: { type: string; confidence: number; hit: boolean }[];
  /** Predicted entity id → gold id, for diagnostics. */
  matches: Record<string, string>;
  entityErrors: string[];
  entityMisses: string[];
  relationErrors: string[];
  relationMisses: string[];
}

export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/'s?$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word occurrences of a surface string. */
function occurrences(text: string, surface: string): [number, number][] {
  const out: [number, number][] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(surface)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(re)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

function goldSpans(text: string, g: GoldEntity): [number, number][] {
  if (g.type === 'meeting' && g.mentions) {
    return g.mentions.flatMap((m) => {
      if (typeof m === 'string') return occurrences(text, m);
      const occ = occurrences(text, m[0])[m[1]];
      return occ ? [occ] : [];
    });
  }
  return [g.name, ...(g.aliases ?? [])].flatMap((s) => occurrences(text, s));
}

/** Scores the entities and relations of `docId` in `x` against gold for the article `text`. */
export function scoreGold(x: Extraction, gold: Gold, text: string, docId: string): GoldReport {
  const required = gold.entities;
  const optional = gold.optional_entities ?? [];
  const all = [...required.map((g) => ({ g, req: true })), ...optional.map((g) => ({ g, req: false }))];
  const preds = x.entities.filter((e) => e.mentions.some((m) => m.doc === docId));

  const cands: { p: number; q: number; strength: number; req: boolean }[] = [];
  const goldNames = all.map(({ g }) => new Set([g.name, ...(g.aliases ?? [])].map(normalizeName)));
  const goldSpanList = all.map(({ g }) => goldSpans(text, g));
  preds.forEach((e, p) => {
    const names = [e.name, ...e.aliases].map(normalizeName);
    const spans = e.mentions.filter((m) => m.doc === docId);
    all.forEach(({ g, req }, q) => {
      if (g.type !== e.type) return;
      if (names.some((n) => goldNames[q]!.has(n))) cands.push({ p, q, strength: 2, req });
      else if (spans.some((s) => goldSpanList[q]!.some(([a, b]) => s.start < b && a < s.end))) cands.push({ p, q, strength: 1, req });
    });
  });
  cands.sort((a, b) => b.strength - a.strength || Number(b.req) - Number(a.req) || a.p - b.p || a.q - b.q);
  const predTo = new Map<number, number>();
  const goldTaken = new Set<number>();
  for (const c of cands) {
    if (predTo.has(c.p) || goldTaken.has(c.q)) continue;
    predTo.set(c.p, c.q);
    goldTaken.add(c.q);
  }
  const matches: Record<string, string> = {};
  const entityErrors: string[] = [];
  let hits = 0;
  preds.forEach((e, p) => {
    const q = predTo.get(p);
    if (q === undefined) entityErrors.push(e.id);
    else {
      matches[e.id] = all[q]!.g.id;
      if (all[q]!.req) hits++;
    }
  });
  const entityMisses = required.filter((_g, q) => !goldTaken.has(q)).map((g) => g.id);

  const key = (s: string, t: string, r: string) => `${s}|${r}|${t}`;
  const sym = (r: string) => isRelationType(r) && RELATION_TYPES[r].symmetric;
  const req = new Set(gold.relations.map(([s, r, t]) => key(s, t, r)));
  const opt = new Set((gold.optional_relations ?? []).map(([s, r, t]) => key(s, t, r)));
  const has = (set: Set<string>, s: string, t: string, r: string) => set.has(key(s, t, r)) || (sym(r) && set.has(key(t, s, r)));
  const hitRel = new Set<string>();
  const relErr = new Set<string>();
  // The best confidence of each distinct scored relation, for the calibration table.
  const outcome = new Map<string, { type: string; confidence: number; hit: boolean }>();
  const note = (k: string, type: string, confidence: number, hit: boolean) => {
    const prev = outcome.get(k);
    if (!prev || prev.confidence < confidence) outcome.set(k, { type, confidence, hit });
  };
  for (const r of x.relations) {
    if (!r.evidence.some((e) => e.doc === docId)) continue;
    const s = matches[r.source];
    const t = matches[r.target];
    if (s !== undefined && t !== undefined && has(req, s, t, r.type)) {
      const k = req.has(key(s, t, r.type)) ? key(s, t, r.type) : key(t, s, r.type);
      hitRel.add(k);
      note(k, r.type, r.confidence, true);
    } else if (s !== undefined && t !== undefined && has(opt, s, t, r.type)) continue;
    else {
      const k = `${s ?? r.source} ${r.type} ${t ?? r.target}`;
      relErr.add(k);
      note(k, r.type, r.confidence, false);
    }
  }
  const relationMisses = [...req].filter((k) => !hitRel.has(k)).map((k) => k.split('|').join(' '));

  const tally = (table: Record<string, TypeTally>, type: string): TypeTally => (table[type] ??= { gold: 0, hits: 0, errors: 0 });
  const entityTypes: Record<string, TypeTally> = {};
  required.forEach((g, q) => {
    const t = tally(entityTypes, g.type);
    t.gold++;
    if (goldTaken.has(q)) t.hits++;
  });
  preds.forEach((e, p) => {
    if (!predTo.has(p)) tally(entityTypes, e.type).errors++;
  });
  const relationTypes: Record<string, TypeTally> = {};
  for (const k of req) {
    const t = tally(relationTypes, k.split('|')[1]!);
    t.gold++;
    if (hitRel.has(k)) t.hits++;
  }
  for (const k of relErr) tally(relationTypes, k.split(' ')[1]!).errors++;
  return {
    entities: score(hits, entityErrors.length, entityMisses.length),
    relations: score(hitRel.size, relErr.size, relationMisses.length),
    entityTypes,
    relationTypes,
    relationOutcomes: [...outcome.values()],
    matches,
    entityErrors,
    entityMisses,
    relationErrors: [...relErr].sort(),
    relationMisses,
  };
}
