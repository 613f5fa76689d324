// Who took part, read around the event word: the clause's subject ("X held talks", "he met"), its
// appositions and counterparts, the subject of an opening clause ("Speaking after talks with X, Y
// said"), and "hosted by X".

import type { MeetingMention } from '../doc.ts';
import { isVerbal } from '../meetings.ts';
import { wordMap, words, wordsOf } from '../words.ts';
import { appositionHead, firstRefFrom, type DocContext, type MentionRef } from './context.ts';
import { ACTOR, clauseStart, lastPersonBefore, type Reading } from './meeting-reading.ts';

const PARTICIPATE = words('participation_verbs');
/** Verbs that give a participant's role. */
const ROLE_VERBS = wordMap('role_verbs');
const MEET_VERBS = wordsOf('meeting_verbs', 'visit_verbs');
const OPENERS = words('opening_clause_words');
const PREPOSITIONS = words('prepositions');
const PHONE_TALK = words('phone_talk_verbs');
const SAY = words('say_verbs');
const REFUSAL = words('refusal_verbs');
const CONTROL = words('object_control_words');
/** "envoys from X", "officials from X and Y": groups whose states are the sides. */
const SIDE_GROUPS = wordsOf('group_nouns', 'state_actor_nouns');
/** "would", "will", "could": the verb of a clause told with a meeting verb after it ("the envoys would meet"). */
const AUXILIARY = wordsOf('planned_cues', 'hypothetical_cues');

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

/**
 * "Trump envoy Steve Witkoff met Putin", "White House envoy X": a person or body right before a
 * title and its holder names whose envoy the holder is; the holder is the actor.
 */
function namesWhosePost(ctx: DocContext, r: MentionRef): boolean {
  if (r.entity.type !== 'person' && r.entity.type !== 'organization') return false;
  const title = ctx.titleByStart.get(r.mention.end);
  const holder = title && ctx.at[title.end];
  return !!holder && holder.mention.start === title.end && holder.entity.type === 'person' && holder.entity !== r.entity;
}

/** Subject: the first person of the clause, when a participation verb links it to the event. */
export function subjectOfEvent(x: Reading): void {
  const { ctx, mm } = x;
  const clause = clauseStart(ctx, mm.start, x.s0);
  const isVerb = MEET_VERBS.has(ctx.lower(mm.end - 1)) || isVerbal(ctx.tokens, mm);
  // "briefed visiting Congressman X": the visitor is named after the word, the host is no side of the visit.
  if (ctx.lower(mm.end - 1) === 'visiting') return;
  // "X refused to join the talks", "X boycotted the summit", "X declined to comment on the talks": no part told.
  for (let k = clause; k < mm.start; k++) if (REFUSAL.has(ctx.lower(k))) return;
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
    // "Envoys from Sudan and Chad met": the states a group comes from are its sides.
    if (w === 'from' && SIDE_GROUPS.has(ctx.lower(k - 1))) continue;
    if (PREPOSITIONS.has(w) || w === 'counterpart') inPhrase = true;
    else if (PARTICIPATE.has(w)) inPhrase = false;
    const r = ctx.at[k];
    if (r && r.mention.start === k && !inPhrase && !r.mention.anchor && r.entity.type !== 'place' && ACTOR.has(r.entity.type) && !namesWhosePost(ctx, r)) subjects.push(r);
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
    // "The speaker of parliament, X, will meet Y": the name the opening phrase is in apposition to.
    const named = appositionHead(ctx, clause - 1, x.s0) ?? apposedName(ctx, clause - 1, x.s0);
    if (named) subjects.push(named);
  }
  // "X and his Slovenian counterpart, Y, met": the counterpart named in an apposition, and the one before it.
  // Only for the clause's first event ("met for talks at the start of a visit by X": the visit is X's).
  if (subjects.length === 0 && clause > x.s0 && ctx.lower(clause - 1) === ',' && ctx.meetingAt.slice(clause, mm.start).every((e) => !e || e === x.e)) {
    const pair = counterpartPair(ctx, clause - 1, x.s0);
    if (pair) {
      for (const r of pair) x.add(r, x.set.participant);
      return;
    }
  }
  // "Masood's spokesman Amrollah said Rohrabacher had visited Italy": the subject is the one named after the verb of saying.
  const said = isVerb ? subjects.filter((r) => ctx.tokens.slice(clause, r.mention.start).some((t) => SAY.has(t.lower))) : [];
  // "The Kremlin said Moscow and Kiev would meet": with no person, the states named after the saying, not the sayer.
  const subject = said.find((r) => r.entity.type === 'person') ?? subjects.find((r) => r.entity.type === 'person') ?? said[0] ?? subjects[0];
  if (!subject) return;
  if (isVerb && askedOther(x, subject)) return;
  // "X told reporters that the special representatives would meet": the clause after the saying has a
  // subject of its own (not "X said in a visit to Y": there the event is a noun).
  // From "that" on when there is one ("said in a statement that its committee would visit": no new
  // subject); the new subject opens the complement and its verb follows ("told a news conference
  // after meeting X": an object, no subject).
  let sayAt = -1;
  for (let k = subject.mention.end; k < mm.start; k++) if (SAY.has(ctx.lower(k)) || (sayAt >= 0 && ctx.lower(k) === 'that')) sayAt = k;
  if (sayAt >= 0 && isVerb && !/^(the|a|an)$/.test(ctx.lower(mm.start - 1))) {
    const opens = /^(the|a|an)$/.test(ctx.lower(sayAt + 1));
    if (opens && ctx.tokens.slice(sayAt + 2, mm.start).some((t) => AUXILIARY.has(t.lower) || PARTICIPATE.has(t.lower))) return;
  }
  // "X said Y has asked to go on the trip": an event noun whose participation verb follows a complement
  // opening with another name is that name's, not the speaker's ("X told Reuters he held talks" is X's:
  // a pronoun stands for him). Not after "the": "X said the road would be opened following talks"
  // tells X's talks.
  if (sayAt >= 0 && !isVerb) {
    const opener = ctx.tokens[sayAt + 1];
    const rest = ctx.tokens.slice(sayAt + 1, mm.start);
    const ownSubject = !!opener && /^\p{Lu}/u.test(opener.text) && !PRONOUN_SUBJECTS.has(opener.lower) && ctx.at[sayAt + 1]?.entity !== subject.entity;
    if (ownSubject && !rest.some((t) => PRONOUN_SUBJECTS.has(t.lower)) && rest.some((t) => PARTICIPATE.has(t.lower))) return;
  }
  // "X hosted the summit", "X chaired the meeting": the verb gives the role.
  // Within the clause: "X, who hosted the summit, held talks" hosted the summit, not the talks.
  let role: string | undefined;
  for (let k = Math.max(subject.mention.end, clause); k < mm.end && !role; k++) role = ROLE_VERBS.get(ctx.lower(k));
  x.add(subject, x.set.participant, role);
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
  return apposedName(ctx, clause - 1, s0);
}

/** "The speaker of parliament, X," or "Brazil's foreign minister, X," opening the sentence, the comma after X at `comma`: X. */
function apposedName(ctx: DocContext, comma: number, s0: number): MentionRef | undefined {
  const clause = comma + 1;
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
 * demonym, or whose post it is ("A and Defence Minister B", "A, Mossad chief B", "A and Trump envoy B").
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
    else if (r && r.mention.start === k && (r.mention.anchor || namesWhosePost(ctx, r))) k = r.mention.end;
    else if (/^\p{Ll}+$/u.test(ctx.tokens[k]!.text) && ctx.titleByStart.has(k + 1)) k++; // "intelligence chief"
    else if (ctx.lower(k) === 'the' && k + 1 === to) k++; // "Iran and the EU began talks"
    else return false;
  }
  return true;
}

/** The event lies in a clause that opens the sentence with a participle or preposition ("Speaking after talks with X, ..."). */
export function openingClauseEvent(x: Reading): boolean {
  const { ctx, mm, s0 } = x;
  if (!OPENERS.has(ctx.lower(s0))) return false;
  for (let k = s0; k < mm.start; k++) if (ctx.lower(k) === ',') return false;
  return true;
}

/** "Speaking after talks with X in Cairo, Lammy said", "During a visit to Kyiv, Scholz pledged": the main clause's subject took part. */
export function openingClause(x: Reading): void {
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
export function agentsAfter(x: Reading): void {
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

/**
 * "X invited Y to visit Z", "X urged the rebels to meet Z", "X denied permission to Y to visit Z": the
 * one asked takes part, not the asker ("X invited Y to meet him": both). Adds that one when named; true
 * when the asker is no participant.
 */
function askedOther(x: Reading, subject: MentionRef): boolean {
  const { ctx, mm } = x;
  const to = mm.start - 1;
  if (ctx.lower(to) !== 'to') return false;
  for (let k = subject.mention.end; k < to - 1; k++) {
    if (!CONTROL.has(ctx.lower(k))) continue;
    for (let j = k + 1; j < to; j++) {
      const r = ctx.at[j];
      if (r && r.mention.start === j && ACTOR.has(r.entity.type) && !r.mention.anchor) {
        x.add(r, x.set.participant);
        break;
      }
    }
    // "X invited Y to meet him": the asker is the one met.
    return !/^(him|her|them|us|me)$/.test(ctx.lower(mm.end));
  }
  return false;
}
