// The sides of a meeting named in its wording: the verb's object ("X met Y"), "with X", "between X and
// Y", the names of a list, delegations and who leads them, "brought together A and B", "US-China
// talks", the body that meets and "the two sides".

import type { DocEntity } from '../doc.ts';
import { isVerbal } from '../meetings.ts';
import { words, wordsOf } from '../words.ts';
import { appositionHead, type DocContext, type MentionRef } from './context.ts';
import { placeAfterApposition, placesVisited } from './meeting-places.ts';
import { ACTOR, clauseStart, lastPersonBefore, type Reading } from './meeting-reading.ts';
import { namesFrom, titleAfterDescriptors } from './meeting-lists.ts';
import { openingClauseEvent } from './meeting-subjects.ts';

const GROUP = words('group_nouns');
const MEET_VERBS = wordsOf('meeting_verbs', 'visit_verbs');
const VISIT_VERBS = words('visit_verbs');
const FILLERS = words('participant_fillers');
const DATE_WORDS = wordsOf('months', 'weekdays', 'relative_days');
const ASSEMBLY = words('assembly_phrases');
const DELEGATION = words('delegation_nouns');
const LEAD = words('delegation_lead_verbs');

/** States named before token i (same or previous sentence), latest first, not as a location ("in X"). */
function recentStates(ctx: DocContext, i: number): DocEntity[] {
  const sent = ctx.sentOf(i);
  const seen: DocEntity[] = [];
  for (let k = i - 1; k >= 0 && ctx.sentOf(k) >= sent - 1; k--) {
    const r = ctx.at[k];
    if (!r || r.mention.start !== k) continue;
    const state = r.entity.type === 'state' ? r.entity : undefined;
    if (!state || ctx.lower(k - 1) === 'in' || ctx.lower(k - 1) === 'to' || seen.includes(state)) continue;
    seen.push(state);
  }
  return seen;
}

/** "delegations of Armenia and Azerbaijan met", "officials from X and Y": the named sides. */
export function namedSides(x: Reading): void {
  const { ctx, mm, s1 } = x;
  for (let k = clauseStart(ctx, mm.start, x.s0); k < Math.min(s1, mm.end + x.set.agentWindow); k++) {
    if (!GROUP.has(ctx.lower(k)) || !/^(of|from)$/.test(ctx.lower(k + 1))) continue;
    let j = k + 2;
    if (ctx.lower(j) === 'the') j++;
    while (j < s1) {
      const r = ctx.at[j];
      if (!r || r.mention.start !== j || !ACTOR.has(r.entity.type)) break;
      // "leaders of Iraq's two Kurdish factions": the factions are the sides, not their owner.
      if (ctx.lower(r.mention.end) === "'s") break;
      x.add(r, x.set.participant);
      j = r.mention.end;
      if (ctx.lower(j) !== 'and' && ctx.lower(j) !== ',') break;
      j++;
      if (ctx.lower(j) === 'the') j++;
    }
  }
}

/**
 * "X met Y": the verb's object, past titles and demonyms ("met Ethiopian Prime Minister Abiy Ahmed",
 * "after meeting X"); "will visit Washington", "visited Japan, South Korea and China": the places
 * visited; "were visited by X": the visitor.
 */
export function verbObject(x: Reading): void {
  const { ctx, mm, s1 } = x;
  if (!MEET_VERBS.has(ctx.lower(mm.end - 1)) && !isVerbal(ctx.tokens, mm)) return;
  const passive = ctx.lower(mm.end - 1) === 'visited' && ctx.lower(mm.end) === 'by';
  // "met in Baghdad on Wednesday the Secretary-General of X, Y": the object after the verb's adjuncts.
  let from = passive ? mm.end + 1 : mm.end;
  for (let next = pastAdjunct(ctx, from); next > from; next = pastAdjunct(ctx, from)) from = next;
  if (from > mm.end && ctx.lower(from) === 'the' && x.ctx.titleByStart.has(from + 1)) from++;
  // Six steps: a name, a title or a word each.
  for (let k = from, step = 0; k < s1 && step < 6; k++, step++) {
    const r = ctx.at[k];
    if (r && (r.mention.anchor || x.ctx.titleByStart.has(r.mention.end))) { k = r.mention.end - 1; continue; }
    if (r && r.mention.start === k) {
      // "to visit Egypt": a state visited is where the visit is, not a side of it ("visited Putin" is).
      const visited = !passive && VISIT_VERBS.has(ctx.lower(mm.end - 1)) && (r.entity.type === 'place' || r.entity.type === 'state');
      if (visited) placesVisited(x, r);
      else {
        // "met A and Defence Minister B", "met their counterparts, A and B".
        const names = namesFrom(x, k);
        for (const n of names) x.add(n, x.set.participant);
        placeAfterApposition(x, names[names.length - 1]);
      }
      return;
    }
    const titleEnd = x.ctx.titleByStart.get(k)?.end;
    if (titleEnd !== undefined) { k = pastHolder(ctx, titleEnd) - 1; continue; }
    const title = titleAfterDescriptors(ctx, k);
    if (title > k) { k = title - 1; continue; }
    // "hosted his Brazilian counterpart X", "met their Philippine counterparts, A and B".
    if (ctx.lower(k) === ',' && /^counterparts?$/.test(ctx.lower(k - 1))) continue;
    if (!/^\p{Lu}/u.test(ctx.tokens[k]!.text) && !FILLERS.has(ctx.lower(k))) return;
  }
}

/** Past "in Baghdad" (a place or state) or "on Wednesday" at token k: where the adjunct ends, else k. */
function pastAdjunct(ctx: DocContext, k: number): number {
  const w = ctx.lower(k);
  const r = ctx.at[k + 1];
  if ((w === 'in' || w === 'at') && r && r.mention.start === k + 1 && (r.entity.type === 'place' || r.entity.type === 'state')) return r.mention.end;
  if (w === 'on' && DATE_WORDS.has(ctx.lower(k + 1))) return k + 2;
  return k;
}

/** After a title, past "of the Kurdistan Democratic Party (KDP)," to the name it is the title of; else k. */
function pastHolder(ctx: DocContext, k: number): number {
  if (ctx.lower(k) !== 'of') return k;
  let j = ctx.lower(k + 1) === 'the' ? k + 2 : k + 1;
  const holder = ctx.at[j];
  if (!holder || holder.mention.start !== j || holder.entity.type === 'person') return k;
  j = holder.mention.end;
  if (ctx.lower(j) === '(' && ctx.lower(j + 2) === ')') j += 3;
  if (ctx.lower(j) === ',') j++;
  const named = ctx.at[j];
  return named && named.mention.start === j && named.entity.type === 'person' ? j : k;
}

/** After the event word: "with X", "between X and Y", "with him" (the last person named before). */
export function otherSide(x: Reading): void {
  const { ctx, mm, s1 } = x;
  for (let k = mm.end; k < Math.min(s1, mm.end + x.set.windowAfter); k++) {
    const w = ctx.lower(k);
    // "spoke by telephone to X", "a telephone call from X": a call's other side.
    if (w === 'with' || w === 'between' || ((w === 'to' || w === 'from') && x.frame.kind === 'call')) {
      // "with U.S. President Joe Biden and French President Emmanuel Macron"; not "with a pledge ... Russia".
      let j = k + 1;
      while (j < s1 && FILLERS.has(ctx.lower(j))) j++;
      if (ctx.lower(j) === 'him' || ctx.lower(j) === 'her') {
        const prev = lastPersonBefore(ctx, mm.start);
        if (prev) x.add(prev, x.set.byReference);
        return;
      }
      // "Speaking after talks with X, spokesman Y said": the comma closes an opening clause, it lists no more sides.
      for (const r of namesFrom(x, k + 1, !openingClauseEvent(x))) x.add(r, x.set.participant);
      return;
    }
    if (/^[,.;]$/.test(w)) return;
  }
}

/**
 * Who leads or makes up a side's party, in the event's sentence or, when the event is the last told
 * in its sentence and the next sentence tells none, in that one ("Delegations met in Istanbul. The
 * Ukrainian team was led by X, while Y, an aide to Mr Putin, headed the Russian side"): "a
 * delegation led by X", "the delegation included A and B", "X headed the Russian side", "she will be
 * accompanied by her husband X".
 */
export function delegationMembers(x: Reading): void {
  const { ctx, mm } = x;
  const other = (k: number) => ctx.meetingAt[k] && ctx.meetingAt[k] !== x.e;
  // In its own sentence, the cues between the other events told before and after it.
  let a = mm.start;
  while (a > x.s0 && !other(a - 1)) a--;
  let b = mm.end;
  while (b < x.s1 && !other(b)) b++;
  readParty(x, a, b, x.set.participant);
  const sent = x.sent + 1;
  if (b < x.s1 || sent >= ctx.sentences.length) return;
  const [n0, n1] = ctx.sentRange(sent);
  if (!ctx.meetingAt.slice(n0, n1).some(Boolean)) readParty(x, n0, n1, x.set.byReference);
}

/** "team was led by X", "delegation included A and B", "X headed the ... side", "accompanied by X" in tokens [a, b). */
function readParty(x: Reading, a: number, b: number, conf: number): void {
  const { ctx } = x;
  for (let k = a; k < b; k++) {
    const w = ctx.lower(k);
    if (DELEGATION.has(w)) {
      let j = k + 1;
      if (/^(was|were|is|are)$/.test(ctx.lower(j))) j++;
      const from = LEAD.has(ctx.lower(j)) && ctx.lower(j + 1) === 'by' ? j + 2 : /^(included|includes)$/.test(ctx.lower(j)) ? j + 1 : -1;
      if (from > 0) for (const r of namesFrom(x, from, true, b)) x.add(r, conf);
    } else if (w === 'accompanied' && ctx.lower(k + 1) === 'by') {
      // "He is accompanied by Foreign Minister X and Y": the traveller's party takes part.
      for (const r of namesFrom(x, k + 2, true, b)) x.add(r, conf);
    } else if (LEAD.has(w) && ctx.lower(k + 1) === 'the') {
      let j = k + 2;
      while (j < Math.min(b, k + 5) && !DELEGATION.has(ctx.lower(j)) && /^[\p{L}-]+$/u.test(ctx.tokens[j]!.text)) j++;
      if (!DELEGATION.has(ctx.lower(j))) continue;
      // "Y headed the Russian side", "Y, an aide to Mr Putin, headed".
      const before = ctx.lower(k - 1) === ',' ? appositionHead(ctx, k - 1, a) : ctx.mentionEndingAt(k);
      if (before && before.entity.type === 'person') x.add(before, conf);
    }
  }
}

/** "the talks brought together A, B and C", "a meeting attended by A and B": the names listed. */
export function assembled(x: Reading): void {
  const { ctx, mm, s1 } = x;
  for (let k = mm.end; k + 1 < Math.min(s1, mm.end + x.set.windowAfter); k++) {
    if (ASSEMBLY.has(`${ctx.lower(k)} ${ctx.lower(k + 1)}`)) {
      for (const r of namesFrom(x, k + 2)) x.add(r, x.set.participant);
      return;
    }
    if (/^[.;]$/.test(ctx.lower(k)) || (ctx.meetingAt[k] && ctx.meetingAt[k] !== x.e)) return;
  }
}

/** "Israel-PLO talks", "US-China trade talks", "Armenia-Azerbaijan-Russia summit": the sides joined by hyphens before the event word. */
export function compoundSides(x: Reading): void {
  const { ctx, mm } = x;
  // Past up to two modifiers ("peace", "trade", "border") between the names and the event word.
  let k = mm.start - 1;
  for (let n = 0; n < 2 && k > x.s0 && /^\p{Ll}+$/u.test(ctx.tokens[k]!.text) && !ctx.at[k]; n++) k--;
  let r = ctx.at[k];
  if (!r || r.mention.end !== k + 1 || ctx.lower(r.mention.start - 1) !== '-') return;
  const sides: MentionRef[] = [r];
  while (ctx.lower(r.mention.start - 1) === '-') {
    const prev: MentionRef | undefined = ctx.at[r.mention.start - 2];
    if (!prev || prev.mention.end !== r.mention.start - 1) return; // "U.S.-mediated": not two names
    sides.push((r = prev));
  }
  if (sides.every((s) => ACTOR.has(s.entity.type))) for (const s of sides.reverse()) x.add(s, x.set.participant);
}

/** "a NATO meeting", "a session of the election commission": the body that meets. */
export function meetingBody(x: Reading): void {
  const { ctx, mm } = x;
  if (isVerbal(ctx.tokens, mm)) return;
  const before = ctx.mentionEndingAt(mm.start);
  if (before && before.entity.type === 'organization' && !before.mention.anchor) x.add(before, x.set.participant);
  if (ctx.lower(mm.end) !== 'of') return;
  const j = ctx.lower(mm.end + 1) === 'the' ? mm.end + 2 : mm.end + 1;
  const after = ctx.at[j];
  if (after && after.mention.start === j && after.entity.type === 'organization') x.add(after, x.set.participant);
}

/**
 * "diplomats of the two countries met", "the two sides", "talks between the two sides", "talks with
 * both sides": the last two states named.
 */
export function twoSides(x: Reading): void {
  const { ctx, mm } = x;
  for (let k = Math.max(x.s0, mm.start - 6); k < mm.start; k++) {
    if (ctx.lower(k) === 'two' && GROUP.has(ctx.lower(k + 1))) for (const st of recentStates(ctx, k).slice(0, 2)) x.add(st, x.set.byReference);
  }
  const w = ctx.lower(mm.end);
  if (w !== 'between' && w !== 'with') return;
  const k = ctx.lower(mm.end + 1) === 'the' ? mm.end + 2 : mm.end + 1;
  if ((ctx.lower(k) === 'two' || ctx.lower(k) === 'both') && GROUP.has(ctx.lower(k + 1))) for (const st of recentStates(ctx, k).slice(0, 2)) x.add(st, x.set.byReference);
}
