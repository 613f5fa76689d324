// The side that owns an event named as a noun: "Iraq's talks with the U.N.", "NATO's annual summit",
// "the party's congress". A possessive right before the event word (past its modifiers) names one
// of the parties; the other sides are read by "with"/"between" (meeting-sides.ts).

import { isVerbal } from '../meetings.ts';
import { ACTOR, type Reading } from './meeting-reading.ts';

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
