// Shared by the meeting readers: their settings, one mention of an event being read (Reading), and
// the look-ups several readers make (the clause start, the person named before; an apposition's head is
// context.ts's, shared with the killings rule).

import { RELATION_TYPES, type EntityType } from '../../types.ts';
import type { DocEntity, MeetingFrame, MeetingMention } from '../doc.ts';
import { words } from '../words.ts';
import { firstRefFrom, type DocContext, type MentionRef, type RelationDraft } from './context.ts';

export const ACTOR: ReadonlySet<EntityType> = new Set(RELATION_TYPES.participant_in.source);
const CLAUSE_BREAK = /^[,;:"]$/;
/** "protesters marched in the town while X and Y met": a conjunction opens a clause with its own subject. */
const CONJUNCTIONS = words('clause_conjunctions');

export const DEFAULTS = {
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
  agentWindow: 14,
  /** Tokens after "with"/"between" searched for the names of the other side. */
  withWindow: 14,
};

export type Settings = typeof DEFAULTS;

/**
 * "accused Paris of laxity while conducting talks", "X and Y agreed when they met": a conjunction before
 * a gerund or a pronoun keeps the main clause's subject.
 */
const keepsSubject = (ctx: DocContext, k: number) => /^\p{Ll}+ing$/u.test(ctx.tokens[k]?.text ?? '') || /^(he|she|they|it|we)$/.test(ctx.lower(k));

/**
 * "protested as U.S. President X and German Chancellor Y met": "as" opens a clause (it is no
 * conjunction of the word class, being a preposition as often) when only names, titles, "and" and
 * possessives stand between it and the event word at i.
 */
function asOpensClause(ctx: DocContext, k: number, i: number): boolean {
  if (ctx.lower(k) !== 'as') return false;
  let j = k + 1;
  while (j < i) {
    const title = ctx.titleByStart.get(j);
    const r = ctx.at[j];
    if (title) j = title.end;
    else if (r && r.mention.start === j) j = r.mention.end;
    else if (ctx.lower(j) === 'and' || ctx.lower(j) === "'s" || /^\p{Lu}/u.test(ctx.tokens[j]!.text)) j++;
    else return false;
  }
  return j > k + 1;
}

/** Start of the clause containing token i: after the last comma, semicolon, colon or quote, or a conjunction ("while", "when"). */
export function clauseStart(ctx: DocContext, i: number, s0: number): number {
  for (let k = i - 1; k >= s0; k--) {
    if (CLAUSE_BREAK.test(ctx.lower(k)) || (k > s0 && CONJUNCTIONS.has(ctx.lower(k)) && !keepsSubject(ctx, k + 1))) return k + 1;
    if (k > s0 && asOpensClause(ctx, k, i)) return k + 1;
  }
  return s0;
}

/** One mention of an event being read: where it is and how to record what is found. */
export interface Reading {
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

/** The last person named before token i (not "after X"): who "with him" refers to. */
export function lastPersonBefore(ctx: DocContext, i: number): MentionRef | undefined {
  for (let j = firstRefFrom(ctx.refs, i) - 1; j >= 0; j--) {
    const r = ctx.refs[j]!;
    if (r.entity.type === 'person' && ctx.lower(r.mention.start - 1) !== 'after') return r;
  }
  return undefined;
}
