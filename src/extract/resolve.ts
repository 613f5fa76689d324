// Resolution stage (within one document): mentions → document entities and the links between
// them. Surnames join the full name the text gave earlier or later; lexicon mentions join their
// canonical entry; other names become entities of their type, keyed by their slug; each meeting
// frame becomes one meeting entity.

import type { EntityType } from '../types.ts';
import { slugify } from '../util/slug.ts';
import type { Component, DocEntity, LexEntry, MeetingFrame, Mention, MentionLink } from './doc.ts';
import { afterPlaceKindOf, placeKindAfter } from './mention-types.ts';
import { isGenericBody } from './tagger-mentions.ts';
import { initialsOf, NameIndex, oneWordVariant } from './names.ts';
import { partyNamed } from './party-names.ts';
import { isHeadline } from './text.ts';
import { nameTokens, oneSensePerDocument, withoutLegalForm, type Text } from './name-senses.ts';

const US_ID = 'state:united-states';


/** An entity under construction: resolution owns it until the stage returns. */
interface Building extends DocEntity {
  aliases: Set<string>;
}


/** A name as written ("Jean-Noel Barrot", not "Jean - Noel Barrot"), quotes folded, spaces collapsed. */
function displayName(t: Text, start: number, end: number): string {
  let out = '';
  for (let k = start; k < end; k++) {
    const tok = t.tokens[k]!;
    if (k > start && tok.start > t.tokens[k - 1]!.end) out += ' ';
    out += tok.norm;
  }
  return out;
}

/** "the Houthis" and "Houthi rebels": a one-word group's name in the plural is the group's. */
function singularGroup(name: string): string {
  return /^\p{L}{4,}[^s]s$/u.test(name) ? name.slice(0, -1) : name;
}

/** The state named right before a mention: a demonym ("Russian Defence Ministry") or "Russia's". */
function ownerState(t: Text, byEnd: Map<number, Mention>, m: Mention): LexEntry | undefined {
  let end = m.start;
  if (t.tokens[end - 1]?.lower === "'s") end--;
  const before = byEnd.get(end);
  return before && before.entry && before.type === 'state' ? before.entry : undefined;
}

class Resolver {
  readonly entities: Building[] = [];
  readonly links: { mention: Mention; entity: Building }[] = [];
  private readonly byId = new Map<string, Building>();
  readonly persons = new NameIndex<Building>();
  /** Full names in the order the text gives them, by their words but one, for spelling variants. */
  private readonly fullNames = new Map<string, { words: string[]; entity: Building }[]>();
  private readonly pendingUs: Building[] = [];
  /** Where the text first gives each person's full name (a token index). */
  private readonly firstFull = new Map<Building, number>();
  /** Generic body name → the one qualified body of this text with that name (null when several). */
  private readonly genericBodies = new Map<string, Building | null>();
  /** Bodies by their name without a legal form ("brush wellman" for "Brush Wellman Inc"). */
  private readonly companies = new Map<string, Building>();
  /** State mentions by their end token, for "Russia's Defence Ministry". */
  private readonly stateByEnd = new Map<number, Mention>();
  /** States and places by their first token, for "Turner, Arkansas". */
  private readonly regionAt = new Map<number, Mention>();

  /** The tokens of the headline, a short first line standing alone (0 when there is none). */
  private readonly headlineEnd: number;

  constructor(private readonly t: Text, mentions: readonly Mention[]) {
    for (const m of mentions) {
      if (m.entry && m.type === 'state') this.stateByEnd.set(m.end, m);
      if (m.type === 'state' || m.type === 'place') this.regionAt.set(m.start, m);
    }
    this.headlineEnd = isHeadline(t, 0) ? t.sentences[0]!.tokenEnd : 0;
  }

  get(id: string, type: EntityType, name: string, entry?: LexEntry): Building {
    let e = this.byId.get(id);
    if (!e) {
      e = { id, type, name, aliases: new Set(), ...(entry ? { entry } : {}) };
      this.byId.set(id, e);
      this.entities.push(e);
    }
    return e;
  }

  attach(m: Mention, e: Building): void {
    const surface = this.t.text.slice(this.t.tokens[m.start]!.start, this.t.tokens[m.end - 1]!.end);
    // "NABLUS" of a dateline or a headline, then "Nablus" in the body: the entity is named as the body writes it.
    if (!e.entry && inCapitals(e.name) && !inCapitals(surface) && surface.toLowerCase() === e.name.toLowerCase()) {
      e.aliases.add(e.name);
      e.aliases.delete(surface);
      e.name = surface;
    }
    if (surface !== e.name && m.via !== 'demonym') e.aliases.add(surface);
    this.links.push({ mention: m, entity: e });
  }

  /** "B. Yeltsin" as a form of the one full name of the text that ends with "Yeltsin" and starts with a B. */
  private joinInitialed(m: Mention, toks: readonly string[]): boolean {
    const fits = this.persons.matches(toks.slice(1)).filter((e) => e.name[0] === toks[0]![0] && e.name.split(' ').length > toks.length - 1);
    if (fits.length !== 1) return false;
    fits[0]!.aliases.add(displayName(this.t, m.start, m.end));
    this.persons.add(toks, fits[0]!);
    return true;
  }

  /**
   * "Yeltsin" in a story of Boris and Naina Yeltsin: a surname alone is the first full name given
   * before it that ends with it, not a third person (the corpus merge, which sees no text order, keeps
   * such surnames apart instead); else the one full name that has it inside ("Vega" of "Julio
   * Cesar Vega Rojas").
   */
  private sharedSurname(toks: readonly string[], at: number): Building | undefined {
    if (toks.length !== 1) return undefined;
    // Only a full name given before the surname ("Smith spoke. John Smith and Mary Smith left." is
    // no guess), but for a headline's: it names the story's main person, whom the body introduces.
    const before = at < this.headlineEnd ? Infinity : at;
    return this.persons.firstWithSurname(toks[0]!, (e) => (this.firstFull.get(e) ?? Infinity) < before) ?? this.persons.uniqueInner(toks[0]!);
  }

  /**
   * "near Turner, Arkansas", "the resort of Durres": a place the words around it call a place
   * stays one, though a person of the text bears the name (Rev. Jerome Turner).
   */
  private placeByItsWords(m: Mention): boolean {
    if (m.type !== 'place') return false;
    const { tokens } = this.t;
    if (afterPlaceKindOf(tokens, m.start) || placeKindAfter(tokens, m.end)) return true;
    const region = tokens[m.end]?.norm === ',' ? this.regionAt.get(m.end + 1) : undefined;
    return region !== undefined && tokens[region.end]?.sent === tokens[m.start]!.sent && !/^\p{Lu}/u.test(tokens[region.end]!.text) && tokens[region.end]!.lower !== "'s";
  }

  /** Full person names first, so that surnames anywhere in the text can join them. */
  indexPersons(mentions: readonly Mention[]): void {
    const indexed = new Set<string>();
    // "B. Yeltsin" is read after the full names, so that it can be the one "Boris Yeltsin" of the text.
    const persons = mentions.filter((m) => m.type === 'person').map((m) => ({ m, toks: nameTokens(this.t, m) }));
    for (const { m, toks } of [...persons.filter((p) => !isInitialed(p.toks)), ...persons.filter((p) => isInitialed(p.toks))]) {
      // Each written form once: an article that names a person a thousand times indexes one name.
      const written = toks.join(' ');
      if (isInitialed(toks) && !indexed.has(written) && this.joinInitialed(m, toks)) {
        indexed.add(written);
        continue;
      }
      if (toks.length < 2 || indexed.has(written) || this.persons.hasLongerForm(toks)) continue;
      indexed.add(written);
      const name = displayName(this.t, m.start, m.end);
      // "Mark Dutroux" after "Marc Dutroux": the spelling the text used first.
      // Names one word apart share all their other words: only those are compared.
      const keys = toks.map((_, i) => toks.filter((_w, j) => j !== i).join(' ') + `|${i}`);
      const variant = keys.flatMap((k) => this.fullNames.get(k) ?? []).find((p) => oneWordVariant(p.words, toks));
      const e = variant ? variant.entity : this.get(`person:${slugify(name)}`, 'person', name);
      if (variant && name !== e.name) e.aliases.add(name);
      this.persons.add(toks, e);
      if (!this.firstFull.has(e)) this.firstFull.set(e, m.start);
      if (!variant) {
        for (const k of keys) {
          const list = this.fullNames.get(k);
          if (list) list.push({ words: toks, entity: e });
          else this.fullNames.set(k, [{ words: toks, entity: e }]);
        }
      }
    }
  }

  resolve(m: Mention): void {
    const { t } = this;
    if (m.entry) return this.attach(m, this.get(m.entry.id, m.entry.type, m.entry.name, m.entry));
    const toks = nameTokens(t, m);
    // One sense per document: a name the text gives a person elsewhere is that person ("Biden", "Lincoln").
    if (m.type !== 'person' && !m.governs && m.via === 'tagged' && m.type !== 'meeting' && !this.placeByItsWords(m)) {
      const matches = this.persons.matches(toks);
      if (matches.length === 1) return this.attach({ ...m, type: 'person' }, matches[0]!);
      // A surname two people share is still a person, though not one we can choose.
      if (matches.length > 1) {
        const name = toks.join(' ');
        return this.attach({ ...m, type: 'person' }, this.sharedSurname(toks, m.start) ?? this.get(`person:${slugify(name)}`, 'person', name));
      }
    }
    if (m.type === 'person') {
      const name = displayName(t, m.start, m.end);
      // A surname alone misspelt by a letter ("Detroux" in a story of Marc Dutroux) is the one person it fits.
      const misspelt = () => (toks.length === 1 ? this.persons.uniqueMisspeltSurname(toks[0]!) : undefined);
      // "POPOV IN SERIOUS CONDITION": a name in capitals is looked up as the body writes it ("Popov").
      const inCaps = () => (toks.every((w) => /^\p{Lu}{3,}$/u.test(w)) ? this.persons.unique(toks.map((w) => w[0] + w.slice(1).toLowerCase())) : undefined);
      return this.attach(m, this.persons.unique(toks) ?? this.sharedSurname(toks, m.start) ?? inCaps() ?? misspelt() ?? this.get(`person:${slugify(name)}`, 'person', name));
    }
    if (m.governs) return this.governmentOf(m, toks);
    const name = displayName(t, m.start, m.end).replace(/^the /i, '');
    // "the Commission" after "the European Commission": the one body of the text whose name ends so.
    if ((m.type === 'organization' || m.type === 'media') && toks.length === 1) {
      const longer = this.entities.filter((e) => e.type === m.type && e.name.includes(' ') && e.name.split(' ').pop() === name);
      if (longer.length === 1) return this.attach(m, longer[0]!);
    }
    const generic = m.type === 'organization' && isGenericBody(toks);
    if (generic) {
      const body = this.genericBody(m, name);
      if (body) return this.attach(m, body);
    }
    // "Brush Wellman" after "Brush Wellman Inc": one company, with or without its legal form.
    if (!generic && (m.type === 'organization' || m.type === 'media')) {
      const key = `${m.type}|${m.type === 'organization' ? singularGroup(withoutLegalForm(name)) : withoutLegalForm(name)}`;
      const known = this.companies.get(key);
      if (known) return this.attach(m, known);
      const e = this.get(`${m.type}:${slugify(name)}`, m.type, name);
      this.companies.set(key, e);
      return this.attach(m, e);
    }
    this.attach(m, this.get(`${m.type}:${slugify(name)}`, m.type, name));
  }

  /**
   * "Russia's Defence Ministry", "the Ukrainian Foreign Ministry": a generic body is named with its
   * state, so that every country's ministry is its own node, and is part of that state; "The
   * Defence Ministry later said": the one this text already named with its state.
   */
  private genericBody(m: Mention, name: string): Building | undefined {
    const owner = ownerState(this.t, this.stateByEnd, m);
    const key = name.toLowerCase();
    if (!owner) return this.genericBodies.get(key) ?? undefined;
    const qualified = `${name} (${owner.name})`;
    const e = this.get(`organization:${slugify(qualified)}`, 'organization', qualified);
    e.aliases.add(name);
    e.partOfState = this.get(owner.id, owner.type, owner.name, owner);
    this.genericBodies.set(key, this.genericBodies.has(key) && this.genericBodies.get(key) !== e ? null : e);
    return e;
  }

  /** "the Biden administration": named after the full name of its leader when the text gives it. */
  private governmentOf(m: Mention, toks: string[]): void {
    const leader = this.persons.unique(toks.slice(0, -1));
    const name = `${leader ? leader.name : toks.slice(0, -1).join(' ')} ${toks[toks.length - 1]}`;
    const e = this.get(`organization:${slugify(name)}`, 'organization', name);
    if (leader) e.leader = leader;
    this.attach(m, e);
    // "Administration" is the American word for a president's executive branch.
    if (!e.partOfState && toks[toks.length - 1]!.toLowerCase() === 'administration') this.pendingUs.push(e);
  }

  /**
   * "the Kurdistan Democratic Party of Iran (KDPI)", "the LTTE (Liberation Tigers of Tamil Eelam)":
   * a body's acronym written in brackets beside its name is one entity with it, and so is every
   * other mention of the acronym; an acronym the tagger left out becomes a mention.
   */
  joinAcronyms(mentions: readonly Mention[]): void {
    const { tokens } = this.t;
    const linkAt = new Map<number, { mention: Mention; entity: Building }>();
    for (const l of this.links) linkAt.set(l.mention.start, l);
    const isAcronym = (k: number) => /^[A-Z][A-Z0-9&-]{1,7}$/.test(tokens[k]?.text ?? '') && /[A-Z].*[A-Z]/.test(tokens[k]!.text);
    for (const m of mentions) {
      if (m.type !== 'organization' && m.type !== 'media') continue;
      const long = linkAt.get(m.start);
      if (!long || tokens[m.end]?.norm !== '(' || tokens[m.end + 2]?.norm !== ')') continue;
      const k = m.end + 1;
      if (m.end - m.start >= 2 && isAcronym(k)) {
        const short = linkAt.get(k);
        if (short && short.entity !== long.entity && short.entity.type !== 'person') this.merge(short.entity, long.entity);
        else if (!short) this.attach({ start: k, end: k + 1, type: long.entity.type, via: 'tagged' }, long.entity);
        const acronym = tokens[k]!.text;
        // Every other mention of the acronym is the body.
        for (const l of [...this.links]) if (l.mention.end - l.mention.start === 1 && tokens[l.mention.start]!.text === acronym && l.entity !== long.entity && l.entity.type !== 'person') this.merge(l.entity, long.entity);
      }
    }
    // The acronym first: "the LTTE (Liberation Tigers of Tamil Eelam)".
    for (const m of mentions) {
      if (m.end - m.start !== 1 || !isAcronym(m.start) || tokens[m.end]?.norm !== '(') continue;
      const short = linkAt.get(m.start);
      const long = linkAt.get(m.end + 1);
      if (!short || !long || long.mention.end - long.mention.start < 2 || tokens[long.mention.end]?.norm !== ')' || short.entity === long.entity) continue;
      if (long.entity.type !== 'organization' && long.entity.type !== 'media') continue;
      // "DOHA (Al Jazeera) —": a dateline's city in capitals before the outlet is no acronym of it.
      if (short.entity.type !== 'organization' && short.entity.type !== 'media') continue;
      this.merge(short.entity, long.entity);
    }
  }

  /**
   * "the OSCE" and "the Organisation for Security and Cooperation in Europe" in one article, without
   * brackets: an acronym is the one body of the text whose capitalized words it is the initials of.
   */
  joinInitials(): void {
    const bodies = this.entities.filter((e) => e.type === 'organization' || e.type === 'media');
    for (const short of bodies) {
      const acronym = [short.name, ...short.aliases].find((n) => /^[A-Z]{2,6}$/.test(n));
      if (!acronym) continue;
      const long = bodies.filter((e) => e !== short && e.type === short.type && initialsOf(e.name) === acronym);
      if (long.length === 1) this.merge(short, long[0]!);
    }
  }

  /** "the Democrats" beside "the Democratic Party": a party named by its members is the party. */
  joinParties(): void {
    const bodies = this.entities.filter((e) => e.type === 'organization');
    for (const short of bodies) {
      const party = partyNamed(short.name, bodies);
      if (party && party !== short) this.merge(short, party);
    }
  }

  /** Joins one entity into another: its mentions, names and aliases (a lexicon entity stays the one kept). */
  private merge(a: Building, b: Building): void {
    if (a === b || !this.entities.includes(a) || !this.entities.includes(b)) return;
    const [from, into] = a.entry && !b.entry ? [b, a] : [a, b];
    for (const l of this.links) if (l.entity === from) l.entity = into;
    for (const al of [from.name, ...from.aliases]) if (al !== into.name) into.aliases.add(al);
    this.entities.splice(this.entities.indexOf(from), 1);
    this.byId.set(from.id, into);
  }

  finish(frames: readonly MeetingFrame[]): void {
    const us = this.byId.get(US_ID);
    for (const e of this.pendingUs) if (us && !e.partOfState) e.partOfState = us;
    for (const f of frames) this.entities.push({ id: '', type: 'meeting', name: f.head, aliases: new Set(), frame: f });
  }
}

/** A name written in capitals, with at least one word of three letters or more ("NABLUS", "NOVYE ATAGI"; not "UN"). */
const inCapitals = (name: string) => /\p{Lu}{3}/u.test(name) && name === name.toUpperCase();

/** A name whose first word is an initial ("B. Yeltsin", "M. Sivasiththamparam"). */
const isInitialed = (toks: readonly string[]) => toks.length >= 2 && /^\p{Lu}\.?$/u.test(toks[0]!);

export function resolveDocument(t: Text, found: readonly Mention[], frames: readonly MeetingFrame[]): { entities: DocEntity[]; links: MentionLink[] } {
  const mentions = oneSensePerDocument(t, found);
  const r = new Resolver(t, mentions);
  r.indexPersons(mentions);
  for (const m of mentions) r.resolve(m);
  r.joinAcronyms(mentions);
  r.joinInitials();
  r.joinParties();
  r.finish(frames);
  return { entities: r.entities, links: r.links };
}

export const resolveComponent: Component = {
  name: 'resolve',
  requires: ['tokens', 'mentions', 'frames'],
  assigns: ['entities', 'links'],
  defaults: {},
  essential: true,
  run: (doc) => resolveDocument(doc, doc.mentions, doc.frames),
};
