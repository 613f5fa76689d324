// Mention stage: tokens → typed mentions. The learned tagger finds names (PER/LOC/ORG/MISC); the
// lexicon gives their fine type (state or place, media or organization, a demonym as its state) and
// adds the entries the tagger left out; titles are kept out of names and recorded as positions.

import type { EntityType } from '../types.ts';
import { slugify } from '../util/slug.ts';
import { gazetteer, type LexEntry, type SurfaceKind } from './lexicon/index.ts';
import { decode, spansOf, tagger, type TaggedSpan } from './tagger/index.ts';
import type { TextAnalysis, Token } from './text.ts';

export interface Mention {
  /** Token range [start, end). */
  start: number;
  end: number;
  type: EntityType;
  /** How the mention was found. */
  via: SurfaceKind | 'titled' | 'tagged' | 'nominal';
  entry?: LexEntry;
  /** A title right before the mention ("Foreign Minister"), as its canonical position. */
  title?: { position: string; surface: string; start: number; end: number };
  /** A government named after its leader ("Biden administration"): the last token is the body. */
  governs?: boolean;
  /**
   * A demonym used as a modifier ("Russian broadcasting agency", "a Spanish newspaper"): it anchors
   * relations to its state but is not reported as a mention of the state.
   */
  anchor?: boolean;
}

export interface TitleSpan {
  start: number;
  end: number;
  /** The canonical post, for matching ("foreign minister" for "Foreign Secretary" too). */
  position: string;
  /** The post as the text words it ("foreign secretary"), for the record; abbreviations expanded. */
  surface: string;
}

const MEDIA_HEADS = new Set(['news', 'times', 'post', 'journal', 'herald', 'tribune', 'daily', 'radio', 'television', 'tv', 'press']);
/** Capitalized words that open sentences or headlines without naming anything. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'if', 'as', 'for', 'to', 'of', 'by', 'with',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this', 'that',
  'these', 'those', 'there', 'here', 'when', 'while', 'after', 'before', 'since', 'days', 'today',
  'meanwhile', 'notably', 'interestingly', 'however', 'also', 'according', 'let', 'let\'s', 'nobody',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'mr.', 'mrs.', 'ms.', 'dr.', 'our', 'my', 'your', 'what', 'who', 'why', 'how', 'where', 'which',
  'today\'s', 'yesterday', 'tomorrow', 'last', 'next', 'new', 'some', 'many', 'most', 'all', 'one',
]);
const GOVERNMENT_BODIES = new Set(['administration', 'government', 'cabinet']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const OUTLET_NOUNS = new Set(['agency', 'newspaper', 'daily', 'broadcaster', 'television', 'radio', 'tabloid', 'weekly', 'magazine', 'website', 'channel']);

/** "the" is not part of a name; a capitalized "The" inside a sentence is ("The Associated Press"). */
function isDeterminer(t: Token, sentenceStart: boolean): boolean {
  return DETERMINERS.has(t.lower) && (sentenceStart || t.text === t.lower);
}

/** Month and weekday names and abbreviations: never a name on their own. */
const CALENDAR = /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$|^(january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Lower-case particles inside names: "Mohammed bin Abdulrahman", "Ursula von der Leyen". */
const PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'dos', 'das']);

/** Two person spans joined by name particles are one name. */
function joinParticles(spans: TaggedSpan[], tokens: Token[]): TaggedSpan[] {
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
function splitSpans(spans: TaggedSpan[], tokens: Token[], taken: Uint8Array): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const sp of spans) {
    let start = sp.start;
    for (let k = sp.start; k < sp.end; k++) {
      // Only an unmistakable title cuts ("Gov.", "minister"): "King" in "Martin Luther King" does not.
      const unmistakable = tokens[k]!.text.endsWith('.') || /^\p{Ll}/u.test(tokens[k]!.text);
      if (sp.type === 'PER' && taken[k] === 2 && unmistakable && k > start && taken[k - 1] !== 2) {
        // A holder before the title: typed as a place; the lexicon may make it a state or a body.
        out.push({ start, end: k, type: 'LOC' });
        start = k;
      }
    }
    if (start < sp.end) out.push({ start, end: sp.end, type: sp.type });
  }
  return out;
}
const PLACE_CUES = new Set(['in', 'at', 'from', 'to', 'near', 'outside', 'visited', 'visit']);

const isCap = (t: Token) => /^[\p{Lu}]/u.test(t.text) && /\p{L}/u.test(t.text);
const isUpperSentence = (toks: Token[]) => {
  const words = toks.filter((t) => /\p{L}{2,}/u.test(t.text));
  return words.length >= 3 && words.every((t) => t.text === t.text.toUpperCase());
};

/** Titles ("Foreign Minister", "spokesperson", "Gov.") as token spans, longest match first. */
export function findTitles(tokens: Token[]): TitleSpan[] {
  const cached = titleCache.get(tokens);
  if (cached) return cached;
  const g = gazetteer();
  const out: TitleSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Hot path: most words start no title, so the phrase is built only after this check.
    if (!g.titleStarts.has(tokens[i]!.lower)) continue;
    for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
      let phrase = tokens[i]!.lower;
      for (let k = 1; k < n; k++) phrase += ' ' + tokens[i + k]!.lower;
      const pos = g.title(phrase.replace(/ - /g, '-'));
      if (pos) {
        const written = phrase.replace(/ - /g, '-');
        out.push({ start: i, end: i + n, position: pos, surface: /\.|^[a-z]{2,3}$/.test(written) && !/ /.test(written) ? pos : written });
        i += n - 1;
        break;
      }
    }
  }
  titleCache.set(tokens, out);
  return out;
}
const titleCache = new WeakMap<Token[], TitleSpan[]>();

/** Mentions in one analyzed text: tagger spans typed by the lexicon, lexicon matches the tagger
 * left out, and titled names. */
export function findMentions(a: TextAnalysis): { mentions: Mention[]; titles: TitleSpan[] } {
  const g = gazetteer();
  const T = tagger();
  const { tokens, sentences } = a;
  const lower = tokens.map((t) => t.lower);
  const raw = tokens.map((t) => t.norm);
  const taken = new Uint8Array(tokens.length);
  const mentions: Mention[] = [];
  const titles = findTitles(tokens);
  const titleAt = new Map<number, TitleSpan>();
  for (const t of titles) {
    titleAt.set(t.end, t);
    for (let k = t.start; k < t.end; k++) taken[k] = 2;
  }
  const push = (m: Mention) => {
    mentions.push(m);
    for (let k = m.start; k < m.end; k++) taken[k] = 1;
  };

  for (const s of sentences) {
    const sentTokens = tokens.slice(s.tokenStart, s.tokenEnd);
    const allowCodes = !isUpperSentence(sentTokens);
    // Month and weekday names alone ("Oct 12") are dates, whatever the tagger says.
    const tagged = splitSpans(joinParticles(spansOf(decode(T, sentTokens), s.tokenStart), tokens), tokens, taken)
      .filter((sp) => !(sp.end - sp.start === 1 && CALENDAR.test(lower[sp.start]!)));
    for (const sp of tagged) {
      // The tagger's boundaries stand, but for a leading article and, before a person, a title.
      let start = sp.start;
      while (start < sp.end && (isDeterminer(tokens[start]!, start === s.tokenStart) || (sp.type === 'PER' && taken[start] === 2))) start++;
      let end = sp.end;
      // Names end in a name: a trailing lower-case word ("a Mercedes van") is not part of it.
      while (end > start && /^\p{Ll}/u.test(tokens[end - 1]!.text)) end--;
      if (start >= end) continue;
      // A name made only of title words ("Treasury" in "Treasury Secretary") is the title's.
      let inTitle = true;
      for (let k = start; k < end; k++) if (taken[k] !== 2) inTitle = false;
      if (inTitle) continue;
      const lex = g.match(lower, raw, start, allowCodes);
      // "Xinhua" in "the Xinhua news agency": the entry that fits the span exactly, not the longest.
      const fit = lex && lex.length === end - start ? lex : g.match(lower, raw, start, allowCodes, end);
      const exact = fit && fit.length === end - start ? fit : null;
      const title = titleAt.get(start);
      if (exact && exact.entry.type !== 'state' && exact.entry.type !== 'place' && sp.type !== 'PER') {
        // A curated body or outlet keeps its type whatever the tagger called it ("the Kremlin").
        push({ start, end, type: exact.entry.type, via: exact.surface, entry: exact.entry });
      } else if (sp.type === 'PER' && !title && indefiniteBefore(tokens, start)) {
        continue; // "a black Mercedes": an indefinite article does not introduce a person's name
      } else if (sp.type === 'PER') {
        push({ start, end, type: 'person', via: title ? 'titled' : 'tagged', ...(title ? { title: { position: title.position, surface: title.surface, start: title.start, end: title.end } } : {}) });
      } else if (sp.type === 'LOC') {
        if (exact && (exact.entry.type === 'state' || exact.entry.type === 'place')) push({ start, end, type: exact.entry.type, via: exact.surface, entry: exact.entry });
        else push(classify(tokens, start, end, 'place'));
      } else if (sp.type === 'ORG') {
        if (exact && (exact.entry.type === 'media' || exact.entry.type === 'organization')) push({ start, end, type: exact.entry.type, via: exact.surface, entry: exact.entry });
        else if (exact && exact.entry.type === 'state') push({ start, end, type: 'state', via: exact.surface, entry: exact.entry });
        // A dateline, "KYIV (Reuters) -": a known city opening the sentence before "(" or "," is the city.
        else if (exact && exact.entry.type === 'place' && start === s.tokenStart && /^[(,]$/.test(tokens[end]?.norm ?? '')) push({ start, end, type: 'place', via: exact.surface, entry: exact.entry });
        else push(classify(tokens, start, end, 'organization'));
      } else if (exact && exact.entry.type === 'state') {
        // MISC: only demonyms and adjectival country names ("Russian", "U.S.") name a state.
        push({ start, end, type: 'state', via: exact.surface, entry: exact.entry });
      } else if (lex && (lex.entry.type === 'state' || lex.entry.type === 'place') && lower[start + lex.length] === '-' && start + lex.length < end) {
        // "Paris-based", "U.S.-made": the place before the hyphen is a mention of it.
        // A modifier, like a demonym: it anchors relations ("based_in") but is not listed as a mention.
        push({ start, end: start + lex.length, type: lex.entry.type, via: lex.surface, entry: lex.entry, anchor: true });
        for (let k = start + lex.length; k < end; k++) taken[k] = 3;
      } else {
        for (let k = start; k < end; k++) taken[k] = 3; // a MISC name: not for the lexicon pass
      }
    }

    // Lexicon entries the tagger left out: states, outlets and bodies; places only after "in/at/from".
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (taken[i]) continue;
      const m = g.match(lower, raw, i, allowCodes);
      if (!m || i + m.length > s.tokenEnd) continue;
      let clash = false;
      for (let k = i; k < i + m.length; k++) if (taken[k]) clash = true;
      if (clash) continue;
      const basedAfter = lower[i + m.length] === '-' && lower[i + m.length + 1] === 'based'; // "Paris-based"
      if (m.entry.type === 'place' && !PLACE_CUES.has(lower[i - 1] ?? '') && !basedAfter) continue;
      push({ start: i, end: i + m.length, type: m.entry.type, via: m.surface, entry: m.entry, ...(basedAfter ? { anchor: true } : {}) });
      i += m.length - 1;
    }

    // A title followed by capitalized words the tagger missed: a person ("Gov. Ann Lee").
    for (const t of titles) {
      if (t.start < s.tokenStart || t.end >= s.tokenEnd || taken[t.end]) continue;
      let j = t.end;
      while (j < s.tokenEnd && j - t.end < 3 && !taken[j] && isCap(tokens[j]!) && !NOT_NAMES.has(lower[j]!)) j++;
      if (j > t.end) push({ start: t.end, end: j, type: 'person', via: 'titled', title: { position: t.position, surface: t.surface, start: t.start, end: t.end } });
    }
  }

  // A surname the text gave in full elsewhere ("Donald Trump" … "the Trump team") is a mention
  // wherever the tagger left it out.
  const surnames = new Set<string>();
  for (const m of mentions) if (m.type === 'person' && m.end - m.start >= 2) surnames.add(tokens[m.end - 1]!.norm);
  for (let i = 0; i < tokens.length; i++) {
    // Untagged, or tagged MISC on its own ("the Trump team").
    const misc = taken[i] === 3 && taken[i + 1] !== 3 && taken[i - 1] !== 3;
    if ((taken[i] && !misc) || !surnames.has(tokens[i]!.norm) || !isCap(tokens[i]!)) continue;
    if ((i + 1 < tokens.length && taken[i + 1] === 1) || (i > 0 && taken[i - 1] === 1)) continue; // part of another name
    push({ start: i, end: i + 1, type: 'person', via: 'tagged' });
  }
  for (const m of mentions) {
    if (m.via === 'demonym' && !denotesState(tokens, m)) m.anchor = true;
  }
  retypeRegions(tokens, mentions);
  // "the Biden administration", "the Netanyahu government": the leader's name plus the body,
  // whether or not the tagger took the name for one.
  for (let i = 1; i < tokens.length; i++) {
    if (!GOVERNMENT_BODIES.has(lower[i]!)) continue;
    let start = i;
    while (start > 0 && i - start < 3 && isCap(tokens[start - 1]!) && tokens[start - 1]!.sent === tokens[i]!.sent && taken[start - 1] !== 2 && !NOT_NAMES.has(lower[start - 1]!)) start--;
    if (start === i || mentions.some((m) => m.entry && m.start <= start && start < m.end)) continue; // none, or "the Russian government" (the state)
    mentions.push({ start, end: i + 1, type: 'organization', via: 'tagged', governs: true });
  }
  mentions.sort((x, y) => x.start - y.start || x.end - y.end);
  return { mentions, titles };
}

/**
 * "Atlanta, Georgia": a country name written after a city of another country, where that country
 * has a province of that name, is the province; so is every mention of it in the document.
 */
function retypeRegions(tokens: Token[], mentions: Mention[]): void {
  const g = gazetteer();
  const regions = new Map<string, LexEntry>();
  mentions.sort((x, y) => x.start - y.start || x.end - y.end);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const city = mentions[i]!;
    const next = mentions[i + 1]!;
    const country = city.entry?.country;
    if (city.type !== 'place' || !country || !next.entry || next.type !== 'state' || next.start !== city.end + 1 || tokens[city.end]!.norm !== ',') continue;
    if (next.entry.country === country || !g.provinces.get(next.entry.name.toLowerCase())?.has(country)) continue;
    regions.set(next.entry.id, { id: `place:${slugify(next.entry.name)}`, type: 'place', name: next.entry.name, aliases: [], country });
  }
  for (const m of mentions) {
    const region = m.entry && regions.get(m.entry.id);
    if (region) {
      m.entry = region;
      m.type = 'place';
      delete m.anchor;
    }
  }
}

/** "a Mercedes", "an old Ford": an indefinite article up to two words before the name. */
function indefiniteBefore(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    const w = tokens[k]!;
    if (w.lower === 'a' || w.lower === 'an') return true;
    if (!/^\p{Ll}+$/u.test(w.text)) return false;
  }
  return false;
}

/** Nouns after which a demonym stands for its state acting: "Russian officials", "the Ukrainian side". */
const STATE_ACTOR_NOUNS = new Set([
  'government', 'authorities', 'officials', 'official', 'forces', 'troops', 'military', 'army', 'navy',
  'side', 'delegation', 'delegations', 'diplomats', 'leadership', 'regime', 'leaders', 'negotiators',
]);

/** A demonym denotes the state when it heads its phrase ("the Russians") or modifies an actor noun. */
function denotesState(tokens: Token[], m: Mention): boolean {
  const next = tokens[m.end];
  if (!next || next.sent !== tokens[m.start]!.sent) return true;
  if (STATE_ACTOR_NOUNS.has(next.lower)) return true;
  return !/^[\p{L}\p{N}]/u.test(next.text);
}

/** Fine type of an untyped organization or location name by its head words. */
function classify(tokens: Token[], start: number, end: number, fallback: 'place' | 'organization'): Mention {
  const words = tokens.slice(start, end).map((t) => t.lower);
  const last = words[words.length - 1]!;
  const base = { start, end, via: 'tagged' as const };
  if (fallback === 'organization' && MEDIA_HEADS.has(last) && words.length > 1) return { ...base, type: 'media' };
  // "the semi-official Tasnim news agency", "the Kommersant daily": the words after say what it is.
  const after = tokens.slice(end, end + 2).map((t) => t.lower);
  if (fallback === 'organization' && after.some((w) => OUTLET_NOUNS.has(w)) && tokens[end]?.sent === tokens[start]!.sent) return { ...base, type: 'media' };
  // "state television ORTM", "the daily Kommersant"
  if (fallback === 'organization' && start > 0 && OUTLET_NOUNS.has(tokens[start - 1]!.lower)) return { ...base, type: 'media' };
  return { ...base, type: fallback };
}
