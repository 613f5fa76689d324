// lives_in and located_in from how news text places people and places: "Marie Ferraro, 50, of
// Bethany, Conn.", "a native of Chisholm", "born in Athens", "a resident of Queens", "Kassala in
// eastern Sudan", and a city named with its own country in one sentence ("Tokyo ... Japan").

import type { Component, DocEntity } from '../doc.ts';
import { gazetteer } from '../lexicon/index.ts';
import { phrases, words, wordsOf } from '../words.ts';
import { contextOf, type DocContext, type MentionRef, type RelationDraft } from './context.ts';

const LOCATION = new Set(['place', 'state']);
const DIRECTIONS = words('directions');
const HOME_CUES = phrases('home_cues');
const SETTLEMENTS = wordsOf('settlement_nouns', 'region_nouns');

const DEFAULTS = {
  apposition: 0.7,
  ofPlace: 0.75,
  ofRegion: 0.7,
  placeOfPlace: 0.7,
  capitalOf: 0.8,
  settlement: 0.75,
  placeInPlace: 0.7,
  cityAndCountry: 0.6,
  homeCue: 0.75,
};
type Settings = typeof DEFAULTS;

/** The location mention starting at token k, skipping "the" and a direction word. */
function locationAt(ctx: DocContext, k: number): MentionRef | undefined {
  let j = k;
  if (ctx.lower(j) === 'the') j++;
  if (DIRECTIONS.has(ctx.lower(j))) j++;
  const r = ctx.at[j];
  return r && r.mention.start === j && LOCATION.has(r.entity.type) && !r.mention.anchor ? r : undefined;
}

/** The person this clause is about: the nearest person before token i in its sentence. */
function personBefore(ctx: DocContext, i: number, s0: number): DocEntity | undefined {
  for (let k = i - 1; k >= s0; k--) {
    const r = ctx.at[k];
    if (r && r.entity.type === 'person') return r.entity;
    if (ctx.lower(k) === ';') break;
  }
  return undefined;
}

export function residenceRelations(ctx: DocContext, set: Settings = DEFAULTS): RelationDraft[] {
  const out: RelationDraft[] = [];
  const g = gazetteer();
  for (let sent = 0; sent < ctx.sentences.length; sent++) {
    const [s0, s1] = ctx.sentRange(sent);
    const refs = ctx.mentionsIn(sent);
    // The first plain mention of each entity in the sentence, for "a city and its country".
    const firstOf = new Map<string, MentionRef>();
    for (const x of refs) if (!x.mention.anchor && x.entity.id && !firstOf.has(x.entity.id)) firstOf.set(x.entity.id, x);
    for (const r of refs) {
      // "Marie Ferraro, 50, of Bethany" / "Andrew Hall of Miami": a person of a place.
      if (r.entity.type === 'person') {
        let k = r.mention.end;
        if (ctx.lower(k) === ',') k++;
        if (/^\d+$/.test(ctx.lower(k)) && ctx.lower(k + 1) === ',') k += 2;
        // "Derwinski, a Republican from Chicago": an apposition that says where the person is from.
        if (k > r.mention.end && /^(a|an|the)$/.test(ctx.lower(k))) {
          for (let j = k + 1; j < Math.min(s1, k + 5); j++) {
            if (ctx.lower(j) === 'from') {
              const loc = locationAt(ctx, j + 1);
              if (loc) out.push({ type: 'lives_in', source: r.entity, target: loc.entity, sent, confidence: set.apposition, attributes: { cue: 'from' } });
              break;
            }
            if (ctx.at[j] || /^[,.;]$/.test(ctx.lower(j))) break;
          }
        }
        if (ctx.lower(k) === 'of') {
          const loc = locationAt(ctx, k + 1);
          // "Thomas Muster of Austria" gives a nationality, not a home; "Dan Jewell of the Whittier
          // police" names the body the person works for.
          const modifier = loc && /^\p{Ll}/u.test(ctx.tokens[loc.mention.end]?.text ?? '');
          if (loc && loc.entity.type === 'place' && !modifier) {
            out.push({ type: 'lives_in', source: r.entity, target: loc.entity, sent, confidence: set.ofPlace, attributes: { cue: 'of' } });
            // "of Bethany, Conn.": the town's state too.
            const region = ctx.lower(loc.mention.end) === ',' ? locationAt(ctx, loc.mention.end + 1) : undefined;
            if (region && region.entity !== loc.entity) out.push({ type: 'lives_in', source: r.entity, target: region.entity, sent, confidence: set.ofRegion, attributes: { cue: 'of' } });
          }
        }
      }
      // "Bosnia's capital, Sarajevo", "Louisiana's Cameron Parish": a place of a place.
      if (LOCATION.has(r.entity.type) && ctx.lower(r.mention.end) === "'s") {
        let k = r.mention.end + 1;
        if (ctx.lower(k) === 'capital' && ctx.lower(k + 1) === ',') k += 2;
        const inner = locationAt(ctx, k);
        if (inner && inner.entity !== r.entity && inner.entity.type === 'place') out.push({ type: 'located_in', source: inner.entity, target: r.entity, sent, confidence: set.placeOfPlace, attributes: { cue: "'s" } });
      }
      // "the Eritrean capital Asmara", "the West Bank town of Ramallah", "the Punjab provincial capital, Lahore"
      // Also "China's eastern province of Jiangsu", "the French Mediterranean island of Corsica": a
      // possessive, and up to two modifiers that name nothing.
      if (LOCATION.has(r.entity.type)) {
        let k = r.mention.end;
        const possessive = ctx.lower(k) === "'s";
        if (possessive) k++;
        for (let n = 0; n < 2 && !SETTLEMENTS.has(ctx.lower(k)) && /^\p{L}+$/u.test(ctx.tokens[k]?.text ?? '') && !ctx.at[k]; n++) k++;
        // After a possessive or a capitalized modifier, only "of NAME" ties the name ("China's capital" alone is the state's).
        const loose = possessive || k > r.mention.end + 1 || (k > r.mention.end && !/^\p{Ll}/u.test(ctx.tokens[r.mention.end]!.text));
        if (SETTLEMENTS.has(ctx.lower(k)) && (!loose || ctx.lower(k + 1) === 'of')) {
          const cue = ctx.lower(k++);
          if (ctx.lower(k) === 'of' || ctx.lower(k) === ',') k++;
          const inner = ctx.at[k];
          if (inner && inner.mention.start === k && inner.entity.type === 'place' && inner.entity !== r.entity && !inner.mention.anchor) out.push({ type: 'located_in', source: inner.entity, target: r.entity, sent, confidence: set.settlement, attributes: { cue } });
        }
      }
      // "Sarajevo, the capital of Bosnia"
      if (r.entity.type === 'place' && ctx.lower(r.mention.end) === ',' && ctx.lower(r.mention.end + 1) === 'the' && ctx.lower(r.mention.end + 2) === 'capital' && ctx.lower(r.mention.end + 3) === 'of') {
        const outer = locationAt(ctx, r.mention.end + 4);
        if (outer && outer.entity !== r.entity) out.push({ type: 'located_in', source: r.entity, target: outer.entity, sent, confidence: set.capitalOf, attributes: { cue: 'capital of' } });
      }
      // "Kassala in eastern Sudan", "Geneva in Switzerland"
      if (r.entity.type === 'place' && ctx.lower(r.mention.end) === 'in') {
        const loc = locationAt(ctx, r.mention.end + 1);
        if (loc && loc.entity !== r.entity) out.push({ type: 'located_in', source: r.entity, target: loc.entity, sent, confidence: set.placeInPlace, attributes: { cue: 'in' } });
      }
      // A city named with its own country in the same sentence.
      if (r.entity.type === 'place' && r.entity.entry?.country) {
        const st = g.countryByCode.get(r.entity.entry.country);
        const stateRef = st && firstOf.get(st.id);
        if (stateRef && stateRef.entity !== r.entity) out.push({ type: 'located_in', source: r.entity, target: stateRef.entity, sent, confidence: set.cityAndCountry, attributes: { basis: 'lexicon' } });
      }
    }
    // "a native of Chisholm", "was born in Athens": the person of the clause lives in that place.
    for (let i = s0; i < s1; i++) {
      for (const cue of HOME_CUES) {
        if (cue.some((w, j) => ctx.lower(i + j) !== w)) continue;
        const loc = locationAt(ctx, i + cue.length);
        const person = loc && personBefore(ctx, i, s0);
        if (loc && person) out.push({ type: 'lives_in', source: person, target: loc.entity, sent, confidence: set.homeCue, attributes: { cue: cue.join(' ') } });
      }
    }
  }
  return out;
}

export const residenceComponent: Component<Settings> = {
  name: 'relations.residence',
  requires: ['links'],
  assigns: ['drafts'],
  defaults: DEFAULTS,
  run: (doc, set) => ({ drafts: residenceRelations(contextOf(doc), set) }),
};
