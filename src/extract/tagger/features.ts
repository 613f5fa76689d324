// Features of the mention tagger: word, shape, affixes, neighbours, sentence position, casing
// context (is the word usually lower case?), lexicon membership and the previous tags. Token-level
// parts are hashed once per sentence; each feature is a template id mixed with its parts' hashes.

import { gazetteer } from '../lexicon/index.ts';
import { findTitles } from '../titles.ts';
import type { Token } from '../text.ts';
import { hashString, mix } from './hash.ts';

export interface TokenParts {
  lower: number;
  shape: number;
  shortShape: number;
  pre: number[];
  suf: number[];
  /** Lexicon position and type ("B-state", "I-media", "title") or 0. */
  lex: number;
  /** 1 when the word is mostly written in lower case in the training text (a common word). */
  common: number;
  cap: boolean;
}

export interface SentenceParts {
  parts: TokenParts[];
  upperSentence: boolean;
}

const PAD: TokenParts = { lower: hashString('<pad>'), shape: hashString('<pad>'), shortShape: hashString('<pad>'), pre: [0, 0, 0], suf: [0, 0, 0, 0], lex: 0, common: 0, cap: false };

export function wordShape(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    // ASCII fast path; other scripts through Unicode classes.
    if (code >= 65 && code <= 90) out += 'X';
    else if (code >= 97 && code <= 122) out += 'x';
    else if (code >= 48 && code <= 57) out += 'd';
    else if (code < 128) out += w[i];
    else {
      const ch = w[i]!;
      out += /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    }
  }
  return out.length > 6 ? out.slice(0, 3) + out.slice(-3) : out;
}
function shortShape(shape: string): string {
  return shape.replace(/(.)\1+/g, '$1');
}

/** Lexicon tags per token: "B-type"/"I-type" for gazetteer matches, "title" for title words. */
export function lexiconTags(tokens: Token[]): (string | null)[] {
  const g = gazetteer();
  const lower = tokens.map((t) => t.lower);
  const raw = tokens.map((t) => t.norm);
  const out: (string | null)[] = new Array(tokens.length).fill(null);
  for (const t of findTitles(tokens)) for (let k = t.start; k < t.end; k++) out[k] = 'title';
  for (let i = 0; i < tokens.length; i++) {
    if (out[i]) continue;
    const m = g.match(lower, raw, i, true);
    if (!m) continue;
    const kind = m.surface === 'demonym' ? 'demonym' : m.entry.type;
    for (let k = i; k < i + m.length; k++) out[k] = `${k === i ? 'B' : 'I'}-${kind}`;
    i += m.length - 1;
  }
  return out;
}

export function sentenceParts(tokens: Token[], commonWords: Set<number>): SentenceParts {
  const lex = lexiconTags(tokens);
  const words = tokens.filter((t) => /\p{L}{2,}/u.test(t.text));
  const upperSentence = words.length >= 3 && words.every((t) => t.text === t.text.toUpperCase());
  const parts = tokens.map((t, i) => {
    const lw = t.lower;
    const shape = wordShape(t.norm);
    const h = hashString(lw);
    return {
      lower: h,
      shape: hashString(shape),
      shortShape: hashString(shortShape(shape)),
      pre: [1, 2, 3].map((n) => hashString(lw.slice(0, n))),
      suf: [1, 2, 3, 4].map((n) => hashString(lw.slice(-n))),
      lex: lex[i] ? hashString(lex[i]!) : 0,
      common: commonWords.has(h) ? 1 : 0,
      cap: /^\p{Lu}/u.test(t.text),
    };
  });
  return { parts, upperSentence };
}

/** Feature hashes of token i, given the two previous tags (as class indices, -1 before the start). */
export function features(sp: SentenceParts, i: number, prev1: number, prev2: number, out: number[]): number[] {
  out.length = 0;
  const P = sp.parts;
  const t = P[i]!;
  const p1 = P[i - 1] ?? PAD;
  const p2 = P[i - 2] ?? PAD;
  const n1 = P[i + 1] ?? PAD;
  const n2 = P[i + 2] ?? PAD;
  const first = i === 0 ? 1 : 0;
  const up = sp.upperSentence ? 1 : 0;
  out.push(
    mix(1, 0),
    mix(2, t.lower),
    mix(3, t.shape),
    mix(4, mix(t.shape, up)),
    mix(5, mix(t.shortShape, first)),
    mix(6, t.pre[0]!), mix(7, t.pre[1]!), mix(8, t.pre[2]!),
    mix(9, t.suf[0]!), mix(10, t.suf[1]!), mix(11, t.suf[2]!), mix(12, t.suf[3]!),
    mix(13, p1.lower), mix(14, p2.lower), mix(15, n1.lower), mix(16, n2.lower),
    mix(17, mix(p1.lower, t.lower)), mix(18, mix(t.lower, n1.lower)),
    mix(19, p1.shortShape), mix(20, n1.shortShape),
    mix(21, mix(p1.shortShape, mix(t.shortShape, n1.shortShape))),
    mix(22, t.lex), mix(23, p1.lex), mix(24, n1.lex),
    mix(25, mix(t.common, mix(t.cap ? 1 : 0, first * 2 + up))),
    mix(26, mix(n1.common, n1.cap ? 1 : 0)), mix(27, mix(p1.common, p1.cap ? 1 : 0)),
    mix(28, prev1 + 1), mix(29, mix(prev1 + 1, prev2 + 1)),
    mix(30, mix(prev1 + 1, t.lower)), mix(31, mix(prev1 + 1, t.shortShape)),
    mix(32, mix(t.lex, t.shortShape)), mix(33, mix(prev1 + 1, t.lex)),
    mix(34, mix(n1.lower, n2.lower)), mix(35, mix(p2.lower, p1.lower)),
  );
  return out;
}
