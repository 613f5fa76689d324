// Event words of a text: meeting, talks, call, summit, visit, negotiations, "met", "hosted X",
// each with its kind and status (planned, hypothetical, negated), and the same words in other
// senses left out ("demands were met", "a visit permit", "a regular session").

import type { MeetingKind, MeetingMention, MeetingStatus, Token } from './doc.ts';
import { capitalized, isHeadline, type TextAnalysis } from './text.ts';
import { wordMap, words } from './words.ts';

const NOUNS = wordMap('meeting_nouns') as ReadonlyMap<string, MeetingKind>;
const CALL_MODIFIERS = words('call_modifiers');
const VERBS = words('meeting_verbs');
const AUX_ADVERBS = words('auxiliary_adverbs');
const NEGATION = words('negation');
const REFUSAL = words('refusal_verbs');
const PLANNED = words('planned_cues');
const HYPOTHETICAL = words('hypothetical_cues');
const MET_OBJECTS = words('met_objects');
const PREPOSITIONS = words('prepositions');
const COMPOUND_HEADS = words('event_compound_heads');
const MARKET_SESSION = words('market_session_cues');
const PHONE_TALK = words('phone_talk_verbs');
const VISITED = words('visit_event_verbs');
const HOST_VERBS = words('host_verbs');
const CALL_VERBS = words('call_verbs');
/** Objects of a host verb that are guests though not named: "received the Japanese ministers". */
const GUEST_GROUPS = new Set(['counterpart', 'counterparts', 'delegation', 'delegations', 'officials', 'leaders', 'ministers', 'envoys']);
const GERUND_CUES = words('gerund_cues');
const VISIT_FORMS = words('visit_verbs');
const OUTSIDERS = words('outsider_visitors');
const HABITUAL = words('habitual_adverbs');
const HABITUAL_ADJ = words('habitual_adjectives');
const TRIP_LINKS = words('trip_links');
const CONTESTS = words('contest_words');

/**
 * "after meeting New Zealand Finance Minister Bill Birch", "after meeting northern opposition
 * leader X", "before meeting with Y": "meeting" as a verb with its object (no article before it).
 */
function gerundMeeting(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || next.sent !== tokens[i]!.sent || !GERUND_CUES.has(prev.lower)) return false;
  return /^\p{L}/u.test(next.text) && (next.lower === 'with' || !PREPOSITIONS.has(next.lower));
}

/**
 * "visited Colombo", "they were visited by Monsignor X", "briefed visiting U.S. Congressman Y": a
 * visit told by the verb, when a name follows. "met visiting French Foreign Minister X" and "a
 * meeting with visiting X" are the meeting already told, "before visiting Montenegro" the
 * traveller's trip told already; "a visiting group" and "visited by foreigners" are no event.
 */
function visitedEvent(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  let next = tokens[i + 1];
  if (t.lower === 'visiting' && prev && (VERBS.has(prev.lower) || GERUND_CUES.has(prev.lower) || /^(with|a|an|the)$/.test(prev.lower))) return false;
  if (t.lower === 'visited' && next?.lower === 'by') next = tokens[i + 2];
  return next !== undefined && next.sent === t.sent && capitalized(next);
}

/**
 * "hosted his Brazilian counterpart X", "received the Japanese ministers", "welcomed President X":
 * a host verb is a meeting when its object, past possessives, demonyms and titles, is a person
 * (`personAt` its first token) or a group of officials; "received a letter", "welcomed the deal"
 * and "received the Nobel Prize" are none.
 */
function receivesGuest(tokens: readonly Token[], i: number, personAt: ReadonlySet<number>): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 7) && tokens[k]!.sent === tokens[i]!.sent; k++) {
    if (personAt.has(k) || GUEST_GROUPS.has(tokens[k]!.lower)) return true;
    if (!/^(the|his|her|their|its|visiting)$/.test(tokens[k]!.lower) && !capitalized(tokens[k])) return false;
  }
  return false;
}

/** An event told by a verb ("met", "visited Colombo", "hosted X", "after meeting X"): it opens an event of its own, with a subject and an object. */
export function isVerbal(tokens: readonly Token[], m: MeetingMention): boolean {
  const w = tokens[m.end - 1]!.lower;
  return VERBS.has(w) || VISITED.has(w) || HOST_VERBS.has(w) || CALL_VERBS.has(w) || (w === 'meeting' && gerundMeeting(tokens, m.end - 1));
}

/** "to visit", "will visit", "plans visit": the word "visit" used as a verb, telling a visit of its own. */
export function visitAsVerb(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return tokens[i]!.lower === 'visit' && !!prev && /^(to|will|would|plans|could)$/.test(prev.lower);
}

/** Status from the words just before the event word (same sentence). */
function statusOf(before: string[]): MeetingStatus | undefined {
  if (before.some((w) => NEGATION.has(w))) return before.includes('called') && !before.includes('off') ? undefined : 'negated';
  if (before.some((w) => HYPOTHETICAL.has(w))) return 'hypothetical';
  if (before.some((w) => PLANNED.has(w))) return 'planned';
  return undefined;
}

/**
 * "refused to meet Y", "declined to hold talks": the refused event did not take place. "refused to
 * join the talks" and "declined to comment on the talks" say nothing against the talks.
 */
function refusedEvent(tokens: readonly Token[], start: number, sentStart: number): boolean {
  let k = start - 1;
  if (!VERBS.has(tokens[start]!.lower)) {
    if (k > sentStart && /^(a|an|any|the)$/.test(tokens[k]!.lower)) k--;
    if (!(k > sentStart && /^(hold|have)$/.test(tokens[k]!.lower))) return false;
    k--;
  }
  return k > sentStart && tokens[k]!.lower === 'to' && REFUSAL.has(tokens[k - 1]!.lower);
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

/** Event mentions of one text, in order (`personAt`: the first tokens of its person mentions). */
export function findMeetingMentions(a: TextAnalysis, personAt: ReadonlySet<number> = new Set()): MeetingMention[] {
  const out: MeetingMention[] = [];
  const { tokens, sentences } = a;
  for (const s of sentences) {
    // A headline tells the news in the present: "leaders meet in Baghdad", "Chechens open new round of talks".
    const headline = s === sentences[0] && isHeadline(a, 0);
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
      if (visitAsVerb(tokens, i)) kind = 'visit';
      if (!kind && VERBS.has(t.lower)) kind = 'meeting';
      if (!kind && VISITED.has(t.lower) && visitedEvent(tokens, i)) kind = 'visit';
      if (!kind && HOST_VERBS.has(t.lower) && receivesGuest(tokens, i, personAt)) kind = 'meeting';
      // "X telephoned Y", "X phoned President Y": a call between the two (not "telephoned a radio station").
      if (!kind && CALL_VERBS.has(t.lower) && receivesGuest(tokens, i, personAt)) kind = 'call';
      if (!kind || otherSense(tokens, i, s.tokenStart)) continue;
      let start = i;
      if (kind === 'call' && prev && CALL_MODIFIERS.has(prev.lower) && t.lower !== 'phone' && t.lower !== 'telephone') start = i - 1;
      const before = modifierWindow(tokens, start, s.tokenStart).map((x) => x.lower).filter((w, k, ws) => !(headline && w === 'open' && ws[k - 1] !== 'to'));
      // Negation reaches back to the clause's start ("No Israeli delegation attended Sunday's meeting").
      const clause = clauseWords(tokens, start, s.tokenStart);
      let status: MeetingStatus | undefined = clause.some((w) => NEGATION.has(w) && w !== 'called') ? 'negated' : t.lower === 'met' ? undefined : statusOf(before);
      if (!status && refusedEvent(tokens, start, s.tokenStart)) status = 'negated';
      // "to meet", "will meet": the bare verb speaks of a meeting still to come (in a headline, only after "to" or "can").
      if (t.lower === 'meet' && !status && !(headline && prev && !/^(to|can)$/.test(prev.lower))) status = 'planned';
      // "a summit meeting", "summit talks": one event named by two event nouns, the first a modifier
      // ("a conference call": the modifier already taken in as the call's start).
      const last = out[out.length - 1];
      if (last && (last.end === start || last.start === start) && !isVerbal(tokens, last) && (last.kind === 'meeting' || last.kind === 'summit')) {
        last.end = i + 1;
        if (last.kind !== 'summit') last.kind = kind;
        continue;
      }
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
  if (VERBS.has(t.lower) || (t.lower === 'meeting' && next && (/^(its|their|his|her|our|all)$/.test(next.lower) || gerundMeeting(tokens, i)))) {
    // "demands were met", "were not fully met"
    let j = i - 1;
    while (j > sentStart && AUX_ADVERBS.has(tokens[j]!.lower)) j--;
    if (j >= sentStart && /^(were|was|be|been|being|are|is)$/.test(tokens[j]!.lower)) return true;
    // "met the conditions", "meet the required deadlines", "meeting its revenue targets"; "met the president" is a meeting.
    for (let k = i + 1; k < Math.min(tokens.length, i + 6) && tokens[k]!.sent === t.sent; k++) {
      const w = tokens[k]!;
      if (MET_OBJECTS.has(w.lower)) return true;
      // "failed to meet EU demands", "meet Washington's conditions": a name owning the object.
      if (/^\p{Lu}/u.test(w.text)) {
        const n = tokens[k + 1]?.lower === "'s" ? tokens[k + 2] : tokens[k + 1];
        if (n && n.sent === t.sent && MET_OBJECTS.has(n.lower)) return true;
      }
      // "met with workers over their demands" is a meeting: the object ends at a preposition.
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w.text) || PREPOSITIONS.has(w.lower) || w.lower === 'and') break;
    }
  }
  // "visit permits", "a tour guide"; "the trading session", "the second consecutive session"
  if (!VERBS.has(t.lower) && next && COMPOUND_HEADS.has(next.lower)) return true;
  if (t.lower === 'session' && prev && MARKET_SESSION.has(prev.lower)) return true;
  if (t.lower === 'call' && next && next.lower === 'for') return true;
  if (noPartiesMeet(tokens, i, sentStart)) return true;
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

/**
 * Visits, trips and "met" that are no event between parties (the guidelines' meeting is talks,
 * a call, a summit or a visit between parties): police or private people calling on someone or
 * somewhere ("police investigating a theft visited X", "Slovak women visited X"), a habit
 * ("officials often visit his shop", "the two countries hold regular talks"), a journey going
 * nowhere named ("went on a two-day trip outside Moscow"), a game ("Taibe met Betar in a Cup match").
 */
function noPartiesMeet(tokens: readonly Token[], i: number, sentStart: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const verbForm = VERBS.has(t.lower) || (VISIT_FORMS.has(t.lower) && !(prev && /^(a|an|the|his|her|its|their|'s)$/.test(prev.lower)));
  if (verbForm && prev && HABITUAL.has(prev.lower)) return true;
  if (!verbForm && habitHeld(tokens, i, sentStart)) return true;
  if (VISIT_FORMS.has(t.lower) && verbForm && outsiderVisitor(tokens, i, sentStart)) return true;
  if (VERBS.has(t.lower)) {
    for (let k = sentStart; k < tokens.length && tokens[k]!.sent === t.sent; k++) if (CONTESTS.has(tokens[k]!.lower)) return true;
  }
  if (/^(trip|tour)$/.test(t.lower)) return journeyNowhere(tokens, i, sentStart);
  return false;
}

/**
 * "hold regular talks", "have annual "two-plus-two" meetings": a habitual adjective in a bare noun
 * phrase (no article or possessive: "held its annual meeting" is one) after a verb of holding.
 */
function habitHeld(tokens: readonly Token[], i: number, sentStart: number): boolean {
  let habit = false;
  for (let k = i - 1; k >= Math.max(sentStart, i - 10); k--) {
    const w = tokens[k]!.lower;
    if (HABITUAL_ADJ.has(w)) habit = true;
    else if (/^(hold|holds|held|have|has|had)$/.test(w)) return habit;
    else if ((!/^[\p{Ll}-]+$/u.test(tokens[k]!.text) && !/^["“”-]$/.test(w)) || /^(a|an|the|its|their|his|her|our)$/.test(w)) return false;
  }
  return false;
}

/**
 * The visitor of a visit verb is police or private people: the nearest such word before it in the
 * sentence, past the earlier object of a coordination ("police have visited Bratislava and will
 * visit Prague"), but not past who said it ("police said an officer had visited Bratislava"), a
 * comma or a name.
 */
function outsiderVisitor(tokens: readonly Token[], i: number, sentStart: number): boolean {
  for (let k = i - 1; k >= Math.max(sentStart, i - 8); k--) {
    const w = tokens[k]!;
    if (OUTSIDERS.has(w.lower)) return true;
    if (/^(said|say|says|told|tells|who|which)$/.test(w.lower) || /^[,;:"]$/.test(w.norm)) return false;
    if (capitalized(w) && k > sentStart && tokens[k + 1]?.lower !== 'and') return false;
  }
  return false;
}

/**
 * "a trip" or "a tour" (a new one, not "the trip" told before) that goes to no named place and has
 * no named modifier: a private journey ("a two-day trip outside Moscow to check out a holiday
 * home"), not a visit between parties ("a trip to Taiwan", "a whirlwind Irish tour", "a train trip
 * through West Virginia").
 */
function journeyNowhere(tokens: readonly Token[], i: number, sentStart: number): boolean {
  let indefinite = false;
  for (let k = i - 1; k >= Math.max(sentStart, i - 4); k--) {
    const w = tokens[k]!;
    if (/^(a|an)$/.test(w.lower)) { indefinite = true; break; }
    if (w.text === '-') continue; // "a two-day trip"
    if (/^\p{P}$/u.test(w.text) || /^(the|this|that|his|her|its|their)$/.test(w.lower) || w.lower.endsWith("'s")) return false;
    if (capitalized(w) && k > sentStart) return false;
  }
  if (!indefinite) return false;
  const link = tokens[i + 1];
  if (!link || link.sent !== tokens[i]!.sent || !TRIP_LINKS.has(link.lower)) return true;
  const k = /^(the|a|an)$/.test(tokens[i + 2]?.lower ?? '') ? i + 3 : i + 2;
  return !capitalized(tokens[k]);
}
