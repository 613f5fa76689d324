// Candidates of the relation model: every ordered pair of entity mentions in a sentence whose
// types fit some relation type, a meeting's mentions paired with the actors and places named in
// the sentences around it (participants are often named in the next sentence), outlets paired
// with what the document reports, and every draft the rules proposed. The model scores them.

import { RELATION_TYPE_LIST, RELATION_TYPES, type EntityType, type RelationType } from '../../types.ts';
import type { DocEntity, Mention, RelationDraft } from '../doc.ts';
import { isWarSide } from './conflicts.ts';
import { firstRefFrom, type DocContext, type MentionRef } from './context.ts';

export type CandidateKind = 'sentence' | 'frame' | 'document' | 'draft';

export interface Candidate {
  source: DocEntity;
  target: DocEntity;
  /** The mentions the pair was read from (a draft from a rule may name none). */
  sourceMention?: Mention;
  targetMention?: Mention;
  /** Sentence of the evidence (the source mention's, or the event's for frames). */
  sent: number;
  /** Sentence of the target mention when it differs (frames, document pairs). */
  targetSent: number;
  kind: CandidateKind;
  /** Relation types whose signature the endpoint types fit. */
  types: RelationType[];
}

const fits = new Map<string, RelationType[]>();
/** Relation types allowed from a source type to a target type. */
export function typesFor(source: EntityType, target: EntityType): RelationType[] {
  const key = `${source}>${target}`;
  let list = fits.get(key);
  if (!list) {
    list = RELATION_TYPE_LIST.filter((t) => (RELATION_TYPES[t].source as readonly string[]).includes(source) && (RELATION_TYPES[t].target as readonly string[]).includes(target));
    fits.set(key, list);
  }
  return list;
}

export const CANDIDATE_DEFAULTS = {
  /** Sentences with more mentions than this give no pairs (lists, tables). */
  maxMentions: 40,
  /** Pairs further apart than this many tokens are not read. */
  maxDistance: 60,
  /** Sentences before and after an event mention where its participants and place are looked for. */
  framesBefore: 0,
  framesAfter: 1,
};
export type CandidateSettings = typeof CANDIDATE_DEFAULTS;

/** An outlet in parentheses before the dash of a dateline, near its sentence's start: "RIYADH, Feb 6 (Reuters) -", "BEIJING (AP) —". */
function datelineOutlet(ctx: DocContext, m: Mention): boolean {
  const [s0] = ctx.sentRange(ctx.sentOf(m.start));
  return m.start - s0 <= 12 && ctx.lower(m.start - 1) === '(' && ctx.lower(m.end) === ')' && /^(-|--|—|–)$/.test(ctx.lower(m.end + 1));
}

export function candidates(ctx: DocContext, drafts: readonly RelationDraft[], set: CandidateSettings = CANDIDATE_DEFAULTS): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const key = (s: Mention | undefined, t: Mention | undefined, sent: number, src: DocEntity, tgt: DocEntity) => `${s?.start ?? -1}:${t?.start ?? -1}:${sent}:${ids(src)}:${ids(tgt)}`;
  const push = (c: Candidate) => {
    const k = key(c.sourceMention, c.targetMention, c.sent, c.source, c.target);
    // War is only between states and the organizations the text shows armed (an airline and a union are not sides).
    if (c.types.includes('at_war_with') && !(isWarSide(ctx, c.source) && isWarSide(ctx, c.target))) c = { ...c, types: c.types.filter((t) => t !== 'at_war_with') };
    // "RIYADH (Reuters) -": the outlet of a dateline filed one story there; it is based nowhere by it.
    if (c.types.includes('based_in') && c.sourceMention && datelineOutlet(ctx, c.sourceMention)) c = { ...c, types: c.types.filter((t) => t !== 'based_in') };
    // "she never met X", "refused to attend the talks": a denied event has no participants.
    if (c.target.frame?.status === 'negated' && c.types.includes('participant_in')) c = { ...c, types: c.types.filter((t) => t !== 'participant_in') };
    if (seen.has(k) || c.types.length === 0 || c.source === c.target) return;
    seen.add(k);
    out.push(c);
  };
  // Pairs of mentions of one sentence.
  for (let sent = 0; sent < ctx.sentences.length; sent++) {
    const refs = ctx.mentionsIn(sent);
    if (refs.length < 2 || refs.length > set.maxMentions) continue;
    for (const a of refs) {
      const [lo, hi] = windowOf(refs, a.mention.start - set.maxDistance, a.mention.start + set.maxDistance);
      for (let i = lo; i < hi; i++) {
        const b = refs[i]!;
        if (a === b || a.entity === b.entity) continue;
        push({ source: a.entity, target: b.entity, sourceMention: a.mention, targetMention: b.mention, sent, targetSent: sent, kind: 'sentence', types: typesFor(a.entity.type, b.entity.type) });
      }
    }
  }
  // Events: their participants and places in the sentences around each of their mentions.
  for (const e of ctx.entities) {
    if (!e.frame) continue;
    for (const mm of e.frame.mentions) {
      const sent = ctx.sentOf(mm.start);
      const mention: Mention = { start: mm.start, end: mm.end, type: 'meeting', via: 'tagged' };
      for (let s = Math.max(0, sent - set.framesBefore); s <= Math.min(ctx.sentences.length - 1, sent + set.framesAfter); s++) {
        const refs = ctx.mentionsIn(s);
        // Another sentence only when it is not a list; in the event's own, only names near it.
        if (s !== sent && refs.length > set.maxMentions) continue;
        const [lo, hi] = s === sent ? windowOf(refs, mm.start - set.maxDistance, mm.start + set.maxDistance) : [0, refs.length];
        for (let i = lo; i < hi; i++) {
          const r = refs[i]!;
          const asSource = typesFor(r.entity.type, 'meeting');
          if (asSource.length) push({ source: r.entity, target: e, sourceMention: r.mention, targetMention: mention, sent, targetSent: s, kind: s === sent ? 'sentence' : 'frame', types: asSource });
          // Its place only within the sentence: a place named in the next sentence is rarely the event's.
          const asTarget = s === sent ? typesFor('meeting', r.entity.type) : [];
          if (asTarget.length) push({ source: e, target: r.entity, sourceMention: mention, targetMention: r.mention, sent, targetSent: s, kind: s === sent ? 'sentence' : 'frame', types: asTarget });
        }
      }
    }
  }
  // Outlets and what the document reports: each outlet with each event and actor it names, at the
  // outlet's first mention.
  const firstRef = new Map<DocEntity, MentionRef>();
  for (const r of ctx.refs) if (!firstRef.has(r.entity) && !r.mention.anchor) firstRef.set(r.entity, r);
  for (const [media, mr] of firstRef) {
    if (media.type !== 'media') continue;
    const sent = ctx.sentOf(mr.mention.start);
    for (const e of ctx.entities) {
      if (e === media) continue;
      const other = e.frame ? undefined : firstRef.get(e);
      if (!e.frame && !other) continue;
      const tSent = e.frame ? ctx.sentOf(e.frame.mentions[0]!.start) : ctx.sentOf(other!.mention.start);
      const types = typesFor('media', e.type).filter((t) => t === 'reported');
      push({ source: media, target: e, sourceMention: mr.mention, ...(other ? { targetMention: other.mention } : {}), sent, targetSent: tSent, kind: 'document', types });
    }
  }
  // What the rules proposed, wherever they found it.
  for (const d of drafts) {
    push({ source: d.source, target: d.target, sent: d.sent, targetSent: d.sent, kind: 'draft', types: typesFor(d.source.type, d.target.type) });
  }
  return out;
}

/** The range of `refs` (in order of their start) whose mention starts within [from, to]. */
function windowOf(refs: readonly MentionRef[], from: number, to: number): [number, number] {
  return [firstRefFrom(refs, from), firstRefFrom(refs, to + 1)];
}

/** A stable key of an entity within its document (meetings have no id before they are named). */
const entityKeys = new WeakMap<DocEntity, string>();
let counter = 0;
function ids(e: DocEntity): string {
  if (e.id) return e.id;
  let k = entityKeys.get(e);
  if (!k) entityKeys.set(e, (k = `#${++counter}`));
  return k;
}
