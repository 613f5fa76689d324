// Mentions the tagger left out or misread: lexicon entries, titled names, surnames given in full
// elsewhere, lower-case ministries, "the Biden administration", the outlets heading a press review,
// armed groups known by a code ("M23 rebels").

import type { Mention, Sentence, TitleSpan } from './doc.ts';
import { gazetteer } from './lexicon/index.ts';
import { isPressReviewHeading } from './mention-types.ts';
import { Found, isCap, TOKEN_MISC, TOKEN_NAME, TOKEN_TITLE } from './mention-found.ts';
import { bodyVenueEnd } from './tagger-mentions.ts';
import { words, wordsOf } from './words.ts';

/** Capitalized words that open sentences or headlines without naming anything. */
const NOT_NAMES = wordsOf('sentence_openers', 'months', 'weekdays');
const GOVERNMENT_BODIES = words('government_bodies');
const PLACE_CUES = words('place_cues');
const GENERIC_BODY = words('generic_body_words');
const HONORIFICS = words('honorifics');

/** Lexicon entries the tagger left out: states, outlets and bodies; places only after "in/at/from". */
export function fromLexicon(f: Found, s: Sentence, allowCodes: boolean): void {
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
export function titledNames(f: Found, s: Sentence, titles: readonly TitleSpan[]): void {
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
export function surnamesLeftOut(f: Found): void {
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

const ARMED_AFTER = wordsOf('fighter_nouns', 'armed_nouns');

/**
 * "M23 rebels": a code of capitals and digits the tagger left out, right before a word for an armed
 * group's members, is the group's name; so is every other bare mention of that code in the text.
 */
export function codedGroups(f: Found): void {
  const { tokens, taken } = f;
  const code = (i: number) => !taken[i] && /^\p{Lu}{1,3}-?\d{1,3}$/u.test(tokens[i]!.text);
  const groups = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) if (ARMED_AFTER.has(f.lower[i + 1]!) && tokens[i + 1]!.sent === tokens[i]!.sent && code(i)) groups.add(tokens[i]!.text);
  if (groups.size === 0) return;
  for (let i = 0; i < tokens.length; i++) if (code(i) && groups.has(tokens[i]!.text)) f.push({ start: i, end: i + 1, type: 'organization', via: 'tagged' });
}

const LOWER_BODY_HEADS = words('lower_body_heads');

/**
 * "China's foreign ministry", "the Russian interior ministry": a ministry written in lower case,
 * with only words of bodies every state has before its head, right after a state's possessive or
 * its demonym, is that state's ministry (the resolver names it with its state). Not "a farm
 * ministry", nor one that names no state ("the ministry said"), nor one before a post.
 */
export function lowerCaseMinistries(f: Found): void {
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
export function governmentsByLeader(f: Found): { add: Mention[]; replace: Set<Mention> } {
  const { tokens, lower, taken } = f;
  const out = { add: [] as Mention[], replace: new Set<Mention>() };
  // Built on the first capitalized body phrase only: most documents have none.
  let index: { personWords: Set<string>; byStart: Map<number, Mention[]>; inEntry: Uint8Array } | null = null;
  for (let i = 1; i < tokens.length; i++) {
    if (!GOVERNMENT_BODIES.has(lower[i]!)) continue;
    let start = i;
    while (start > 0 && i - start < 3 && isCap(tokens[start - 1]!) && tokens[start - 1]!.sent === tokens[i]!.sent && taken[start - 1] !== TOKEN_TITLE && !NOT_NAMES.has(lower[start - 1]!)) start--;
    if (start === i) continue;
    const { personWords, byStart, inEntry } = (index ??= mentionIndex(f));
    if (inEntry[start]) continue; // "the Russian government" (the state)
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

/** Mentions by start token, the tokens inside a lexicon entry's mention, and the words of persons' names. */
function mentionIndex(f: Found): { personWords: Set<string>; byStart: Map<number, Mention[]>; inEntry: Uint8Array } {
  const personWords = new Set(f.mentions.filter((m) => m.type === 'person').flatMap((m) => f.tokens.slice(m.start, m.end).map((t) => t.norm)));
  // So that each body word looks up, not scans.
  const byStart = new Map<number, Mention[]>();
  const inEntry = new Uint8Array(f.tokens.length);
  for (const m of f.mentions) {
    const list = byStart.get(m.start);
    if (list) list.push(m);
    else byStart.set(m.start, [m]);
    if (m.entry) for (let k = m.start; k < m.end; k++) inEntry[k] = 1;
  }
  return { personWords, byStart, inEntry };
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

/**
 * A paper's name heading its items in a press review: a short line in capitals between separator
 * or item lines. Where a review has two such lines or more, each is one outlet, whatever the tagger
 * made of its words ("MEDIA INDONESIA" is no place, "JAKARTA POST" no place and outlet).
 */
export function pressReviewHeadings(f: Found, sentences: readonly Sentence[]): void {
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
