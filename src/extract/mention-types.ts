// What kind of thing a found name is: an untyped organization or location name typed by its head
// words and the words around it (a venue is a place, what reports is an outlet, a press review's
// heading is a paper), a demonym that names its state or one person of its people, a country name
// after a city that is that country's province ("Atlanta, Georgia").

import { slugify } from '../util/slug.ts';
import type { LexEntry, Mention, Token } from './doc.ts';
import { gazetteer } from './lexicon/index.ts';
import { isCommonWord } from './tagger/index.ts';
import { words as wordClass, wordsOf as wordClasses } from './words.ts';

const MEDIA_HEADS = wordClass('media_name_heads');
const OUTLET_NOUNS = wordClass('outlet_nouns');
const OUTLET_VERBS = wordClass('report_verbs');
const STATE_ACTOR_NOUNS = wordClass('state_actor_nouns');
const PARTY_NOUNS = wordClass('delegation_nouns');
const VENUE_NOUNS = wordClasses('venue_nouns', 'geographic_heads');
const GEOGRAPHIC_HEADS = wordClass('geographic_heads');
const DIRECTIONS = wordClass('directions');
const GENERIC_BODY = wordClass('generic_body_words');
const PEOPLE_WORDS = wordClasses('people_words', 'nationality_words');
const BODY_HEADS = wordClass('body_heads');
const GROUP_HEADS = wordClass('group_name_heads');
const LEGAL_FORMS = wordClass('legal_forms');
const PLACE_KINDS = wordClasses('settlement_nouns', 'region_nouns');
const SPORT_SLUGS = wordClass('sport_slugs');

/**
 * "Atlanta, Georgia": a country name written after a city of another country, where that country
 * has a province of that name, is the province; so is every mention of it in the document.
 */
export function retypeRegions(tokens: readonly Token[], found: Mention[]): Mention[] {
  const g = gazetteer();
  const mentions = [...found].sort((x, y) => x.start - y.start || x.end - y.end);
  const regions = new Map<string, LexEntry>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const city = mentions[i]!;
    const next = mentions[i + 1]!;
    const country = city.entry?.country;
    if (city.type !== 'place' || !country || !next.entry || next.type !== 'state' || next.start !== city.end + 1 || tokens[city.end]!.norm !== ',') continue;
    if (next.entry.country === country || !g.provinces.get(next.entry.name.toLowerCase())?.has(country)) continue;
    regions.set(next.entry.id, { id: `place:${slugify(next.entry.name)}`, type: 'place', name: next.entry.name, aliases: [], country });
  }
  if (regions.size === 0) return mentions;
  return mentions.map((m) => {
    const region = m.entry && regions.get(m.entry.id);
    if (!region) return m;
    const out: Mention = { ...m, entry: region, type: 'place' };
    delete out.anchor;
    return out;
  });
}

/** "a Mercedes", "an old Ford": an indefinite article up to two words before the name. */
export function indefiniteBefore(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    const w = tokens[k]!;
    if (w.lower === 'a' || w.lower === 'an') return true;
    if (!/^\p{Ll}+$/u.test(w.text)) return false;
  }
  return false;
}

/** A demonym denotes the state when it heads its phrase ("the Russians") or modifies an actor noun. */
export function denotesState(tokens: readonly Token[], m: Mention): boolean {
  // "a Czech and a Romanian", "Smith, an American": a demonym after an indefinite article is one person of that people.
  const prev = tokens[m.start - 1];
  if (prev && (prev.lower === 'a' || prev.lower === 'an') && !STATE_ACTOR_NOUNS.has(tokens[m.end]?.lower ?? '')) return false;
  const next = tokens[m.end];
  if (!next || next.sent !== tokens[m.start]!.sent) return true;
  if (STATE_ACTOR_NOUNS.has(next.lower)) return true;
  // "Russian and Ukrainian negotiators", "the Israeli and Syrian delegations": both demonyms stand for the
  // sides' parties. Only these nouns: "Israeli and Egyptian officials" names officials, whose states the
  // gold leaves optional (one such sentence in train, drafted, cost train CV 0.2).
  if (next.lower === 'and' || next.lower === 'or') return coordinatedActors(tokens, m.end + 1);
  return !/^[\p{L}\p{N}]/u.test(next.text);
}

/** From token k, up to three capitalized words (the other demonym) and then a noun for a side's party. */
function coordinatedActors(tokens: readonly Token[], k: number): boolean {
  const sent = tokens[k - 1]!.sent;
  let j = k;
  while (j < k + 3 && tokens[j]?.sent === sent && /^\p{Lu}/u.test(tokens[j]!.text)) j++;
  return j > k && tokens[j]?.sent === sent && PARTY_NOUNS.has(tokens[j]!.lower);
}

/**
 * "broadcast in Spanish 2100 GMT", "said in French on Monday", "in Arabic and English": a demonym
 * right after "in" that modifies nothing is the language, which names no state.
 */
export function namesLanguage(tokens: readonly Token[], m: Mention): boolean {
  if (tokens[m.start - 1]?.lower !== 'in') return false;
  const next = tokens[m.end];
  if (!next || next.sent !== tokens[m.start]!.sent) return true;
  return !/^\p{L}/u.test(next.text) || PREPOSITIONS.has(next.lower) || next.lower === 'and' || next.lower === 'or';
}

/** "told Bild am Sonntag in an interview", "in an interview with La Jornada": the name of who interviews. */
function interviewer(tokens: readonly Token[], start: number, end: number): boolean {
  const sent = tokens[start]!.sent;
  const w = (k: number) => (tokens[k]?.sent === sent ? tokens[k]!.lower : '');
  const b = w(start - 1) === 'the' ? start - 2 : start - 1;
  if (w(b) === 'with' && w(b - 1) === 'interview') return true;
  return w(b) === 'told' && w(end) === 'in' && (w(end + 1) === 'an' || w(end + 1) === 'a') && w(end + 2) === 'interview';
}

/**
 * The words around a name that make it a news outlet's: "the Xinhua news agency", "the Kommersant
 * daily" (an outlet noun after it), "state television ORTM", "the daily Kommersant" (before it),
 * "told Bild am Sonntag in an interview", "he told The Clarion", a press review's heading.
 */
export function outletContext(tokens: readonly Token[], start: number, end: number): boolean {
  const sent = tokens[start]!.sent;
  // "Murdoch's newspapers": an outlet noun after a possessive is the name's owner's, not the name.
  if (tokens[end]?.lower !== "'s" && tokens.slice(end, end + 2).some((t) => t.sent === sent && OUTLET_NOUNS.has(t.lower))) return true;
  if (start > 0 && OUTLET_NOUNS.has(tokens[start - 1]!.lower) && tokens[start - 1]!.sent === sent) return true;
  // "a Sarajevo daily newspaper, Dnevi Avaz, which…": the outlet noun and the name in apposition.
  if (start > 1 && tokens[start - 1]!.norm === ',' && tokens[end]?.norm === ',' && OUTLET_NOUNS.has(tokens[start - 2]!.lower) && tokens[start - 2]!.sent === sent) return true;
  if (interviewer(tokens, start, end)) return true;
  if (tokens[start]!.text === 'The' && tokens[start - 1]?.lower === 'told' && tokens[start - 1]!.sent === sent) return true;
  return isPressReviewHeading(tokens, start, end);
}

/**
 * "RTRS - Budget cuts to boost savings": a code of capitals without a vowel (no word, no acronym
 * read as one: not "FOCUS -", "NATO -") that opens the text before a dash and is not named again
 * is the code of the wire that filed the story, an outlet.
 */
function wireCode(tokens: readonly Token[], start: number, end: number): boolean {
  const t = tokens[start]!;
  if (start !== 0 || end !== 1 || !/^[B-DF-HJ-NP-TV-Z]{3,5}$/.test(t.text) || tokens[1]?.norm !== '-') return false;
  for (let k = 2; k < tokens.length; k++) if (tokens[k]!.text === t.text) return false;
  return true;
}

/**
 * "South Waziristan", "Central Asia": a direction before one name is a region. A common word or a
 * body's head after it is a body's ("Central Command", "Northern League", "Central Bank"), and in
 * sports results, or before a score, the name is a team's ("West Ham 2", "North Melbourne 11.12").
 */
function directedRegion(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start !== 2 || !DIRECTIONS.has(tokens[start]!.lower)) return false;
  const last = tokens[end - 1]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(last.text) || BODY_HEADS.has(last.lower) || GENERIC_BODY.has(last.lower) || isCommonWord(last.lower)) return false;
  const next = tokens[end];
  return !(next && next.sent === last.sent && /^\d/.test(next.text)) && !isSportsReport(tokens);
}

/** Fine type of an untyped organization or location name by its head words. */
export function classify(tokens: readonly Token[], start: number, end: number, fallback: 'place' | 'organization'): Mention {
  const words = tokens.slice(start, end).map((t) => t.lower);
  const last = words[words.length - 1]!;
  const base = { start, end, via: 'tagged' as const };
  // "Dolmabahce Palace", "Ramstein Air Base": a venue is a place whatever the tagger called it.
  if (words.length > 1 && VENUE_NOUNS.has(last) && last !== 'house') return { ...base, type: 'place' };
  // "the Strait of Hormuz", "the Bay of Bengal": a feature of the land named before "of" is a place too.
  if (words.length > 2 && words[1] === 'of' && GEOGRAPHIC_HEADS.has(words[0]!)) return { ...base, type: 'place' };
  if (fallback === 'organization' && directedRegion(tokens, start, end)) return { ...base, type: 'place' };
  if (fallback === 'organization' && MEDIA_HEADS.has(last) && words.length > 1) return { ...base, type: 'media' };
  if (fallback === 'place' && GROUP_HEADS.has(last) && words.length > 1) return { ...base, type: 'organization' };
  // "Anatolian reported", "Gazeta Wyborcza quoted Rosati": what reports and quotes is an outlet.
  const verb = tokens[end];
  if (verb && verb.sent === tokens[start]!.sent && OUTLET_VERBS.has(verb.lower)) return { ...base, type: 'media' };
  if (fallback === 'organization' && (outletContext(tokens, start, end) || wireCode(tokens, start, end))) return { ...base, type: 'media' };
  return { ...base, type: fallback };
}

/** A short line in capitals, alone between separator lines or before a "- item" line: a paper's name in a press review. */
export function isPressReviewHeading(tokens: readonly Token[], start: number, end: number): boolean {
  const sent = tokens[start]!.sent;
  // A heading is a few words: stop looking once the line is longer (a run-on sentence is not one).
  const limit = 8;
  let a = start;
  while (a > 0 && tokens[a - 1]!.sent === sent && start - a <= limit) a--;
  let b = end;
  while (b < tokens.length && tokens[b]!.sent === sent && b - end <= limit) b++;
  if (b - a > limit) return false;
  const line = tokens.slice(a, b).filter((t) => t.lower !== 'the');
  if (line.length === 0 || line.length > 4 || !line.every((t) => /^\p{Lu}[\p{Lu}\p{N}'-]*$/u.test(t.text))) return false;
  const nextFirst = tokens[b]?.norm;
  const prevLast = tokens[a - 1]?.norm;
  return nextFirst === '-' || prevLast === '-';
}

/**
 * "Kurds", "Jordanians", "Roman Catholic", "Bedouin Palestinian": a name made only of demonyms
 * (or their plurals) and words of peoples and creeds names a people, never a person or a body.
 */
export function namesAPeople(lower: readonly string[], raw: readonly string[], start: number, end: number): boolean {
  const g = gazetteer();
  // Plurals read as their singular where the singular is a demonym ("Jordanians" → "Jordanian").
  const l = lower.slice(start, end);
  const r = raw.slice(start, end);
  for (let k = 0; k < l.length; k++) {
    if (PEOPLE_WORDS.has(l[k]!) || !l[k]!.endsWith('s') || g.match(l, r, k, false, k + 1)) continue;
    l[k] = l[k]!.slice(0, -1);
    r[k] = r[k]!.slice(0, -1);
  }
  for (let k = 0; k < l.length; ) {
    const m = g.match(l, r, k, false);
    if (m && m.surface === 'demonym') k += m.length;
    else if (PEOPLE_WORDS.has(l[k]!)) k++;
    else return false;
  }
  return true;
}

/** "TAIBE, Israel 1996-08-23", "UNITED NATIONS 1996-08-28": the name that opens a dateline is the story's place. */
export function opensDateline(tokens: readonly Token[], start: number, end: number): boolean {
  const sent = tokens[start]!.sent;
  if (tokens[start - 1]?.sent === sent) return false;
  for (let k = end; k < end + 6 && tokens[k]?.sent === sent; k++) {
    const t = tokens[k]!;
    if (/^\d{4}-\d\d-\d\d$/.test(t.norm)) return true;
    if (t.norm !== ',' && !/^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}

/**
 * "the village of Karin Gornji", "the resort of Durres", "the Indian state of Tamil Nadu": a name
 * after a lower-case noun of a settlement or a region and "of" is that place, whatever the tagger
 * called it ("Secretary of State X", "the State of Israel" are capitalized: no such noun).
 */
export function afterPlaceKindOf(tokens: readonly Token[], start: number): boolean {
  const of = tokens[start - 1];
  const noun = tokens[start - 2];
  return of?.lower === 'of' && noun !== undefined && noun.sent === tokens[start]!.sent && noun.text === noun.lower && PLACE_KINDS.has(noun.lower);
}

const PREPOSITIONS = wordClass('prepositions');

/** "Paul Thompson, 34, from Wiltshire", "Ann Lee, 52, of Perth": where a person named with an age comes from is a place. */
export function homeAfterAge(tokens: readonly Token[], start: number): boolean {
  const w = (k: number) => (k >= 0 && tokens[k]!.sent === tokens[start]!.sent ? tokens[k]!.norm : '');
  return (w(start - 1) === 'from' || w(start - 1) === 'of') && w(start - 2) === ',' && /^\d{1,3}$/.test(w(start - 3)) && w(start - 4) === ',';
}

/**
 * "Alomella Robles, a small village about 345 miles…", "Whittier, a port in western Alaska": a
 * name set beside "a"/"an", at most two words and a lower-case noun of a settlement or region that
 * ends the phrase (a stop or a preposition after it) is that place; not "Smith, a town councillor".
 */
export function placeKindAfter(tokens: readonly Token[], end: number): boolean {
  const sent = tokens[end - 1]!.sent;
  if (tokens[end]?.norm !== ',' || !/^an?$/.test(tokens[end + 1]?.text ?? '')) return false;
  for (let k = end + 2; k < end + 5 && tokens[k]?.sent === sent; k++) {
    const w = tokens[k]!;
    if (w.text !== w.lower || !/^\p{Ll}/u.test(w.text)) return false;
    if (!PLACE_KINDS.has(w.lower)) continue;
    const after = tokens[k + 1];
    return !after || after.sent !== sent || !/^\p{L}/u.test(after.text) || PREPOSITIONS.has(after.lower) || after.lower === 'about' || after.lower === 'near';
  }
  return false;
}

/** A capitalized legal form ("Co." of "Walt Disney Co.", "Inc" of "Brush Wellman Inc"). */
export function isLegalForm(w: Token | undefined): boolean {
  return w !== undefined && /^\p{Lu}/u.test(w.text) && LEGAL_FORMS.has(w.lower.replace(/\.$/, ''));
}

/** A name the words around it call a place: "the resort of X", "X, 34, from Y", "X, a small village". */
export function placeByWordsAround(tokens: readonly Token[], start: number, end: number): boolean {
  return afterPlaceKindOf(tokens, start) || homeAfterAge(tokens, start) || placeKindAfter(tokens, end);
}

/**
 * The type the words around an untitled "person" give it: an outlet ("the state news agency
 * Hina"), a body ("Faulding Inc", "Muslim Commercial Bank", "the Likud party") or a place ("the
 * village of Karin Gornji", "Lincoln, Nebraska"); undefined when they say nothing.
 */
export function personContextType(tokens: readonly Token[], start: number, end: number, lower: readonly string[], raw: readonly string[]): 'media' | 'organization' | 'place' | undefined {
  const sent = tokens[start]!.sent;
  const at = (k: number) => (tokens[k]?.sent === sent ? tokens[k]! : undefined);
  if (outletContext(tokens, start, end)) return 'media';
  const last = lower[end - 1]!.replace(/\.$/, '');
  if (end - start > 1 && (BODY_HEADS.has(last) || LEGAL_FORMS.has(last))) return 'organization';
  const next = at(end);
  if (isLegalForm(next)) return 'organization';
  if (next?.lower === 'party' && next.text === 'party') return 'organization';
  if (placeByWordsAround(tokens, start, end)) return 'place';
  // "Lincoln, Nebraska": a town, a comma and a state or province (not "Smith, Britain's envoy").
  if (next?.norm === ',' && at(end + 1)) {
    const g = gazetteer();
    const m = g.match(lower, raw, end + 1, true);
    const n = m && m.surface === 'name' && (m.entry.type === 'state' || m.entry.type === 'place') ? m.length : [2, 1].find((k) => at(end + k) && /^\p{Lu}/u.test(at(end + k)!.text) && g.provinces.has(lower.slice(end + 1, end + 1 + k).join(' '))) ?? 0;
    const after = at(end + 1 + n);
    if (n > 0 && after?.lower !== "'s" && !/^\p{Lu}/u.test(after?.text ?? '')) return 'place';
  }
  return undefined;
}

/** A sports story by its wire slug ("SOCCER - ...", "RUGBY UNION - ..."): there a city names its team as often as itself. */
export function isSportsReport(tokens: readonly Token[]): boolean {
  return SPORT_SLUGS.has(tokens[0]?.lower ?? '') && tokens.slice(1, 4).some((t) => t.norm === '-');
}

const NOT_NAMES = wordClasses('sentence_openers', 'months', 'weekdays');
const LOWER_VENUE_HEADS = wordClass('lower_venue_heads');
const VENUE_MODIFIERS = wordClass('venue_modifiers');

/**
 * "Stansted airport", "outside Omari mosque", "Bagram military airbase": a name followed by a venue
 * noun in lower case (a modifier between at most) names the venue, a place of its own, whatever
 * the name was typed as; a name the tagger left out counts too. Not a state's name ("an Israel
 * base"), a titled person's, nor after "a"/"an" ("a Moscow hotel" is some hotel of the city).
 */
export function venuesByLowerHead(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const byEnd = new Map<number, Mention>();
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) {
    byEnd.set(m.end, m);
    for (let k = m.start; k < m.end; k++) covered[k] = 1;
  }
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const head = tokens[k]!;
    if (covered[k] || !LOWER_VENUE_HEADS.has(head.text)) continue;
    const sent = head.sent;
    let end = k;
    if (VENUE_MODIFIERS.has(tokens[k - 1]!.text) && !covered[k - 1]) end = k - 1;
    const m = byEnd.get(end);
    let start = end;
    if (m) {
      // A place stays itself: "Belgrade airport" is in Belgrade, and benchmarks mark the city's name.
      if (m.type === 'state' || m.type === 'place' || m.type === 'meeting' || m.title || m.governs || m.anchor || replaced.has(m)) continue;
      start = m.start;
    } else {
      while (start > 0 && end - start < 3 && !covered[start - 1] && tokens[start - 1]!.sent === sent && /^\p{Lu}\p{L}/u.test(tokens[start - 1]!.text) && !NOT_NAMES.has(tokens[start - 1]!.lower)) start--;
      if (start === end || start === firstOfSentence(tokens, start)) continue;
    }
    if (tokens[start]!.sent !== sent || indefiniteBefore(tokens, start)) continue;
    // "the Bedouin Palestinian camp": a people's camp, no name.
    const lower = tokens.slice(start, end).map((t) => t.lower);
    if (namesAPeople(lower, tokens.slice(start, end).map((t) => t.norm), 0, lower.length)) continue;
    if (m) replaced.add(m);
    added.push({ start, end: k + 1, type: 'place', via: 'tagged' });
  }
  if (added.length === 0) return [...mentions];
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((x, y) => x.start - y.start || x.end - y.end);
}

/** The index of the first token of the sentence of token k. */
function firstOfSentence(tokens: readonly Token[], k: number): number {
  let i = k;
  while (i > 0 && tokens[i - 1]!.sent === tokens[k]!.sent) i--;
  return i;
}
