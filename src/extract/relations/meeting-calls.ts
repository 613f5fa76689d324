// The other side of a call told before the call word: "X spoke to Y by telephone", "X spoke with Y
// by phone". The call word comes after the names, so the readers that look after it miss them.

import { words } from '../words.ts';
import { clauseStart, type Reading } from './meeting-reading.ts';
import { namesFrom } from './meeting-lists.ts';

const PARTICIPATE = words('participation_verbs');

/** "spoke to/with Y by phone": the names between the verb's "to"/"with" and "by". */
export function callObject(x: Reading): void {
  const { ctx, mm } = x;
  if (x.frame.kind !== 'call' || ctx.lower(mm.start - 1) !== 'by') return;
  const by = mm.start - 1;
  for (let k = by - 1; k > Math.max(clauseStart(ctx, by, x.s0), by - x.set.withWindow); k--) {
    const w = ctx.lower(k);
    if (w !== 'to' && w !== 'with') continue;
    if (!PARTICIPATE.has(ctx.lower(k - 1))) return;
    for (const r of namesFrom(x, k + 1, false, by)) x.add(r, x.set.participant);
    return;
  }
}
