// Mention stage: tagger spans → typed mentions. The tagger's names (PER/LOC/ORG/MISC) get their fine
// type from the lexicon (state or place, media or organization, a demonym as its state); lexicon
// entries, titled names and surnames the tagger left out are added; titles are kept out of names.

import type { Component, Mention, Sentence, TaggedSpan, TitleSpan, Token } from './doc.ts';
import { gazetteer, surfaceKey, type LexMatch } from './lexicon/index.ts';
import { afterPlaceKindOf, classify, denotesState, homeAfterAge, indefiniteBefore, isPressReviewHeading, isSportsReport, namesAPeople, opensDateline, personContextType, placeKindAfter, retypeRegions, venuesByLowerHead } from './mention-types.ts';
import { partyMentions } from './party-names.ts';
import { joinBroadcasters, joinConjoinedBodies, joinHyphenated, ordinalsIntoFeatures, titlesOutOfBodies } from './span-repairs.ts';
import { commonWordOpeners } from './opening-words.ts';
import { stateAbbreviationAt } from './state-abbreviations.ts';
import { words, wordsOf } from './words.ts';

/** Capitalized words that open sentences or headlines without naming anything. */
const NOT_NAMES = wordsOf('sentence_openers', 'months', 'weekdays');
const GOVERNMENT_BODIES = words('government_bodies');
const PARTICLES = words('name_particles');
const PLACE_CUES = words('place_cues');
const GENERIC_BODY = words('generic_body_words');
const HONORIFICS = words('honorifics');
const VENUE_NOUNS = wordsOf('venue_nouns', 'geographic_heads');
const NOT_PERSONS = words('not_person_names');
const FIGHTERS = words('fighter_nouns');
const ACCORDS = words('accord_nouns');
const ACCORD_MODIFIERS = words('accord_modifiers');
const COMPASS = words('compass_names');
const BODY_HEADS = words('body_heads');
const PORTFOLIO = wordsOf('portfolio_words', 'generic_body_words');
/** Month and weekday names: never a name on their own. "May" is also a verb and a name. */
const CALENDAR = new Set([...wordsOf('months', 'weekdays')].filter((w) => w !== 'may'));

/** What a token already belongs to while mentions are found. */
const TOKEN_NAME = 1;
const TOKEN_TITLE = 2;
const TOKEN_MISC = 3;

/** "the" is not part of a name; a capitalized "The" inside a sentence is ("The Associated Press"). */
function isDeterminer(t: Token, sentenceStart: boolean): boolean {
  return (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') && (sentenceStart || t.text === t.lower);
}

/** Two person spans joined by name particles are one name. */
function joinParticles(spans: TaggedSpan[], tokens: readonly Token[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const sp of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'PER' && sp.type === 'PER' && sp.start > prev.end) {
      let k = prev.end;
      while (k < sp.start && PARTICLES.has(tokens[k]!.text)) k++;
      if (k === sp.start) {
        prev.end = sp.end;
        continue;
      }
    }
    out.push({ ...sp });
  }
  return out;
}

/**
 * A person span that holds a title is cut after it ("Illinois Gov. James Thompson": a place, then
 * a person). Cutting place spans at commas ("Aiken, S.C.") was tried and lowered CoNLL04 dev.
 */
function splitSpans(spans: TaggedSpan[], tokens: readonly Token[], taken: Uint8Array): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const sp of spans) {
    let start = sp.start;
    for (let k = sp.start; k < sp.end; k++) {
      // Only an unmistakable title cuts ("Gov.", "minister"): "King" in "Martin Luther King" does not.
      const unmistakable = tokens[k]!.text.endsWith('.') || /^\p{Ll}/u.test(tokens[k]!.text);
      if (sp.type === 'PER' && taken[k] === TOKEN_TITLE && unmistakable && k > start && taken[k - 1] !== TOKEN_TITLE) {
        // A holder before the title: typed as a place; the lexicon may make it a state or a body.
        out.push({ start, end: k, type: 'LOC' });
        start = k;
      }
    }
    if (start < sp.end) out.push({ start, end: sp.end, type: sp.type });
  }
  return out;
}
const isCap = (t: Token) => /^[\p{Lu}]/u.test(t.text) && /\p{L}/u.test(t.text);
/**
 * A wire story's byline ("Gopal Sharma" between the headline and the dateline) and sign-off
 * ("-- Gordana Kukic, Belgrade Newsroom +381 11 222 4254") name its reporter and bureau, not what
 * the story is about: their names are no mentions unless the body names them too.
 */
export function bylineSentences(tokens: readonly Token[], sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>();
  sentences.forEach((s, i) => {
    const words = tokens.slice(s.tokenStart, s.tokenEnd);
    const first = words[0]?.norm;
    const signOff = first === '-' && words.some((t) => /^(newsroom|newsdesk|desk|bureau)$/.test(t.lower) || /^\+?\d[\d-]{5,}$/.test(t.text));
    const nextIsDateline = /\d{4}-\d\d-\d\d/.test(tokens.slice(sentences[i + 1]?.tokenStart ?? 0, sentences[i + 1]?.tokenEnd ?? 0).map((t) => t.text).join(' '));
    const byline = i >= 1 && i <= 2 && words.length >= 2 && words.length <= 4 && nextIsDateline && words.every((t) => /^\p{Lu}/u.test(t.text) || t.norm === '.');
    if (signOff || byline) out.add(i);
  });
  return out;
}

function dropBylines(f: Found, tokens: readonly Token[], sentences: readonly Sentence[]): void {
  const bylines = bylineSentences(tokens, sentences);
  if (bylines.size === 0) return;
  const surface = (m: Mention) => f.lower.slice(m.start, m.end).join(' ');
  // The dateline names the bureau's city too ("BOGOTA 1996-08-26" … "-- J. Londono, Bogota newsroom"): it is no body text.
  const inBody = new Set(f.mentions.filter((m) => !bylines.has(tokens[m.start]!.sent) && !(m.start === sentences[tokens[m.start]!.sent]!.tokenStart && opensDateline(tokens, m.start, m.end))).map(surface));
  for (let i = f.mentions.length - 1; i >= 0; i--) {
    const m = f.mentions[i]!;
    if (bylines.has(tokens[m.start]!.sent) && !inBody.has(surface(m))) f.mentions.splice(i, 1);
  }
}

/** A name made only of words of bodies every state has ("Foreign Ministry", "Defence Ministry"). */
export function isGenericBody(words: readonly string[]): boolean {
  const ws = words.map((w) => w.toLowerCase()).filter((w) => w !== 'the');
  return ws.length > 0 && ws.some((w) => w !== 'of' && w !== 'state') && ws.every((w) => GENERIC_BODY.has(w));
}

/**
 * Headlines are written in few words, and taggers join their names ("Yeltsin endorses Lebed
 * Chechnya peace plan"): a name of several words in the headline stands only when the body writes
 * it too; otherwise its words are left to the lexicon and to the names the body gives.
 */
function headlineCheck(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): (sp: TaggedSpan) => boolean {
  const first = sentences[0];
  const second = sentences[1];
  // A headline: a short first line, standing alone.
  if (!first || !second || first.tokenEnd - first.tokenStart > 15 || !text.slice(first.end, second.start).includes('\n')) return () => true;
  const bodyText = tokens.slice(first.tokenEnd).map((t) => t.lower).join(' ');
  return (sp) => {
    if (sp.start >= first.tokenEnd || sp.end - sp.start < 2) return true;
    const surface = tokens.slice(sp.start, sp.end).map((t) => t.lower).join(' ');
    return bodyText.includes(surface);
  };
}

/** A headline in capitals: short all-capital codes ("US", "AP") are not trusted there. */
function isUpperSentence(tokens: readonly Token[], s: Sentence): boolean {
  let n = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k]!;
    if (!/\p{L}{2,}/u.test(t.text)) continue;
    if (t.text !== t.text.toUpperCase()) return false;
    n++;
  }
  return n >= 3;
}

/** The mentions found so far and what each token already belongs to (a name, a title, a MISC name). */
class Found {
  readonly mentions: Mention[] = [];
  readonly taken: Uint8Array;
  readonly lower: string[];
  readonly raw: string[];
  readonly titleAt = new Map<number, TitleSpan>();
  /**
   * Words of the names of several words the tagger calls persons, each with those names: "Jordan"
   * is no place in a text that names "Michael Jordan".
   */
  private readonly personWords = new Map<string, Set<string>>();
  /** A sports story ("SOCCER - ..."), where "Chicago" is a team as often as a city. */
  sportsReport = false;
  constructor(readonly tokens: readonly Token[], titles: readonly TitleSpan[], tagged: readonly TaggedSpan[]) {
    this.taken = new Uint8Array(tokens.length);
    this.lower = tokens.map((t) => t.lower);
    this.raw = tokens.map((t) => t.norm);
    for (const t of titles) {
      this.titleAt.set(t.end, t);
      for (let k = t.start; k < t.end; k++) this.taken[k] = TOKEN_TITLE;
    }
    // A span that holds a title is cut at it (splitSpans): "Wisconsin Gov" names no person "Wisconsin".
    for (const sp of tagged) {
      if (sp.type !== 'PER' || sp.end - sp.start < 2) continue;
      let titled = false;
      for (let k = sp.start; k < sp.end; k++) if (this.taken[k] === TOKEN_TITLE) titled = true;
      if (titled) continue;
      const name = this.raw.slice(sp.start, sp.end).join(' ');
      for (let k = sp.start; k < sp.end; k++) {
        const names = this.personWords.get(this.raw[k]!);
        if (names) names.add(name);
        else this.personWords.set(this.raw[k]!, new Set([name]));
      }
    }
  }
  /** A word of a person's name of the text other than the span's own ("Tamil Nadu" tagged as a person does not veto itself). */
  inOtherPersonName(start: number, end: number): boolean {
    const names = this.personWords.get(this.raw[start]!);
    if (!names) return false;
    const own = this.raw.slice(start, end).join(' ');
    for (const n of names) if (n !== own) return true;
    return false;
  }
  push(m: Mention): void {
    this.mentions.push(m);
    for (let k = m.start; k < m.end; k++) this.taken[k] = TOKEN_NAME;
  }
  mark(start: number, end: number, kind: number): void {
    for (let k = start; k < end; k++) this.taken[k] = kind;
  }
}

/** The tagger's spans of a sentence, typed by the lexicon: the tagger's boundaries, the lexicon's types. */
function fromTagger(f: Found, s: Sentence, spans: TaggedSpan[], allowCodes: boolean): void {
  const g = gazetteer();
  const { tokens, lower, raw, taken } = f;
  for (const tagged of spans) {
    // A people ("Kurds", "Roman Catholic") is no person or body: read as the tagger's other names are (MISC).
    const sp = tagged.type !== 'MISC' && !f.titleAt.has(tagged.start) && namesAPeople(lower, raw, tagged.start, tagged.end) ? { ...tagged, type: 'MISC' as const } : tagged;
    // The tagger's boundaries stand, but for a leading article and, before a person, a title.
    let start = sp.start;
    while (start < sp.end && (isDeterminer(tokens[start]!, start === s.tokenStart) || (sp.type === 'PER' && taken[start] === TOKEN_TITLE))) start++;
    let end = sp.end;
    // Names end in a name: a trailing lower-case word ("a Mercedes van") is not part of it.
    while (end > start && /^\p{Ll}/u.test(tokens[end - 1]!.text)) end--;
    if (start >= end) continue;
    // A word that opens sentences without naming anything ("Interestingly, ...", "Meanwhile").
    if (end - start === 1 && NOT_NAMES.has(lower[start]!)) continue;
    // A title before a form of address is the person's ("Prime Minister Sheikh Omar Kabir").
    let addressed = start;
    if (sp.type === 'PER') {
      // Forms of address stay out of names ("Sir David Naish"); alone, or "God", they name no one,
      // but for a surname written like one ("Major said").
      while (start < end && HONORIFICS.has(lower[start]!) && !honorificAsSurname(f, s, start, end)) start++;
      if (start >= end || NOT_PERSONS.has(lower[start]!)) continue;
      while (addressed > s.tokenStart && !taken[addressed - 1] && HONORIFICS.has(lower[addressed - 1]!)) addressed--;
      f.mark(addressed, start, TOKEN_TITLE);
    }
    // A name made only of title words ("Treasury" in "Treasury Secretary") is the title's.
    let inTitle = true;
    for (let k = start; k < end; k++) if (taken[k] !== TOKEN_TITLE) inTitle = false;
    if (inTitle) continue;
    let lex = g.match(lower, raw, start, allowCodes);
    // "the Ukrainian Foreign Ministry" tagged as one name: the demonym, then a body every state has.
    if (sp.type === 'ORG' && lex && lex.entry.type === 'state' && lex.surface === 'demonym' && start + lex.length < end && isGenericBody(lower.slice(start + lex.length, end))) {
      f.push({ start, end: start + lex.length, type: 'state', via: 'demonym', entry: lex.entry });
      start += lex.length;
      lex = g.match(lower, raw, start, allowCodes);
    }
    // "Xinhua" in "the Xinhua news agency": the entry that fits the span exactly, not the longest.
    const fit = lex && lex.length === end - start ? lex : g.match(lower, raw, start, allowCodes, end);
    const exact = fit && fit.length === end - start ? fit : null;
    const title = f.titleAt.get(start) ?? f.titleAt.get(addressed);
    const fromEntry = (e: NonNullable<typeof exact>): Mention => ({ start, end, type: e.entry.type, via: e.surface, entry: e.entry });
    const placeEntry = exact && exact.surface === 'name' && (exact.entry.type === 'state' || exact.entry.type === 'place') ? exact : null;
    // The span as a place: the lexicon's entry when it has one.
    const asPlace = (): Mention => (placeEntry ? fromEntry(placeEntry) : { start, end, type: 'place', via: 'tagged' });
    // A state, place or province of the lexicon (not a sports story's city, which names its team).
    const lexiconPlace = (): boolean => !f.sportsReport && (placeEntry !== null || g.provinces.has(lower.slice(start, end).join(' ')));
    // "the California Republican", "then Pennsylvania Gov. Robert Casey": a province before a party
    // member's word or a post is the place; the member's word is no name of ours.
    const regionEnd = sp.type !== 'PER' && !title && !f.sportsReport ? regionBeforeMemberOrPost(f, start, end) : 0;
    if (regionEnd > 0) {
      const sub = g.match(lower, raw, start, allowCodes, regionEnd);
      const entry = sub && sub.length === regionEnd - start && sub.surface === 'name' && (sub.entry.type === 'place' || sub.entry.type === 'state') ? sub : null;
      f.push(entry ? { start, end: regionEnd, type: entry.entry.type, via: 'name', entry: entry.entry } : { start, end: regionEnd, type: 'place', via: 'tagged' });
      if (regionEnd < end) f.mark(regionEnd, end, TOKEN_MISC);
      continue;
    }
    if (sp.type !== 'MISC' && !title && opensDateline(tokens, start, end)) {
      // "TAIBE, Israel 1996-08-23": a dateline's first name is the place the story was filed from.
      f.push(asPlace());
      continue;
    }
    const context = sp.type === 'PER' && !title ? personContextType(tokens, start, end, lower, raw) : undefined;
    if (exact && bodyVenueEnd(f, start, exact) === end) {
      f.push({ start, end, type: 'place', via: 'tagged' }); // "the Élysée Palace": the body's seat, a place
    } else if (exact && exact.entry.type !== 'state' && exact.entry.type !== 'place' && sp.type !== 'PER') {
      // A curated body or outlet keeps its type whatever the tagger called it ("the Kremlin").
      f.push(fromEntry(exact));
    } else if (context) {
      f.push(context === 'media' || context === 'organization' ? { start, end, type: context, via: 'tagged' } : asPlace());
    } else if (sp.type === 'PER' && !title && lexiconPlace() && !f.inOtherPersonName(start, end)) {
      // "Wisconsin", "Tamil Nadu" tagged as persons: a state, place or province of the lexicon, no word of a person's name in this text.
      f.push(asPlace());
    } else if (sp.type === 'PER' && end - start > 1 && VENUE_NOUNS.has(lower[end - 1]!) && !title) {
      f.push({ start, end, type: 'place', via: 'tagged' }); // "Dolmabahce Palace" tagged as a person (before the article check: "a clash near Second Thomas Shoal")
    } else if (sp.type === 'PER' && !title && indefiniteBefore(tokens, start)) {
      continue; // "a black Mercedes": an indefinite article does not introduce a person's name
    } else if (sp.type === 'PER' && !title && FIGHTERS.has(lower[end] ?? '')) {
      f.push({ start, end, type: 'organization', via: 'tagged' }); // "Boko Haram fighters": the name of a group, not of a person or place
    } else if (sp.type === 'PER') {
      f.push({ start, end, type: 'person', via: title ? 'titled' : 'tagged', ...(title ? { title: { position: title.position, surface: title.surface, start: title.start, end: title.end } } : {}) });
    } else if (sp.type === 'LOC' && notAPlace(f, start, end, exact?.entry.type)) {
      f.mark(start, end, TOKEN_MISC);
    } else if (sp.type === 'LOC') {
      if (exact && (exact.entry.type === 'state' || exact.entry.type === 'place')) f.push(fromEntry(exact));
      else f.push(classify(tokens, start, end, 'place'));
    } else if (sp.type === 'ORG') {
      if (exact && (exact.entry.type === 'media' || exact.entry.type === 'organization' || exact.entry.type === 'state')) f.push(fromEntry(exact));
      // A dateline, "KYIV (Reuters) -": a known city opening the sentence before "(" or "," is the city.
      else if (exact && exact.entry.type === 'place' && start === s.tokenStart && /^[(,]$/.test(tokens[end]?.norm ?? '')) f.push(fromEntry(exact));
      // "Tel Aviv", "Texas" tagged as bodies: a city or province of the lexicon, but in sports results (a city's team).
      else if (lexiconPlace() || afterPlaceKindOf(tokens, start) || placeKindAfter(tokens, end) || homeAfterAge(tokens, start)) f.push(asPlace());
      else f.push(classify(tokens, start, end, 'organization'));
    } else if (exact && exact.entry.type === 'state') {
      // MISC: only demonyms and adjectival country names ("Russian", "U.S.") name a state.
      f.push(fromEntry(exact));
    } else if (lex && lex.entry.type === 'state' && lower[start + lex.length] === '-' && pairedStates(f, start, end, allowCodes)) {
      // "US-China talks", "Russian-Ukrainian border": each state of the pair is named, as a party.
      for (const m of pairedStates(f, start, end, allowCodes)!) f.push(m);
    } else if (lex && (lex.entry.type === 'state' || lex.entry.type === 'place') && lower[start + lex.length] === '-' && start + lex.length < end) {
      // "Paris-based", "U.S.-made": the place before the hyphen is a mention of it.
      // A modifier, like a demonym: it anchors relations ("based_in") but is not listed as a mention.
      f.push({ start, end: start + lex.length, type: lex.entry.type, via: lex.surface, entry: lex.entry, anchor: true });
      f.mark(start + lex.length, end, TOKEN_MISC);
    } else if (lex && lex.entry.type === 'state' && lex.surface === 'demonym' && end - start >= 3 && BODY_HEADS.has(lower[end - 1]!) && tokens.slice(start, end).every(isCap)) {
      // "the Russian National Olympic Committee", "the Iraqi National Congress": a body's name that opens with a demonym.
      f.push({ start, end, type: 'organization', via: 'tagged' });
    } else if (lex && lex.entry.type === 'state' && lex.surface === 'demonym' && start + lex.length < end) {
      // "Bosnian Serb", "Iraqi Kurdish": the demonym names its state; the rest is no name of ours.
      f.push({ start, end: start + lex.length, type: 'state', via: 'demonym', entry: lex.entry });
      f.mark(start + lex.length, end, TOKEN_MISC);
    } else {
      f.mark(start, end, TOKEN_MISC); // a MISC name: not for the lexicon pass
    }
  }
}

/**
 * "the Élysée Palace", "the Kremlin Palace": a body of the lexicon named with a venue noun is the
 * body's seat, a place. The end of that venue's name, whether the lexicon's surface holds the
 * venue noun (an alias "Élysée Palace" of "Élysée") or the noun follows it capitalized; 0 if none.
 * A venue noun that is the body's own last word is the body ("the White House").
 */
function bodyVenueEnd(f: Found, start: number, m: LexMatch): number {
  if (m.entry.type !== 'organization' && m.entry.type !== 'media') return 0;
  const own = surfaceKey(m.entry.name);
  const last = f.lower[start + m.length - 1]!;
  if (VENUE_NOUNS.has(last) && own[own.length - 1] !== last) return start + m.length;
  const next = f.tokens[start + m.length];
  if (next && next.sent === f.tokens[start]!.sent && VENUE_NOUNS.has(next.lower) && /^\p{Lu}/u.test(next.text)) return start + m.length + 1;
  return 0;
}

const PARTY_MEMBERS = words('party_member_words');

/**
 * Where a province of the lexicon ends in a span that is the province and a party member's word
 * ("California Republican"), or the province alone right before a post ("Pennsylvania Gov."); 0 otherwise.
 */
function regionBeforeMemberOrPost(f: Found, start: number, end: number): number {
  const g = gazetteer();
  const member = end - start >= 2 && PARTY_MEMBERS.has(f.lower[end - 1]!) && /^\p{Lu}/u.test(f.tokens[end - 1]!.text);
  const regionEnd = member ? end - 1 : f.taken[end] === TOKEN_TITLE ? end : 0;
  return regionEnd > 0 && g.provinces.has(f.lower.slice(start, regionEnd).join(' ')) ? regionEnd : 0;
}

/**
 * "Major said on Monday": a word that is also a form of address, tagged alone as a person with no
 * name after it and no article, possessive, title or form of address before it ("the General",
 * "his Excellency"), is a surname.
 */
function honorificAsSurname(f: Found, s: Sentence, start: number, end: number): boolean {
  if (end - start !== 1 || !/^\p{Lu}\p{Ll}/u.test(f.tokens[start]!.text)) return false;
  const next = f.tokens[end];
  if (end < s.tokenEnd && next && isCap(next)) return false;
  if (start === s.tokenStart) return true;
  const prev = f.tokens[start - 1]!;
  return !(NOT_NAMES.has(prev.lower) && /^\p{Ll}/u.test(prev.text)) && prev.lower !== "'s" && !f.taken[start - 1] && !HONORIFICS.has(prev.lower);
}

/**
 * A location span that names no place: a point of the compass alone ("the West", "the Middle and
 * the Far East"), or the place an accord is named after ("the Dayton peace agreement", "the Lusaka
 * Agreement"): the text speaks of the accord, not of the town. A state stays ("the Yugoslavia treaty").
 */
function notAPlace(f: Found, start: number, end: number, entryType: string | undefined): boolean {
  if (end - start === 1 && COMPASS.has(f.lower[start]!)) return true;
  if (entryType === 'state') return false;
  if (ACCORDS.has(f.lower[end - 1]!) && end - start > 1) return true;
  const next = ACCORD_MODIFIERS.has(f.lower[end] ?? '') ? end + 1 : end;
  return ACCORDS.has(f.lower[next] ?? '') && f.tokens[next]?.sent === f.tokens[start]!.sent;
}

/** States joined by hyphens that fill a span exactly ("US-China", "Israeli-Palestinian"), else undefined. */
function pairedStates(f: Found, start: number, end: number, allowCodes: boolean): Mention[] | undefined {
  const g = gazetteer();
  const out: Mention[] = [];
  for (let k = start; k < end; ) {
    const m = g.match(f.lower, f.raw, k, allowCodes, end);
    if (!m || m.entry.type !== 'state') return undefined;
    out.push({ start: k, end: k + m.length, type: 'state', via: m.surface, entry: m.entry });
    k += m.length;
    if (k === end) break;
    if (f.lower[k] !== '-') return undefined;
    k++;
  }
  return out.length >= 2 ? out : undefined;
}

/** Lexicon entries the tagger left out: states, outlets and bodies; places only after "in/at/from". */
function fromLexicon(f: Found, s: Sentence, allowCodes: boolean): void {
  const g = gazetteer();
  const { lower, raw, taken } = f;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (taken[i]) continue;
    const m = g.match(lower, raw, i, allowCodes);
    if (!m || i + m.length > s.tokenEnd) continue;
    let clash = false;
    for (let k = i; k < i + m.length; k++) if (taken[k]) clash = true;
    if (clash) continue;
    const basedAfter = lower[i + m.length] === '-' && lower[i + m.length + 1] === 'based'; // "Paris-based"
    if (m.entry.type === 'place' && !PLACE_CUES.has(lower[i - 1] ?? '') && !basedAfter) continue;
    const venueEnd = bodyVenueEnd(f, i, m);
    if (venueEnd > 0 && venueEnd <= s.tokenEnd && !taken[venueEnd - 1]) {
      f.push({ start: i, end: venueEnd, type: 'place', via: 'tagged' });
      i = venueEnd - 1;
      continue;
    }
    f.push({ start: i, end: i + m.length, type: m.entry.type, via: m.surface, entry: m.entry, ...(basedAfter ? { anchor: true } : {}) });
    i += m.length - 1;
  }
}

/** A title followed by capitalized words the tagger missed: a person ("Gov. Ann Lee"). */
function titledNames(f: Found, s: Sentence, titles: readonly TitleSpan[]): void {
  const { tokens, lower, taken } = f;
  for (const t of titles) {
    if (t.start < s.tokenStart || t.end >= s.tokenEnd || taken[t.end]) continue;
    // Forms of address after the title are no name ("Commander Major Ali Haidar").
    let first = t.end;
    while (first < s.tokenEnd && !taken[first] && HONORIFICS.has(lower[first]!)) first++;
    let j = first;
    while (j < s.tokenEnd && j - first < 3 && !taken[j] && isCap(tokens[j]!) && !NOT_NAMES.has(lower[j]!)) j++;
    if (j > first) f.push({ start: first, end: j, type: 'person', via: 'titled', title: { position: t.position, surface: t.surface, start: t.start, end: t.end } });
  }
}

/**
 * A surname the text gave in full elsewhere ("Donald Trump" … "the Trump team") is a mention
 * wherever the tagger left it out.
 */
function surnamesLeftOut(f: Found): void {
  const { tokens, taken } = f;
  const surnames = new Set<string>();
  for (const m of f.mentions) if (m.type === 'person' && m.end - m.start >= 2) surnames.add(tokens[m.end - 1]!.norm);
  for (let i = 0; i < tokens.length; i++) {
    // Untagged, or tagged MISC on its own ("the Trump team").
    const misc = taken[i] === TOKEN_MISC && taken[i + 1] !== TOKEN_MISC && taken[i - 1] !== TOKEN_MISC;
    if ((taken[i] && !misc) || !surnames.has(tokens[i]!.norm) || !isCap(tokens[i]!)) continue;
    if ((i + 1 < tokens.length && taken[i + 1] === TOKEN_NAME) || (i > 0 && taken[i - 1] === TOKEN_NAME)) continue; // part of another name
    f.push({ start: i, end: i + 1, type: 'person', via: 'tagged' });
  }
}

const LOWER_BODY_HEADS = words('lower_body_heads');

/**
 * "China's foreign ministry", "the Russian interior ministry": a ministry written in lower case,
 * with only words of bodies every state has before its head, right after a state's possessive or
 * its demonym, is that state's ministry (the resolver names it with its state). Not "a farm
 * ministry", nor one that names no state ("the ministry said"), nor one before a post.
 */
function lowerCaseMinistries(f: Found): void {
  const { tokens, lower, taken } = f;
  const stateEnds = new Set(f.mentions.filter((m) => m.type === 'state' && m.entry).map((m) => m.end));
  for (let i = 1; i < tokens.length; i++) {
    if (!LOWER_BODY_HEADS.has(tokens[i]!.text) || taken[i]) continue;
    let first = i;
    while (first > 0 && i - first < 3 && !taken[first - 1] && /^\p{Ll}/u.test(tokens[first - 1]!.text) && GENERIC_BODY.has(lower[first - 1]!) && lower[first - 1] !== 'of' && tokens[first - 1]!.sent === tokens[i]!.sent) first--;
    if (first === i) continue;
    const owner = lower[first - 1] === "'s" ? first - 1 : first;
    // Before a post ("China's foreign ministry spokesman X") the words qualify the post, whose holder
    // serves the state: newsrel's gold makes the state the post's required end, the ministry optional.
    if (stateEnds.has(owner) && taken[i + 1] !== TOKEN_TITLE) f.push({ start: first, end: i + 1, type: 'organization', via: 'tagged' });
  }
}

/**
 * "the Biden administration", "the Netanyahu government": the leader's name plus the body,
 * whether or not the tagger took the name for one.
 */
function governmentsByLeader(f: Found): { add: Mention[]; replace: Set<Mention> } {
  const { tokens, lower, taken } = f;
  const out = { add: [] as Mention[], replace: new Set<Mention>() };
  const personWords = new Set(f.mentions.filter((m) => m.type === 'person').flatMap((m) => tokens.slice(m.start, m.end).map((t) => t.norm)));
  // Mentions by start token, and the tokens inside a lexicon entry's mention, so each body word looks up, not scans.
  const byStart = new Map<number, Mention[]>();
  const inEntry = new Uint8Array(tokens.length);
  for (const m of f.mentions) {
    const list = byStart.get(m.start);
    if (list) list.push(m);
    else byStart.set(m.start, [m]);
    if (m.entry) for (let k = m.start; k < m.end; k++) inEntry[k] = 1;
  }
  for (let i = 1; i < tokens.length; i++) {
    if (!GOVERNMENT_BODIES.has(lower[i]!)) continue;
    let start = i;
    while (start > 0 && i - start < 3 && isCap(tokens[start - 1]!) && tokens[start - 1]!.sent === tokens[i]!.sent && taken[start - 1] !== TOKEN_TITLE && !NOT_NAMES.has(lower[start - 1]!)) start--;
    if (start === i || inEntry[start]) continue; // none, or "the Russian government" (the state)
    if (namesNoLeader(f, byStart, start, i, personWords)) continue;
    // The tagger named the whole phrase: a body's own name ("Overseas Development Administration")
    // unless its first words name a person of the text ("the Clinton Administration").
    const same = byStart.get(start)?.find((m) => m.end === i + 1);
    if (same) {
      if (!tokens.slice(start, i).every((t) => personWords.has(t.norm))) continue;
      out.replace.add(same);
    }
    out.add.push({ start, end: i + 1, type: 'organization', via: 'tagged', governs: true });
  }
  return out;
}

/**
 * "the Labour government", "an Islamic government", "the People's Party government": a party, a
 * creed or a place before the body names whose government it is, not a leader. The name keeps its
 * own mention; the phrase is no new body.
 */
function namesNoLeader(f: Found, byStart: Map<number, Mention[]>, start: number, body: number, personWords: Set<string>): boolean {
  if (f.taken[body - 1] === TOKEN_MISC) return true;
  // The name before the body may begin before the capitalized run ("People 's Party").
  for (let k = start; k >= 0 && k >= start - 6; k--) {
    const m = byStart.get(k)?.find((x) => x.end === body);
    if (m) return m.type !== 'person' && !f.tokens.slice(m.start, m.end).every((t) => personWords.has(t.norm));
  }
  return false;
}

/** Titles that a portfolio's name may open ("Justice Minister") or close ("Minister of Justice"). */
const PORTFOLIO_TITLES = words('portfolio_titles');

/**
 * "Justice Minister X", "Labour and Social Welfare Minister Y", "Minister of Defence and Aviation
 * Z": a name made only of portfolio words right before a minister's or secretary's title, or after
 * "Minister of", is part of the title, not a body. A party before the title ("Likud minister") is
 * no portfolio and stays.
 */
function portfolios(f: Found, spans: TaggedSpan[], titles: readonly TitleSpan[]): TaggedSpan[] {
  const posts = titles.filter((t) => PORTFOLIO_TITLES.has(t.position));
  if (posts.length === 0) return spans;
  const isPortfolio = (sp: TaggedSpan) => sp.type !== 'PER' && f.lower.slice(sp.start, sp.end).every((w) => PORTFOLIO.has(w) || w === ',');
  return spans.filter((sp) => {
    const before = posts.some((t) => t.start === sp.end);
    const after = posts.some((t) => f.lower[t.end] === 'of' && t.end + 1 === sp.start);
    if (!(before || after) || !isPortfolio(sp)) return true;
    f.mark(sp.start, sp.end, TOKEN_TITLE);
    return false;
  });
}

/**
 * "Minister Florence Chitauro", "Prosecutor-General Adolfo Salamanca": the capitalized words right
 * after a title are one person's name, though the tagger split them into a place and a name
 * because a first name or a surname is also a town. Only where the tagger's names fill the run
 * exactly and none of its words is a state or a body of the lexicon ("Minister Netanyahu Israel"
 * stays two names); not in headlines in capitals.
 */
function titledRuns(f: Found, s: Sentence, spans: TaggedSpan[], titles: readonly TitleSpan[], allowCodes: boolean): TaggedSpan[] {
  if (!allowCodes || titles.length === 0) return spans;
  const g = gazetteer();
  const { tokens, lower, raw, taken } = f;
  let out = spans;
  for (const t of titles) {
    let first = t.end;
    while (first < s.tokenEnd && !taken[first] && HONORIFICS.has(lower[first]!)) first++;
    let end = first;
    while (end < s.tokenEnd && end - first < 4 && !taken[end] && isCap(tokens[end]!) && !NOT_NAMES.has(lower[end]!)) end++;
    if (end - first < 2) continue;
    const inside = out.filter((sp) => sp.start < end && sp.end > first);
    let covered = 0;
    for (const sp of inside) covered += sp.end - sp.start;
    if (inside.some((sp) => sp.start < first || sp.end > end) || covered !== end - first || inside.every((sp) => sp.type === 'PER')) continue;
    let lexical = false;
    for (let k = first; k < end; k++) {
      const m = g.match(lower, raw, k, allowCodes, end);
      if (m && m.entry.type !== 'place') lexical = true;
    }
    if (lexical) continue;
    out = [...out.filter((sp) => !inside.includes(sp)), { start: first, end, type: 'PER' as const }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * "Lees Summit, Mo.", "MONTPELIER, Vt.": a U.S. state abbreviated after a city is a mention of the
 * state (not after a person's name); the tagger's spans give way to it (a span over "City, Mo."
 * keeps the city).
 */
function abbreviatedStates(f: Found, s: Sentence, spans: TaggedSpan[]): TaggedSpan[] {
  const found: { start: number; end: number }[] = [];
  for (let i = s.tokenStart + 2; i < s.tokenEnd; i++) {
    const st = stateAbbreviationAt(f.tokens, i, s.tokenStart, s.tokenEnd);
    // After a person's name the word is no state: "Smith, Ind." (a party).
    if (!st || spans.some((sp) => sp.type === 'PER' && sp.start <= i - 2 && sp.end > i - 2)) continue;
    f.push({ start: i, end: st.end, type: 'place', via: 'name', entry: st.entry });
    found.push({ start: i, end: st.end });
    i = st.end - 1;
  }
  if (found.length === 0) return spans;
  const out: TaggedSpan[] = [];
  for (const sp of spans) {
    const hit = found.find((a) => sp.start < a.end && sp.end > a.start);
    if (!hit) out.push(sp);
    else if (sp.start < hit.start - 1) out.push({ ...sp, end: hit.start - 1 }); // the city before ", Mo."
  }
  return out;
}

/** Mentions of one text: tagger spans typed by the lexicon, lexicon matches the tagger left out, and titled names. */
export function findMentions(text: string, tokens: readonly Token[], sentences: readonly Sentence[], titles: readonly TitleSpan[], tagged: readonly TaggedSpan[]): Mention[] {
  const f = new Found(tokens, titles, tagged);
  f.sportsReport = isSportsReport(tokens);
  const confirmed = headlineCheck(text, tokens, sentences);
  const commonOpener = commonWordOpeners(tokens, sentences);
  let next = 0;
  // Titles by sentence, in their order: a sentence looks only at its own.
  const titlesIn = new Map<number, TitleSpan[]>();
  for (const t of titles) {
    const sent = tokens[t.start]!.sent;
    const list = titlesIn.get(sent);
    if (list) list.push(t);
    else titlesIn.set(sent, [t]);
  }
  for (const [n, s] of sentences.entries()) {
    const allowCodes = !isUpperSentence(tokens, s);
    const own: TaggedSpan[] = [];
    while (next < tagged.length && tagged[next]!.start < s.tokenEnd) {
      const sp = tagged[next++]!;
      if (confirmed(sp) && !commonOpener(sp)) own.push(sp);
    }
    // Month and weekday names alone ("Oct 12") are dates, whatever the tagger says.
    const sentTitles = titlesIn.get(n) ?? [];
    const joined = ordinalsIntoFeatures(joinConjoinedBodies(joinHyphenated(joinBroadcasters(own, tokens), tokens), tokens), tokens);
    const repaired = titlesOutOfBodies(joined, tokens, (k) => f.taken[k] === TOKEN_TITLE);
    const split = splitSpans(joinParticles(repaired, tokens), tokens, f.taken).filter((sp) => !(sp.end - sp.start === 1 && CALENDAR.has(f.lower[sp.start]!)));
    const spans = titledRuns(f, s, portfolios(f, split, sentTitles), sentTitles, allowCodes);
    fromTagger(f, s, abbreviatedStates(f, s, spans), allowCodes);
    fromLexicon(f, s, allowCodes);
    titledNames(f, s, sentTitles);
  }
  for (const m of partyMentions(tokens, (k) => f.taken[k] === TOKEN_NAME, (k) => f.taken[k] === TOKEN_TITLE)) f.push(m);
  surnamesLeftOut(f);
  lowerCaseMinistries(f);
  pressReviewHeadings(f, sentences);
  dropBylines(f, tokens, sentences);
  const governments = governmentsByLeader(f);
  const kept = f.mentions.filter((m) => !governments.replace.has(m)).map((m) => (m.via === 'demonym' && !denotesState(tokens, m) ? { ...m, anchor: true } : m));
  return [...venuesByLowerHead(tokens, retypeRegions(tokens, kept)), ...governments.add].sort((x, y) => x.start - y.start || x.end - y.end);
}

export const mentionsComponent: Component = {
  name: 'mentions',
  requires: ['text', 'tokens', 'sentences', 'titles', 'tagged'],
  assigns: ['mentions'],
  defaults: {},
  essential: true,
  run: (doc) => ({ mentions: findMentions(doc.text, doc.tokens, doc.sentences, doc.titles, doc.tagged) }),
};

/**
 * A paper's name heading its items in a press review: a short line in capitals between separator
 * or item lines. Where a review has two such lines or more, each is one outlet, whatever the tagger
 * made of its words ("MEDIA INDONESIA" is no place, "JAKARTA POST" no place and outlet).
 */
function pressReviewHeadings(f: Found, sentences: readonly Sentence[]): void {
  const lines: [number, number][] = [];
  for (const s of sentences) {
    let start = s.tokenStart;
    if (f.lower[start] === 'the') start++;
    if (start >= s.tokenEnd || !isPressReviewHeading(f.tokens, start, s.tokenEnd)) continue;
    if (f.taken.slice(start, s.tokenEnd).some((x) => x === TOKEN_TITLE)) continue;
    lines.push([start, s.tokenEnd]);
  }
  if (lines.length === 0) return;
  const many = lines.length >= 2;
  for (const [start, end] of lines) {
    const inside = f.mentions.filter((m) => m.start < end && m.end > start);
    if (inside.length === 0) f.push({ start, end, type: 'media', via: 'tagged' });
    else if (many && !(inside.length === 1 && inside[0]!.start === start && inside[0]!.end === end && inside[0]!.type === 'media')) {
      for (const m of inside) f.mentions.splice(f.mentions.indexOf(m), 1);
      f.push({ start, end, type: 'media', via: 'tagged' });
    }
  }
}

