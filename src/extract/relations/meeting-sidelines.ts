// Events held "on the sidelines of" another (src/extract/sidelines.ts): the event on whose sidelines
// a meeting is held gets no participant from the meeting's sentence, and the meeting is placed
// where that event is ("met Albanese on the sidelines of the G20 summit in Rio").

import type { MeetingMention } from '../doc.ts';
import { onSidelines } from '../sidelines.ts';
import { locationAt } from './location-at.ts';
import type { Reading } from './meeting-reading.ts';

/** The event word is the one "the sidelines of" names, and its sentence tells of another event beside it. */
export function sidelinesHost(x: Reading): boolean {
  if (!onSidelines(x.ctx.tokens, x.mm)) return false;
  for (let k = x.s0; k < x.s1; k++) if (x.ctx.meetingAt[k] && x.ctx.meetingAt[k] !== x.e) return true;
  return false;
}

/** The place of the event on whose sidelines this one is held: "in PLACE" right after its event word. */
export function sidelinesPlace(x: Reading): boolean {
  const { ctx, s0, s1 } = x;
  for (let k = s0; k < s1; k++) {
    const other = ctx.meetingAt[k];
    if (!other || other === x.e) continue;
    const m: MeetingMention | undefined = other.frame?.mentions.find((o) => o.start <= k && k < o.end);
    if (!m || m.end - 1 !== k || !onSidelines(ctx.tokens, m)) continue;
    const r = ctx.lower(m.end) === 'in' ? locationAt(ctx, m.end + 1) : undefined;
    if (!r) return false;
    x.out.push({ type: 'located_in', source: x.e, target: r.entity, sent: x.sent, confidence: x.set.place, attributes: { cue: 'sidelines' } });
    return true;
  }
  return false;
}
