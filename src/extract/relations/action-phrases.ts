// Phrases around an action cue that actions.ts reads: support given before "support for", a
// demonym or a post before the name acted on, a form of address before a name, a demand
// before a removal ("called for the resignation of X"), the body an accused "it" stands for, and a
// second accused after "and" ("accused Mr. A and B of ...").

import type { EntityType } from '../../types.ts';
import { words } from '../words.ts';
import type { TitleSpan } from '../doc.ts';
import type { DocContext, MentionRef } from './context.ts';

const HONORIFICS = words('honorifics');
const CENSURE = words('censure_links');
const OBJECT_MARK = words('prepositions');
const FILLERS = words('object_fillers');
const DEMANDS = words('demand_words');
/** The kinds of entity an "it" after an accusation may stand for. */
const BODY_TYPES: ReadonlySet<EntityType> = new Set(['state', 'organization']);

/** "called for the resignation", "demanding the ouster": a demand within the three words before i. */
export function demandBefore(ctx: DocContext, i: number): boolean {
  for (let j = i - 1; j >= i - 3 && !ctx.at[j]; j--) if (DEMANDS.has(ctx.lower(j))) return true;
  return false;
}

/**
 * "cut ties with Sudan, accusing it of training rebels": an "it" accused or blamed of something is
 * the body named last before the cue in its sentence.
 */
export function accusedIt(ctx: DocContext, i: number, k: number, s0: number): MentionRef | undefined {
  if (ctx.lower(k) !== 'it' || !CENSURE.has(ctx.lower(k + 1)) && ctx.lower(k + 1) !== 'of') return undefined;
  for (let j = i - 1; j >= s0; j--) {
    const r = ctx.at[j];
    if (!r || !BODY_TYPES.has(r.entity.type)) continue;
    // "rejected a U.S.-India nuclear deal, criticizing it for": a name that modifies a noun is not
    // what "it" stands for; the body ends its phrase ("with Sudan in 1994,", "on Eritrea after").
    const e = r.mention.end;
    return e >= i - 1 || ctx.lower(e) === ',' || OBJECT_MARK.has(ctx.lower(e)) ? r : undefined;
  }
  return undefined;
}

/** Past a form of address before a person's name ("Mr. Lukashenko", "Dr. X") from token k. */
export function pastHonorific(ctx: DocContext, k: number): number {
  const r = ctx.at[k + 1];
  return HONORIFICS.has(ctx.lower(k)) && !ctx.at[k] && r?.mention.start === k + 1 && r.entity.type === 'person' ? k + 1 : k;
}

/**
 * "accused Mr. Bush and U.S. Secretary of State X of ...": a second actor after "and", past "the",
 * a title or a form of address, when a reason follows it ("of", "for") so that the "and" joins two
 * accused, not two clauses ("criticized Israel and Hamas welcomed it").
 */
export function coordinatedObject(ctx: DocContext, obj: MentionRef): MentionRef | undefined {
  let k = obj.mention.end;
  if (ctx.lower(k) !== 'and') return undefined;
  k++;
  while (FILLERS.has(ctx.lower(k)) && !ctx.at[k]) k++;
  // "U.S. Secretary of State X": the state before the title names the holder's state.
  const lead = ctx.at[k];
  if (lead && lead.mention.start === k && ctx.titleByStart.has(lead.mention.end)) k = lead.mention.end;
  k = pastHonorific(ctx, ctx.titleByStart.get(k)?.end ?? k);
  const r = ctx.at[k];
  if (!r || r.mention.start !== k) return undefined;
  const next = ctx.lower(r.mention.end);
  return next === 'of' || CENSURE.has(next) ? r : undefined;
}

/**
 * "voiced support for X", "pledged his strong support for X": support for someone is given when a
 * verb governs the noun; "the nation's support for China's stance", "support for Democrats runs in
 * the family" name no one who gives it.
 */
export function givenBefore(ctx: DocContext, i: number): boolean {
  for (let j = i - 1; j >= i - 3 && /^\p{Ll}+$/u.test(ctx.tokens[j]?.text ?? '') && !ctx.at[j]; j--) if (/ed$/.test(ctx.lower(j))) return true;
  return false;
}

/** A demonym at r names a holder when a title or a name follows it, past fillers ("Haitian former senator X"). */
export function modifiesName(ctx: DocContext, r: MentionRef): boolean {
  let j = r.mention.end;
  while (j < r.mention.end + 2 && FILLERS.has(ctx.lower(j)) && !ctx.at[j]) j++;
  return ctx.titleByStart.has(j) || !!ctx.at[j];
}

/** A title within a few words from k ("RSF leader", "foreign minister"), before any other word ends the phrase. */
export function postAfter(ctx: DocContext, k: number): TitleSpan | undefined {
  for (let j = k; j < k + 3; j++) {
    const t = ctx.titleByStart.get(j);
    if (t) return t;
    if (!/^\p{L}+$/u.test(ctx.tokens[j]?.text ?? '')) return undefined;
  }
  return undefined;
}
