// Places, bases and membership: "Geneva, Switzerland" (located_in), "Russian broadcasting agency
// TASS" / "the Paris-based agency AFP" (based_in), and what the lexicon knows of a named body
// ("the Kremlin" is part of Russia), with the sentence of the body's first mention as evidence.

import type { Component, DocEntity } from '../doc.ts';
import { gazetteer } from '../lexicon/index.ts';
import { words, wordsOf } from '../words.ts';
import { contextOf, type DocContext, type MentionRef, type RelationDraft } from './context.ts';

const ORG_NOUNS = words('organization_nouns');
const OUTLET_WORDS = words('outlet_nouns');
const DATE_WORDS = wordsOf('months', 'weekdays');
const DIRECTIONS = words('directions');

const DEFAULTS = {
  cityCountry: 0.85,
  apposition: 0.75,
  basedModifier: 0.85,
  basedIn: 0.85,
  /** Tokens after a body's name searched for "based in" / "headquartered in". */
  basedWindow: 10,
  dateline: 0.5,
  lexicon: 0.6,
};
type Settings = typeof DEFAULTS;

function stateEntity(ctx: DocContext, code: string | undefined): DocEntity | undefined {
  if (!code) return undefined;
  const entry = gazetteer().countryByCode.get(code);
  if (!entry) return undefined;
  // Only states the document names: the graph does not grow nodes the text never mentions.
  return ctx.entities.find((e) => e.id === entry.id);
}

/**
 * A dateline, "BANGKOK, Thailand (AP) —" or "Ulaanbaatar, 29 Apr (XINHUA) --": the outlet files
 * from there (a bureau), so it is based_in those places, with a lower confidence and basis
 * "dateline" so that users can tell it from a headquarters.
 */
function datelineRelations(ctx: DocContext, set: Settings): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (let sent = 0; sent < ctx.sentences.length; sent++) {
    const [s0, s1] = ctx.sentRange(sent);
    let k = s0;
    if (ctx.lower(k) === '(' && ctx.lower(k + 2) === ')') k += 3; // "( Text )"
    const places: DocEntity[] = [];
    for (; k < Math.min(s1, s0 + 12); k++) {
      const r = ctx.at[k];
      if (r && r.mention.start === k && (r.entity.type === 'place' || r.entity.type === 'state') && !r.mention.anchor) {
        places.push(r.entity);
        k = r.mention.end - 1;
        continue;
      }
      if (ctx.lower(k) === '(') break;
      if (!/^(,|\d+|[a-z]{3}\.?)$/i.test(ctx.tokens[k]!.norm) && !DATE_WORDS.has(ctx.lower(k))) { places.length = 0; break; }
    }
    if (places.length === 0 || ctx.lower(k) !== '(') continue;
    const outlet = ctx.at[k + 1];
    if (!outlet || (outlet.entity.type !== 'media' && outlet.entity.type !== 'organization') || ctx.lower(outlet.mention.end) !== ')') continue;
    for (const p of places) out.push({ type: 'based_in', source: outlet.entity, target: p, sent, confidence: set.dateline, attributes: { basis: 'dateline' } });
  }
  return out;
}

/**
 * "based in X" / "headquartered in X" within a few tokens after a body's name (token `from`), in its
 * sentence: the cue, and the place when no other name stands between the body and the cue.
 */
function basedInAfter(ctx: DocContext, from: number, s1: number, window: number): { cue: string; loc?: MentionRef } | undefined {
  let blocked = false;
  for (let k = from; k < Math.min(s1 - 2, from + window); k++) {
    if (/^[.;]$/.test(ctx.lower(k))) return undefined;
    const r = ctx.at[k];
    if (r && r.entity.type !== 'state' && r.entity.type !== 'place') blocked = true;
    if ((ctx.lower(k) === 'based' || ctx.lower(k) === 'headquartered') && ctx.lower(k + 1) === 'in') {
      const loc = blocked ? undefined : locationAfter(ctx, k + 2);
      return loc ? { cue: `${ctx.lower(k)} in`, loc } : { cue: `${ctx.lower(k)} in` };
    }
  }
  return undefined;
}

/** The place or state named at token k, past a direction ("in southern Turkey"). */
function locationAfter(ctx: DocContext, k: number): MentionRef | undefined {
  if (DIRECTIONS.has(ctx.lower(k))) k++;
  const r = ctx.at[k];
  return r && r.mention.start === k && (r.entity.type === 'place' || r.entity.type === 'state') && !r.mention.anchor ? r : undefined;
}

export function placeRelations(ctx: DocContext, set: Settings = DEFAULTS): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const r of ctx.refs) {
    const e = r.entity;
    const sent = ctx.sentOf(r.mention.start);
    const next = ctx.at[r.mention.end + 1];
    // "Geneva, Switzerland"
    // A list of places ("Brazoria, Fort Bend, Galveston and Harris") is not "Geneva, Switzerland".
    const inList = (k: number) => ctx.lower(k) === 'and' || ctx.lower(k) === 'or' || (ctx.lower(k) === ',' && ctx.at[k + 1]?.entity.type === 'place');
    const listBefore = ctx.lower(r.mention.start - 1) === ',' && ctx.at[r.mention.start - 2]?.entity.type === 'place';
    if (e.type === 'place' && ctx.lower(r.mention.end) === ',' && next && (next.entity.type === 'state' || next.entity.type === 'place') && next.mention.start === r.mention.end + 1 && next.mention.via !== 'demonym' && !listBefore && !inList(next.mention.end)) {
      out.push({ type: 'located_in', source: e, target: next.entity, sent, confidence: set.cityCountry });
    }
    if (e.type === 'media' || e.type === 'organization') {
      // "the Mujahideen Khalq, an Iranian exile group based in Iraq", "Acme Corp, headquartered in Denver"
      const based = basedInAfter(ctx, r.mention.end, ctx.sentRange(sent)[1], set.basedWindow);
      if (based?.loc) out.push({ type: 'based_in', source: e, target: based.loc.entity, sent, confidence: set.basedIn, attributes: { cue: based.cue } });
      // "Sun Hung Kai Properties, a Hong Kong construction firm": an apposition that places it, unless
      // it says where the body is based (then the demonym is its people's: "an Iranian exile group").
      let k = r.mention.end;
      if (!based && ctx.lower(k) === ',') {
        k++;
        if (/^(a|an|the)$/.test(ctx.lower(k))) k++;
        const loc = ctx.at[k];
        const nouns = ctx.tokens.slice(loc ? loc.mention.end : k, (loc ? loc.mention.end : k) + 3).map((t) => t.lower);
        if (loc && loc.mention.start === k && (loc.entity.type === 'place' || loc.entity.type === 'state') && nouns.some((w) => ORG_NOUNS.has(w))) {
          out.push({ type: 'based_in', source: e, target: loc.entity, sent, confidence: set.apposition, attributes: { cue: 'apposition' } });
        }
      }
    }
    // "Russian broadcasting agency TASS", "the Paris-based agency AFP"
    if (e.type === 'media' || e.type === 'organization') {
      for (let k = r.mention.start - 1; k >= Math.max(0, r.mention.start - 6); k--) {
        const p = ctx.at[k];
        if (p && (p.entity.type === 'state' || p.entity.type === 'place')) {
          const between = ctx.tokens.slice(k + 1, r.mention.start).map((t) => t.lower);
          if (between.some((w) => OUTLET_WORDS.has(w) || w === 'based')) out.push({ type: 'based_in', source: e, target: p.entity, sent, confidence: set.basedModifier });
          break;
        }
        if (!/^[\p{L}-]+$/u.test(ctx.lower(k))) break;
      }
    }
  }
  out.push(...datelineRelations(ctx, set));
  // Lexicon knowledge of named bodies, once per entity, at its first mention.
  const first = new Map<DocEntity, number>();
  for (const r of ctx.refs) if (!first.has(r.entity)) first.set(r.entity, r.mention.start);
  for (const e of ctx.entities) {
    const at = first.get(e);
    if (at === undefined) continue;
    const state = e.entry && e.type === 'organization' && e.entry.partOf ? stateEntity(ctx, e.entry.partOf) : undefined;
    if (state) out.push({ type: 'part_of', source: e, target: state, sent: ctx.sentOf(at), confidence: set.lexicon, attributes: { basis: 'lexicon' } });
  }
  for (const e of ctx.entities) {
    const at = first.get(e);
    if (e.partOfState && at !== undefined) out.push({ type: 'part_of', source: e, target: e.partOfState, sent: ctx.sentOf(at), confidence: set.lexicon });
  }
  return out;
}

export const placesComponent: Component<Settings> = {
  name: 'relations.places',
  requires: ['links', 'entities'],
  assigns: ['drafts'],
  defaults: DEFAULTS,
  run: (doc, set) => ({ drafts: placeRelations(contextOf(doc), set) }),
};
