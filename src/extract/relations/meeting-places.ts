// Where a meeting is: "in PLACE" after the event word (across a venue), "X, where he met", "In PLACE,"
// opening the sentence, where the travel before it leads, who was staying there, and the places a
// visit goes to.

import { words, wordsOf } from '../words.ts';
import type { MentionRef } from './context.ts';
import { locationAt } from './location-at.ts';
import { clauseStart, type Reading } from './meeting-reading.ts';

const LOCATION_STOP = words('location_stops');
const TRAVEL = words('travel_words');
const STAY = words('stay_verbs');
const VENUES = words('venue_nouns');
const STAY_LINKS = words('stay_links');
const DATE_WORDS = wordsOf('months', 'weekdays', 'relative_days');

/** "met their counterparts, A and B, in Manila": the place after the names an apposition gives, past its closing comma. */
export function placeAfterApposition(x: Reading, last: MentionRef | undefined): void {
  const { ctx } = x;
  if (!last || ctx.lower(last.mention.end) !== ',' || ctx.lower(last.mention.end + 1) !== 'in') return;
  const r = ctx.at[last.mention.end + 2];
  if (r && r.mention.start === last.mention.end + 2 && (r.entity.type === 'place' || r.entity.type === 'state')) x.out.push({ type: 'located_in', source: x.e, target: r.entity, sent: x.sent, confidence: x.set.place });
}

/** "visited Japan, South Korea and China": each place of the list the verb's object opens is where the visit is. */
export function placesVisited(x: Reading, first: MentionRef): void {
  const { ctx, s1 } = x;
  for (let r: MentionRef | undefined = first; r; ) {
    x.out.push({ type: 'located_in', source: x.e, target: r.entity, sent: x.sent, confidence: x.set.visited });
    const j: number = r.mention.end;
    const gap = ctx.lower(j) === ',' && ctx.lower(j + 1) === 'and' ? 2 : 1;
    if (j + gap >= s1 || (ctx.lower(j) !== ',' && ctx.lower(j) !== 'and')) return;
    const next: MentionRef | undefined = ctx.at[j + gap];
    r = next && next.mention.start === j + gap && (next.entity.type === 'place' || next.entity.type === 'state') ? next : undefined;
  }
}

/** Location: "in X" after the event word, across a venue ("at the consul's residence") or "with him". Returns the venue. */
export function placeOfEvent(x: Reading): string | undefined {
  const { ctx, mm, s1 } = x;
  let venueStart = -1;
  // "talks between Israel and Hamas resumed in Doha": the "and" of the sides ends no search.
  let sidesAnd = ctx.lower(mm.end) === 'between';
  for (let k = mm.end; k < Math.min(s1, mm.end + x.set.windowAfter + 2); k++) {
    const w = ctx.lower(k);
    // Only between two names: "between the two presidents and the agreements reached in Riyadh" joins no sides.
    if (w === 'and' && sidesAnd && ctx.at[k - 1]?.mention.end === k && ctx.at[k + 1]?.mention.start === k + 1) { sidesAnd = false; continue; }
    if (w === 'at' && venueStart < 0) {
      venueStart = k + 1;
      // "at Dolmabahce Palace": a venue the text names is a place the event is in.
      const v = ctx.at[ctx.lower(k + 1) === 'the' ? k + 2 : k + 1];
      if (v && v.entity.type === 'place' && !v.mention.anchor) x.out.push({ type: 'located_in', source: x.e, target: v.entity, sent: x.sent, confidence: x.set.place });
      else cityOfVenue(x, k + 1);
    }
    // "a visit to Beijing", "his trip to Tehran": where a visit goes is where it is held.
    if (w === 'to' && k === mm.end && x.frame.kind === 'visit') {
      const r = locationAt(ctx, k + 1);
      if (r) x.out.push({ type: 'located_in', source: x.e, target: r.entity, sent: x.sent, confidence: x.set.visited });
      return undefined;
    }
    if (w === 'in') {
      // "in the Russian city of Kazan", "in the Sudanese capital Khartoum": past the words before the name.
      // An anchored name right after "in" ("in US custody") is kept as before.
      const at = ctx.at[k + 1];
      const r = locationAt(ctx, k + 1) ?? (at && at.mention.start === k + 1 && (at.entity.type === 'place' || at.entity.type === 'state') ? at : undefined);
      if (r) x.out.push({ type: 'located_in', source: x.e, target: r.entity, sent: x.sent, confidence: x.set.place });
      // "at US consul general's residence in Istanbul": the venue is what stands between.
      return venueStart > 0 && k > venueStart ? ctx.text.slice(ctx.tokens[venueStart]!.start, ctx.tokens[k - 1]!.end).replace(/^the /i, '') : undefined;
    }
    if (LOCATION_STOP.has(w) || (ctx.meetingAt[k] && ctx.meetingAt[k] !== x.e)) return undefined;
  }
  return undefined;
}

/** "at the president's official Ankara residence": the city named as the venue's modifier holds it. */
function cityOfVenue(x: Reading, from: number): void {
  const { ctx } = x;
  for (let k = from; k < Math.min(x.s1, from + 6); k++) {
    const r = ctx.at[k];
    if (!r) continue;
    if (r.entity.type === 'place' && !r.mention.anchor && VENUES.has(ctx.lower(r.mention.end))) x.out.push({ type: 'located_in', source: x.e, target: r.entity, sent: x.sent, confidence: x.set.place });
    return;
  }
}

/** "visited Kyiv, where he met X", "in Doha, where talks were held": the place the clause of the event is about. */
export function wherePlace(x: Reading): boolean {
  const { ctx, mm } = x;
  const clause = clauseStart(ctx, mm.start, x.s0);
  if (ctx.lower(clause) !== 'where' || ctx.lower(clause - 1) !== ',') return false;
  const r = ctx.at[clause - 2];
  if (!r || r.mention.end !== clause - 1 || (r.entity.type !== 'place' && r.entity.type !== 'state')) return false;
  x.out.push({ type: 'located_in', source: x.e, target: r.entity, sent: x.sent, confidence: x.set.place, attributes: { cue: 'where' } });
  return true;
}

/** "In Jakarta, Tsang will meet President Suharto": the place a sentence opens with holds the first event of its main clause. */
export function openingPlace(x: Reading): boolean {
  const { ctx, mm, s0 } = x;
  // "In Washington, Rubio spoke by phone with X": a call joins two places, it is held in neither.
  if (ctx.lower(s0) !== 'in' || x.frame.kind === 'call') return false;
  const r = ctx.at[s0 + 1];
  if (!r || r.mention.start !== s0 + 1 || r.mention.anchor || (r.entity.type !== 'place' && r.entity.type !== 'state')) return false;
  const comma = r.mention.end;
  if (ctx.lower(comma) !== ',' || mm.start <= comma) return false;
  // Only the main clause's first event: a later clause may move elsewhere.
  for (let k = comma + 1; k < mm.start; k++) if (/^[,;:]$/.test(ctx.lower(k)) || (ctx.meetingAt[k] && ctx.meetingAt[k] !== x.e)) return false;
  x.out.push({ type: 'located_in', source: x.e, target: r.entity, sent: x.sent, confidence: x.set.place, attributes: { cue: 'in' } });
  return true;
}

/** "arrived in Beijing on Thursday for a four-day visit", "left Bahrain for Baghdad for talks": where the travel before the event leads. */
export function destinationBefore(x: Reading): void {
  const { ctx, mm } = x;
  for (let k = mm.start - 1; k >= Math.max(x.s0, mm.start - 12); k--) {
    if (ctx.lower(k) === ';' || (ctx.meetingAt[k] && ctx.meetingAt[k] !== x.e)) return;
    const r = ctx.at[k];
    if (!r) continue;
    if (r.entity.type !== 'place' && r.entity.type !== 'state') return;
    const s = r.mention.start;
    const prep = ctx.lower(s - 1);
    if (r.mention.anchor || (prep !== 'in' && prep !== 'to' && prep !== 'for')) return;
    if (prep === 'in' && stayBefore(x, r, s)) return;
    for (let j = Math.max(x.s0, s - 4); j < s - 1; j++) {
      if (TRAVEL.has(ctx.lower(j))) {
        x.out.push({ type: 'located_in', source: x.e, target: r.entity, sent: x.sent, confidence: x.set.destination, attributes: { cue: ctx.lower(j) } });
        return;
      }
    }
    return;
  }
}

/**
 * "Gordon Smith, in Ottawa for talks", "Rifkind was in Pakistan at the start of an Asian tour": the
 * person named right before ", in" or "was in" is there for the event, which is held there.
 */
function stayBefore(x: Reading, place: MentionRef, s: number): boolean {
  const { ctx, mm } = x;
  const cue = ctx.lower(s - 2);
  if (cue !== ',' && !STAY.has(cue)) return false;
  let k = place.mention.end;
  while (k < mm.start && (DATE_WORDS.has(ctx.lower(k)) || ctx.lower(k) === 'on' && DATE_WORDS.has(ctx.lower(k + 1)))) k++;
  if (!STAY_LINKS.has(ctx.lower(k))) return false;
  const person = ctx.mentionEndingAt(s - 2);
  if (!person || person.entity.type !== 'person') return false;
  x.out.push({ type: 'located_in', source: x.e, target: place.entity, sent: x.sent, confidence: x.set.destination, attributes: { cue: 'in' } });
  x.add(person.entity, x.set.byReference);
  return true;
}
