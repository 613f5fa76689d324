// The side that owns an event named as a noun: "Iraq's talks with the U.N.", "NATO's annual summit",
// "the party's congress". A possessive right before the event word (past its modifiers) names one
// of the parties; the other sides are read by "with"/"between" (meeting-sides.ts). And the state or
// body whose party is at the event: "hosted a Hamas delegation for talks", "met the Syrian side".

import { isVerbal } from '../meetings.ts';
import { words } from '../words.ts';
import { ACTOR, clauseStart, type Reading } from './meeting-reading.ts';

const PARTY_NOUNS = words('delegation_nouns');
/** The post of the titles list that takes part in talks by its name. */
const NEGOTIATOR = 'negotiator';
/** Tokens after the event word searched for its sides' parties ("talks with a visiting Chinese delegation"). */
const PARTY_WINDOW = 6;

/** "Iraq's talks with X", "NATO's summit": the owner before "'s" takes part. */
export function ownerSide(x: Reading): void {
  const { ctx, mm } = x;
  if (isVerbal(ctx.tokens, mm)) return;
  // Past one lower-case modifier ("peace", "annual"); not two: "X's government favoured talks" is no owner.
  let k = mm.start - 1;
  if (k <= x.s0) return;
  if (/^\p{Ll}+$/u.test(ctx.tokens[k]!.text) && !ctx.at[k]) k--;
  if (ctx.lower(k) !== "'s" && ctx.lower(k) !== "'") return;
  const owner = ctx.mentionEndingAt(k);
  // Not a demonym ("Russian's"), nor a place ("Geneva's talks" are held there).
  if (!owner || owner.mention.anchor || !ACTOR.has(owner.entity.type)) return;
  x.add(owner, x.set.participant);
}

/**
 * "Turkey hosted a Hamas delegation for talks", "talks with the Syrian side", "a Russian delegation
 * met X": a name right before a noun of one side's party (delegation, team, side, negotiators) in
 * the event's clause takes part (the guidelines: a delegation's members and its state).
 */
export function delegationSides(x: Reading): void {
  const { ctx, mm } = x;
  const from = clauseStart(ctx, mm.start, x.s0);
  const to = Math.min(x.s1, mm.end + PARTY_WINDOW);
  for (let k = from + 1; k < to; k++) {
    // Not "team": "the Russian team won the match" is as often a side of a game.
    if (!PARTY_NOUNS.has(ctx.lower(k)) || ctx.lower(k) === 'team' || (k >= mm.start && k < mm.end)) continue;
    const r = ctx.mentionEndingAt(k);
    if (r && ACTOR.has(r.entity.type)) x.add(r, x.set.participant);
  }
}

/**
 * "Chief Palestinian negotiator Saeb Erekat says the talks focused on borders", "the chief U.S.
 * negotiator at the nuclear talks, X": a negotiator named in the sentence of talks takes part in them.
 */
export function negotiators(x: Reading): void {
  const { ctx, mm } = x;
  if (x.frame.kind === 'visit' || x.frame.kind === 'call') return;
  for (const r of ctx.mentionsIn(x.sent)) {
    if (r.entity.type === 'person' && r.mention.title?.position === NEGOTIATOR && (r.mention.end <= mm.start || r.mention.start >= mm.end)) x.add(r, x.set.participant);
  }
}
