// Mention stage: tokens → typed mention candidates. Lexicon matches (countries, demonyms, outlets,
// named bodies) come first; titles are found and kept out of names; capitalized runs are typed by
// their context (a title before them, an organization or place head word inside them).

import type { EntityType } from '../types.ts';
import { gazetteer, type LexEntry, type SurfaceKind } from './lexicon/index.ts';
import type { TextAnalysis, Token } from './text.ts';

export interface Mention {
  /** Token range [start, end). */
  start: number;
  end: number;
  type: EntityType;
  /** How the mention was found. */
  via: SurfaceKind | 'titled' | 'capitalized' | 'surname';
  entry?: LexEntry;
  /** A title right before the mention ("Foreign Minister"), as its canonical position. */
  title?: { position: string; start: number; end: number };
  /** A government named after its leader ("Biden administration"): the last token is the body. */
  governs?: boolean;
}

export interface TitleSpan {
  start: number;
  end: number;
  position: string;
}

const ORG_HEADS = new Set([
  'ministry', 'department', 'agency', 'council', 'party', 'bank', 'university', 'company', 'inc', 'inc.',
  'corp', 'corp.', 'corporation', 'group', 'committee', 'commission', 'court', 'army', 'navy', 'forces',
  'administration', 'office', 'institute', 'association', 'union', 'organization', 'organisation',
  'federation', 'fund', 'authority', 'service', 'police', 'parliament', 'assembly', 'government',
  'co', 'co.', 'ltd', 'airlines', 'airways', 'club', 'foundation', 'board', 'bureau', 'network',
  'press', 'news', 'times', 'post', 'journal', 'herald', 'tribune', 'daily', 'radio', 'television', 'tv',
]);
const MEDIA_HEADS = new Set(['news', 'times', 'post', 'journal', 'herald', 'tribune', 'daily', 'radio', 'television', 'tv', 'press']);
const PLACE_HEADS = new Set([
  'city', 'province', 'region', 'island', 'islands', 'street', 'square', 'palace', 'hotel', 'airport',
  'river', 'sea', 'ocean', 'mountains', 'valley', 'county', 'state', 'district', 'strait', 'gulf', 'bay',
]);
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
const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'van', 'von', 'bin', 'al', 'der', 'da', 'di', 'du', 'le', 'and', '&']);

const isCap = (t: Token) => /^[\p{Lu}]/u.test(t.text) && /\p{L}/u.test(t.text);
const isUpperSentence = (toks: Token[]) => {
  const words = toks.filter((t) => /\p{L}{2,}/u.test(t.text));
  return words.length >= 3 && words.every((t) => t.text === t.text.toUpperCase());
};

/** Titles ("Foreign Minister", "spokesperson", "Gov.") as token spans, longest match first. */
export function findTitles(tokens: Token[]): TitleSpan[] {
  const g = gazetteer();
  const out: TitleSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 4; n >= 1; n--) {
      if (i + n > tokens.length) continue;
      const phrase = tokens.slice(i, i + n).map((t) => t.lower).join(' ').replace(/ - /g, '-');
      const pos = g.title(phrase);
      if (pos) {
        out.push({ start: i, end: i + n, position: pos });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/** Mentions of lexicon entries, titled persons and capitalized names in one analyzed text. */
export function findMentions(a: TextAnalysis): { mentions: Mention[]; titles: TitleSpan[] } {
  const g = gazetteer();
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

  for (const s of sentences) {
    const allowCodes = !isUpperSentence(tokens.slice(s.tokenStart, s.tokenEnd));
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (taken[i]) continue;
      const m = g.match(lower, raw, i, allowCodes);
      if (!m || i + m.length > s.tokenEnd) continue;
      // "President Lincoln": after a title a name is a person, even if a city shares it.
      if (titleAt.has(i) && m.entry.type === 'place') continue;
      // A city name inside a longer capitalized name ("Vladimir Putin") is not the city.
      if (m.entry.type === 'place' && !m.entry.id.startsWith('state:')) {
        const after = tokens[i + m.length];
        const before = tokens[i - 1];
        const capNeighbour = (t: Token | undefined, k: number) => t !== undefined && !taken[k] && t.sent === tokens[i]!.sent && isCap(t) && !NOT_NAMES.has(t.lower) && !g.match(lower, raw, k, allowCodes);
        if (capNeighbour(after, i + m.length) || (i > s.tokenStart && capNeighbour(before, i - 1))) continue;
      }
      mentions.push({ start: i, end: i + m.length, type: m.entry.type, via: m.surface, entry: m.entry });
      for (let k = i; k < i + m.length; k++) taken[k] = 1;
      i += m.length - 1;
    }
  }

  for (const s of sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      if (taken[i] || !isCap(tokens[i]!)) { i++; continue; }
      let j = i + 1;
      while (j < s.tokenEnd && !taken[j]) {
        if (isCap(tokens[j]!)) { j++; continue; }
        if (CONNECTORS.has(tokens[j]!.lower) && j + 1 < s.tokenEnd && isCap(tokens[j + 1]!) && !taken[j + 1]) { j += 2; continue; }
        break;
      }
      let start = i;
      // A sentence-initial function word is not part of the name ("The Kremlin" aside, lexicon got it).
      while (start < j && NOT_NAMES.has(tokens[start]!.lower)) start++;
      // A lone capitalized word (even sentence-initial) is kept as a surname candidate; resolution
      // keeps it only if it names a person the text names in full.
      if (start < j) {
        const m = classify(tokens, start, j, titleAt.get(start));
        if (m) mentions.push(m);
      }
      i = j;
    }
  }
  // "the Biden administration", "the Netanyahu government": the person's name plus the body.
  for (const m of [...mentions]) {
    if (m.type !== 'person') continue;
    const next = tokens[m.end];
    if (next && GOVERNMENT_BODIES.has(next.lower) && next.sent === tokens[m.start]!.sent) {
      mentions.push({ start: m.start, end: m.end + 1, type: 'organization', via: 'capitalized', governs: true });
    }
  }
  mentions.sort((x, y) => x.start - y.start || x.end - y.end);
  return { mentions, titles };
}

function classify(tokens: Token[], start: number, end: number, title: TitleSpan | undefined): Mention | null {
  const words = tokens.slice(start, end).map((t) => t.lower);
  const last = words[words.length - 1]!;
  const base = { start, end };
  if (title) return { ...base, type: 'person', via: 'titled', title: { position: title.position, start: title.start, end: title.end } };
  if (MEDIA_HEADS.has(last) && words.length > 1) return { ...base, type: 'media', via: 'capitalized' };
  if (words.some((w) => ORG_HEADS.has(w))) return { ...base, type: 'organization', via: 'capitalized' };
  if (PLACE_HEADS.has(last) && words.length > 1) return { ...base, type: 'place', via: 'capitalized' };
  const caps = tokens.slice(start, end).filter((t) => /^\p{Lu}\p{Ll}/u.test(t.text)).length;
  if (words.length >= 2 && words.length <= 4 && caps === words.length) return { ...base, type: 'person', via: 'capitalized' };
  if (words.length === 1) return { ...base, type: 'person', via: 'surname' };
  return null;
}
