// Meeting stage: event mentions (meeting, talks, call, summit, visit, negotiations, "met") grouped
// into one frame per real event within a document. An indefinite or verbal mention opens a new
// event; definite, bare and possessive mentions refer back to the latest event of their kind.

import type { Component, MeetingFrame, MeetingKind, MeetingMention, MeetingStatus, Token } from './doc.ts';
import type { TextAnalysis } from './text.ts';
import { wordMap, words } from './words.ts';

const NOUNS = wordMap('meeting_nouns') as ReadonlyMap<string, MeetingKind>;
const CALL_MODIFIERS = words('call_modifiers');
const VERBS = words('meeting_verbs');
const AUX_ADVERBS = words('auxiliary_adverbs');
const NEGATION = words('negation');
const PLANNED = words('planned_cues');
const HYPOTHETICAL = words('hypothetical_cues');
const MET_OBJECTS = words('met_objects');
const PREPOSITIONS = words('prepositions');
const COMPOUND_HEADS = words('event_compound_heads');
const MARKET_SESSION = words('market_session_cues');
const PHONE_TALK = words('phone_talk_verbs');

/** Status from the words just before the event word (same sentence). */
function statusOf(before: string[]): MeetingStatus | undefined {
  if (before.some((w) => NEGATION.has(w))) return before.includes('called') && !before.includes('off') ? undefined : 'negated';
  if (before.some((w) => HYPOTHETICAL.has(w))) return 'hypothetical';
  if (before.some((w) => PLANNED.has(w))) return 'planned';
  return undefined;
}

/** Lower-cased words from the start of the clause (after the last comma or semicolon) to token i. */
function clauseWords(tokens: readonly Token[], i: number, sentStart: number): string[] {
  let k = i - 1;
  while (k >= sentStart && !/^[,;:]$/.test(tokens[k]!.norm)) k--;
  return tokens.slice(k + 1, i).map((x) => x.lower);
}

function modifierWindow(tokens: readonly Token[], i: number, sentStart: number): Token[] {
  return tokens.slice(Math.max(sentStart, i - 4), i);
}

/** Event mentions of one text, in order. */
export function findMeetingMentions(a: TextAnalysis): MeetingMention[] {
  const out: MeetingMention[] = [];
  const { tokens, sentences } = a;
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      let kind: MeetingKind | undefined = NOUNS.get(t.lower);
      const prev = tokens[i - 1];
      if (t.lower === 'call' && !(prev && (CALL_MODIFIERS.has(prev.lower) || prev.lower === 'a' || prev.lower === 'the'))) kind = undefined;
      if (t.lower === 'conversation' && !(prev && CALL_MODIFIERS.has(prev.lower))) kind = undefined;
      // A press or news conference is an announcement, not a meeting between parties.
      if (t.lower === 'conference' && prev && /^(press|news)$/.test(prev.lower)) kind = undefined;
      // "spoke by phone with X": a call.
      if ((t.lower === 'phone' || t.lower === 'telephone') && prev?.lower === 'by') kind = 'call';
      if (t.lower === 'visit' && prev && /^(to|will|would|plans|could)$/.test(prev.lower)) kind = 'visit';
      if (!kind && VERBS.has(t.lower) && t.lower !== 'meeting') kind = 'meeting';
      if (!kind || otherSense(tokens, i, s.tokenStart)) continue;
      let start = i;
      if (kind === 'call' && prev && CALL_MODIFIERS.has(prev.lower) && t.lower !== 'phone' && t.lower !== 'telephone') start = i - 1;
      const before = modifierWindow(tokens, start, s.tokenStart).map((x) => x.lower);
      // Negation reaches back to the clause's start ("No Israeli delegation attended Sunday's meeting").
      const clause = clauseWords(tokens, start, s.tokenStart);
      let status: MeetingStatus | undefined = clause.some((w) => NEGATION.has(w) && w !== 'called') ? 'negated' : t.lower === 'met' ? undefined : statusOf(before);
      // "to meet", "will meet": the bare verb speaks of a meeting still to come.
      if (t.lower === 'meet' && !status) status = 'planned';
      out.push(status ? { start, end: i + 1, kind, status } : { start, end: i + 1, kind });
    }
  }
  return out;
}

/**
 * Event words used in another sense: "demands were met", "to meet their commitments" (met/meet
 * whose object is no name), "a call for elections", "told Reuters by telephone" (an interview),
 * "the Organisation of the Islamic Conference" and "Lees Summit" (part of a name).
 */
function otherSense(tokens: readonly Token[], i: number, sentStart: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (VERBS.has(t.lower) || (t.lower === 'meeting' && next && /^(its|their|his|her|our|all)$/.test(next.lower))) {
    // "demands were met", "were not fully met"
    let j = i - 1;
    while (j > sentStart && AUX_ADVERBS.has(tokens[j]!.lower)) j--;
    if (j >= sentStart && /^(were|was|be|been|being|are|is)$/.test(tokens[j]!.lower)) return true;
    // "met the conditions", "meet the required deadlines", "meeting its revenue targets"; "met the president" is a meeting.
    for (let k = i + 1; k < Math.min(tokens.length, i + 6) && tokens[k]!.sent === t.sent; k++) {
      const w = tokens[k]!;
      if (MET_OBJECTS.has(w.lower)) return true;
      // "met with workers over their demands" is a meeting: the object ends at a preposition.
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w.text) || PREPOSITIONS.has(w.lower) || w.lower === 'and') break;
    }
  }
  // "visit permits", "a tour guide"; "the trading session", "the second consecutive session"
  if (!VERBS.has(t.lower) && next && COMPOUND_HEADS.has(next.lower)) return true;
  if (t.lower === 'session' && prev && MARKET_SESSION.has(prev.lower)) return true;
  if (t.lower === 'call' && next && next.lower === 'for') return true;
  // "told Reuters by telephone" is an interview; "told Reuters after speaking by telephone to X" a call.
  if ((t.lower === 'telephone' || t.lower === 'phone') && prev?.lower === 'by' && !PHONE_TALK.has(tokens[i - 2]?.lower ?? '') && tokens.slice(Math.max(sentStart, i - 6), i).some((x) => /^(told|said|says|tells)$/.test(x.lower))) return true;
  // A capitalized event noun inside a name: not at the sentence start, next to another capitalized word.
  if (i > sentStart && /^\p{Lu}/u.test(t.text) && !VERBS.has(t.lower) && t.text !== t.text.toUpperCase()) {
    const capPrev = prev && /^\p{Lu}/u.test(prev.text) && i - 1 > sentStart;
    const ofPrev = prev && prev.lower === 'the' && tokens[i - 2] && /^\p{Lu}/u.test(tokens[i - 2]!.text);
    const capNext = next && (/^\p{Lu}/u.test(next.text) || next.lower === 'on' || next.lower === 'of');
    if (capPrev || ofPrev || capNext) return true;
  }
  return false;
}

function opensNewEvent(tokens: readonly Token[], m: MeetingMention): boolean {
  if (VERBS.has(tokens[m.end - 1]!.lower)) return true;
  for (let k = m.start - 1; k >= Math.max(0, m.start - 4); k--) {
    const w = tokens[k]!.lower;
    if (w === 'a' || w === 'an') return true;
    if (w === 'the' || w === 'this' || w === 'that' || w.endsWith("'s") || w === "'s") return false;
    if (/^[.,;:!?"]$/.test(w)) break;
  }
  return false;
}

/** Groups event mentions into frames: one frame per real event. */
export function groupMeetings(a: TextAnalysis, mentions: MeetingMention[]): MeetingFrame[] {
  const frames: MeetingFrame[] = [];
  const latest = new Map<'call' | 'visit' | 'other', MeetingFrame>();
  /** The sentence where each frame was opened. */
  const opened = new Map<MeetingFrame, number>();
  let lastVerbFrame: { frame: MeetingFrame; sent: number } | null = null;
  for (const m of mentions) {
    // "No Israeli delegation attended Sunday's meeting": a denied participation in a known event.
    const definite = !opensNewEvent(a.tokens, m) && !VERBS.has(a.tokens[m.end - 1]!.lower);
    // A visit and the talks held during it are two events: "the talks" refer back to talks, "the visit" to a visit.
    const family = m.kind === 'call' ? 'call' : m.kind === 'visit' ? 'visit' : 'other';
    const known = latest.get(family);
    if (m.status === 'negated' && definite && known) {
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
    // "met in Turkey ... for talks": the noun in the verb's sentence names the same event.
    if (lastVerbFrame && lastVerbFrame.sent === sent && family === 'other') frame = lastVerbFrame.frame;
    else if (!opensNewEvent(a.tokens, m)) frame = latest.get(family);
    // A headline's event is the one the first sentences tell ("Arafat to meet Peres in Gaza" ...
    // "Yasser Arafat will meet Shimon Peres in Gaza on Thursday").
    else if (known && opened.get(known) === 0 && sent > 0 && sent <= 3 && isHeadline(a, 0) && known.kind === m.kind) frame = known;
    if (!frame) {
      frame = { kind: m.kind, mentions: [], head: '', ...(m.status ? { status: m.status } : {}) };
      frames.push(frame);
      opened.set(frame, sent);
    }
    // A scheduled event that the text also tells as happening is a real event.
    if (!m.status && frame.status === 'planned') delete frame.status;
    frame.mentions.push(m);
    latest.set(family, frame);
    if (VERBS.has(a.tokens[m.end - 1]!.lower)) lastVerbFrame = { frame, sent };
    const level = levelNear(a.tokens, m);
    if (level && !frame.level) frame.level = level;
  }
  for (const f of frames) f.head = headOf(a.tokens, f);
  return frames;
}

/** A headline: a short first line, standing alone. */
function isHeadline(a: TextAnalysis, sent: number): boolean {
  const s = a.sentences[sent]!;
  return s.tokenEnd - s.tokenStart <= 15 && a.text.slice(s.end, (a.sentences[sent + 1]?.start ?? s.end)).includes('\n');
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
    const w = tokens[m.end - 1]!.lower;
    if (VERBS.has(w)) continue;
    if (w === 'discussion' || w === 'discussions' || w === 'consultations') return 'talks';
    if (w === 'meetings' || w === 'gathering' || w === 'forum') return 'meeting';
    return w;
  }
  return f.kind;
}

export const meetingsComponent: Component = {
  name: 'meetings',
  requires: ['tokens', 'sentences'],
  assigns: ['frames'],
  defaults: {},
  run: (doc) => ({ frames: groupMeetings(doc, findMeetingMentions(doc)) }),
};
