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
  // Past "to Ukraine", "to southwestern Pakistan", "to the DRC", "to the area", "to the disputed
  // region", "to the French capital": lower-case words (two at most) before a place or after "the".
  if (/^(to|of|in)$/.test(ctx.lower(k))) {
    const the = ctx.lower(k + 1) === 'the';
    k += the ? 2 : 1;
    const lowerAt = (j: number) => !ctx.at[j] && ctx.lower(j) !== 'by' && /^\p{Ll}[\p{Ll}-]*$/u.test(ctx.tokens[j]?.text ?? '');
    let j = k;
    for (let n = 0; n < 2 && lowerAt(j); n++) j++;
    const r = ctx.at[j];
    if (r && r.mention.start === j && (r.entity.type === 'place' || r.entity.type === 'state')) {
      k = r.mention.end;
      for (let n = 0; the && n < 2 && lowerAt(k); n++) k++;
    } else if (the) k = j;
    else return [];
  }
  if (ctx.lower(k) === 'this' || ctx.lower(k) === 'last' || ctx.lower(k) === 'next' || ctx.lower(k) === 'on') {
    if (DATE_WORDS.has(ctx.lower(k + 1)) || /^(week|month|year)$/.test(ctx.lower(k + 1))) k += 2;
  }
  if (ctx.lower(k) !== 'by' || k + 1 >= s1) return [];
  return namesFrom(x, k + 1);
}
