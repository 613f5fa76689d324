// CoNLL04 relation scoring (strict): a predicted relation is mapped to a CoNLL04 type and is a hit
// when one of its source mentions and one of its target mentions are exactly the gold head and
// tail spans, with the right entity types. Micro P/R/F1.

import type { EntityType, Relation } from '../types.ts';
import type { BenchDocResult } from './benchmark.ts';
import type { BenchDocument } from './conll.ts';
import { score, type Score } from './score.ts';

const LOCATIONS = new Set<EntityType>(['state', 'place']);
const ORGS = new Set<EntityType>(['organization', 'media']);
const GOLD_TYPE: Record<string, string> = { Peop: 'PER', Loc: 'LOC', Org: 'ORG', Other: 'MISC' };

/** The CoNLL04 type a newsgraph relation counts as, if any. */
export function conll04Type(r: Relation, src: EntityType, tgt: EntityType): string | null {
  switch (r.type) {
    case 'holds_position':
      return ORGS.has(tgt) ? 'Work_For' : LOCATIONS.has(tgt) ? 'Live_In' : null;
    case 'lives_in':
      return 'Live_In';
    case 'based_in':
    case 'part_of':
      return ORGS.has(src) && LOCATIONS.has(tgt) ? 'OrgBased_In' : null;
    case 'located_in':
      if (ORGS.has(src) && LOCATIONS.has(tgt)) return 'OrgBased_In';
      return LOCATIONS.has(src) && LOCATIONS.has(tgt) ? 'Located_In' : null;
    case 'killed':
      return 'Kill';
    default:
      return null;
  }
}

export interface RelationBenchReport {
  overall: Score;
  byType: Record<string, Score>;
}

export function scoreConll04Relations(docs: BenchDocument[], results: BenchDocResult[]): RelationBenchReport {
  const types = ['Work_For', 'Live_In', 'OrgBased_In', 'Located_In', 'Kill'];
  const c: Record<string, { h: number; e: number; m: number }> = Object.fromEntries(types.map((t) => [t, { h: 0, e: 0, m: 0 }]));
  docs.forEach((doc, di) => {
    const sent = doc.sentences[0]!;
    const res = results[di]!;
    const gold = (sent.relations ?? []).map((g) => {
      const h = sent.entities[g.head]!;
      const t = sent.entities[g.tail]!;
      return { type: g.type, head: `${h.start}:${h.end}:${GOLD_TYPE[h.type]}`, tail: `${t.start}:${t.end}:${GOLD_TYPE[t.type]}`, used: false };
    });
    const spans = new Map<string, string[]>();
    for (const p of res.predicted) {
      const list = spans.get(p.entity) ?? [];
      list.push(`${p.start}:${p.end}:${p.type}`);
      spans.set(p.entity, list);
    }
    const seen = new Set<string>();
    for (const r of res.relations) {
      const st = res.types.get(r.source)!;
      const tt = res.types.get(r.target)!;
      const type = conll04Type(r, st, tt);
      if (!type) continue;
      const heads = spans.get(r.source) ?? [];
      const tails = spans.get(r.target) ?? [];
      const key = `${type}|${heads.join(',')}|${tails.join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const hit = gold.find((g) => !g.used && g.type === type && heads.includes(g.head) && tails.includes(g.tail));
      if (hit) {
        hit.used = true;
        c[type]!.h++;
      } else c[type]!.e++;
    }
    for (const g of gold) if (!g.used && c[g.type]) c[g.type]!.m++;
  });
  const byType = Object.fromEntries(types.map((t) => [t, score(c[t]!.h, c[t]!.e, c[t]!.m)]));
  const sum = (k: 'h' | 'e' | 'm') => types.reduce((n, t) => n + c[t]![k], 0);
  return { overall: score(sum('h'), sum('e'), sum('m')), byType };
}
