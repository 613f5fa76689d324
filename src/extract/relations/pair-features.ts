// Features of an ordered pair of entity mentions in one sentence, for the learned relation
// classifier: the two types and their order, the words between them (bag, first, last, count),
// the words around them, their head words and the types of the names in between.

import type { Token } from '../doc.ts';
import { gazetteer } from '../lexicon/index.ts';
import { hashString, mix } from '../tagger/hash.ts';
import { words } from '../words.ts';

export type Coarse = 'PER' | 'LOC' | 'ORG';

export interface PairMention {
  start: number;
  end: number;
  type: Coarse;
}

/** Lexicon knowledge of a span: its fine type if the gazetteer names it exactly, else "none". */
const forms = new WeakMap<readonly Token[], { lower: string[]; raw: string[] }>();
function fineType(tokens: readonly Token[], m: PairMention): number {
  const g = gazetteer();
  let f = forms.get(tokens);
  if (!f) forms.set(tokens, (f = { lower: tokens.map((t) => t.lower), raw: tokens.map((t) => t.norm) }));
  const hit = g.match(f.lower, f.raw, m.start, true);
  return hashString(hit && hit.length === m.end - m.start ? hit.entry.type : 'none');
}

/** Labels of the relation classifier (CoNLL04's relation types); index 0 is "no relation". */
export const PAIR_CLASSES = ['None', 'Work_For', 'Live_In', 'OrgBased_In', 'Located_In', 'Kill'] as const;
export type PairClass = (typeof PAIR_CLASSES)[number];

/** Words that say nothing alone; between-word bags skip them. */
const STOP = words('stop_words');

function word(t: Token | undefined): number {
  return hashString(t ? t.lower : '<none>');
}

export function pairFeatures(tokens: readonly Token[], h: PairMention, t: PairMention, others: PairMention[], out: number[]): number[] {
  out.length = 0;
  const forward = h.start < t.start;
  const [a, b] = forward ? [h, t] : [t, h];
  const types = mix(hashString(h.type), mix(hashString(t.type), forward ? 1 : 2));
  const gap = b.start - a.end;
  const gapBucket = gap <= 0 ? 0 : gap <= 1 ? 1 : gap <= 3 ? 2 : gap <= 6 ? 3 : gap <= 10 ? 4 : 5;
  out.push(mix(101, types), mix(102, mix(types, gapBucket)));
  const between = tokens.slice(a.end, b.start);
  const betweenWords: number[] = [];
  for (const w of between) if (!STOP.has(w.lower)) betweenWords.push(hashString(w.lower));
  for (const w of betweenWords) {
    out.push(mix(103, mix(types, w)));
    out.push(mix(104, w));
  }
  const first = between[0];
  const last = between[between.length - 1];
  out.push(mix(105, mix(types, word(first))), mix(106, mix(types, word(last))));
  if (between.length > 0 && between.length <= 4) out.push(mix(107, mix(types, hashString(between.map((x) => x.lower).join(' ')))));
  for (let i = 0; i + 1 < between.length; i++) out.push(mix(108, mix(hashString(between[i]!.lower), hashString(between[i + 1]!.lower))));
  out.push(mix(109, mix(types, word(tokens[a.start - 1]))), mix(110, mix(types, word(tokens[b.end]))));
  out.push(mix(111, mix(types, word(tokens[a.start - 2]))), mix(112, mix(types, word(tokens[b.end + 1]))));
  out.push(mix(113, mix(hashString(h.type), word(tokens[h.end - 1]))), mix(114, mix(hashString(t.type), word(tokens[t.end - 1]))));
  let inBetween = 0;
  for (const o of others) {
    if (o.start >= a.end && o.end <= b.start) {
      inBetween++;
      out.push(mix(115, mix(types, hashString(o.type))));
    }
  }
  out.push(mix(116, mix(types, Math.min(inBetween, 3))));
  // The names' own words ("Inc", "University", "Rev.") by role.
  for (let k = h.start; k < h.end; k++) out.push(mix(117, mix(types, hashString(tokens[k]!.lower))));
  for (let k = t.start; k < t.end; k++) out.push(mix(118, mix(types, hashString(tokens[k]!.lower))));
  // Position-aware words between: the first two and the last two.
  const second = between[1];
  const penult = between[between.length - 2];
  out.push(mix(119, mix(types, mix(word(first), word(second)))), mix(120, mix(types, mix(word(penult), word(last)))));
  let commas = 0;
  for (const w of between) if (w.norm === ',') commas++;
  out.push(mix(121, mix(types, Math.min(commas, 3))));
  // Fine types from the lexicon (a country or a city, an outlet or a body), and titles between.
  const fine = mix(fineType(tokens, h), fineType(tokens, t));
  out.push(mix(123, mix(types, fine)));
  const g = gazetteer();
  let titleBetween = 0;
  for (const w of between) if (g.title(w.lower)) titleBetween = 1;
  out.push(mix(124, mix(types, titleBetween)));
  for (let i = 0; i + 1 < between.length; i++) out.push(mix(125, mix(types, mix(hashString(between[i]!.lower), hashString(between[i + 1]!.lower)))));
  // Is the other name the nearest of its type on that side?
  const nearest = !others.some((o) => o.type === t.type && o !== t && (forward ? o.start > h.end && o.start < t.start : o.end < h.start && o.end > t.end));
  out.push(mix(122, mix(types, nearest ? 1 : 0)));
  return out;
}
