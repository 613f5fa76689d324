// The names a meeting's wording lists as its sides: "A, B and C", past articles, demonyms, titles
// and the words that describe a person before the name ("rebel commander X", "Minister of Energy
// Prince Y"). Shared by the readers of the verb's object, "with"/"between" and delegations.

import { words } from '../words.ts';
import type { DocContext, MentionRef } from './context.ts';
import type { Reading } from './meeting-reading.ts';

const PREPOSITIONS = words('prepositions');
const FILLERS = words('participant_fillers');
/** "with Mr Putin": a form of address between "with" and the name. */
const HONORIFICS = words('honorifics');
const SAY = words('say_verbs');

/** "northern opposition militia leader General X": where the title starts after up to three lower-case words at k, else k. */
export function titleAfterDescriptors(ctx: DocContext, k: number): number {
  for (let j = k; j < k + 3 && /^\p{Ll}+$/u.test(ctx.tokens[j]?.text ?? '') && !PREPOSITIONS.has(ctx.lower(j)) && ctx.lower(j) !== 'and'; j++) {
    if (ctx.titleByStart.has(j + 1)) return j + 1;
  }
  return k;
}

/**
 * The names of a list from token `from` ("A, B and C"), past articles, possessives, demonyms,
 * titles, "their Philippine counterparts," and the capitalized words of a title not known before a
 * person ("Indian External Affairs Minister S. Jaishankar"). A name followed by a verb of saying
 * is the speaker, no item ("with X, the Kremlin said"); `comma` says whether a comma may go on
 * with the list; the list ends by `s1` (the end of its sentence).
 */
export function namesFrom(x: Reading, from: number, comma: boolean = true, s1: number = x.s1): MentionRef[] {
  const { ctx } = x;
  const out: MentionRef[] = [];
  for (let j = from; j < Math.min(s1, from + x.set.withWindow); j++) {
    const lw = ctx.lower(j);
    const r = ctx.at[j];
    // A name that only holds the title after it ("Taiwan's vice president X", "Polish Prime Minister Y") is no participant of its own.
    if (r && r.mention.start === j && (r.mention.anchor || x.ctx.titleByStart.has(r.mention.end))) { j = r.mention.end - 1; continue; }
    if (r && r.mention.start === j && ctx.lower(r.mention.end) === "'s" && x.ctx.titleByStart.has(r.mention.end + 1)) { j = r.mention.end; continue; }
    const titleEnd = x.ctx.titleByStart.get(j)?.end;
    if (titleEnd !== undefined) { j = titleEnd - 1; continue; }
    if (r && r.mention.start === j) {
      if (out.length > 0 && SAY.has(ctx.lower(r.mention.end))) break;
      out.push(r);
      j = r.mention.end - 1;
      const next = ctx.lower(j + 1);
      if (next === 'and' || (next === ',' && comma)) { j++; continue; }
      break;
    }
    if (lw === ',' && /^counterparts?$/.test(ctx.lower(j - 1))) continue;
    // "rebel chief-of-staff X", "Russian peacemaker Y": words no title list knows, right before a person.
    const described = personPastDescriptors(ctx, j, s1);
    if (described > j) { j = described - 1; continue; }
    // "former chief justice X", "opposition leader Y".
    const title = titleAfterDescriptors(ctx, j);
    if (title > j) { j = title - 1; continue; }
    if (!r && /^\p{Lu}\p{Ll}/u.test(ctx.tokens[j]!.text)) {
      const person = personPastCapitals(ctx, j, s1);
      if (person > j) { j = person - 1; continue; }
    }
    // "Minister of Defence and Aviation Prince X": the portfolio after a title.
    if (lw === 'of' && ctx.titleByEnd.has(j)) {
      const person = personPastCapitals(ctx, j + 1, s1, 5);
      if (person > j + 1) { j = person - 1; continue; }
    }
    if (!FILLERS.has(lw) && !HONORIFICS.has(lw)) break;
  }
  return out;
}

/**
 * Past up to three capitalized words that are no name at token k ("External Affairs Minister"), or
 * `words` capitalized words and "and" ("Defence and Aviation Prince"): where the person after them
 * starts, else k.
 */
function personPastCapitals(ctx: DocContext, k: number, s1: number, words = 3): number {
  for (let j = k; j < Math.min(s1, k + words + 1); j++) {
    const r = ctx.at[j];
    if (r) return r.mention.start === j && r.entity.type === 'person' && j > k ? j : k;
    if (!/^\p{Lu}\p{Ll}/u.test(ctx.tokens[j]!.text) && !(words > 3 && j > k && ctx.lower(j) === 'and')) return k;
  }
  return k;
}

/**
 * Past one to three lower-case words at token k that describe the person right after them
 * ("separatist commander", "rebel chief-of-staff": a hyphen and the word after it go with them):
 * where the person starts, else k.
 */
function personPastDescriptors(ctx: DocContext, k: number, s1: number): number {
  for (let j = k, n = 0; j < s1 && n < 3 && !ctx.at[j]; j++) {
    const w = ctx.lower(j);
    if (w === '-' && j > k && /^\p{Ll}+$/u.test(ctx.tokens[j + 1]?.text ?? '')) j++;
    else {
      if (!/^\p{Ll}+$/u.test(ctx.tokens[j]!.text)) return k;
      // Not a verb ("talks with X and discussed Y"), a preposition or a word of the list itself.
      if (/(ed|ing)$/.test(w) || PREPOSITIONS.has(w) || w === 'and' || SAY.has(w) || FILLERS.has(w)) return k;
      n++;
    }
    const r = ctx.at[j + 1];
    if (r && r.mention.start === j + 1 && r.entity.type === 'person') return j + 1;
  }
  return k;
}
