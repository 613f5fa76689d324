// The compiled linear model (tagger/model.ts) against a plain reading of its weights: every stored
// feature found, absent ones ignored, the feature hashed to 0 kept, and a cached partial sum plus
// the rest scaled once giving the same bytes as one `score` (what the tagger's decoding relies on);
// feature hashes signed or unsigned store and score alike, and decoding's in-place feature arrays.

import { describe, expect, it } from 'vitest';
import { contextFeatures, features, sentenceParts, wordFeatures, wordShape } from '../../src/extract/tagger/features.ts';
import { hashString, mix } from '../../src/extract/tagger/hash.ts';
import { decode, tagger } from '../../src/extract/tagger/index.ts';
import { allowed, CLASSES, CompiledModel, NC, quantize, type ModelData } from '../../src/extract/tagger/model.ts';
import { tokenize } from '../../src/extract/text.ts';

/** A model of `n` random features over `nc` classes, from a seeded generator. */
function randomModel(n: number, nc: number, seed: number): ModelData {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s);
  const keys = new Set<number>([0]);
  while (keys.size < n) keys.add(next());
  const sorted = Uint32Array.from([...keys].sort((a, b) => a - b));
  const weights = new Int16Array(sorted.length * nc);
  for (let i = 0; i < weights.length; i++) weights[i] = (next() % 2001) - 1000;
  return { nc, scale: 64, keys: sorted, weights, common: new Uint32Array(0) };
}

function reference(m: ModelData, features: number[]): Float64Array {
  const row = new Map<number, number>();
  m.keys.forEach((k, i) => row.set(k, i));
  const out = new Float64Array(m.nc);
  for (const f of features) {
    const i = row.get(f >>> 0);
    if (i === undefined) continue;
    for (let c = 0; c < m.nc; c++) out[c]! += m.weights[i * m.nc + c]!;
  }
  return out.map((x) => x / m.scale);
}

describe('CompiledModel', () => {
  for (const nc of [9, 15]) {
    it(`scores as the plain weights do (${nc} classes), present, absent and zero-hashed features`, () => {
      const m = randomModel(5000, nc, nc);
      const model = new CompiledModel(m);
      const present = [...m.keys].filter((_, i) => i % 7 === 0);
      const absent = [1, 2, 3, 0xffffffff, 123456789].filter((f) => !m.keys.includes(f));
      const features = [...present, ...absent, 0, present[3]!];
      const out = new Float64Array(nc);
      model.score(features, out);
      const want = reference(m, features);
      for (let c = 0; c < nc; c++) expect(out[c]).toBeCloseTo(want[c]!, 9);
      expect(out.some((x) => x !== 0)).toBe(true);
    });
  }

  it('a partial sum accumulated apart and scaled once gives the bytes of one score', () => {
    const m = randomModel(3000, 9, 7);
    const model = new CompiledModel(m);
    const features = [...m.keys].slice(100, 160).concat([42, 4242]);
    const whole = new Float64Array(9);
    model.score(features, whole);
    const partial = new Float64Array(9);
    model.accumulate(features.slice(0, 25), partial);
    const split = Float64Array.from(partial);
    model.accumulate(features.slice(25), split);
    model.scale(split);
    expect([...split]).toEqual([...whole]);
  });
});

describe('feature hashes', () => {
  it('quantize stores the same keys in the same order whether the hashes come signed or unsigned', () => {
    const unsigned = [0x80000001, 5, 0xfffffff0, 0x7fffffff, 42];
    const weight = (f: number, c: number) => (((f >>> 0) % 97) - 48 + c) / 8;
    const a = quantize(unsigned, 3, 64, weight);
    const b = quantize(unsigned.map((f) => f | 0), 3, 64, weight);
    expect([...b.keys]).toEqual([...a.keys]);
    expect([...b.keys]).toEqual([5, 42, 0x7fffffff, 0x80000001, 0xfffffff0]);
    expect([...b.weights]).toEqual([...a.weights]);
  });

  it('mix gives the unsigned hash bits as a signed integer', () => {
    for (const [a, b] of [[1, 0], [35, 0xdeadbeef], [0x9e3779b9, 7]] as const) {
      const h = mix(a, b);
      expect(h).toBe(h | 0);
      // Signed or unsigned inputs of the same bits mix alike: features nest mixes.
      expect(mix(a | 0, b | 0)).toBe(h);
      expect(mix(a >>> 0, b >>> 0)).toBe(h);
    }
  });

  it('decoding writes word and context features in place: the same features as a fresh array', () => {
    const sp = sentenceParts(tokenize('Lina Ortez flew from Quito to Lisbon on Monday to open the fair.'), new Set([hashString('to')]));
    const word: number[] = [];
    const ctx: number[] = [];
    for (let i = 0; i < sp.parts.length; i++) {
      // Reused arrays written from 0, as decode does, against one fresh array of all features.
      wordFeatures(sp.parts[i]!, word, 0);
      contextFeatures(sp, i, i > 0 ? 1 : -1, i > 1 ? 2 : -1, ctx, 0);
      const fresh = features(sp, i, i > 0 ? 1 : -1, i > 1 ? 2 : -1, []);
      expect([...word, ...ctx]).toEqual(fresh);
      expect(fresh).toHaveLength(35);
    }
  });

  it('word parts read casing and shapes off the word once: as the text as written would give them', () => {
    const common = new Set<number>();
    // Curly quotes and dashes are folded; the casing tests answer as on the text as written.
    const headline = sentenceParts(tokenize('’TWAS “QUIET” IN TOWN — MAYOR’S AIDE'), common);
    expect(headline.upperSentence).toBe(true);
    expect(sentenceParts(tokenize('’Twas “quiet” IN TOWN — MAYOR’S AIDE'), common).upperSentence).toBe(false);
    expect(sentenceParts(tokenize('NO “ONE” SAW'), common).upperSentence).toBe(true);
    expect(sentenceParts(tokenize('TWO WORDS'), common).upperSentence).toBe(false);
    const tokens = tokenize('’Twas Éloïse’s 1990s eeek-AAA Zzz.');
    const sp = sentenceParts(tokens, common);
    expect(sp.parts.map((p) => p.cap)).toEqual(tokens.map((t) => /^\p{Lu}/u.test(t.text)));
    expect(sp.parts.map((p) => p.shortShape)).toEqual(tokens.map((t) => hashString(wordShape(t.norm).replace(/(.)\1+/g, '$1')) | 0));
  });
});

describe('decoding with the committed tagger', () => {
  /** Greedy decoding that scores every token (what decode did before it passed over lower-case words). */
  function scoreEveryToken(text: string): number[] {
    const t = tagger();
    const sp = sentenceParts(tokenize(text), t.common);
    const scores = new Float64Array(NC);
    const tags: number[] = [];
    let prev1 = -1;
    let prev2 = -1;
    sp.parts.forEach((_, i) => {
      t.scorer.score(features(sp, i, prev1, prev2, []), scores);
      let best = 0;
      for (let c = 1; c < NC; c++) if (allowed(prev1, c) && (!allowed(prev1, best) || scores[c]! > scores[best]!)) best = c;
      tags.push(best);
      [prev2, prev1] = [prev1, best];
    });
    return tags;
  }
  // Sentences written for the test: name particles, hyphened prefixes, lower-case words inside names.
  const sentences = [
    'Talks between de Klerk and van der Merwe ended in Cape Town on Friday.',
    'The pro-Western government of Moldova met neo-Nazi critics, said Ali bin Hassan.',
    'Fighters of al Qaeda attacked a post near the Bank of England office.',
    'The message of al - Qaida was read on the radio, a pro - Western paper said.',
    'officials said the minister of state for foreign affairs would visit the Gulf of Aden.',
  ];
  it('passes over lower-case words and punctuation outside names and gives the tags of scoring every token', () => {
    for (const s of sentences) expect(CLASSES.filter((_, c) => decode(tagger(), tokenize(s)).includes(c)).length, s).toBeGreaterThan(1);
    for (const s of sentences) expect(decode(tagger(), tokenize(s)), s).toEqual(scoreEveryToken(s));
  });
});
