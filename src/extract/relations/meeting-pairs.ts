// "The two leaders held talks", "Both men will meet again" after "X met Y": the subject is the
// last two persons named before it (in its sentence or the two before). "the two countries/sides"
// (the last two states) is read by twoSides in meeting-sides.ts.

import type { DocEntity } from '../doc.ts';
import { words } from '../words.ts';
import { firstRefFrom, type DocContext } from './context.ts';
import { clauseStart, type Reading } from './meeting-reading.ts';

const PAIR = words('person_pair_nouns');

/** The last two persons named before token i, from its sentence and the two before; none when fewer. */
function lastTwoPersons(ctx: DocContext, i: number): DocEntity[] {
  const sent = ctx.sentOf(i);
  const seen: DocEntity[] = [];
  for (let n = firstRefFrom(ctx.refs, i) - 1; n >= 0 && seen.length < 2; n--) {
    const r = ctx.refs[n]!;
    if (ctx.sentOf(r.mention.start) < sent - 2) break;
    if (r.entity.type === 'person' && !seen.includes(r.entity)) seen.push(r.entity);
  }
  return seen.length === 2 ? seen : [];
}

/** "The two leaders discussed ... held talks", "Both men agreed to meet": the pair opening the event's clause. */
export function twoPersons(x: Reading): void {
  const { ctx, mm } = x;
  const clause = clauseStart(ctx, mm.start, x.s0);
  let k = ctx.lower(clause) === 'the' ? clause + 1 : clause;
  if (ctx.lower(k) !== 'two' && ctx.lower(k) !== 'both') return;
  if (ctx.lower(k) === 'both' && ctx.lower(k + 1) === 'the') k++;
  if (!PAIR.has(ctx.lower(k + 1)) || k + 2 > mm.start) return;
  for (const p of lastTwoPersons(ctx, clause)) x.add(p, x.set.byReference);
}
