// The tagger's spans of a sentence typed by the lexicon (fromTagger): a state or place, a body or
// outlet, a person, or a MISC name that is none of ours, with the checks it makes on a span.

import type { Mention, Sentence, TaggedSpan, Token } from './doc.ts';
import { gazetteer, surfaceKey, type LexMatch } from './lexicon/index.ts';
import { addressedPerson } from './addressed-persons.ts';
import { classify, indefiniteBefore, namesAPeople, opensDateline, personContextType, placeByWordsAround } from './mention-types.ts';
import { Found, isCap, TOKEN_MISC, TOKEN_TITLE } from './mention-found.ts';
import { words, wordsOf } from './words.ts';

/** Capitalized words that open sentences or headlines without naming anything. */
const NOT_NAMES = wordsOf('sentence_openers', 'months', 'weekdays');
const GENERIC_BODY = words('generic_body_words');
const HONORIFICS = words('honorifics');
const VENUE_NOUNS = wordsOf('venue_nouns', 'geographic_heads');
/** Last words of a place's name that no person's name ends in ("Sadr City", "Kunar Province"). */
const PERSON_SPAN_PLACE_HEADS = wordsOf('venue_nouns', 'geographic_heads', 'settlement_nouns');
const STORMS = words('storm_words');
const NOT_PERSONS = words('not_person_names');
const FIGHTERS = words('fighter_nouns');
const ACCORDS = words('accord_nouns');
const ACCORD_MODIFIERS = words('accord_modifiers');
const COMPASS = words('compass_names');
const BODY_HEADS = words('body_heads');

/** "the" is not part of a name; a capitalized "The" inside a sentence is ("The Associated Press"). */
function isDeterminer(t: Token, sentenceStart: boolean): boolean {
  return (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') && (sentenceStart || t.text === t.lower);
}

/** A name made only of words of bodies every state has ("Foreign Ministry", "Defence Ministry"). */
export function isGenericBody(words: readonly string[]): boolean {
  const ws = words.map((w) => w.toLowerCase()).filter((w) => w !== 'the');
  return ws.length > 0 && ws.some((w) => w !== 'of' && w !== 'state') && ws.every((w) => GENERIC_BODY.has(w));
}

/** Whether a curated name of a body or outlet, longer than the span and free before it, holds the span. */
function insideBodyName(f: Found, s: Sentence, sp: TaggedSpan): boolean {
  const g = gazetteer();
  for (let j = sp.start - 1; j >= Math.max(s.tokenStart, sp.start - 3) && !f.taken[j]; j--) {
    if (f.lower[j] === 'the') continue; // an article is no part of a name ("The White House" is the White House)
    const m = g.match(f.lower, f.raw, j, false, s.tokenEnd);
    if (m && m.surface === 'name' && (m.entry.type === 'organization' || m.entry.type === 'media') && j + m.length >= sp.end) return true;
  }
  return false;
}

/** The tagger's spans of a sentence, typed by the lexicon: the tagger's boundaries, the lexicon's types. */
export function fromTagger(f: Found, s: Sentence, spans: TaggedSpan[], allowCodes: boolean): void {
  const g = gazetteer();
  const { tokens, lower, raw, taken } = f;
  for (const tagged of spans) {
    // "Human Rights Watch" of which the tagger named only "Watch": the longer curated name stands (fromLexicon).
    if (insideBodyName(f, s, tagged)) continue;
    // A people ("Kurds", "Roman Catholic") is no person or body: read as the tagger's other names are (MISC).
    const typed = tagged.type !== 'MISC' && !f.titleAt.has(tagged.start) && namesAPeople(lower, raw, tagged.start, tagged.end) ? { ...tagged, type: 'MISC' as const } : tagged;
    // "Mr. Jackson", "VOA's Ann Ward" tagged as a body or a place: a person by the words before the name.
    const sp = addressedPerson(f, typed, s.tokenStart) ? { ...typed, type: 'PER' as const } : typed;
    // The tagger's boundaries stand, but for a leading article and, before a person, a title.
    let start = sp.start;
    while (start < sp.end && (isDeterminer(tokens[start]!, start === s.tokenStart) || (sp.type === 'PER' && taken[start] === TOKEN_TITLE))) start++;
    let end = sp.end;
    // Names end in a name: a trailing lower-case word ("a Mercedes van") is not part of it.
    while (end > start && /^\p{Ll}/u.test(tokens[end - 1]!.text)) end--;
    if (start >= end) continue;
    // A word that opens sentences without naming anything ("Interestingly, ...", "Meanwhile").
    if (end - start === 1 && NOT_NAMES.has(lower[start]!)) continue;
    // "Hurricane Katrina", "Typhoon Haiyan", then "Katrina": a storm's name, no person's or place's.
    const storm = isCap(tokens[start]!) && STORMS.has(lower[start]!) ? start + 1 : start > s.tokenStart && isCap(tokens[start - 1]!) && STORMS.has(lower[start - 1]!) ? start : -1;
    if (storm >= 0 && storm < end) f.storms.add(raw.slice(storm, end).join(' '));
    if (sp.type !== 'MISC' && (storm >= 0 || (f.storms.size > 0 && f.storms.has(raw.slice(start, end).join(' '))))) continue;
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
    } else if (exact && exact.entry.type !== 'state' && exact.entry.type !== 'place' && (sp.type !== 'PER' || (exact.surface === 'name' && !title))) {
      // A curated body or outlet keeps its type whatever the tagger called it ("the Kremlin", "al Qaida"
      // tagged as a person); an acronym the tagger calls a person may be someone's initials.
      f.push(fromEntry(exact));
    } else if (context) {
      f.push(context === 'media' || context === 'organization' ? { start, end, type: context, via: 'tagged' } : asPlace());
    } else if (sp.type === 'PER' && !title && lexiconPlace() && !f.inOtherPersonName(start, end)) {
      // "Wisconsin", "Tamil Nadu" tagged as persons: a state, place or province of the lexicon, no word of a person's name in this text.
      f.push(asPlace());
    } else if (sp.type === 'PER' && end - start > 1 && PERSON_SPAN_PLACE_HEADS.has(lower[end - 1]!) && !title) {
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
      else if (lexiconPlace() || placeByWordsAround(tokens, start, end)) f.push(asPlace());
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
export function bodyVenueEnd(f: Found, start: number, m: LexMatch): number {
  if (m.entry.type !== 'organization' && m.entry.type !== 'media') return 0;
  const last = f.lower[start + m.length - 1]!;
  // The entry's name is tokenized only when the match ends in a venue noun (a lexicon match of every sentence comes here).
  if (VENUE_NOUNS.has(last) && surfaceKey(m.entry.name).at(-1) !== last) return start + m.length;
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
  // "The Emir said": a surname takes no article.
  return !(NOT_NAMES.has(prev.lower) && /^\p{Ll}/u.test(prev.text)) && prev.lower !== "'s" && prev.lower !== 'the' && !f.taken[start - 1] && !HONORIFICS.has(prev.lower);
}

/**
 * A location span that names no place: a point of the compass alone ("the West", "the Middle and
 * the Far East"), or the place an accord is named after ("the Dayton peace agreement", "the Lusaka
 * Agreement"): the text speaks of the accord, not of the town. A state stays ("the Yugoslavia treaty").
 * Nor does a lone capital letter.
 */
function notAPlace(f: Found, start: number, end: number, entryType: string | undefined): boolean {
  if (end - start === 1 && COMPASS.has(f.lower[start]!)) return true;
  // "said on X.": a lone letter, an initial or the platform, names no place.
  if (end - start === 1 && /^\p{Lu}\.?$/u.test(f.tokens[start]!.text)) return true;
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
