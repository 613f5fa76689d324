// lives_in and located_in from how news text places people and places: "Marie Ferraro, 50, of
// Bethany, Conn.", "a native of Chisholm", "born in Athens", "a resident of Queens", "Kassala in
// eastern Sudan", and a city named with its own country in one sentence ("Tokyo ... Japan").

import type { Component, DocEntity } from '../doc.ts';
import { gazetteer } from '../lexicon/index.ts';
import { phrases, words } from '../words.ts';
import { contextOf, type DocContext, type MentionRef, type RelationDraft } from './context.ts';
import { homeNounRelations } from './home-nouns.ts';
import { DIRECTIONS, LOCATION, SETTLEMENTS, locationAt, placeModifiesNext } from './location-at.ts';

const HOME_CUES = phrases('home_cues');
/**
 * The home cues by their first word, each list in HOME_CUES' order: the scan of every token below
 * tries only the cues that token can begin (trying all of them at every token was a tenth of a
 * cold run's allocation).
 */
const HOME_CUES_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const cue of HOME_CUES) {
  const list = HOME_CUES_BY_FIRST.get(cue[0]!);
  if (list) list.push(cue);
  else HOME_CUES_BY_FIRST.set(cue[0]!, [cue]);
}
const SITES = words('site_nouns');
/** Nouns of a state's parts that may name a state itself too ("the island of Malta", "the state of Qatar"). */
const STATE_LIKE_NOUNS = words('region_nouns');
const PREPOSITIONS = words('prepositions');

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
  /** "Tom Ward, a Fargo native", "Moscow resident Tom Ward". */
  homeNoun: 0.75,
  /** "the capital Bamako" in a story that names Mali. */
  theCapital: 0.7,
  /** "Kodiak, a port in southern Alaska". */
  placeApposition: 0.7,
};
type Settings = typeof DEFAULTS;

/** "X, a small port in Y" after a place (from the comma at token k): the place Y of the apposition. */
function appositionPlace(ctx: DocContext, k: number, s1: number): MentionRef | undefined {
  if (ctx.lower(k) !== ',' || !/^(a|an)$/.test(ctx.lower(k + 1))) return undefined;
  // At most two words before the settlement noun, none of them a name.
  for (let j = k + 2; j < Math.min(s1 - 2, k + 5); j++) {
    if (ctx.at[j] || !/^[\p{Ll}-]+$/u.test(ctx.tokens[j]!.text)) return undefined;
    if (SETTLEMENTS.has(ctx.lower(j))) return ctx.lower(j + 1) === 'in' || ctx.lower(j + 1) === 'of' ? locationAt(ctx, j + 2) : undefined;
  }
  return undefined;
}

/**
 * The one place or state of the document whose name an adjective derives from ("Dagestani":
 * Dagestan, "Tibetan": Tibet): they share their first letters, all but at most three of each.
 * Demonyms of states are the lexicon's; this reads those of regions it does not list.
 */
function regionOfAdjective(ctx: DocContext, adjective: string): DocEntity | undefined {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(adjective)) return undefined;
  const adj = adjective.toLowerCase();
  let found: DocEntity | undefined;
  for (const e of ctx.entities) {
    if (!LOCATION.has(e.type) || /\s/.test(e.name)) continue;
    const name = e.name.toLowerCase();
    let n = 0;
    while (n < adj.length && n < name.length && adj[n] === name[n]) n++;
    if (n < 4 || n < name.length - 3 || n < adj.length - 3 || name === adj) continue;
    if (found && found !== e) return undefined;
    found = e;
  }
  return found;
}

/**
 * Whether "the" stands at token k or before at most two lower-case modifiers ending there that name
 * nothing ("the rebel-held Chechen capital"): the adjective after them opens a definite description.
 */
function articleBefore(ctx: DocContext, k: number, s0: number): boolean {
  // A hyphen is a token of its own ("rebel - held"): it counts as no word.
  for (let j = k, n = 0; j >= s0 && n <= 2; j--) {
    if (ctx.lower(j) === 'the') return true;
    if (ctx.lower(j) === '-') continue;
    if (ctx.at[j] || !/^\p{Ll}+$/u.test(ctx.tokens[j]!.text) || PREPOSITIONS.has(ctx.lower(j)) || ctx.lower(j) === 'and') return false;
    n++;
  }
  return false;
}

/** Whether a point of the compass stands at token k, after "the" or not ("northern", "the southwestern"). */
const compassAt = (ctx: DocContext, k: number) => DIRECTIONS.has(ctx.lower(ctx.lower(k) === 'the' ? k + 1 : k));

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
          const modifier = loc && placeModifiesNext(ctx, loc.mention.end);
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
        // Up to two words that name nothing and are no preposition ("Kenya's main northern highway", "Sydney's leafy North Shore").
        for (let n = 0; n < 2 && !ctx.at[k] && /^[\p{Ll}-]+$/u.test(ctx.tokens[k]?.text ?? '') && !PREPOSITIONS.has(ctx.lower(k)) && ctx.lower(k) !== 'and'; n++) k++;
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
          // "the Panjwayi district of Kandahar province": a place named with its own region noun after
          // "of" is the larger one, and the name before the first noun the smaller.
          const after = inner && ctx.tokens[inner.mention.end];
          const reversed = r.entity.type === 'place' && !!after && SETTLEMENTS.has(after.lower) && /^\p{Ll}/u.test(after.text);
          if (inner && inner.mention.start === k && inner.entity.type === 'place' && inner.entity !== r.entity && !inner.mention.anchor) {
            out.push({ type: 'located_in', source: reversed ? r.entity : inner.entity, target: reversed ? inner.entity : r.entity, sent, confidence: set.settlement, attributes: { cue } });
          }
        }
      }
      // "Sarajevo, the capital of Bosnia"
      if (r.entity.type === 'place' && ctx.lower(r.mention.end) === ',' && ctx.lower(r.mention.end + 1) === 'the' && ctx.lower(r.mention.end + 2) === 'capital' && ctx.lower(r.mention.end + 3) === 'of') {
        const outer = locationAt(ctx, r.mention.end + 4);
        if (outer && outer.entity !== r.entity) out.push({ type: 'located_in', source: r.entity, target: outer.entity, sent, confidence: set.capitalOf, attributes: { cue: 'capital of' } });
      }
      // "Kassala in eastern Sudan", "Geneva in Switzerland", and past the site's noun: "Evin prison in Tehran".
      // Past a settlement's noun "of" ties too, when what follows is the larger: a state or a point
      // of the compass ("the Kupwara district of northern Kashmir"). "The West Bank town of Hebron"
      // reads the other way: there the place after "of" is the town.
      if (r.entity.type === 'place') {
        const settlement = SETTLEMENTS.has(ctx.lower(r.mention.end));
        const k = SITES.has(ctx.lower(r.mention.end)) || settlement ? r.mention.end + 1 : r.mention.end;
        const outer = settlement && ctx.lower(k) === 'of' ? locationAt(ctx, k + 1) : undefined;
        // A state's own nouns ("the Gulf Arab state of Qatar", "the Mediterranean island of Malta") name the state itself.
        const larger = !!outer && ((outer.entity.type === 'state' && !STATE_LIKE_NOUNS.has(ctx.lower(r.mention.end))) || compassAt(ctx, k + 1));
        // "the town of Faizabad, in northern Badakshan province": past a comma only with a point of the
        // compass, which a list of places ("in Kabul, in Herat and ...") does not have.
        const apposed = ctx.lower(k) === ',' && ctx.lower(k + 1) === 'in' && compassAt(ctx, k + 2);
        const loc = ctx.lower(k) === 'in' ? locationAt(ctx, k + 1) : apposed ? locationAt(ctx, k + 2) : larger ? outer : undefined;
        if (loc && loc.entity !== r.entity) out.push({ type: 'located_in', source: r.entity, target: loc.entity, sent, confidence: set.placeInPlace, attributes: { cue: apposed ? ', in' : ctx.lower(k) } });
      }
      // "Kodiak, a port in southern Alaska": an apposition whose head is a settlement.
      if (r.entity.type === 'place') {
        const loc = appositionPlace(ctx, r.mention.end, s1);
        if (loc && loc.entity !== r.entity) out.push({ type: 'located_in', source: r.entity, target: loc.entity, sent, confidence: set.placeApposition, attributes: { cue: 'apposition' } });
      }
      // "the capital Bamako", "the capital, Bamako": a capital the lexicon knows, called the
      // capital with no state before the word, is in its own state when the story names it.
      if (r.entity.type === 'place' && r.entity.entry?.country && g.capitals.has(r.entity.id)) {
        let k = r.mention.start - 1;
        if (ctx.lower(k) === ',') k--;
        // The document's state is looked up only after the words before the name read "capital".
        const st = ctx.lower(k) === 'capital' && k > s0 && !ctx.at[k - 1] ? g.countryByCode.get(r.entity.entry.country) : undefined;
        const state = st && ctx.entities.find((e) => e.id === st.id);
        if (state && state !== r.entity) out.push({ type: 'located_in', source: r.entity, target: state, sent, confidence: set.theCapital, attributes: { cue: 'the capital' } });
      }
      // A city named with its own country in the same sentence.
      if (r.entity.type === 'place' && r.entity.entry?.country) {
        const st = g.countryByCode.get(r.entity.entry.country);
        const stateRef = st && firstOf.get(st.id);
        if (stateRef && stateRef.entity !== r.entity) out.push({ type: 'located_in', source: r.entity, target: stateRef.entity, sent, confidence: set.cityAndCountry, attributes: { basis: 'lexicon' } });
      }
    }
    // "the Dagestani capital Makhachkala": an adjective the lexicon does not know, of a region the story names.
    for (let k = s0 + 2; k < s1 - 1; k++) {
      // The tagger may have read the adjective as a one-word name of something else ("Dagestani" a person).
      const adj = ctx.at[k - 1];
      if (!SETTLEMENTS.has(ctx.lower(k)) || !articleBefore(ctx, k - 2, s0) || (adj && (LOCATION.has(adj.entity.type) || adj.mention.end - adj.mention.start > 1))) continue;
      const region = regionOfAdjective(ctx, ctx.tokens[k - 1]!.text);
      const at = ctx.lower(k + 1) === 'of' || ctx.lower(k + 1) === ',' ? k + 2 : k + 1;
      const inner = ctx.at[at];
      if (region && inner && inner.mention.start === at && inner.entity.type === 'place' && inner.entity !== region && !inner.mention.anchor) out.push({ type: 'located_in', source: inner.entity, target: region, sent, confidence: set.settlement, attributes: { cue: ctx.lower(k) } });
    }
    // "a native of Chisholm", "was born in Athens": the person of the clause lives in that place.
    for (let i = s0; i < s1; i++) {
      const cues = HOME_CUES_BY_FIRST.get(ctx.lower(i));
      if (!cues) continue;
      for (const cue of cues) {
        if (cue.some((w, j) => ctx.lower(i + j) !== w)) continue;
        const loc = locationAt(ctx, i + cue.length);
        const person = loc && personBefore(ctx, i, s0);
        if (loc && person) out.push({ type: 'lives_in', source: person, target: loc.entity, sent, confidence: set.homeCue, attributes: { cue: cue.join(' ') } });
      }
    }
  }
  out.push(...homeNounRelations(ctx, set.homeNoun));
  return out;
}

export const residenceComponent: Component<Settings> = {
  name: 'relations.residence',
  requires: ['links'],
  assigns: ['drafts'],
  defaults: DEFAULTS,
  run: (doc, set) => ({ drafts: residenceRelations(contextOf(doc), set) }),
};
