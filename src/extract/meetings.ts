// Meeting stage: event mentions (meeting-words.ts) grouped into one frame per real event within a
// document. An indefinite or verbal mention opens a new event; definite, bare and possessive
// mentions refer back to the latest event of their kind.

import type { Component, MeetingFrame, MeetingMention, Token } from './doc.ts';
import { identityOf, verbVisitDestination } from './meeting-identity.ts';
import { findMeetingMentions, isVerbal } from './meeting-words.ts';
import { isSportsReport } from './mention-types.ts';
import { onSidelines } from './sidelines.ts';
import { capitalized, isHeadline, type TextAnalysis } from './text.ts';
import { words } from './words.ts';

export { findMeetingMentions, isVerbal };

const VISITED = words('visit_event_verbs');
const FILLERS = words('participant_fillers');
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to']);
const EARLIER_OTHER = words('other_event_modifiers');
const PAST_VISIT_CUES = words('past_visit_cues');
const HOPED = words('hypothetical_cues');
const MODALS = words('modal_cues');
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

function opensNewEvent(tokens: readonly Token[], m: MeetingMention): boolean {
  if (isVerbal(tokens, m)) return true;
  for (let k = m.start - 1; k >= Math.max(0, m.start - 4); k--) {
    const w = tokens[k]!.lower;
    // "also held separate talks": another event than the one told; "their previous meeting": an
    // earlier one (right before the event word: "after two days of talks" is no earlier event).
    if (w === 'a' || w === 'an' || (EARLIER_OTHER.has(w) && k >= m.start - 2)) return true;
    if (w === 'the' || w === 'this' || w === 'that' || w.endsWith("'s") || w === "'s") return false;
    if (/^[.,;:!?"]$/.test(w)) break;
  }
  return false;
}

/**
 * Places named after "in", "at" or "to" (and "the") in tokens [from, to): each as its country when
 * the lexicon knows it (so that "Istanbul" and "Turkey" agree), else as its name. `placeAt` maps
 * the first token of each place or state mention to that key.
 */
function placesNamed(tokens: readonly Token[], from: number, to: number, placeAt: ReadonlyMap<number, string>): string[] {
  const out: string[] = [];
  for (let k = from; k < to - 1; k++) {
    if (!PLACE_PREPOSITIONS.has(tokens[k]!.lower)) continue;
    const key = placeAt.get(tokens[k + 1]!.lower === 'the' ? k + 2 : k + 1);
    if (key) out.push(key);
  }
  return out;
}

/** The comma of ", where" opening the event word's clause ("Moscow, where he held talks"), if any. */
function whereClause(a: TextAnalysis, m: MeetingMention): number | undefined {
  const { tokens } = a;
  const from = Math.max(a.sentences[tokens[m.start]!.sent]!.tokenStart + 1, m.start - 5);
  for (let j = m.start - 1; j >= from; j--) {
    if (tokens[j]!.lower === 'where') return tokens[j - 1]!.text === ',' ? j - 1 : undefined;
    if (/^[,;:]$/.test(tokens[j]!.text)) return undefined;
  }
  return undefined;
}

/**
 * "The talks in Doha" after a meeting in Riyadh, "held talks with X in Berlin" after talks in Doha:
 * a definite or bare event word placed somewhere the earlier event's sentences place it elsewhere
 * is another event. A place the earlier event had none of is its venue told later ("to hold peace
 * talks in London").
 */
function placedElsewhere(a: TextAnalysis, m: MeetingMention, frame: MeetingFrame, placeAt: ReadonlyMap<number, string>): boolean {
  const { tokens } = a;
  const sent = tokens[m.start]!.sent;
  // The place right after the event word, or after the party it is held with ("talks with Chancellor X in Berlin").
  let k = m.end;
  if (tokens[k]?.lower === 'with') {
    k++;
    while (k < m.end + 8 && tokens[k]?.sent === sent && (capitalized(tokens[k]) || FILLERS.has(tokens[k]!.lower))) k++;
  }
  const here = tokens[k]?.sent === sent ? placesNamed(tokens, k, Math.min(k + 3, a.sentences[sent]!.tokenEnd), placeAt) : [];
  // Or where the traveller went for it ("arrived in Cairo for talks", "travelled to Moscow, where he held talks").
  const where = tokens[m.start - 1]?.lower === 'for' ? m.start - 1 : whereClause(a, m);
  if (where !== undefined) {
    const from = Math.max(a.sentences[sent]!.tokenStart, where - 8);
    for (let j = where - 1; j >= from && !/^[,;:]$/.test(tokens[j]!.text); j--) {
      if (PLACE_PREPOSITIONS.has(tokens[j]!.lower)) here.push(...placesNamed(tokens, j, j + 3, placeAt));
    }
  }
  if (here.length === 0) return false;
  if (frame.mentions.some((x) => tokens[x.start]!.sent === sent)) return false;
  const before = framePlaces(a, frame, placeAt);
  return before.length > 0 && !here.some((p) => before.includes(p));
}

/** The latest visit told as happening whose sentences name `place` after "in", "at" or "to". */
function visitPlaced(a: TextAnalysis, frames: readonly MeetingFrame[], place: string, placeAt: ReadonlyMap<number, string>): MeetingFrame | undefined {
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i]!;
    if (f.kind === 'visit' && !f.status && framePlaces(a, f, placeAt).includes(place)) return f;
  }
  return undefined;
}

/** The places named after "in", "at" or "to" in the sentences of an event's mentions. */
function framePlaces(a: TextAnalysis, frame: MeetingFrame | undefined, placeAt: ReadonlyMap<number, string>): string[] {
  const out: string[] = [];
  for (const s of new Set(frame?.mentions.map((x) => a.tokens[x.start]!.sent))) {
    const { tokenStart, tokenEnd } = a.sentences[s]!;
    out.push(...placesNamed(a.tokens, tokenStart, tokenEnd, placeAt));
  }
  return out;
}

/**
 * "the next European Commission meeting" after "talks with Germany", "the party's Labour conference"
 * after negotiations: a definite event word named by the body that holds it (`bodyAt`: the first tokens of organization mentions), with a head word none of the earlier
 * event's nouns has, is that body's own event. "The Baghdad meeting" after talks in Baghdad, "the
 * Sino-U.S. talks" after talks, and a summit after "X met Y" stay the event told.
 */
function namedOther(a: TextAnalysis, m: MeetingMention, frame: MeetingFrame, bodyAt: ReadonlySet<number>): boolean {
  const { tokens } = a;
  const head = tokens[m.end - 1]!.lower;
  const nouns = frame.mentions.filter((x) => !isVerbal(tokens, x)).map((x) => tokens[x.end - 1]!.lower);
  if (nouns.length === 0 || nouns.includes(head)) return false;
  // The capitalized words right before the head ("GOP", "European Commission"), one of them opening a body's name.
  const sentStart = a.sentences[tokens[m.start]!.sent]!.tokenStart;
  for (let k = m.end - 2; k >= sentStart && capitalized(tokens[k]) && !DETERMINERS.has(tokens[k]!.lower); k--) if (bodyAt.has(k)) return true;
  return false;
}

/**
 * "Ekeus would hold talks with X" after "left for talks with Iraqi officials", "said X would hold
 * discussions": an event word made hypothetical only by a modal is the event already told, reported.
 * "wanted to open negotiations", "future negotiations" are hoped for: another event.
 */
function onlyModal(a: TextAnalysis, m: MeetingMention): boolean {
  const { tokens } = a;
  const from = Math.max(a.sentences[tokens[m.start]!.sent]!.tokenStart, m.start - 4);
  const before = tokens.slice(from, m.start).map((t) => t.lower).filter((w) => HOPED.has(w));
  return before.length > 0 && before.every((w) => MODALS.has(w));
}

/** Groups event mentions into frames: one frame per real event. */
export function groupMeetings(
  a: TextAnalysis,
  mentions: MeetingMention[],
  placeAt: ReadonlyMap<number, string> = new Map(),
  bodyAt: ReadonlySet<number> = new Set(),
): MeetingFrame[] {
  const frames: MeetingFrame[] = [];
  const latest = new Map<'call' | 'visit' | 'other', MeetingFrame>();
  /** The sentence where each frame was opened. */
  const opened = new Map<MeetingFrame, number>();
  let lastVerbFrame: { frame: MeetingFrame; sent: number } | null = null;
  /** The latest visit told by the verb ("visited Colombo"), not in passing. */
  let visitedFrame: MeetingFrame | undefined;
  const body = bodyStart(a);
  /** Events by the words that single them out ("visit|to ukraine"). */
  const byIdentity = new Map<string, MeetingFrame>();
  /** Where each visit told by "to visit PLACE" goes. */
  const goingTo = new Map<MeetingFrame, string>();
  const items = laterItemStarts(a);
  let item = 0;
  for (const m of mentions) {
    // A press review's "- item" lines are stories of their own: a bare or definite event word of one
    // item does not refer to another item's event (the same words still name the same event).
    const sentOf = a.tokens[m.start]!.sent;
    let crossed = false;
    for (; item <= sentOf; item++) crossed ||= items.has(item);
    if (crossed) {
      latest.clear();
      lastVerbFrame = null;
      visitedFrame = undefined;
    }
    // "Levy to visit Egypt": a visit of its own, not the visit told before (to the United States);
    // "arrived in Beijing for a visit ... the first minister to visit China" is the visit told.
    const dest = verbVisitDestination(a, m, placeAt);
    const visitThere = dest && visitPlaced(a, frames, dest.place, placeAt);
    const goesTo = dest && !visitThere ? dest.said : undefined;
    // "No Israeli delegation attended Sunday's meeting": a denied participation in a known event.
    const definite = !goesTo && !opensNewEvent(a.tokens, m);
    const verbal = isVerbal(a.tokens, m);
    // A visit and the talks held during it are two events: "the talks" refer back to talks, "the visit" to a visit.
    const family = m.kind === 'call' ? 'call' : m.kind === 'visit' ? 'visit' : 'other';
    const known = latest.get(family);
    if ((m.status === 'negated' || (m.status === 'hypothetical' && !verbal && !known?.status && onlyModal(a, m))) && definite && known) {
      known.mentions.push(m);
      continue;
    }
    if (m.status === 'negated' || m.status === 'hypothetical') {
      // Denied or only hoped for: its own event, never the referent of "the meeting".
      frames.push({ kind: m.kind, mentions: [m], head: '', status: m.status });
      continue;
    }
    const sent = a.tokens[m.start]!.sent;
    let frame: MeetingFrame | undefined;
    // "met X on the sidelines of the summit": the summit is another event than the meeting beside it.
    const aside = onSidelines(a.tokens, m);
    const verbHere: MeetingFrame | undefined = lastVerbFrame && lastVerbFrame.sent === sent ? lastVerbFrame.frame : undefined;
    // "met in Turkey ... for talks": the noun in the verb's sentence names the same event.
    if (verbHere && family === 'other' && !verbal && !aside) frame = verbHere;
    // The event the verb's meeting is held beside is not that meeting, though it is the latest one.
    else if (aside && verbHere && known === verbHere) frame = undefined;
    else if (visitThere) frame = visitThere;
    else if (definite) {
      // "X visited Y on Tuesday. The visit ...": with no visit told by a noun, "the visit" is the one the verb told.
      frame = known ?? (family === 'visit' && saysThe(a.tokens, m) ? visitedFrame : undefined);
      if (frame && (placedElsewhere(a, m, frame, placeAt) || namedOther(a, m, frame, bodyAt))) frame = undefined;
    }
    // A headline's event is the one the first sentences tell ("Arafat to meet Peres in Gaza" ...
    // "Yasser Arafat will meet Shimon Peres in Gaza on Thursday").
    // (Not "X is to visit Egypt" under "Ministers to visit Canada": the headline's visit goes elsewhere.)
    else if (known && !(dest && (goingTo.get(known) ?? dest.place) !== dest.place) && opened.get(known) === 0 && sent > 0 && sent <= body + 1 && isHeadline(a, 0) && known.kind === m.kind) frame = known;
    // "a visit to Ukraine" told twice, "a whirlwind Irish tour" ... "a triumphant Irish tour": the same words name the same event.
    const said = goesTo ?? (verbal ? undefined : identityOf(a, m));
    // Not a visit still to come with one told as past ("began a visit to Nairobi ... will make a visit to Nairobi again").
    const same = said ? byIdentity.get(said) : undefined;
    if (!frame && same && same.status === m.status) frame = same;
    if (!frame) {
      frame = { kind: m.kind, mentions: [], head: '', ...(m.status ? { status: m.status } : {}) };
      frames.push(frame);
      opened.set(frame, sent);
    }
    // A scheduled event that the text also tells as happening is a real event.
    if (!m.status && frame.status === 'planned') delete frame.status;
    frame.mentions.push(m);
    if (dest && !goingTo.has(frame)) goingTo.set(frame, dest.place);
    if (said && !byIdentity.has(said)) byIdentity.set(said, frame);
    // "who last visited China in 1993 ... during his visit": a visit told by the verb is seldom the one a bare or
    // later noun refers to; only "the visit" with no visit told by a noun goes back to it (visitedFrame).
    // "the meeting" after "met X on the sidelines of the summit" is the meeting.
    const toldByVisitVerb = VISITED.has(a.tokens[m.end - 1]!.lower);
    if (!toldByVisitVerb && !(aside && verbHere)) latest.set(family, frame);
    else if (toldByVisitVerb && !earlierVisit(a.tokens, m)) visitedFrame = frame;
    if (verbal) lastVerbFrame = { frame, sent };
    const level = levelNear(a.tokens, m);
    if (level && !frame.level) frame.level = level;
  }
  for (const f of frames) f.head = headOf(a.tokens, f);
  return frames;
}

/** "- Item", "-- Item": one or two dashes and a word; "- - - -" and "---" are separators. */
const ITEM_LINE = /^[-–—]{1,2} +[\p{L}\p{N}"']/u;

/**
 * The sentences that open a "- item" or "-- item" line of a press review or digest (not a separator),
 * past the first: a news story's lead may start with "- " too, and before the first item there is
 * only the review's heading.
 */
function laterItemStarts(a: TextAnalysis): Set<number> {
  const out = new Set<number>();
  let first = true;
  a.sentences.forEach(({ tokenStart, tokenEnd }, s) => {
    const t = a.tokens[tokenStart]!;
    if (t.norm !== '-' || tokenEnd - tokenStart < 2 || (t.start > 0 && a.text[t.start - 1] !== '\n')) return;
    if (!ITEM_LINE.test(a.text.slice(t.start, t.start + 6))) return;
    if (!first) out.add(s);
    first = false;
  });
  return out;
}

/**
 * "Hashimoto, who has already visited Mexico", "who last visited China in 1993", "had previously
 * visited Iran": a visit verb in a relative clause or after an adverb of the past tells an earlier
 * visit in passing, not the one the story is about.
 */
function earlierVisit(tokens: readonly Token[], m: MeetingMention): boolean {
  const sent = tokens[m.start]!.sent;
  for (let k = m.start - 1; k >= Math.max(0, m.start - 6) && tokens[k]!.sent === sent; k--) {
    const w = tokens[k]!.lower;
    if (PAST_VISIT_CUES.has(w)) return true;
    if (/^[,;:]$/.test(w)) return false;
  }
  return false;
}

/** The event word comes right after an article, a demonstrative or a possessive ("the visit", "his visit", "Lutz's visit"). */
function saysThe(tokens: readonly Token[], m: MeetingMention): boolean {
  const w = tokens[m.start - 1]?.lower ?? '';
  return /^(the|this|that|his|her|their|its|'s)$/.test(w) || w.endsWith("'s");
}

/** The first sentence of the story's body: past the headline and the short lines after it (byline, dateline). */
function bodyStart(a: TextAnalysis): number {
  let k = 1;
  while (k < a.sentences.length && isHeadline(a, k)) k++;
  return k;
}

function levelNear(tokens: readonly Token[], m: MeetingMention): string | undefined {
  const sent = tokens[m.start]!.sent;
  const win = tokens.slice(Math.max(0, m.start - 4), m.end + 6).filter((t) => t.sent === sent).map((t) => t.lower);
  const joined = win.join(' ').replace(/ - /g, '-');
  const match = joined.match(/high-level|expert level|ministerial|working-level|senior-level/);
  return match ? match[0] : undefined;
}

/** The word the text introduces the event with ("a summit", "for talks"), the verb aside. */
function headOf(tokens: readonly Token[], f: MeetingFrame): string {
  if (f.kind === 'call') return 'phone call';
  for (const m of f.mentions) {
    if (isVerbal(tokens, m)) continue;
    const w = tokens[m.end - 1]!.lower;
    if (w === 'discussion' || w === 'discussions' || w === 'consultations') return 'talks';
    if (w === 'meetings' || w === 'gathering' || w === 'forum') return 'meeting';
    return w;
  }
  return f.kind;
}

export const meetingsComponent: Component = {
  name: 'meetings',
  requires: ['tokens', 'sentences', 'mentions'],
  assigns: ['frames'],
  defaults: {},
  run: (doc) => {
    const persons = new Set<number>();
    const places = new Map<number, string>();
    const bodies = new Set<number>();
    for (const m of doc.mentions) {
      if (m.type === 'person') persons.add(m.start);
      else if (m.type === 'organization') bodies.add(m.start);
      else if (m.type === 'place' || m.type === 'state') places.set(m.start, m.entry?.country ?? doc.tokens.slice(m.start, m.end).map((t) => t.lower).join(' '));
    }
    // A sports report's "international meeting", "Tour of the Netherlands", "Agassi meets Alami",
    // "the past 15 meetings" and "a call-up" are contests and races, not events between parties.
    if (isSportsReport(doc.tokens)) return { frames: [] };
    return { frames: groupMeetings(doc, findMeetingMentions(doc, persons), places, bodies) };
  },
};
