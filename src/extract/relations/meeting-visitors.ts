// "a visit to Ukraine by Taiwan's vice president X", "a visit by X": the visitor named after the
// visit noun. Such a visit is the visitor's: the subject of the sentence ("China objected to a visit
// ... by X") took no part in it (relations/meetings.ts then skips the subject reading).

import { isVerbal } from '../meetings.ts';
import { wordsOf } from '../words.ts';
import type { MentionRef } from './context.ts';
import { namesFrom } from './meeting-lists.ts';
import type { Reading } from './meeting-reading.ts';

const DATE_WORDS = wordsOf('months', 'weekdays', 'relative_days');

/** The names after "by" that follows a visit noun directly, its place ("to Ukraine") or its date ("this week"). */
export function visitorsBy(x: Reading): MentionRef[] {
  const { ctx, mm, s1 } = x;
  if (x.frame.kind !== 'visit' || isVerbal(ctx.tokens, mm)) return [];
  let k = mm.end;
  // Past "to Ukraine", "to the area", "to the flood-hit region".
  if (/^(to|of|in)$/.test(ctx.lower(k))) {
    const r = ctx.at[k + 1];
    if (r && r.mention.start === k + 1 && (r.entity.type === 'place' || r.entity.type === 'state')) k = r.mention.end;
    else if (ctx.lower(k + 1) === 'the') {
      k += 2;
      for (let n = 0; n < 2 && /^\p{Ll}[\p{Ll}-]*$/u.test(ctx.tokens[k]?.text ?? '') && ctx.lower(k) !== 'by' && !ctx.at[k]; n++) k++;
    } else return [];
  }
  if (ctx.lower(k) === 'this' || ctx.lower(k) === 'last' || ctx.lower(k) === 'next' || ctx.lower(k) === 'on') {
    if (DATE_WORDS.has(ctx.lower(k + 1)) || /^(week|month|year)$/.test(ctx.lower(k + 1))) k += 2;
  }
  if (ctx.lower(k) !== 'by' || k + 1 >= s1) return [];
  return namesFrom(x, k + 1);
}
