// lives_in from a place that modifies "native" or "resident": "Tom Ward, a Fargo native",
// "Moscow resident Tom Ward", "Ward is a longtime Denver resident". The guidelines list "a Moscow
// resident" as lives_in; a demonym ("an Iraqi native") gives a nationality and is left out.

import { words } from '../words.ts';
import type { DocContext, MentionRef, RelationDraft } from './context.ts';
import { LOCATION } from './location-at.ts';

const HOME_NOUNS = words('home_nouns');

const isPerson = (r: MentionRef | undefined): r is MentionRef => !!r && r.entity.type === 'person';

/** The person a "PLACE native" phrase whose first token is k describes: after it, in an apposition before it, or the subject of "is a". */
function describedPerson(ctx: DocContext, k: number, noun: number): MentionRef | undefined {
  const after = ctx.at[noun + 1];
  if (isPerson(after) && after.mention.start === noun + 1) return after;
  // Past an article and up to two lower-case modifiers ("a longtime").
  for (let n = 0; n < 2 && /^\p{Ll}+$/u.test(ctx.tokens[k - 1]?.text ?? '') && !/^(a|an|the)$/.test(ctx.lower(k - 1)); n++) k--;
  if (!/^(a|an|the)$/.test(ctx.lower(k - 1))) return undefined;
  k--;
  if (ctx.lower(k - 1) === ',') {
    const before = ctx.at[k - 2];
    return isPerson(before) && before.mention.end === k - 1 ? before : undefined;
  }
  if (/^(is|was)$/.test(ctx.lower(k - 1))) {
    const subject = ctx.at[k - 2];
    return isPerson(subject) && subject.mention.end === k - 1 ? subject : undefined;
  }
  return undefined;
}

export function homeNounRelations(ctx: DocContext, confidence: number): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (let i = 1; i < ctx.tokens.length; i++) {
    if (!HOME_NOUNS.has(ctx.lower(i)) || ctx.at[i]) continue;
    // "a Fargo native", "a Fargo, N.D., native": the place ends right before the noun, or before its comma.
    const comma = ctx.lower(i - 1) === ',';
    const loc = ctx.at[comma ? i - 2 : i - 1];
    if (!loc || !LOCATION.has(loc.entity.type) || loc.mention.via === 'demonym' || loc.mention.end !== (comma ? i - 1 : i)) continue;
    // "Fargo, N.D.": the town before the state too.
    const town = ctx.lower(loc.mention.start - 1) === ',' ? ctx.at[loc.mention.start - 2] : undefined;
    const places = town && town.entity.type === 'place' && town.mention.end === loc.mention.start - 1 ? [town, loc] : comma ? [] : [loc];
    if (places.length === 0) continue;
    const person = describedPerson(ctx, places[0]!.mention.start, i);
    if (!person) continue;
    const sent = ctx.sentOf(i);
    for (const p of places) if (p.entity !== person.entity) out.push({ type: 'lives_in', source: person.entity, target: p.entity, sent, confidence, attributes: { cue: ctx.lower(i) } });
  }
  return out;
}
