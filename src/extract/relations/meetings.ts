// participant_in and located_in for meetings: the subject of the event verb ("X held talks",
// "X attended a meeting"), "hosted by X", "delegations of X and Y", the verb's object ("X met Y"),
// "with X", "between X and Y", "the two countries/sides" (the last two states named), and
// "in PLACE" after the event word, across a venue ("at the consul's residence in Istanbul"); also
// names placed around the event: "met in Baghdad the Secretary-General of X, Y", "a call from X",
// "X offered thanks in a meeting with Y", "a NATO meeting", "talks between the two sides".

import { RELATION_TYPES, type EntityType } from '../../types.ts';
import type { Component, DocEntity, MeetingFrame, MeetingMention } from '../doc.ts';
import { isVerbal } from '../meetings.ts';
import { wordMap, words, wordsOf } from '../words.ts';
import { contextOf, firstRefFrom, type DocContext, type MentionRef, type RelationDraft } from './context.ts';

const ACTOR: ReadonlySet<EntityType> = new Set(RELATION_TYPES.participant_in.source);
const GROUP = words('group_nouns');
const PARTICIPATE = words('participation_verbs');
/** Verbs that give a participant's role. */
const ROLE_VERBS = wordMap('role_verbs');
const MEET_VERBS = wordsOf('meeting_verbs', 'visit_verbs');
const OPENERS = words('opening_clause_words');
const VISIT_VERBS = words('visit_verbs');
const PREPOSITIONS = words('prepositions');
const LOCATION_STOP = words('location_stops');
const FILLERS = words('participant_fillers');
/** "with Mr Putin": a form of address between "with" and the name. */
const HONORIFICS = words('honorifics');
const TRAVEL = words('travel_words');
const STAY = words('stay_verbs');
const PHONE_TALK = words('phone_talk_verbs');
const SAY = words('say_verbs');
const STAY_LINKS = words('stay_links');
const DATE_WORDS = wordsOf('months', 'weekdays', 'relative_days');
const ASSEMBLY = words('assembly_phrases');
const DELEGATION = words('delegation_nouns');
const LEAD = words('delegation_lead_verbs');
const CLAUSE_BREAK = /^[,;:"]$/;

const DEFAULTS = {
  /** Confidence of a participant named by the wording around the event. */
  participant: 0.75,
  /** Confidence of a participant found by reference ("with him", "the two sides"). */
  byReference: 0.7,
  /** Confidence of "in PLACE" after the event word. */
  place: 0.8,
  /** Confidence of where the traveller went before the event word ("arrived in Beijing for a visit"). */
  destination: 0.7,
  /** Confidence of the place visited ("will visit Washington"). */
  visited: 0.75,
  /** A status (planned, hypothetical) scales the confidence by this factor. */
  statusFactor: 0.8,
  /** Tokens after the event word searched for "with", "between", "hosted by" and the place. */
  windowAfter: 8,
  /** Tokens after the event word searched for "attended by X", "delegations from X and Y". */
  agentWindow: 12,
  /** Tokens after "with"/"between" searched for the names of the other side. */
  withWindow: 14,
};
type Settings = typeof DEFAULTS;

/** Start of the clause containing token i: after the last comma, semicolon, colon or quote. */
function clauseStart(ctx: DocContext, i: number, s0: number): number {
  for (let k = i - 1; k >= s0; k--) if (CLAUSE_BREAK.test(ctx.lower(k))) return k + 1;
  return s0;
}

/** States named before token i (same or previous sentence), latest first, not as a location ("in X"). */
function recentStates(ctx: DocContext, i: number): DocEntity[] {
  const sent = ctx.sentOf(i);
  const seen: DocEntity[] = [];
  for (let k = i - 1; k >= 0 && ctx.sentOf(k) >= sent - 1; k--) {
    const r = ctx.at[k];
    if (!r || r.mention.start !== k) continue;
    const state = r.entity.type === 'state' ? r.entity : undefined;
    if (!state || ctx.lower(k - 1) === 'in' || ctx.lower(k - 1) === 'to' || seen.includes(state)) continue;
    seen.push(state);
  }
  return seen;
}

/** One mention of an event being read: where it is and how to record what is found. */
interface Reading {
  ctx: DocContext;
  e: DocEntity;
  frame: MeetingFrame;
  mm: MeetingMention;
  sent: number;
  s0: number;
  s1: number;
  set: Settings;
  add: (r: MentionRef | DocEntity, conf: number, role?: string) => void;
  out: RelationDraft[];
}

/** The person named before ", the Kenyan president," whose closing comma is at token `comma`. */
function appositionHead(ctx: DocContext, comma: number, s0: number): MentionRef | undefined {
  for (let k = comma - 1; k > Math.max(s0, comma - 10); k--) {
    if (ctx.lower(k) !== ',') continue;
    const opener = ctx.lower(k + 1);
    if (opener !== 'the' && opener !== 'a' && opener !== 'an') return undefined;
    const r = ctx.at[k - 1];
    return r && r.mention.end === k && r.entity.type === 'person' ? r : undefined;
  }
  return undefined;
}

/** "X and his Slovenian counterpart, Y," closing with the comma at token `comma`: X and Y. */
function counterpartPair(ctx: DocContext, comma: number, s0: number): [MentionRef, MentionRef] | undefined {
  const y = ctx.at[comma - 1];
  if (!y || y.entity.type !== 'person' || y.mention.end !== comma || ctx.lower(y.mention.start - 1) !== ',') return undefined;
  const word = ctx.lower(y.mention.start - 2);
  if (word !== 'counterpart' && word !== 'counterparts') return undefined;
  // Back from "counterpart" to "and his": the name before it.
  for (let k = y.mention.start - 3; k > Math.max(s0, y.mention.start - 8); k--) {
    if (ctx.lower(k) !== 'and' || !/^(his|her|their)$/.test(ctx.lower(k + 1))) continue;
    const xr = ctx.at[k - 1];
    return xr && xr.entity.type === 'person' && xr.entity !== y.entity ? [xr, y] : undefined;
  }
  return undefined;
}

const PRONOUN_SUBJECTS = new Set(['he', 'she']);
/** The token of the clause's subject when it opens the clause or follows "where"/"when" ("where he held talks"). */
function pronounAt(ctx: DocContext, clause: number, end: number): number {
  return /^(where|when|and|then)$/.test(ctx.lower(clause)) && clause + 1 < end ? clause + 1 : clause;
}

/**
 * Who "he"/"she" at token i stands for: the first person of its sentence before it ("X travelled to
 * Moscow, where he met"), else, opening a sentence, the first person of the sentence before (its
 * subject: "X met A and B in Jeddah. He had earlier visited China"), else the last person named.
 */
function antecedentOf(ctx: DocContext, i: number, s0: number): MentionRef | undefined {
  const firstPerson = (from: number, to: number) => {
    for (let n = firstRefFrom(ctx.refs, from); n < ctx.refs.length && ctx.refs[n]!.mention.start < to; n++) if (ctx.refs[n]!.entity.type === 'person') return ctx.refs[n];
    return undefined;
  };
  if (i > s0) return firstPerson(s0, i);
  const sent = ctx.tokens[i]!.sent;
  return (sent > 0 ? firstPerson(ctx.sentRange(sent - 1)[0], s0) : undefined) ?? lastPersonBefore(ctx, i);
}

/**
 * "offered his thanks in a meeting with Y", "told him at a meeting", "during talks": what the
 * subject did, it did at the event. Not "in the convention city" (the word modifies a noun), nor
 * "X said a deal made at a meeting ...": what is said happened there, not the saying.
 */
function inEvent(ctx: DocContext, mm: MeetingMention, clause: number): boolean {
  const k = /^(a|an|the)$/.test(ctx.lower(mm.start - 1)) ? mm.start - 2 : mm.start - 1;
  if (!/^(in|at|during)$/.test(ctx.lower(k))) return false;
  const next = ctx.tokens[mm.end];
  if (next && /^\p{Ll}+$/u.test(next.text) && !PREPOSITIONS.has(next.lower)) return false;
  for (let j = clause; j < k - 1; j++) if (SAY.has(ctx.lower(j))) return false;
  return true;
}

/** Subject: the first person of the clause, when a participation verb links it to the event. */
function subjectOfEvent(x: Reading): void {
  const { ctx, mm } = x;
  const clause = clauseStart(ctx, mm.start, x.s0);
  const isVerb = MEET_VERBS.has(ctx.lower(mm.end - 1)) || isVerbal(ctx.tokens, mm);
  // "briefed visiting Congressman X": the visitor is named after the word, the host is no side of the visit.
  if (ctx.lower(mm.end - 1) === 'visiting') return;
  // "X told Reuters after speaking by telephone to Y": the one who spoke took part in the call.
  const call = x.frame.kind === 'call';
  const verbBefore = isVerb || inEvent(ctx, mm, clause) || ctx.tokens.slice(clause, mm.start).some((t) => PARTICIPATE.has(t.lower) || (call && PHONE_TALK.has(t.lower)));
  if (!verbBefore) return;
  // A person first ("US President Donald Trump held talks"), else a state or body ("Qatar hosted").
  const subjects: MentionRef[] = [];
  let inPhrase = false;
  for (let k = clause; k < mm.start; k++) {
    // "Secretary of State Marco Rubio spoke": the "of" of a title puts no name in a phrase.
    const titleEnd = ctx.titleByStart.get(k)?.end;
    if (titleEnd !== undefined && titleEnd <= mm.start && ctx.at[k]?.mention.start !== k) { k = titleEnd - 1; continue; }
    const w = ctx.lower(k);
    if (PREPOSITIONS.has(w) || w === 'counterpart') inPhrase = true;
    else if (PARTICIPATE.has(w)) inPhrase = false;
    const r = ctx.at[k];
    if (r && r.mention.start === k && !inPhrase && !r.mention.anchor && r.entity.type !== 'place' && ACTOR.has(r.entity.type)) subjects.push(r);
  }
  // "Fumio Kishida, who hosted the gathering": the relative pronoun's antecedent.
  const antecedent = ctx.lower(clause) === 'who' ? ctx.mentionEndingAt(clause - 1) : undefined;
  if (antecedent && antecedent.entity.type === 'person') subjects.unshift(antecedent);
  // "Moscow, where he held talks with X", "He met X": the person the pronoun stands for.
  const pronoun = pronounAt(ctx, clause, mm.start);
  if (subjects.length === 0 && PRONOUN_SUBJECTS.has(ctx.lower(pronoun))) {
    const named = antecedentOf(ctx, pronoun, x.s0);
    if (named) {
      x.add(named, x.set.byReference);
      return;
    }
  }
  // "Ruto, the Kenyan president, met Museveni": the name before an apposition that ends the clause's start.
  if (subjects.length === 0 && clause > x.s0 && ctx.lower(clause - 1) === ',') {
    const named = appositionHead(ctx, clause - 1, x.s0);
    if (named) subjects.push(named);
  }
  // "X and his Slovenian counterpart, Y, met": the counterpart named in an apposition, and the one before it.
  // Only for the clause's first event ("met for talks at the start of a visit by X": the visit is X's).
  const firstEvent = ctx.meetingAt.slice(clause, mm.start).every((e) => !e || e === x.e);
  if (subjects.length === 0 && firstEvent && clause > x.s0 && ctx.lower(clause - 1) === ',') {
    const pair = counterpartPair(ctx, clause - 1, x.s0);
    if (pair) {
      for (const r of pair) x.add(r, x.set.participant);
      return;
    }
  }
  // "Masood's spokesman Amrollah said Rohrabacher had visited Italy": the subject is the one named after the verb of saying.
  const said = isVerb ? subjects.filter((r) => ctx.tokens.slice(clause, r.mention.start).some((t) => SAY.has(t.lower))) : [];
  const subject = said.find((r) => r.entity.type === 'person') ?? subjects.find((r) => r.entity.type === 'person') ?? subjects[0];
  if (!subject) return;
  // "X hosted the summit", "X chaired the meeting": the verb gives the role.
  const verb = ctx.tokens.slice(subject.mention.end, mm.end).map((t) => t.lower).find((w) => ROLE_VERBS.has(w));
  x.add(subject, x.set.participant, verb ? ROLE_VERBS.get(verb) : undefined);
  // "Brazil's foreign minister, Mauro Vieira, and Y held talks": the subject named in an apposition before.
  const first = appositionSubject(ctx, clause, x.s0);
  if (first && subjects[0] === subject) x.add(first, x.set.participant);
  // "Zelensky and Trump met": the subjects joined to it.
  let last = subject;
  for (const r of subjects.slice(subjects.indexOf(subject) + 1)) {
    if (!listGap(ctx, last.mention.end, r.mention.start)) break;
    x.add(r, x.set.participant);
    last = r;
  }
}

/**
 * "Brazil's foreign minister, Mauro Vieira, and": the person of the apposition that opens the
 * sentence ("the ..." or "X's ..."), when the clause at `clause` opens with "and" after it; a
 * sentence that opens with a clause ("X thanked the envoy, Y, and Z met") has no such apposition.
 */
function appositionSubject(ctx: DocContext, clause: number, s0: number): MentionRef | undefined {
  if (ctx.lower(clause) !== 'and' || ctx.lower(clause - 1) !== ',') return undefined;
  const r = ctx.at[clause - 2];
  if (!r || r.entity.type !== 'person' || r.mention.end !== clause - 1 || ctx.lower(r.mention.start - 1) !== ',') return undefined;
  // The opening phrase is a noun phrase: "the ..." or "Brazil's ...", with no verb of the lists in it.
  const opening = ctx.tokens.slice(s0, r.mention.start - 1);
  const nounPhrase = ctx.lower(s0) === 'the' || opening.slice(1, 4).some((t) => t.lower === "'s" || t.lower === "'");
  if (!nounPhrase || opening.length > 6 || opening.some((t) => t.text === ',' || PARTICIPATE.has(t.lower) || MEET_VERBS.has(t.lower) || SAY.has(t.lower))) return undefined;
  return r;
}

/**
 * Tokens [from, to) join two names of a list: "and" or a comma, then the second name's title or
 * demonym ("A and Defence Minister B", "A, Mossad chief B").
 */
function listGap(ctx: DocContext, from: number, to: number): boolean {
  let k = from;
  if (ctx.lower(k) === ',') k++;
  if (ctx.lower(k) === 'and') k++;
  if (k === from || k - from > 2) return false;
  while (k < to) {
    const titleEnd = ctx.titleByStart.get(k)?.end;
    const r = ctx.at[k];
    if (titleEnd !== undefined && titleEnd <= to) k = titleEnd;
    else if (r && r.mention.start === k && r.mention.anchor) k = r.mention.end;
    else if (/^\p{Ll}+$/u.test(ctx.tokens[k]!.text) && ctx.titleByStart.has(k + 1)) k++; // "intelligence chief"
    else return false;
  }
  return true;
}

/** The event lies in a clause that opens the sentence with a participle or preposition ("Speaking after talks with X, ..."). */
function openingClauseEvent(x: Reading): boolean {
  const { ctx, mm, s0 } = x;
  if (!OPENERS.has(ctx.lower(s0))) return false;
  for (let k = s0; k < mm.start; k++) if (ctx.lower(k) === ',') return false;
  return true;
}

/** "Speaking after talks with X in Cairo, Lammy said", "During a visit to Kyiv, Scholz pledged": the main clause's subject took part. */
function openingClause(x: Reading): void {
  const { ctx, mm, s0, s1 } = x;
  if (!OPENERS.has(ctx.lower(s0)) || mm.start > s0 + 4) return;
  let k = mm.end;
  while (k < s1 && ctx.lower(k) !== ',' && ctx.lower(k) !== ';') k++;
  if (ctx.lower(k) !== ',') return;
  k++;
  // Past "the", a demonym and a title to the name that opens the main clause.
  for (const stop = Math.min(s1, k + 6); k < stop; k++) {
    const titleEnd = x.ctx.titleByStart.get(k)?.end;
    if (titleEnd !== undefined) { k = titleEnd - 1; continue; }
    const r = ctx.at[k];
    if (r && r.mention.start === k && r.mention.anchor) { k = r.mention.end - 1; continue; }
    if (r && r.mention.start === k && ACTOR.has(r.entity.type)) x.add(r, x.set.byReference);
    if (ctx.lower(k) !== 'the') return;
  }
}

/** "hosted by X", "chaired by UN envoy Staffan de Mistura", "mediated by Egypt and Qatar" after the event word. */
function agentsAfter(x: Reading): void {
  const { ctx, mm, s1 } = x;
  for (let k = mm.end; k + 2 < Math.min(s1, mm.end + x.set.agentWindow); k++) {
    const role = ROLE_VERBS.get(ctx.lower(k));
    if (role && ctx.lower(k + 1) === 'by') {
      let r = ctx.at[k + 2];
      for (let j = k + 2; j < Math.min(s1, k + 7); j++) {
        const p = ctx.at[j];
        if (p && p.entity.type === 'person') { r = p; break; }
        if (/^[,.;]$/.test(ctx.lower(j))) break;
      }
      if (r && ACTOR.has(r.entity.type)) x.add(r, x.set.participant, role);
      for (let j = r ? r.mention.end : s1; j + 1 < s1 && ctx.lower(j) === 'and'; ) {
        const other = ctx.at[j + 1];
        if (!other || other.mention.start !== j + 1 || !ACTOR.has(other.entity.type)) break;
        x.add(other, x.set.participant, role);
        j = other.mention.end;
      }
      return;
    }
    if (/^[.;]$/.test(ctx.lower(k))) return;
  }
}

/** "delegations of Armenia and Azerbaijan met", "officials from X and Y": the named sides. */
function namedSides(x: Reading): void {
  const { ctx, mm, s1 } = x;
  for (let k = clauseStart(ctx, mm.start, x.s0); k < Math.min(s1, mm.end + x.set.agentWindow); k++) {
    if (!GROUP.has(ctx.lower(k)) || !/^(of|from)$/.test(ctx.lower(k + 1))) continue;
    let j = k + 2;
    if (ctx.lower(j) === 'the') j++;
    while (j < s1) {
      const r = ctx.at[j];
      if (!r || r.mention.start !== j || !ACTOR.has(r.entity.type)) break;
      // "leaders of Iraq's two Kurdish factions": the factions are the sides, not their owner.
      if (ctx.lower(r.mention.end) === "'s") break;
      x.add(r, x.set.participant);
      j = r.mention.end;
      if (ctx.lower(j) !== 'and' && ctx.lower(j) !== ',') break;
      j++;
      if (ctx.lower(j) === 'the') j++;
    }
  }
}

/**
 * "X met Y": the verb's object, past titles and demonyms ("met Ethiopian Prime Minister Abiy Ahmed",
 * "after meeting X"); "will visit Washington", "visited Japan, South Korea and China": the places
 * visited; "were visited by X": the visitor.
 */
function verbObject(x: Reading): void {
  const { ctx, mm, s1 } = x;
  if (!MEET_VERBS.has(ctx.lower(mm.end - 1)) && !isVerbal(ctx.tokens, mm)) return;
  const passive = ctx.lower(mm.end - 1) === 'visited' && ctx.lower(mm.end) === 'by';
  // "met in Baghdad on Wednesday the Secretary-General of X, Y": the object after the verb's adjuncts.
  let from = passive ? mm.end + 1 : mm.end;
  for (let next = pastAdjunct(ctx, from); next > from; next = pastAdjunct(ctx, from)) from = next;
  if (from > mm.end && ctx.lower(from) === 'the' && x.ctx.titleByStart.has(from + 1)) from++;
  // Six steps: a name, a title or a word each.
  for (let k = from, step = 0; k < s1 && step < 6; k++, step++) {
    const r = ctx.at[k];
    if (r && (r.mention.anchor || x.ctx.titleByStart.has(r.mention.end))) { k = r.mention.end - 1; continue; }
    if (r && r.mention.start === k) {
      // "to visit Egypt": a state visited is where the visit is, not a side of it ("visited Putin" is).
      const visited = !passive && VISIT_VERBS.has(ctx.lower(mm.end - 1)) && (r.entity.type === 'place' || r.entity.type === 'state');
      if (visited) placesVisited(x, r);
      else {
        // "met A and Defence Minister B", "met their counterparts, A and B".
        const names = namesFrom(x, k);
        for (const n of names) x.add(n, x.set.participant);
        placeAfterApposition(x, names[names.length - 1]);
      }
      return;
    }
    const titleEnd = x.ctx.titleByStart.get(k)?.end;
    if (titleEnd !== undefined) { k = pastHolder(ctx, titleEnd) - 1; continue; }
    const title = titleAfterDescriptors(ctx, k);
    if (title > k) { k = title - 1; continue; }
    // "hosted his Brazilian counterpart X", "met their Philippine counterparts, A and B".
    if (ctx.lower(k) === ',' && /^counterparts?$/.test(ctx.lower(k - 1))) continue;
    if (!/^\p{Lu}/u.test(ctx.tokens[k]!.text) && !FILLERS.has(ctx.lower(k))) return;
  }
}

/** "met their counterparts, A and B, in Manila": the place after the names an apposition gives, past its closing comma. */
function placeAfterApposition(x: Reading, last: MentionRef | undefined): void {
  const { ctx } = x;
  if (!last || ctx.lower(last.mention.end) !== ',' || ctx.lower(last.mention.end + 1) !== 'in') return;
  const r = ctx.at[last.mention.end + 2];
  if (r && r.mention.start === last.mention.end + 2 && (r.entity.type === 'place' || r.entity.type === 'state')) x.out.push({ type: 'located_in', source: x.e, target: r.entity, sent: x.sent, confidence: x.set.place });
}

/** "northern opposition militia leader General X": where the title starts after up to three lower-case words at k, else k. */
function titleAfterDescriptors(ctx: DocContext, k: number): number {
  for (let j = k; j < k + 3 && /^\p{Ll}+$/u.test(ctx.tokens[j]?.text ?? '') && !PREPOSITIONS.has(ctx.lower(j)) && ctx.lower(j) !== 'and'; j++) {
    if (ctx.titleByStart.has(j + 1)) return j + 1;
  }
  return k;
}

/** Past "in Baghdad" (a place or state) or "on Wednesday" at token k: where the adjunct ends, else k. */
function pastAdjunct(ctx: DocContext, k: number): number {
  const w = ctx.lower(k);
  const r = ctx.at[k + 1];
  if ((w === 'in' || w === 'at') && r && r.mention.start === k + 1 && (r.entity.type === 'place' || r.entity.type === 'state')) return r.mention.end;
  if (w === 'on' && DATE_WORDS.has(ctx.lower(k + 1))) return k + 2;
  return k;
}

/** After a title, past "of the Kurdistan Democratic Party (KDP)," to the name it is the title of; else k. */
function pastHolder(ctx: DocContext, k: number): number {
  if (ctx.lower(k) !== 'of') return k;
  let j = ctx.lower(k + 1) === 'the' ? k + 2 : k + 1;
  const holder = ctx.at[j];
  if (!holder || holder.mention.start !== j || holder.entity.type === 'person') return k;
  j = holder.mention.end;
  if (ctx.lower(j) === '(' && ctx.lower(j + 2) === ')') j += 3;
  if (ctx.lower(j) === ',') j++;
  const named = ctx.at[j];
  return named && named.mention.start === j && named.entity.type === 'person' ? j : k;
}

/** "visited Japan, South Korea and China": each place of the list the verb's object opens is where the visit is. */
function placesVisited(x: Reading, first: MentionRef): void {
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

/** The last person named before token i (not "after X"): who "with him" refers to. */
function lastPersonBefore(ctx: DocContext, i: number): MentionRef | undefined {
  for (let j = firstRefFrom(ctx.refs, i) - 1; j >= 0; j--) {
    const r = ctx.refs[j]!;
    if (r.entity.type === 'person' && ctx.lower(r.mention.start - 1) !== 'after') return r;
  }
  return undefined;
}

/**
 * The names of a list from token `from` ("A, B and C"), past articles, possessives, demonyms,
 * titles, "their Philippine counterparts," and the capitalized words of a title not known before a
 * person ("Indian External Affairs Minister S. Jaishankar"). A name followed by a verb of saying
 * is the speaker, no item ("with X, the Kremlin said"); `comma` says whether a comma may go on
 * with the list; the list ends by `s1` (the end of its sentence).
 */
function namesFrom(x: Reading, from: number, comma: boolean = true, s1: number = x.s1): MentionRef[] {
  const { ctx } = x;
  const out: MentionRef[] = [];
  for (let j = from; j < Math.min(s1, from + x.set.withWindow); j++) {
    const lw = ctx.lower(j);
    const r = ctx.at[j];
    if (r && r.mention.start === j && (r.mention.anchor || x.ctx.titleByStart.has(r.mention.end))) { j = r.mention.end - 1; continue; }
    const titleEnd = x.ctx.titleByStart.get(j)?.end;
    if (titleEnd !== undefined) { j = titleEnd - 1; continue; }
    if (r && r.mention.start === j) {
      if (out.length > 0 && SAY.has(ctx.lower(r.mention.end))) break;
      out.push(r);
      j = r.mention.end - 1;
      const next = ctx.lower(j + 1);
      if (next === 'and' || (next === ',' && comma)) { j++; continue; }
      break;
    }
    if (lw === ',' && /^counterparts?$/.test(ctx.lower(j - 1))) continue;
    // "former chief justice X", "opposition leader Y".
    const title = titleAfterDescriptors(ctx, j);
    if (title > j) { j = title - 1; continue; }
    if (!r && /^\p{Lu}\p{Ll}/u.test(ctx.tokens[j]!.text)) {
      const person = personPastCapitals(ctx, j, s1);
      if (person > j) { j = person - 1; continue; }
    }
    if (!FILLERS.has(lw) && !HONORIFICS.has(lw)) break;
  }
  return out;
}

/** Past up to three capitalized words that are no name at token k ("External Affairs Minister"): where the person after them starts, else k. */
function personPastCapitals(ctx: DocContext, k: number, s1: number): number {
  for (let j = k; j < Math.min(s1, k + 4); j++) {
    const r = ctx.at[j];
    if (r) return r.mention.start === j && r.entity.type === 'person' ? j : k;
    if (!/^\p{Lu}\p{Ll}/u.test(ctx.tokens[j]!.text)) return k;
  }
  return k;
}

/** After the event word: "with X", "between X and Y", "with him" (the last person named before). */
function otherSide(x: Reading): void {
  const { ctx, mm, s1 } = x;
  for (let k = mm.end; k < Math.min(s1, mm.end + x.set.windowAfter); k++) {
    const w = ctx.lower(k);
    // "spoke by telephone to X", "a telephone call from X": a call's other side.
    if (w === 'with' || w === 'between' || ((w === 'to' || w === 'from') && x.frame.kind === 'call')) {
      // "with U.S. President Joe Biden and French President Emmanuel Macron"; not "with a pledge ... Russia".
      let j = k + 1;
      while (j < s1 && FILLERS.has(ctx.lower(j))) j++;
      if (ctx.lower(j) === 'him' || ctx.lower(j) === 'her') {
        const prev = lastPersonBefore(ctx, mm.start);
        if (prev) x.add(prev, x.set.byReference);
        return;
      }
      // "Speaking after talks with X, spokesman Y said": the comma closes an opening clause, it lists no more sides.
      for (const r of namesFrom(x, k + 1, !openingClauseEvent(x))) x.add(r, x.set.participant);
      return;
    }
    if (/^[,.;]$/.test(w)) return;
  }
}

/**
 * Who leads or makes up a side's party, in the event's sentence or, when the event is the last told
 * in its sentence and the next sentence tells none, in that one ("Delegations met in Istanbul. The
 * Ukrainian team was led by X, while Y, an aide to Mr Putin, headed the Russian side"): "a
 * delegation led by X", "the delegation included A and B", "X headed the Russian side".
 */
function delegationMembers(x: Reading): void {
  const { ctx, mm } = x;
  const other = (k: number) => ctx.meetingAt[k] && ctx.meetingAt[k] !== x.e;
  // In its own sentence, the cues between the other events told before and after it.
  let a = mm.start;
  while (a > x.s0 && !other(a - 1)) a--;
  let b = mm.end;
  while (b < x.s1 && !other(b)) b++;
  readParty(x, a, b, x.set.participant);
  const sent = x.sent + 1;
  if (b < x.s1 || sent >= ctx.sentences.length) return;
  const [n0, n1] = ctx.sentRange(sent);
  if (!ctx.meetingAt.slice(n0, n1).some(Boolean)) readParty(x, n0, n1, x.set.byReference);
}

/** "team was led by X", "delegation included A and B", "X headed the ... side" in tokens [a, b). */
function readParty(x: Reading, a: number, b: number, conf: number): void {
  const { ctx } = x;
  for (let k = a; k < b; k++) {
    const w = ctx.lower(k);
    if (DELEGATION.has(w)) {
      let j = k + 1;
      if (/^(was|were|is|are)$/.test(ctx.lower(j))) j++;
      const from = LEAD.has(ctx.lower(j)) && ctx.lower(j + 1) === 'by' ? j + 2 : /^(included|includes)$/.test(ctx.lower(j)) ? j + 1 : -1;
      if (from > 0) for (const r of namesFrom(x, from, true, b)) x.add(r, conf);
    } else if (LEAD.has(w) && ctx.lower(k + 1) === 'the') {
      let j = k + 2;
      while (j < Math.min(b, k + 5) && !DELEGATION.has(ctx.lower(j)) && /^[\p{L}-]+$/u.test(ctx.tokens[j]!.text)) j++;
      if (!DELEGATION.has(ctx.lower(j))) continue;
      // "Y headed the Russian side", "Y, an aide to Mr Putin, headed".
      const before = ctx.lower(k - 1) === ',' ? appositionHead(ctx, k - 1, a) : ctx.mentionEndingAt(k);
      if (before && before.entity.type === 'person') x.add(before, conf);
    }
  }
}

/** "the talks brought together A, B and C", "a meeting attended by A and B": the names listed. */
function assembled(x: Reading): void {
  const { ctx, mm, s1 } = x;
  for (let k = mm.end; k + 1 < Math.min(s1, mm.end + x.set.windowAfter); k++) {
    if (ASSEMBLY.has(`${ctx.lower(k)} ${ctx.lower(k + 1)}`)) {
      for (const r of namesFrom(x, k + 2)) x.add(r, x.set.participant);
      return;
    }
    if (/^[.;]$/.test(ctx.lower(k)) || (ctx.meetingAt[k] && ctx.meetingAt[k] !== x.e)) return;
  }
}

/** "Israel-PLO talks", "US-China trade talks", "Armenia-Azerbaijan-Russia summit": the sides joined by hyphens before the event word. */
function compoundSides(x: Reading): void {
  const { ctx, mm } = x;
  // Past up to two modifiers ("peace", "trade", "border") between the names and the event word.
  let k = mm.start - 1;
  for (let n = 0; n < 2 && k > x.s0 && /^\p{Ll}+$/u.test(ctx.tokens[k]!.text) && !ctx.at[k]; n++) k--;
  let r = ctx.at[k];
  if (!r || r.mention.end !== k + 1 || ctx.lower(r.mention.start - 1) !== '-') return;
  const sides: MentionRef[] = [r];
  while (ctx.lower(r.mention.start - 1) === '-') {
    const prev: MentionRef | undefined = ctx.at[r.mention.start - 2];
    if (!prev || prev.mention.end !== r.mention.start - 1) return; // "U.S.-mediated": not two names
    sides.push((r = prev));
  }
  if (sides.every((s) => ACTOR.has(s.entity.type))) for (const s of sides.reverse()) x.add(s, x.set.participant);
}

/** "a NATO meeting", "a session of the election commission": the body that meets. */
function meetingBody(x: Reading): void {
  const { ctx, mm } = x;
  if (isVerbal(ctx.tokens, mm)) return;
  const before = ctx.mentionEndingAt(mm.start);
  if (before && before.entity.type === 'organization' && !before.mention.anchor) x.add(before, x.set.participant);
  if (ctx.lower(mm.end) !== 'of') return;
  const j = ctx.lower(mm.end + 1) === 'the' ? mm.end + 2 : mm.end + 1;
  const after = ctx.at[j];
  if (after && after.mention.start === j && after.entity.type === 'organization') x.add(after, x.set.participant);
}

/**
 * "diplomats of the two countries met", "the two sides", "talks between the two sides", "talks with
 * both sides": the last two states named.
 */
function twoSides(x: Reading): void {
  const { ctx, mm } = x;
  for (let k = Math.max(x.s0, mm.start - 6); k < mm.start; k++) {
    if (ctx.lower(k) === 'two' && GROUP.has(ctx.lower(k + 1))) for (const st of recentStates(ctx, k).slice(0, 2)) x.add(st, x.set.byReference);
  }
  const w = ctx.lower(mm.end);
  if (w !== 'between' && w !== 'with') return;
  const k = ctx.lower(mm.end + 1) === 'the' ? mm.end + 2 : mm.end + 1;
  if ((ctx.lower(k) === 'two' || ctx.lower(k) === 'both') && GROUP.has(ctx.lower(k + 1))) for (const st of recentStates(ctx, k).slice(0, 2)) x.add(st, x.set.byReference);
}

/** Location: "in X" after the event word, across a venue ("at the consul's residence") or "with him". Returns the venue. */
function placeOfEvent(x: Reading): string | undefined {
  const { ctx, mm, s1 } = x;
  let venueStart = -1;
  for (let k = mm.end; k < Math.min(s1, mm.end + x.set.windowAfter + 2); k++) {
    const w = ctx.lower(k);
    if (w === 'at' && venueStart < 0) {
      venueStart = k + 1;
      // "at Dolmabahce Palace": a venue the text names is a place the event is in.
      const v = ctx.at[ctx.lower(k + 1) === 'the' ? k + 2 : k + 1];
      if (v && v.entity.type === 'place' && !v.mention.anchor) x.out.push({ type: 'located_in', source: x.e, target: v.entity, sent: x.sent, confidence: x.set.place });
    }
    if (w === 'in') {
      const r = ctx.at[k + 1];
      if (r && (r.entity.type === 'place' || r.entity.type === 'state') && r.mention.start === k + 1) x.out.push({ type: 'located_in', source: x.e, target: r.entity, sent: x.sent, confidence: x.set.place });
      // "at US consul general's residence in Istanbul": the venue is what stands between.
      return venueStart > 0 && k > venueStart ? ctx.text.slice(ctx.tokens[venueStart]!.start, ctx.tokens[k - 1]!.end).replace(/^the /i, '') : undefined;
    }
    if (LOCATION_STOP.has(w) || (ctx.meetingAt[k] && ctx.meetingAt[k] !== x.e)) return undefined;
  }
  return undefined;
}

/** "visited Kyiv, where he met X", "in Doha, where talks were held": the place the clause of the event is about. */
function wherePlace(x: Reading): boolean {
  const { ctx, mm } = x;
  const clause = clauseStart(ctx, mm.start, x.s0);
  if (ctx.lower(clause) !== 'where' || ctx.lower(clause - 1) !== ',') return false;
  const r = ctx.at[clause - 2];
  if (!r || r.mention.end !== clause - 1 || (r.entity.type !== 'place' && r.entity.type !== 'state')) return false;
  x.out.push({ type: 'located_in', source: x.e, target: r.entity, sent: x.sent, confidence: x.set.place, attributes: { cue: 'where' } });
  return true;
}

/** "arrived in Beijing on Thursday for a four-day visit", "left Bahrain for Baghdad for talks": where the travel before the event leads. */
function destinationBefore(x: Reading): void {
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

export function meetingRelations(ctx: DocContext, set: Settings = DEFAULTS): { drafts: RelationDraft[]; venues: Map<MeetingFrame, string> } {
  const out: RelationDraft[] = [];
  const venues = new Map<MeetingFrame, string>();
  for (const e of ctx.entities) {
    const frame = e.frame;
    // "did not attend", "no talks were held": a denied event has no participants.
    if (!frame || frame.status === 'negated') continue;
    const status = frame.status;
    for (const mm of frame.mentions) {
      if (mm.status === 'negated') continue; // a denied participation names no participant
      const sent = ctx.sentOf(mm.start);
      const [s0, s1] = ctx.sentRange(sent);
      const add = (r: MentionRef | DocEntity, conf: number, role?: string) => {
        const ent = 'entity' in r ? r.entity : r;
        if (!ACTOR.has(ent.type)) return;
        const attributes: RelationDraft['attributes'] = {};
        if (role) attributes.role = role;
        if (status) attributes.status = status;
        out.push({ type: 'participant_in', source: ent, target: e, sent, confidence: status ? Math.round(conf * set.statusFactor * 100) / 100 : conf, attributes });
      };
      const x: Reading = { ctx, e, frame, mm, sent, s0, s1, set, add, out };
      subjectOfEvent(x);
      agentsAfter(x);
      namedSides(x);
      verbObject(x);
      otherSide(x);
      assembled(x);
      delegationMembers(x);
      twoSides(x);
      compoundSides(x);
      meetingBody(x);
      openingClause(x);
      const before = out.length;
      const venue = placeOfEvent(x);
      if (venue && !venues.has(frame)) venues.set(frame, venue);
      if (!out.slice(before).some((d) => d.type === 'located_in') && !wherePlace(x)) destinationBefore(x);
    }
  }
  return { drafts: out, venues };
}

export const meetingRelationsComponent: Component<Settings> = {
  name: 'relations.meetings',
  requires: ['links', 'frames', 'titles'],
  assigns: ['drafts', 'venues'],
  defaults: DEFAULTS,
  run: (doc, set) => meetingRelations(contextOf(doc), set),
};
