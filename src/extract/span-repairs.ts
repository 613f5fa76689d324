// Repairs of the tagger's name boundaries before the names are typed: a broadcaster the tagger cut
// in two ("Israel" + "Radio"), a hyphenated name cut at its hyphen ("NSDAP-AO"), and a post or form of address the tagger took into a body's name
// ("Internal Security Minister Kahalani", "Archbishop Desmond Tutu" tagged as organizations), a body's
// name cut at its "and" ("Peace" + "Security Council"), an ordinal left out of a feature's name
// ("Second Thomas Shoal"), a day or month the tagger took into the name before it ("Ahmadinejad
// Friday" in "said Ahmadinejad Friday"), a hyphen the tagger took into the end of a name ("Hamas-" of
// "Hamas-led", "Kim Jong-" of "Kim Jong-il").

import type { TaggedSpan, Token } from './doc.ts';
import { isCommonWord } from './tagger/index.ts';
import { wordsOf } from './words.ts';

const MEDIA_HEADS = wordsOf('media_name_heads');
const HONORIFICS = wordsOf('honorifics');
const PORTFOLIO = wordsOf('portfolio_words', 'generic_body_words');
const BODY_WORDS = wordsOf('generic_body_words', 'body_heads');
const BODY_HEADS = wordsOf('body_heads');
const GEOGRAPHIC_HEADS = wordsOf('geographic_heads');
const ORDINALS = wordsOf('name_ordinals');
const CALENDAR = wordsOf('months', 'weekdays');
const DAY_QUALIFIERS = wordsOf('day_name_qualifiers');
const ARTICLES = new Set(['the', 'a', 'an']);

/** A surname is neither a common word nor an acronym ("Miss Teen USA" is a pageant). */
const surnameLike = (t: Token) => !isCommonWord(t.lower) && !/^\p{Lu}{2,}$/u.test(t.text);

/** Tokens [from, end) read as a person's name: a capitalized first word, a surname last, no body word ("the General Assembly"). */
export function namesPerson(tokens: readonly Token[], from: number, end: number): boolean {
  return from < end && /^\p{Lu}/u.test(tokens[from]!.text) && surnameLike(tokens[end - 1]!) && !tokens.slice(from, end).some((t) => BODY_WORDS.has(t.lower));
}

/**
 * "Israel Radio", "Kabul Radio": a place the tagger named right before a body it called just
 * "Radio" (or "Television") is the broadcaster's name, one span with it.
 */
export function joinBroadcasters(spans: readonly TaggedSpan[], tokens: readonly Token[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const sp of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'LOC' && sp.type === 'ORG' && sp.start === prev.end && sp.end - sp.start === 1 && MEDIA_HEADS.has(tokens[sp.start]!.lower) && /^\p{Lu}/u.test(tokens[sp.start]!.text)) {
      out[out.length - 1] = { start: prev.start, end: sp.end, type: 'ORG' };
      continue;
    }
    out.push(sp);
  }
  return out;
}

/** A hyphen written inside a word, no space on either side ("Nagorno-Karabakh", not "1996 - 97"). */
function innerHyphen(tokens: readonly Token[], k: number): boolean {
  const h = tokens[k];
  return h !== undefined && k > 0 && h.text === '-' && tokens[k - 1]!.end === h.start && tokens[k + 1]?.start === h.end;
}

/**
 * "NSDAP-AO", "Marxist-Leninist": the tagger named only the part after a hyphen inside a word, or
 * the two parts as two bodies' names; the whole word is the name. A first part written in
 * lower case elsewhere ("Anti-Bhutto", "Pro-Moscow") is a prefix, not a name, and stays out.
 */
export function joinHyphenated(spans: readonly TaggedSpan[], tokens: readonly Token[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const sp of spans) {
    const prev = out[out.length - 1];
    const h = sp.start - 1;
    if (!innerHyphen(tokens, h)) {
      out.push(sp);
      continue;
    }
    // Two places around a hyphen are a pair ("the Costa Rica-Nicaragua border"), not one name.
    if (prev && prev.end === h && prev.type === sp.type && sp.type === 'ORG') {
      out[out.length - 1] = { start: prev.start, end: sp.end, type: sp.type };
      continue;
    }
    const first = tokens[h - 1]!;
    const free = !prev || prev.end <= h - 1;
    if (free && /^\p{Lu}/u.test(first.text) && /\p{L}/u.test(first.text) && !isCommonWord(first.lower)) out.push({ start: h - 1, end: sp.end, type: sp.type });
    else out.push(sp);
  }
  return out;
}

/**
 * A body or place span that holds a post ("Minister", "Queen", from the titles lexicon: `isTitle`)
 * or a form of address ("Archbishop") followed by a person's name: the words before the post name
 * the body (a portfolio before it is the post's: "Internal Security"), the words after it a person.
 * A name after the post with body words, or ending in a common word or an acronym, is the body's
 * own ("the General Assembly"): the span stays.
 */
export function titlesOutOfBodies(spans: readonly TaggedSpan[], tokens: readonly Token[], isTitle: (k: number) => boolean): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const sp of spans) {
    if (sp.type === 'PER' || sp.end - sp.start < 2) {
      out.push(sp);
      continue;
    }
    const honorific = (k: number) => HONORIFICS.has(tokens[k]!.lower) && /^\p{Lu}/u.test(tokens[k]!.text);
    let k = sp.start;
    while (k < sp.end && !isTitle(k) && !honorific(k)) k++;
    let j = k;
    while (j < sp.end && (isTitle(j) || honorific(j))) j++;
    const personAfter = namesPerson(tokens, j, sp.end);
    // "the Office of the President": a post that ends a body's name after a lower-case word is the body's.
    const postEnds = j === sp.end && k > sp.start && /^\p{Lu}/u.test(tokens[k - 1]!.text);
    if (k === sp.end || (!personAfter && !postEnds)) {
      out.push(sp);
      continue;
    }
    let bodyEnd = k;
    while (bodyEnd > sp.start && PORTFOLIO.has(tokens[bodyEnd - 1]!.lower)) bodyEnd--;
    if (bodyEnd > sp.start) out.push({ start: sp.start, end: bodyEnd, type: sp.type });
    // A form of address stays in the span: the person stage keeps it out of the name.
    let first = k;
    while (first < j && isTitle(first)) first++;
    if (personAfter) out.push({ start: first, end: sp.end, type: 'PER' });
  }
  return out;
}

/**
 * "the African Union's Peace and Security Council", "the Food and Agriculture Organization": a
 * body's name whose first part is capitalized common words before "and" is one name, though the
 * tagger named only the part after "and" (or both parts apart) and that part alone is a known body
 * ("Security Council"). Only when the part after "and" ends in a body's head word and every word
 * before it is a common word: "Hamas and Islamic Jihad", "Likud and the Labour Party" stay apart.
 */
export function joinConjoinedBodies(spans: readonly TaggedSpan[], tokens: readonly Token[]): TaggedSpan[] {
  // An article opens the phrase, not the name ("The Trade and Security Council").
  const commonCap = (k: number) => k >= 0 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text) && !ARTICLES.has(tokens[k]!.lower) && isCommonWord(tokens[k]!.lower) && tokens[k]!.sent === tokens[k + 1]?.sent;
  const out: TaggedSpan[] = [];
  for (const sp of spans) {
    const and = sp.start - 1;
    const isAnd = and > 0 && (tokens[and]!.lower === 'and' || tokens[and]!.norm === '&') && tokens[and]!.sent === tokens[sp.start]!.sent;
    const head = tokens[sp.end - 1]!;
    if (sp.type !== 'ORG' || !isAnd || !BODY_HEADS.has(head.lower) || !/^\p{Lu}/u.test(head.text)) {
      out.push(sp);
      continue;
    }
    // The common words before "and", at most three ("Trade and Industry", "Science, Technology and Innovation" is left alone).
    let first = and;
    while (first > and - 3 && commonCap(first - 1)) first--;
    const prev = out[out.length - 1];
    // A span before may be exactly those words, as an organization; any other span there keeps them.
    const prevHere = prev && prev.end > first;
    if (first === and || (prevHere && (prev.type !== 'ORG' || prev.start !== first || prev.end !== and))) {
      out.push(sp);
      continue;
    }
    if (prevHere) out.pop();
    out.push({ start: first, end: sp.end, type: 'ORG' });
  }
  return out;
}

/**
 * "Second Thomas Shoal", "First Narrows Strait": a capitalized ordinal right before the name of a
 * feature of the land or sea is the first word of its name, though the tagger left it out.
 */
export function ordinalsIntoFeatures(spans: readonly TaggedSpan[], tokens: readonly Token[]): TaggedSpan[] {
  return spans.map((sp, i) => {
    const k = sp.start - 1;
    const t = tokens[k];
    const free = i === 0 || spans[i - 1]!.end <= k;
    if (!t || !free || sp.end - sp.start < 2 || !GEOGRAPHIC_HEADS.has(tokens[sp.end - 1]!.lower) || !ORDINALS.has(t.lower) || !/^\p{Lu}\p{Ll}/u.test(t.text) || t.sent !== tokens[sp.start]!.sent) return sp;
    return { ...sp, start: k };
  });
}

/**
 * "talks in Riyadh Saturday", "said Ahmadinejad Friday": American copy writes the day without "on",
 * and the tagger takes it into the name before it. A day or month ending a longer name is cut off,
 * unless the word before makes it a name of its own ("Easter Sunday", "Black September"). The
 * caller keeps sports results out: clubs are named after days there ("Sheffield Wednesday").
 */
export function datesOutOfNames(spans: readonly TaggedSpan[], tokens: readonly Token[]): TaggedSpan[] {
  return spans.map((sp) => {
    const last = tokens[sp.end - 1]!;
    if (sp.end - sp.start < 2 || last.text.length < 4 || !CALENDAR.has(last.lower) || DAY_QUALIFIERS.has(tokens[sp.end - 2]!.lower)) return sp;
    return { ...sp, end: sp.end - 1 };
  });
}

/**
 * "the Hamas-led government", "Kim Jong-il", and American copy's dash written as a hyphen ("said
 * Barack Obama-a Democrat"): the tagger ends a name on the hyphen and leaves the lower-case word
 * after it out. A name never ends on a hyphen: it is cut off, unless the name is a family name and
 * a given name's first syllable (each of at most six letters, written together with the hyphen)
 * and the word after it a syllable of two to five letters ("Kim Jong-il"). A common word there is
 * a syllable only after a syllable of at most four letters and when longer than three letters
 * ("Ban Ki-moon"): a dash puts "the", "with", "real" there ("Sung Kim-the envoy", "Foxy Brown-real
 * name ..."). A
 * capitalized word written onto the hyphen ends a person's name ("Hafez al-Assad").
 */
export function hyphenEnds<T extends { start: number; end: number; type: string }>(spans: readonly T[], tokens: readonly Token[]): T[] {
  const short = (t: Token) => /^\p{Lu}\p{Ll}{0,5}$/u.test(t.text);
  return spans.map((sp, i) => {
    const h = sp.end - 1;
    const hyphen = tokens[h]!;
    if (hyphen.text !== '-' || h === sp.start) return sp;
    const next = tokens[h + 1];
    const attached = !!next && next.start === hyphen.end && next.sent === hyphen.sent && spans[i + 1]?.start !== h + 1;
    const syllable = attached && /^\p{Ll}{2,5}$/u.test(next.text);
    const person = sp.type === 'PER' || sp.type === 'person';
    // "Hafez al-Assad": a capitalized word written onto the hyphen ends a person's name.
    if (person && attached && /^\p{Lu}\p{Ll}+$/u.test(next.text)) return { ...sp, end: h + 2 };
    const given = person && h - sp.start === 2 && short(tokens[sp.start]!) && short(tokens[h - 1]!) && tokens[h - 1]!.end === hyphen.start;
    const name = syllable && given && (!isCommonWord(next.lower) || (next.text.length > 3 && tokens[h - 1]!.text.length <= 4));
    return { ...sp, end: name ? h + 2 : h };
  });
}
