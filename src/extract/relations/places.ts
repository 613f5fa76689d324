// Places, bases and membership: "Geneva, Switzerland" (located_in), "Russian broadcasting agency
// TASS" / "the Paris-based agency AFP" (based_in), and what the lexicon knows of a named body
// ("the Kremlin" is part of Russia), with the sentence of the body's first mention as evidence.
// A dateline ("KYIV (Reuters) -") gives no base: it says where one story was filed, not where the
// outlet is based, and the guidelines ask for a base the text states.

import type { Component, DocEntity, LexEntry } from '../doc.ts';
import { gazetteer } from '../lexicon/index.ts';
import { words, wordsOf } from '../words.ts';
import { contextOf, type DocContext, type MentionRef, type RelationDraft } from './context.ts';
import { locationAt, placeModifiesNext } from './location-at.ts';

const ORG_NOUNS = words('organization_nouns');
const OUTLET_WORDS = words('outlet_nouns');
const UNIT_NOUNS = words('unit_nouns');
const BASE_CUES = words('base_cues');
const PEOPLE_WORDS = words('people_words');
const STATE_BODY_HEADS = words('state_body_heads');
/** Last words of a body's name that tie it to the town after "in": a company's legal form, a school's or institute's head. */
const SEATED_HEADS = wordsOf('legal_forms', 'institution_heads');
/** Last words of names that are no body's: a feature of the land or a point of the compass. */
const NOT_BODY_HEADS = wordsOf('geographic_heads', 'compass_names');
/** Words of bodies' names that say nothing of which body it is ("Army", "Supreme Court"). */
const GENERIC_NAME_WORDS = wordsOf('generic_body_words', 'body_heads');

const DEFAULTS = {
  cityCountry: 0.85,
  apposition: 0.75,
  basedModifier: 0.85,
  basedIn: 0.85,
  /** Tokens after a body's name searched for "based in" / "headquartered in". */
  basedWindow: 10,
  lexicon: 0.6,
  /** "Sun Microsystems Inc.'s JavaSoft unit", "RSA Data Security, a unit of X". */
  unit: 0.75,
  /** "Pakistan's Muslim Commercial Bank", "the banned Algerian Islamic Salvation Front". */
  owner: 0.6,
  /** Lower-case words allowed between "PLACE's" and the body it places ("Bangladesh's only credit rating company"). */
  ownerWindow: 4,
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
 * "based in X" / "headquartered in X" within a few tokens after a body's name (token `from`), in its
 * sentence: the cue, and the place when no other name stands between the body and the cue.
 */
function basedInAfter(ctx: DocContext, from: number, s1: number, window: number): { cue: string; loc?: MentionRef } | undefined {
  let blocked = false;
  for (let k = from; k < Math.min(s1 - 2, from + window); k++) {
    if (/^[.;]$/.test(ctx.lower(k))) return undefined;
    const r = ctx.at[k];
    if (r && r.entity.type !== 'state' && r.entity.type !== 'place') blocked = true;
    if (BASE_CUES.has(ctx.lower(k)) && ctx.lower(k + 1) === 'in') {
      const loc = blocked ? undefined : locationAt(ctx, k + 2);
      return loc ? { cue: `${ctx.lower(k)} in`, loc } : { cue: `${ctx.lower(k)} in` };
    }
  }
  return undefined;
}

const isBody = (e: DocEntity | undefined): e is DocEntity => !!e && (e.type === 'organization' || e.type === 'media');
const isPlace = (e: DocEntity | undefined): e is DocEntity => !!e && (e.type === 'place' || e.type === 'state');

/**
 * A body's part named after its owner: "Sun Microsystems Inc.'s JavaSoft unit", "Faulding and its
 * Purepac unit", "the CVG's steel-producing arm" after "Sidor is", "RSA Data Security, a unit of X".
 * The part is part_of the owner.
 */
function unitRelations(ctx: DocContext, r: MentionRef, set: Settings): RelationDraft[] {
  const out: RelationDraft[] = [];
  const e = r.entity;
  const sent = ctx.sentOf(r.mention.start);
  const [s0, s1] = ctx.sentRange(sent);
  // "X's Y unit" / "X and its Y unit": the unit noun within two words after Y's name.
  const unitAfter = [0, 1, 2].some((d) => r.mention.end + d < s1 && UNIT_NOUNS.has(ctx.lower(r.mention.end + d)) && (d === 0 || /^[\p{Ll}-]+$/u.test(ctx.lower(r.mention.end))));
  if (unitAfter && isBody(e)) {
    let owner: DocEntity | undefined;
    const before = ctx.lower(r.mention.start - 1);
    if (before === "'s" || before === "'") owner = ctx.at[r.mention.start - 2]?.entity;
    else if (before === 'its' && ctx.lower(r.mention.start - 2) === 'and') owner = ctx.at[r.mention.start - 3]?.entity;
    if (isBody(owner) && owner !== e) out.push({ type: 'part_of', source: e, target: owner, sent, confidence: set.unit, attributes: { cue: 'unit' } });
  }
  // "RSA Data Security, a unit of X": a comma, an article, at most two words, the unit noun and "of".
  if (isBody(e) && ctx.lower(r.mention.end) === ',' && /^(a|an|the)$/.test(ctx.lower(r.mention.end + 1))) {
    for (let k = r.mention.end + 2; k < Math.min(s1 - 1, r.mention.end + 5); k++) {
      if (ctx.at[k]) break;
      if (UNIT_NOUNS.has(ctx.lower(k)) && ctx.lower(k + 1) === 'of') {
        const owner = ctx.at[k + 2]?.entity;
        if (isBody(owner) && owner !== e && ctx.at[k + 2]!.mention.start === k + 2) out.push({ type: 'part_of', source: e, target: owner, sent, confidence: set.unit, attributes: { cue: 'unit of' } });
        break;
      }
    }
  }
  // "Sidor is the CVG's steel-producing arm": the subject before "is the" is the part.
  if (isBody(e) && ctx.lower(r.mention.end) === "'s" && ctx.lower(r.mention.start - 1) === 'the' && /^(is|was)$/.test(ctx.lower(r.mention.start - 2))) {
    const part = ctx.at[r.mention.start - 3];
    let unit = false;
    for (let k = r.mention.end + 1; k < Math.min(s1, r.mention.end + 4) && !ctx.at[k]; k++) if (UNIT_NOUNS.has(ctx.lower(k))) unit = true;
    if (unit && part && isBody(part.entity) && part.entity !== e && part.mention.start >= s0) out.push({ type: 'part_of', source: part.entity, target: e, sent, confidence: set.unit, attributes: { cue: 'unit' } });
  }
  return out;
}

/**
 * A place named as a body's owner: "Pakistan's Muslim Commercial Bank", "Bangladesh's only credit
 * rating company -- CRIS", "the banned Algerian Islamic Salvation Front". The body is based there,
 * unless it is the state's own organ ("Mexico's National Human Rights Commission"): part_of.
 */
function ownerRelations(ctx: DocContext, r: MentionRef, set: Settings): RelationDraft[] {
  const e = r.entity;
  if (!isBody(e) || e.partOfState || e.entry?.partOf || e.entry?.basedIn) return [];
  const sent = ctx.sentOf(r.mention.start);
  const s0 = ctx.sentRange(sent)[0];
  let k = r.mention.start - 1;
  // Lower-case words and peoples between ("Bosnia's Moslem nationalist SDA party", "the Iraqi Kurdish PUK").
  for (const stop = Math.max(s0, r.mention.start - 1 - set.ownerWindow); k >= stop; k--) {
    const w = ctx.tokens[k]!.text;
    if (ctx.at[k] || !(/^[\p{Ll}-]+$/u.test(w) || w === '--' || PEOPLE_WORDS.has(w.toLowerCase())) || w === 'and' || w === 'of' || w === 'in') break;
  }
  const possessive = ctx.lower(k) === "'s";
  if (possessive) k--;
  const p = ctx.at[k];
  if (!p || !isPlace(p.entity) || p.mention.end !== k + 1) return [];
  // A demonym only right before the name, or past peoples ("the Iraqi Kurdish PUK"): "Russian officials said the X group" is not this.
  if (!possessive) {
    if (p.mention.via !== 'demonym') return [];
    for (let j = p.mention.end; j < r.mention.start; j++) if (!PEOPLE_WORDS.has(ctx.lower(j))) return [];
  }
  // "Mexico's National Human Rights Commission": a state's organ is part of it.
  const organ = p.entity.type === 'state' && STATE_BODY_HEADS.has(ctx.lower(r.mention.end - 1));
  return [{ type: organ ? 'part_of' : 'based_in', source: e, target: p.entity, sent, confidence: set.owner, attributes: { cue: possessive ? 'possessive' : 'demonym' } }];
}

/**
 * A state named inside a body's own name: "U.S. Senate Intelligence Committee", "Bank of Canada",
 * "Canada Steamship Lines", "Democratic Party of Kenya". An organ of the state
 * (its head word a state body's) is part of it, any other body based there. Only states the
 * document names elsewhere too: the graph does not grow nodes the text never mentions.
 */
function stateInName(ctx: DocContext, r: MentionRef, set: Settings): RelationDraft[] {
  const e = r.entity;
  const n = r.mention.end - r.mention.start;
  if (!isBody(e) || n < 2 || e.partOfState || e.entry?.partOf || e.entry?.basedIn) return [];
  const toks = ctx.tokens.slice(r.mention.start, r.mention.end);
  const lower = toks.map((t) => t.lower);
  const raw = toks.map((t) => t.text);
  const g = gazetteer();
  let found: { entry: LexEntry; head: string; closing?: boolean } | undefined;
  // The longest lexicon name opening the body's could be another body ("U.S. Senate"): shorter ones too.
  for (let limit = n - 1; limit > 0 && !found; limit--) {
    const open = g.match(lower, raw, 0, true, limit);
    if (!open) break;
    // A demonym opening a name says whose people it is, not where it stands ("Iraqi Kurdish Democratic Union").
    if (open.entry.type === 'state' && open.surface !== 'demonym') found = { entry: open.entry, head: lower[n - 1]! };
    limit = open.length;
  }
  for (let i = 2; !found && i < n; i++) {
    if (lower[i - 1] !== 'of') continue;
    const close = g.match(lower, raw, i, true);
    if (close && close.length === n - i) found = { entry: close.entry, head: lower[i - 2]!, closing: true };
  }
  if (!found || found.entry.type !== 'state') return [];
  const state = ctx.entities.find((x) => x.id === found.entry.id);
  if (!state || state === e) return [];
  // "Bank of Canada", "Reserve Bank of New Zealand": a bank named "of" its state is its central bank.
  const organ = STATE_BODY_HEADS.has(found.head) || (found.closing === true && found.head === 'bank');
  return [{ type: organ ? 'part_of' : 'based_in', source: e, target: state, sent: ctx.sentOf(r.mention.start), confidence: set.owner, attributes: { cue: 'in name' } }];
}

/**
 * "Acme Corp. of Denver": the town named after "of" right after a body's name (a state there names
 * an organ: "the Foreign Ministry of Iran"; "of Denver police" names another body). A feature's or a
 * direction's word read as a body ("Strait of Malacca", "South of Baghdad") is none, and a name of
 * generic words only ("Army" of "the Army of Northern Virginia") goes on past "of".
 */
function townAfterOf(ctx: DocContext, r: MentionRef): MentionRef | undefined {
  const end = r.mention.end;
  if (ctx.lower(end) !== 'of' || NOT_BODY_HEADS.has(ctx.lower(end - 1))) return undefined;
  let generic = true;
  for (let k = r.mention.start; k < end && generic; k++) generic = GENERIC_NAME_WORDS.has(ctx.lower(k));
  const of = generic ? undefined : ctx.at[end + 1];
  return of && of.mention.start === end + 1 && of.entity.type === 'place' && of.mention.via !== 'demonym' && !placeModifiesNext(ctx, of.mention.end) ? of : undefined;
}

/**
 * "Acme Corp. in Denver", "Acme Co. in Fargo, N.D.", "Delmont University in Tucson": a town right
 * after "in" after a body's name that ends in a company's legal form or a school's or institute's
 * head is where the body is. Only then: "the EU in Brussels", "Reuters in
 * London" name a meeting's or a reporter's place as often as a base, and a state after "in" ("Ford
 * Motor Co. in Britain") names a market or a unit. The region after the town's comma too.
 */
function townsAfterSeatedName(ctx: DocContext, r: MentionRef): MentionRef[] {
  const end = r.mention.end;
  const last = ctx.lower(end - 1) === '.' ? end - 2 : end - 1;
  if (ctx.lower(end) !== 'in' || last < r.mention.start || !SEATED_HEADS.has(ctx.lower(last).replace(/\.$/, ''))) return [];
  const town = ctx.at[end + 1];
  if (!town || town.mention.start !== end + 1 || town.entity.type !== 'place' || town.mention.via === 'demonym' || placeModifiesNext(ctx, town.mention.end)) return [];
  const region = ctx.lower(town.mention.end) === ',' ? ctx.at[town.mention.end + 1] : undefined;
  return region && region.mention.start === town.mention.end + 1 && isPlace(region.entity) && region.entity !== town.entity ? [town, region] : [town];
}

/** Part_of from the lexicon to a body the text names ("UN Security Council" of the United Nations). */
function lexiconOwner(ctx: DocContext, e: DocEntity): DocEntity | undefined {
  const owner = e.entry?.partOf;
  if (!owner || e.type !== 'organization') return undefined;
  return stateEntity(ctx, owner) ?? ctx.entities.find((o) => o !== e && o.type === 'organization' && (o.entry?.name === owner || o.name === owner));
}

export function placeRelations(ctx: DocContext, set: Settings = DEFAULTS): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const r of ctx.refs) {
    const e = r.entity;
    const sent = ctx.sentOf(r.mention.start);
    const next = ctx.at[r.mention.end + 1];
    // "Geneva, Switzerland"
    // A list of places ("Brazoria, Fort Bend, Galveston and Harris") is not "Geneva, Switzerland".
    // A list goes on with another place ("Dayton, Toledo and Akron"); "Dayton, Ohio and then" does not.
    const inList = (k: number) => /^(and|or|,)$/.test(ctx.lower(k)) && isPlace(ctx.at[k + 1]?.entity);
    const listBefore = ctx.lower(r.mention.start - 1) === ',' && ctx.at[r.mention.start - 2]?.entity.type === 'place';
    if (e.type === 'place' && ctx.lower(r.mention.end) === ',' && next && (next.entity.type === 'state' || next.entity.type === 'place') && next.mention.start === r.mention.end + 1 && next.mention.via !== 'demonym' && !listBefore && !inList(next.mention.end)) {
      out.push({ type: 'located_in', source: e, target: next.entity, sent, confidence: set.cityCountry });
    }
    if (e.type === 'media' || e.type === 'organization') {
      // "the Mujahideen Khalq, an Iranian exile group based in Iraq", "Acme Corp, headquartered in Denver"
      const based = basedInAfter(ctx, r.mention.end, ctx.sentRange(sent)[1], set.basedWindow);
      if (based?.loc) out.push({ type: 'based_in', source: e, target: based.loc.entity, sent, confidence: set.basedIn, attributes: { cue: based.cue } });
      const of = based ? undefined : townAfterOf(ctx, r);
      if (of) out.push({ type: 'based_in', source: e, target: of.entity, sent, confidence: set.basedIn, attributes: { cue: 'of' } });
      if (!based && !of) for (const t of townsAfterSeatedName(ctx, r)) out.push({ type: 'based_in', source: e, target: t.entity, sent, confidence: set.basedIn, attributes: { cue: 'in' } });
      // "Sun Hung Kai Properties, a Hong Kong construction firm": an apposition that places it, unless
      // it says where the body is based (then the demonym is its people's: "an Iranian exile group").
      let k = r.mention.end;
      if (!based && ctx.lower(k) === ',') {
        k++;
        if (/^(a|an|the)$/.test(ctx.lower(k))) k++;
        const loc = ctx.at[k];
        // "Banco Mercantil, Brazil's third-largest private bank": past the possessive, a few more words.
        const possessive = !!loc && ctx.lower(loc.mention.end) === "'s";
        const from = loc ? loc.mention.end + (possessive ? 1 : 0) : k;
        const nouns = ctx.tokens.slice(from, from + (possessive ? 5 : 3)).map((t) => t.lower);
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
          // "the Denver company Acme": a named place (not a demonym: "the Iranian exile group") right
          // after an article, and a body's noun right before the name.
          else if (between.length <= 2 && ORG_NOUNS.has(between[between.length - 1] ?? '') && p.mention.via !== 'demonym' && /^(the|a|an)$/.test(ctx.lower(p.mention.start - 1))) {
            out.push({ type: 'based_in', source: e, target: p.entity, sent, confidence: set.basedModifier, attributes: { cue: 'modifier' } });
          }
          break;
        }
        if (!/^[\p{L}-]+$/u.test(ctx.lower(k))) break;
      }
    }
  }
  for (const r of ctx.refs) out.push(...unitRelations(ctx, r, set), ...ownerRelations(ctx, r, set), ...stateInName(ctx, r, set));
  // Lexicon knowledge of named bodies, once per entity, at its first mention.
  const first = new Map<DocEntity, number>();
  for (const r of ctx.refs) if (!first.has(r.entity)) first.set(r.entity, r.mention.start);
  for (const e of ctx.entities) {
    const at = first.get(e);
    if (at === undefined) continue;
    const state = lexiconOwner(ctx, e);
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
