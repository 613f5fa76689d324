// The place a prepositional phrase names, read past the words news puts before it: "in eastern
// Kenya", "the northern city of Lille", "the Sudanese capital Khartoum", "Britain's Channel
// Islands". Shared by the rules that place things (residence.ts, places.ts).

import { wordsOf, words } from '../words.ts';
import type { DocContext, MentionRef } from './context.ts';

/** The entity types that are places. */
export const LOCATION: ReadonlySet<string> = new Set(['place', 'state']);
export const DIRECTIONS = words('directions');
/** Nouns of settlements and regions ("city", "capital", "province"). */
export const SETTLEMENTS = wordsOf('settlement_nouns', 'region_nouns');

/**
 * The location mention starting at token k, skipping "the", a direction word that is not the name's
 * own ("eastern Kenya", not "North Shore") and a settlement noun before "of" ("the northern city of
 * Lille", "the eastern state of Sabah"); when a state or region there qualifies a place inside
 * it ("the southern Indian state of Tamil Nadu", "the Sudanese capital Khartoum", "Britain's Channel
 * Islands"), that place. A demonym alone ("in the Iranian north") is no location.
 */
export function locationAt(ctx: DocContext, k: number): MentionRef | undefined {
  let j = k;
  const named = (i: number) => ctx.at[i]?.mention.start === i;
  if (ctx.lower(j) === 'the') j++;
  if (!named(j) && DIRECTIONS.has(ctx.lower(j))) j++;
  if (!named(j) && SETTLEMENTS.has(ctx.lower(j)) && ctx.lower(j + 1) === 'of') j += 2;
  const r = ctx.at[j];
  if (!r || r.mention.start !== j || !LOCATION.has(r.entity.type)) return undefined;
  let i = r.mention.end;
  if (ctx.lower(i) === "'s") i++;
  if (SETTLEMENTS.has(ctx.lower(i))) i += /^(of|,)$/.test(ctx.lower(i + 1)) ? 2 : 1;
  const inner = i > r.mention.end ? ctx.at[i] : undefined;
  if (inner && inner.mention.start === i && inner.entity.type === 'place' && !inner.mention.anchor) return inner;
  return r.mention.anchor ? undefined : r;
}

/** Words after "X of Denver" that go on with the clause: "of Denver said", "of Denver was", "of Denver and". */
const CLAUSE_GOES_ON = wordsOf('say_verbs', 'passive_auxiliaries', 'prepositions', 'modal_cues', 'clause_links');

/**
 * Whether the word at token k, right after a place, is a lower-case noun the place modifies ("Dan
 * Jewell of the Whittier police"), not the clause going on ("Tom Ward of Denver said", "... died").
 */
export function placeModifiesNext(ctx: DocContext, k: number): boolean {
  const w = ctx.tokens[k]?.text ?? '';
  if (!/^\p{Ll}/u.test(w)) return false;
  const lower = w.toLowerCase();
  return !CLAUSE_GOES_ON.has(lower) && !/^(and|or|will|also)$/.test(lower) && !/ed$/.test(lower);
}
