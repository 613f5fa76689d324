// The mention tagger: loads the committed model once (model.bin, see README.md beside it) and
// tags sentences with BIO labels PER/LOC/ORG/MISC.

import { readFileSync } from 'node:fs';
import type { Token } from '../text.ts';
import { contextFeatures, sentenceParts, wordFeatures, type TokenRange } from './features.ts';
import { taggerSignature } from '../model-signature.ts';
import { allowed, CLASSES, CompiledModel, deserialize, NC } from './model.ts';
import { words } from '../words.ts';
import { hashString } from './hash.ts';

export interface TaggedSpan {
  start: number;
  end: number;
  type: 'PER' | 'LOC' | 'ORG' | 'MISC';
}

export interface Tagger {
  scorer: CompiledModel;
  common: Set<number>;
}

/**
 * BIO constraints as a table: ALLOWED[(prev + 1) * NC + next] is 1 when class `next` may follow
 * class `prev` (-1 before the start). Computed once from `allowed`, so that decoding does no string
 * work per token.
 */
/** "bin Salman", "de Klerk", "al Qaeda": lower-case words that do start names. */
const PARTICLES = words('name_particles');

/**
 * A token outside a name that starts none: a lower-case ASCII word that is no name particle and
 * not the first half of a hyphened word ("pro-Western", "neo-Nazi"), or punctuation. On the
 * CoNLL-2003 train and newsrel texts and 6,000 VOA documents the model tagged 390 of 829,780 such
 * words as a name's start, 320 of them "al" (a particle), and 1 of 104,869 punctuation tokens ("$"
 * is a symbol, not punctuation: it starts 21); a lower-case "wall Street" and that comma are the
 * only changes in the output. They are 70% of all tokens: decoding does not look up their context
 * features for a tag they cannot change.
 */
const PUNCTUATION = /^\p{P}+$/u;
function startsNoName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!.text;
  return (/^[a-z]+$/.test(t) && !PARTICLES.has(t) && tokens[i + 1]?.text !== '-') || PUNCTUATION.test(t);
}

const ALLOWED = (() => {
  const t = new Uint8Array((NC + 1) * NC);
  for (let prev = -1; prev < NC; prev++) for (let c = 0; c < NC; c++) t[(prev + 1) * NC + c] = allowed(prev, c) ? 1 : 0;
  return t;
})();

/**
 * Greedy decoding of one sentence's tokens → class indices. A word's own features weigh the same
 * wherever it stands, so their sum is kept with the word (exact integer sums: the scores are the
 * bytes `features` + `score` would give) and only the context's features are looked up per token.
 * `titles`: the sentence's title spans, when the caller has them (see sentenceParts).
 */
export function decode(t: Tagger, tokens: Token[], titles?: readonly TokenRange[]): number[] {
  const sp = sentenceParts(tokens, t.common, titles);
  const tags: number[] = [];
  // Overwritten from 0 for each word and each token (see wordFeatures): never emptied, never regrown.
  const wordFeats: number[] = [];
  const ctxFeats: number[] = [];
  const scores = new Float64Array(NC);
  const { scorer } = t;
  let prev1 = -1;
  let prev2 = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (prev1 <= 0 && startsNoName(tokens, i)) {
      tags.push(0);
      prev2 = prev1;
      prev1 = 0;
      continue;
    }
    const word = sp.parts[i]!.word!;
    if (word.partialOf !== scorer) {
      word.partial = new Float64Array(NC);
      scorer.accumulate(wordFeatures(word, wordFeats, 0), word.partial);
      word.partialOf = scorer;
    }
    // A loop, not scores.set(word.partial): nine numbers, and set is a builtin call per token.
    const partial = word.partial!;
    for (let c = 0; c < NC; c++) scores[c] = partial[c]!;
    scorer.accumulate(contextFeatures(sp, i, prev1, prev2, ctxFeats, 0), scores);
    scorer.scale(scores);
    const row = (prev1 + 1) * NC;
    let best = 0;
    let bestScore = -Infinity;
    for (let c = 0; c < NC; c++) {
      if (ALLOWED[row + c] === 0) continue;
      if (scores[c]! > bestScore) { bestScore = scores[c]!; best = c; }
    }
    tags.push(best);
    prev2 = prev1;
    prev1 = best;
  }
  return tags;
}

export function spansOf(tags: number[], offset = 0): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  tags.forEach((c, i) => {
    const label = CLASSES[c]!;
    if (label === 'O') return;
    const type = label.slice(2) as TaggedSpan['type'];
    if (label.startsWith('B-')) out.push({ start: offset + i, end: offset + i + 1, type });
    else out[out.length - 1]!.end = offset + i + 1;
  });
  return out;
}

let loaded: Tagger | null = null;
export const MODEL_URL = new URL('./model.bin', import.meta.url);

/**
 * Whether a lower-case word is one of the committed model's common words (its `common` feature):
 * the rules' test for "no name" ("Fight" of "Fight AIDS", "Bank" of "Central Bank").
 */
export function isCommonWord(lower: string): boolean {
  return tagger().common.has(hashString(lower));
}

/** The committed model, loaded on first use. */
export function tagger(): Tagger {
  if (loaded) return loaded;
  const data = deserialize(readFileSync(MODEL_URL), NC, taggerSignature(), 'tagger model (src/extract/tagger/model.bin)');
  loaded = { scorer: new CompiledModel(data), common: new Set(data.common) };
  return loaded;
}
