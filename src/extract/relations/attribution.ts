// reported and quoted: "according to OUTLET", "OUTLET reported", "X said, according to OUTLET",
// "OUTLET quoted X as saying", "X told OUTLET", "speaking to OUTLET", ", telling OUTLET", "citing
// OUTLET". A quote is attached to its speaker in the relation's attributes (cue verb, outlet).

import type { EntityType } from '../../types.ts';
import type { Component, DocEntity } from '../doc.ts';
import { words } from '../words.ts';
import { contextOf, type DocContext, type MentionRef, type RelationDraft } from './context.ts';

const SAY = words('say_verbs');
const REPORT = words('report_verbs');
const PRONOUNS = words('speaker_pronouns');
const ACTORS: ReadonlySet<EntityType> = new Set(['person', 'state', 'organization']);
const OUTLET_MODIFIERS = words('outlet_modifiers');
const OUTLET_NOUNS = words('outlet_nouns');

const DEFAULTS = {
  quoted: 0.85,
  reported: 0.8,
  /** Whom an outlet's report is about (its sentence's subject). */
  reportedSubject: 0.5,
  /** Tokens after a person searched for a verb of saying. */
  sayWindow: 4,
};
type Settings = typeof DEFAULTS;

function outletAfter(ctx: DocContext, k: number, limit: number): MentionRef | undefined {
  for (let j = k; j < limit; j++) {
    const r = ctx.at[j];
    if (r && r.entity.type === 'media') return r;
    if (/^[.;]$/.test(ctx.lower(j))) break;
  }
  return undefined;
}

/** "according to OUTLET" or "citing OUTLET" at token k: the outlet cited, if any. */
function citedAt(ctx: DocContext, k: number, s1: number): { outlet: MentionRef; cue: string } | undefined {
  const w = ctx.lower(k);
  if (w === 'according' && ctx.lower(k + 1) === 'to') {
    const o = outletAfter(ctx, k + 2, Math.min(s1, k + 7));
    return o && { outlet: o, cue: 'according to' };
  }
  if (w === 'citing') {
    const o = outletAfter(ctx, k + 1, Math.min(s1, k + 6));
    return o && { outlet: o, cue: 'citing' };
  }
  return undefined;
}

/** The person named last before token k, in its sentence or the two before: whom "he" or "she" stands for. */
function lastPersonBefore(ctx: DocContext, k: number, sent: number): DocEntity | undefined {
  for (let s = sent; s >= Math.max(0, sent - 2); s--) {
    const refs = ctx.mentionsIn(s);
    for (let i = refs.length - 1; i >= 0; i--) if (refs[i]!.mention.start < k && refs[i]!.entity.type === 'person') return refs[i]!.entity;
  }
  return undefined;
}

/** The outlet right before token k, past words that describe it ("KCNA news agency said"). */
function outletBefore(ctx: DocContext, k: number): MentionRef | undefined {
  let j = k;
  while (j > k - 3 && (OUTLET_NOUNS.has(ctx.lower(j - 1)) || OUTLET_MODIFIERS.has(ctx.lower(j - 1))) && ctx.lower(j - 1) !== 'the' && !ctx.at[j - 1]) j--;
  const o = ctx.mentionEndingAt(j);
  return o && o.entity.type === 'media' ? o : undefined;
}

/**
 * The first actor of what an outlet's verb at token `at` reports: after the verb, else the
 * sentence's first (the outlet and its own state aside). With `named`, only a name: "according to
 * Reuters, the Russian delegation arrived" reports on the delegation, which the demonym does not name.
 */
function reportSubject(ctx: DocContext, refs: readonly MentionRef[], outlet: DocEntity, at: number, s1: number, named: boolean): DocEntity | undefined {
  const actor = (r: MentionRef) => ACTORS.has(r.entity.type) && r.entity !== outlet && !r.mention.anchor && ctx.lower(r.mention.end) !== "'s" && !(named && r.mention.via === 'demonym');
  const after = refs.find((r) => r.mention.start > at && r.mention.start < Math.min(s1, at + 8) && actor(r));
  if (after) return after.entity;
  // Before the verb, not a speaker of his own: in "the official, X, said it was fitting ... a letter
  // which Y reported contained" X's words are X's, Y's report is about the letter.
  const before = refs.find((r) => r.mention.start < at && actor(r) && ctx.at[r.mention.end]?.entity !== outlet && !speaksBefore(ctx, r, at));
  return before?.entity;
}

/** A verb of saying right after the mention ("X said", "X, said"), before the outlet's own verb at `at`. */
function speaksBefore(ctx: DocContext, r: MentionRef, at: number): boolean {
  let k = r.mention.end;
  if (ctx.lower(k) === ',') k++;
  return k < at && SAY.has(ctx.lower(k));
}

export function attributionRelations(ctx: DocContext, set: Settings = DEFAULTS): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (let sent = 0; sent < ctx.sentences.length; sent++) {
    const [s0, s1] = ctx.sentRange(sent);
    const refs = ctx.mentionsIn(sent);
    const persons = refs.filter((r) => r.entity.type === 'person');
    const outlets: { outlet: DocEntity; cue: string; speaker?: DocEntity; at?: number }[] = [];
    for (let k = s0; k < s1; k++) {
      const w = ctx.lower(k);
      const cited = citedAt(ctx, k, s1);
      // "According to the Financial Times, the EU is weighing...": the outlet's report, about its sentence's subject.
      if (cited) outlets.push({ outlet: cited.outlet.entity, cue: cited.cue, at: cited.cue === 'according to' ? k : undefined });
      else if (w === 'quoted') {
        const o = ctx.mentionEndingAt(k);
        const sp = ctx.at[k + 1];
        if (o && o.entity.type === 'media' && sp && sp.entity.type === 'person') outlets.push({ outlet: o.entity, cue: 'quoted', speaker: sp.entity });
      } else if (REPORT.has(w) || w === 'said' || w === 'says') {
        // "Interfax reported", "the KCNA news agency said": the outlet's own report.
        const o = outletBefore(ctx, k);
        if (o) outlets.push({ outlet: o.entity, cue: REPORT.has(w) ? 'reported' : 'said', at: k });
      } else if (w === 'interview' && ctx.lower(k + 1) === 'with') {
        // "In an interview with the BBC, Zelensky said": the outlet and the speaker of the sentence.
        const o = outletAfter(ctx, k + 2, Math.min(s1, k + 6));
        if (o) outlets.push({ outlet: o.entity, cue: 'interview' });
      } else if ((w === 'speaking' || w === 'talking') && (ctx.lower(k + 1) === 'to' || ctx.lower(k + 1) === 'with')) {
        // "Speaking to the BBC, Starmer said", "Haniyeh, speaking to Al Jazeera, said": an interview.
        const o = outletAfter(ctx, k + 2, Math.min(s1, k + 7));
        const sp = ctx.lower(k - 1) === ',' ? ctx.mentionEndingAt(k - 1) : undefined;
        if (o) outlets.push({ outlet: o.entity, cue: 'interview', speaker: sp?.entity.type === 'person' ? sp.entity : undefined });
      } else if (w === 'telling' && ctx.lower(k - 1) === ',') {
        // "Peskov rejected the proposal, telling the state news agency RIA Novosti": the clause's subject told it.
        const o = outletAfter(ctx, k + 1, Math.min(s1, k + 6));
        const sp = persons.find((p) => p.mention.start < k);
        if (o && sp) outlets.push({ outlet: o.entity, cue: 'told', speaker: sp.entity });
      } else if (w === 'told') {
        // "told Reuters", "told the state news agency RIA Novosti": past lower-case words that describe the outlet.
        let j = k + 1;
        while (j < Math.min(s1, k + 6) && !ctx.at[j] && (OUTLET_MODIFIERS.has(ctx.lower(j)) || OUTLET_NOUNS.has(ctx.lower(j)))) j++;
        const o = ctx.at[j];
        const sp = ctx.mentionEndingAt(k);
        if (o && o.entity.type === 'media' && sp && sp.entity.type === 'person') outlets.push({ outlet: o.entity, cue: 'told', speaker: sp.entity });
        // "'We will go on,' he told Reuters": the person last named before.
        else if (o && o.entity.type === 'media' && PRONOUNS.has(ctx.lower(k - 1))) {
          const antecedent = lastPersonBefore(ctx, k - 1, sent);
          if (antecedent) outlets.push({ outlet: o.entity, cue: 'told', speaker: antecedent });
        }
      }
    }
    if (outlets.length === 0) continue;
    const saidSpeaker = persons.find((p) => {
      for (let k = p.mention.end; k < Math.min(s1, p.mention.end + set.sayWindow); k++) if (SAY.has(ctx.lower(k))) return true;
      return false;
    });
    for (const o of outlets) {
      const speaker = o.speaker ?? (o.cue === 'reported' || o.cue === 'said' ? undefined : saidSpeaker?.entity);
      if (speaker) {
        out.push({ type: 'quoted', source: o.outlet, target: speaker, sent, confidence: set.quoted, attributes: { cue: o.cue } });
        continue;
      }
      // Without a speaker the outlet reports on the events of its sentence.
      const reportedEvents = new Set<DocEntity>();
      for (let k = s0; k < s1; k++) { const m = ctx.meetingAt[k]; if (m) reportedEvents.add(m); }
      for (const m of reportedEvents) out.push({ type: 'reported', source: o.outlet, target: m, sent, confidence: set.reported, attributes: { cue: o.cue } });
      // ... and on whom its report is about: "KCNA said Kim Jong Un oversaw a test", "X met Y, Xinhua reported".
      if (o.at !== undefined) {
        const about = reportSubject(ctx, refs, o.outlet, o.at, s1, o.cue === 'according to');
        if (about) out.push({ type: 'reported', source: o.outlet, target: about, sent, confidence: set.reportedSubject, attributes: { cue: o.cue } });
      }
    }
  }
  return out;
}

export const attributionComponent: Component<Settings> = {
  name: 'relations.attribution',
  requires: ['links', 'frames'],
  assigns: ['drafts'],
  defaults: DEFAULTS,
  run: (doc, set) => ({ drafts: attributionRelations(contextOf(doc), set) }),
};

/**
 * Who a sentence's claims come from: an outlet it cites ("according to Reuters", "citing TASS",
 * "Reuters reported") or the person whose words it reports ("Peskov said"). Relations found in
 * that sentence keep it as attributes.claimedBy.
 */
export function sentenceClaimants(ctx: DocContext): Map<number, DocEntity> {
  const out = new Map<number, DocEntity>();
  for (let sent = 0; sent < ctx.sentences.length; sent++) {
    const [s0, s1] = ctx.sentRange(sent);
    let claimant: DocEntity | undefined;
    for (let k = s0; k < s1 && !claimant; k++) {
      const w = ctx.lower(k);
      const cited = citedAt(ctx, k, s1);
      if (cited) claimant = cited.outlet.entity;
      else if (REPORT.has(w) || w === 'said' || w === 'says' || w === 'told') {
        const r = ctx.mentionEndingAt(k);
        if (r && (r.entity.type === 'media' || r.entity.type === 'person')) claimant = r.entity;
      }
    }
    if (claimant) out.set(sent, claimant);
  }
  return out;
}

/** The `relations.claims` component: each kept relation's claimant, unless it is one of its ends. */
export const claimsComponent: Component = {
  name: 'relations.claims',
  requires: ['relations', 'links'],
  assigns: ['claims'],
  defaults: {},
  run(doc) {
    const claimants = sentenceClaimants(contextOf(doc));
    const claims = new Map<RelationDraft, DocEntity>();
    for (const r of doc.relations) {
      const c = claimants.get(r.sent);
      if (!c || r.type === 'quoted' || r.type === 'reported' || c === r.source || c === r.target) continue;
      claims.set(r, c);
    }
    return { claims };
  },
};
