// Gazetteer: countries (world-countries package plus countries.extra.tsv), news outlets, named
// organizations and titles, loaded once and indexed by token sequence for longest-match lookup.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { EntityType } from '../../types.ts';
import { slugify } from '../../util/slug.ts';
import type { LexEntry, SurfaceKind } from '../doc.ts';
import { tokenize } from '../text.ts';

export type { LexEntry, SurfaceKind } from '../doc.ts';

export interface LexMatch {
  entry: LexEntry;
  surface: SurfaceKind;
  /** Tokens matched. */
  length: number;
}

interface Country {
  cca2: string;
  independent: boolean | null;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

const here = new URL('.', import.meta.url);
const require = createRequire(import.meta.url);

function readTsv(file: string): string[][] {
  return readFileSync(new URL(file, here), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()));
}
const list = (cell: string | undefined): string[] => (cell ? cell.split(';').map((s) => s.trim()).filter(Boolean) : []);

/** Token key of a surface form: the same tokenization rule as text.ts, lower-cased and folded. */
export function surfaceKey(surface: string): string[] {
  return tokenize(surface).map((t) => t.lower);
}

const FILTER_BITS = 1 << 14;
const ARTICLES = new Set(['the', 'a', 'an']);

/** A bit for a word from its length and first, second and last characters: cheaper than the map's own hash. */
function firstWordBit(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  const h = Math.imul(w.charCodeAt(0) * 31 + w.charCodeAt(n > 1 ? 1 : 0), 0x9e3779b1) ^ Math.imul(w.charCodeAt(n - 1) + n * 131, 0x85ebca6b);
  return (h ^ (h >>> 15)) & (FILTER_BITS - 1);
}

export class Gazetteer {
  readonly entries = new Map<string, LexEntry>();
  /** first token (lower) → candidate sequences, longest first. */
  private readonly index = new Map<string, { tokens: string[]; surface: SurfaceKind; exact: string | null; entry: LexEntry; particle: boolean; typingOnly: boolean }[]>();
  /** A one-hash filter of the first words of entries (see firstWordBit): a clear bit is no entry. */
  private readonly firstWords = new Int32Array(FILTER_BITS / 32);
  readonly titles: Map<string, string>;
  /** First words of every title phrase, to skip most tokens at once. */
  readonly titleStarts = new Set<string>();
  readonly countryByCode = new Map<string, LexEntry>();
  readonly capitals = new Map<string, LexEntry>();
  /** Provinces and states of countries (lower-case name → country codes), from city-timezones. */
  readonly provinces = new Map<string, Set<string>>();
  /** U.S. states by their AP abbreviation as written ("Vt.", "N.J."), from us-states.tsv: read only after "City,". */
  readonly usStateAbbreviations = new Map<string, LexEntry>();

  constructor() {
    this.titles = new Map();
  }

  /** `typingOnly`: a surface of the typing-only tables, which the tagger's lookups skip (see match). */
  add(entry: LexEntry, surface: string, kind: SurfaceKind, typingOnly = false): void {
    const existing = this.entries.get(entry.id);
    if (!existing) this.entries.set(entry.id, entry);
    const tokens = surfaceKey(surface);
    if (tokens.length === 0) return;
    // Short all-capital codes ("US", "AP", "EU") must match case exactly: "us" is a pronoun.
    const exact = /^[A-Z][A-Z.\/&-]{0,4}$/.test(surface) ? surface : null;
    const first = tokens[0]!;
    const bit = firstWordBit(first);
    this.firstWords[bit >>> 5]! |= 1 << (bit & 31);
    let bucket = this.index.get(first);
    if (!bucket) this.index.set(first, (bucket = []));
    if (bucket.some((b) => b.entry.id === entry.id && b.tokens.join(' ') === tokens.join(' ') && b.exact === exact)) return;
    // A particle: a lower-case first word the entry writes so ("al Qaida"), not an article ("the Netherlands").
    const particle = tokens.length > 1 && /^\p{Ll}/u.test(surface) && !ARTICLES.has(first);
    bucket.push({ tokens, surface: kind, exact, entry, particle, typingOnly });
    // Longest first; between equal surfaces, a sovereign state before a territory ("Dutch": the
    // Netherlands, not the Caribbean Netherlands; "American": the United States).
    bucket.sort((a, b) => b.tokens.length - a.tokens.length || Number(b.entry.type === 'state') - Number(a.entry.type === 'state'));
  }

  /**
   * Longest entry starting at token i (and ending by `limit`); `lower` and `raw` are the token arrays.
   * `forTagger`: only the surfaces the tagger was trained with (no typing-only table's): its features
   * must read the lexicon they were trained on.
   */
  match(lower: readonly string[], raw: readonly string[], i: number, allowCodes: boolean, limit = lower.length, forTagger = false): LexMatch | null {
    const word = lower[i];
    if (word === undefined) return null; // past the end
    // Most words start no entry: a bit of the filter says so before the map is asked.
    const bit = firstWordBit(word);
    if ((this.firstWords[bit >>> 5]! & (1 << (bit & 31))) === 0) return null;
    const bucket = this.index.get(word);
    if (!bucket) return null;
    for (const cand of bucket) {
      const n = cand.tokens.length;
      if (i + n > limit || (forTagger && cand.typingOnly)) continue;
      let ok = true;
      for (let k = 1; k < n; k++) if (lower[i + k] !== cand.tokens[k]) { ok = false; break; }
      if (!ok) continue;
      if (cand.exact !== null) {
        if (!allowCodes || raw.slice(i, i + n).join('') !== cand.exact.replace(/\s+/g, '')) continue;
      } else if (!/^[\p{Lu}\p{N}]/u.test(raw[i]!) && (forTagger || !cand.particle || raw[i] !== cand.tokens[0])) {
        // Names are capitalized in running text, but for a particle the entry writes in lower case
        // ("al Qaida"); not for the tagger, whose features were trained on capitalized names only.
        continue;
      }
      return { entry: cand.entry, surface: cand.surface, length: n };
    }
    return null;
  }

  /** Title lookup on a lower-cased phrase ("foreign minister" or "gov.") → canonical position. */
  title(phrase: string): string | undefined {
    return this.titles.get(phrase);
  }
}

function loadCountries(g: Gazetteer): void {
  const countries = require('world-countries') as Country[];
  const extra = new Map(readTsv('countries.extra.tsv').map((r) => [r[0]!, r] as const));
  const sorted = [...countries].sort((a, b) => a.cca2.localeCompare(b.cca2));
  for (const c of sorted) {
    const ex = extra.get(c.cca2);
    const display = ex?.[1] || c.name.common;
    const isState = ex?.[4] ? ex[4] === 'state' : c.independent === true || c.unMember;
    const type: EntityType = isState ? 'state' : 'place';
    const names = new Set([display, c.name.common, c.name.official, ...list(ex?.[2])]);
    // English spellings only: an alternative that shares a word with the English names ("Republic
    // of Turkey", "Kingdom of Saudi Arabia") or is a code of three or more letters ("DPRK");
    // native names ("Bundesrepublik Deutschland", "Zhongguo") are not how English news names them.
    const english = new Set(`${c.name.common} ${c.name.official} ${display}`.toLowerCase().split(/[\s,()'-]+/).filter((w) => w.length > 3));
    for (const alt of c.altSpellings) {
      if (/^[A-Z]{2}$/.test(alt) || alt.includes(',') || !/^[A-Za-z\s'’.()-]+$/.test(alt)) continue;
      if (/^[A-Z]{3,5}$/.test(alt) || alt.toLowerCase().split(/[\s()'-]+/).some((w) => english.has(w))) names.add(alt);
    }
    const entry: LexEntry = { id: `${type}:${slugify(display)}`, type, name: display, aliases: [], country: c.cca2 };
    entry.aliases = [...names].filter((n) => n !== display).sort();
    for (const n of names) g.add(entry, n, /^[A-Z.]{2,6}$/.test(n) ? 'code' : 'name');
    const dem = c.demonyms?.eng;
    // world-countries writes two demonyms of one country as "Bosnian, Herzegovinian".
    const demonyms = new Set([dem?.m, dem?.f, ...list(ex?.[3])].filter((d): d is string => !!d).flatMap((d) => d.split(/,\s*/)));
    for (const d of demonyms) if (!names.has(d) || /^[A-Z.]+$/.test(d)) g.add(entry, d, /^[A-Z.]{2,6}$/.test(d) ? 'code' : 'demonym');
    g.countryByCode.set(c.cca2, entry);
    for (const cap of c.capital) {
      const capName = cap.replace(/\s+D\.C\.$/, '');
      const capEntry: LexEntry = { id: `place:${slugify(capName)}`, type: 'place', name: capName, aliases: [], country: c.cca2 };
      if (!g.entries.has(capEntry.id)) {
        g.add(capEntry, capName, 'name');
        g.capitals.set(capEntry.id, capEntry);
      }
    }
  }
}

/** States of the past (states.historic.tsv): "Yugoslavia", "the Soviet Union". */
function loadHistoricStates(g: Gazetteer): void {
  for (const [name, names, demonyms] of readTsv('states.historic.tsv')) {
    if (!name) continue;
    const entry: LexEntry = { id: `state:${slugify(name)}`, type: 'state', name, aliases: list(names) };
    g.add(entry, name, 'name');
    for (const n of list(names)) g.add(entry, n, /^[A-Z.]{2,6}$/.test(n) ? 'code' : 'name');
    for (const d of list(demonyms)) g.add(entry, d, 'demonym');
  }
}

function loadOrganizations(g: Gazetteer, file: string, type: EntityType, typingOnly = false): void {
  for (const row of readTsv(file)) {
    const [name, aliases, a, b] = row;
    if (!name) continue;
    const entry: LexEntry = { id: `${type}:${slugify(name)}`, type, name, aliases: list(aliases) };
    if (type === 'media') {
      entry.country = a || undefined;
      entry.basedIn = a || undefined;
      entry.kind = b || undefined;
    } else {
      entry.partOf = a || undefined;
      entry.basedIn = b || undefined;
    }
    g.add(entry, name, 'name', typingOnly);
    for (const al of entry.aliases) g.add(entry, al, /^[A-Z.\/&-]{2,6}$/.test(al) ? 'code' : 'name', typingOnly);
  }
}

function loadTitles(g: Gazetteer): void {
  for (const [title, variants] of readTsv('titles.tsv')) {
    if (!title) continue;
    g.titles.set(title, title);
    for (const v of list(variants)) g.titles.set(v, title);
    for (const t of [title, ...list(variants)]) g.titleStarts.add(t.split(/[ -]/)[0]!);
  }
}

interface City { city: string; iso2: string; pop: number; province?: string }

/**
 * Cities of at least 250,000 people (city-timezones package); smaller towns collide with surnames.
 * Former or English names still in use come from cities.extra.tsv.
 */
function loadCities(g: Gazetteer): void {
  const all = (require('city-timezones') as { cityMapping: City[] }).cityMapping;
  for (const c of all) {
    if (!c.province) continue;
    const key = c.province.toLowerCase();
    let set = g.provinces.get(key);
    if (!set) g.provinces.set(key, (set = new Set()));
    set.add(c.iso2);
  }
  const cities = all
    .filter((c) => c.pop >= 250_000 && /^[\p{Script=Latin}\s'.-]+$/u.test(c.city))
    .sort((a, b) => b.pop - a.pop || a.city.localeCompare(b.city));
  for (const c of cities) {
    const id = `place:${slugify(c.city)}`;
    if (g.entries.has(id)) continue;
    const entry: LexEntry = { id, type: 'place', name: c.city, aliases: [], country: c.iso2 };
    g.add(entry, c.city, 'name');
  }
  for (const [city, names] of readTsv('cities.extra.tsv')) {
    const entry = city ? g.entries.get(`place:${slugify(city)}`) : undefined;
    for (const n of list(names)) if (entry) g.add(entry, n, 'name');
  }
}

/** AP abbreviations of U.S. states (us-states.tsv); each is a place of the United States under its full name. */
function loadUsStates(g: Gazetteer): void {
  for (const [state, abbreviation] of readTsv('us-states.tsv')) {
    if (!state || !abbreviation) continue;
    g.usStateAbbreviations.set(abbreviation, { id: `place:${slugify(state)}`, type: 'place', name: state, aliases: [], country: 'US' });
  }
}

/**
 * Former seats of government (capitals.former.tsv): archives name the government by them ("Bonn
 * said"), so they count as capitals of the state they stood for. The city must be a city entry.
 */
function loadFormerCapitals(g: Gazetteer): void {
  for (const [city, country] of readTsv('capitals.former.tsv')) {
    const entry = city ? g.entries.get(`place:${slugify(city)}`) : undefined;
    if (!entry || entry.country !== country) throw new Error(`capitals.former.tsv: "${city}" is no city of ${country} in the gazetteer`);
    g.capitals.set(entry.id, entry);
  }
}

/** Tables read when mentions are typed but not by the tagger's features, which were trained without them. */
const TYPING_TABLE_TYPES: Readonly<Record<string, 'organization' | 'media'>> = { 'organizations.typing.tsv': 'organization', 'media.typing.tsv': 'media' };
export const TYPING_ONLY_TABLES: readonly string[] = Object.keys(TYPING_TABLE_TYPES);

let cached: Gazetteer | null = null;

/**
 * The process-wide gazetteer (built on first use, about a few milliseconds). The typing-only
 * tables' surfaces are in it, marked: the tagger's lookups skip them (`match(…, forTagger)`).
 */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const g = new Gazetteer();
  loadCountries(g);
  loadHistoricStates(g);
  loadOrganizations(g, 'media.tsv', 'media');
  loadOrganizations(g, 'organizations.tsv', 'organization');
  for (const t of TYPING_ONLY_TABLES) loadOrganizations(g, t, TYPING_TABLE_TYPES[t]!, true);
  loadCities(g);
  loadFormerCapitals(g);
  loadTitles(g);
  loadUsStates(g);
  return (cached = g);
}
