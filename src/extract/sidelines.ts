// "On the sidelines of the G20 summit in Rio, Modi met Albanese", "met X on the margins of the UN
// General Assembly": the event "sidelines of" names is another than the one held beside it. Its
// word neither joins the verb's event (meetings.ts) nor gets the verb's subject and object as
// participants, and the event held beside it is placed where it is (relations/meeting-sidelines.ts).

import type { MeetingMention, Token } from './doc.ts';
import { words } from './words.ts';

const SIDELINES = words('sideline_words');

/** The event word of `m` follows "the sidelines of" in its sentence, past an article and modifiers without punctuation ("the sidelines of the annual G20 summit"). */
export function onSidelines(tokens: readonly Token[], m: MeetingMention): boolean {
  const sent = tokens[m.start]!.sent;
  for (let k = m.start - 1; k >= Math.max(1, m.start - 7) && tokens[k]!.sent === sent; k--) {
    const w = tokens[k]!.lower;
    if (w === 'of') return SIDELINES.has(tokens[k - 1]!.lower);
    if (/^\p{P}$/u.test(tokens[k]!.text) && w !== '-') return false;
  }
  return false;
}
