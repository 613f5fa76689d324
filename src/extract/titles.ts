// Titles stage: posts written in the text ("Foreign Minister", "spokesperson", "Gov.") as token
// spans, longest match first, from the titles lexicon. Names keep titles out; relation rules read
// them as positions. The tagger's features see the lexicon's titles only (findTitles); the stage
// adds the posts of words.txt's untagged_posts, which the tagger was never trained with.

import type { Component, Sentence, TitleSpan, Token } from './doc.ts';
import { gazetteer } from './lexicon/index.ts';
import { words } from './words.ts';

// Posts kept out of titles.tsv: that table is a tagger feature, and a tagger retrained with these
// typed other names differently all over (the third round of issue 10 measured it).
const UNTAGGED_POSTS = words('untagged_posts');

const titleCache = new WeakMap<readonly Token[], TitleSpan[]>();

/** Titles of a token list (cached per list: the tagger's features ask for them too). */
export function findTitles(tokens: readonly Token[]): TitleSpan[] {
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
      const written = phrase.replace(/ - /g, '-');
      const pos = g.title(written);
      if (pos) {
        out.push({ start: i, end: i + n, position: pos, surface: /\.|^[a-z]{2,3}$/.test(written) && !/ /.test(written) ? pos : written });
        i += n - 1;
        break;
      }
    }
  }
  titleCache.set(tokens, out);
  return out;
}

/**
 * The titles of each sentence as findTitles finds them on the sentence's own tokens (offsets into
 * the sentence), read off the document's titles: the tagger asks per sentence, and the document's
 * are found once (only the spans: the tagger reads no more). The two agree unless a title runs across a sentence boundary, where the match
 * (longest first, left to right) may differ: there the sentence gets undefined and is read alone.
 */
export function titlesBySentence(tokens: readonly Token[], sentences: readonly Sentence[]): ({ start: number; end: number }[] | undefined)[] {
  const titles = findTitles(tokens);
  const out: ({ start: number; end: number }[] | undefined)[] = [];
  let j = 0;
  for (const s of sentences) {
    while (j < titles.length && titles[j]!.end <= s.tokenStart) j++;
    let own: { start: number; end: number }[] | undefined = [];
    for (let k = j; k < titles.length && titles[k]!.start < s.tokenEnd; k++) {
      const t = titles[k]!;
      if (t.start < s.tokenStart || t.end > s.tokenEnd) {
        own = undefined;
        break;
      }
      own.push({ start: t.start - s.tokenStart, end: t.end - s.tokenStart });
    }
    out.push(own);
  }
  return out;
}

/** The lexicon's titles and, on words no title covers, the untagged posts ("Speaker Toomas Savi"). */
export function findPosts(tokens: readonly Token[]): TitleSpan[] {
  const titles = findTitles(tokens);
  let out: TitleSpan[] | null = null;
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!UNTAGGED_POSTS.has(tokens[i]!.lower)) continue;
    while (next < titles.length && titles[next]!.end <= i) next++;
    if (next < titles.length && titles[next]!.start <= i) continue;
    (out ??= []).push({ start: i, end: i + 1, position: tokens[i]!.lower, surface: tokens[i]!.lower });
  }
  return out ? [...titles, ...out].sort((a, b) => a.start - b.start) : titles;
}

export const titlesComponent: Component = {
  name: 'titles',
  requires: ['tokens'],
  assigns: ['titles'],
  defaults: {},
  run: (doc) => ({ titles: findPosts(doc.tokens) }),
};
