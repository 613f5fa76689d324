// Repairs of the tagger's name boundaries before the names are typed: a broadcaster the tagger cut
// in two ("Israel" + "Radio"), a hyphenated name cut at its hyphen ("NSDAP-AO"), and a post or form of address the tagger took into a body's name
// ("Internal Security Minister Kahalani", "Archbishop Desmond Tutu" tagged as organizations).

import type { TaggedSpan, Token } from './doc.ts';
import { hashString } from './tagger/hash.ts';
import { tagger } from './tagger/index.ts';
import { wordsOf } from './words.ts';

const MEDIA_HEADS = wordsOf('media_name_heads');
const HONORIFICS = wordsOf('honorifics');
const PORTFOLIO = wordsOf('portfolio_words', 'generic_body_words');
const BODY_WORDS = wordsOf('generic_body_words', 'body_heads');

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
  const common = tagger().common;
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
    if (free && /^\p{Lu}/u.test(first.text) && /\p{L}/u.test(first.text) && !common.has(hashString(first.lower))) out.push({ start: h - 1, end: sp.end, type: sp.type });
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
  const common = tagger().common;
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
    const last = tokens[sp.end - 1]!.lower;
    // A surname is neither a common word nor an acronym ("Miss Teen USA" is a pageant).
    const surname = !common.has(hashString(last)) && !/^\p{Lu}{2,}$/u.test(tokens[sp.end - 1]!.text);
    const personAfter = j < sp.end && /^\p{Lu}/u.test(tokens[j]!.text) && surname && !tokens.slice(j, sp.end).some((t) => BODY_WORDS.has(t.lower));
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
