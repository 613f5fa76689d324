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
  /** The word's own parts (null for the padding), where a scorer may cache its word features' sum. */
  word: WordParts | null;
}

export interface SentenceParts {
  parts: TokenParts[];
  upperSentence: boolean;
}

const PAD_HASH = hashString('<pad>') | 0;
const PAD: TokenParts = { lower: PAD_HASH, shape: PAD_HASH, shortShape: PAD_HASH, pre: [0, 0, 0], suf: [0, 0, 0, 0], lex: 0, common: 0, cap: false, word: null };

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
/** The shape with each run of one character written once (as `shape.replace(/(.)\1+/g, '$1')`). */
function shortShape(shape: string): string {
  let out = '';
  for (let i = 0; i < shape.length; i++) if (i === 0 || shape.charCodeAt(i) !== shape.charCodeAt(i - 1)) out += shape[i];
  return out;
}

/** A token range [start, end) of the sentence. */
export interface TokenRange {
  start: number;
  end: number;
}

/**
 * Lexicon tags per token: "B-type"/"I-type" for gazetteer matches, "title" for title words.
 * `titles` are the sentence's title spans (findTitles of its tokens) when the caller has them.
 */
export function lexiconTags(tokens: Token[], titles: readonly TokenRange[] = findTitles(tokens)): (string | null)[] {
  const g = gazetteer();
  const lower = tokens.map((t) => t.lower);
  const raw = tokens.map((t) => t.norm);
  const out: (string | null)[] = new Array(tokens.length).fill(null);
  for (const t of titles) for (let k = t.start; k < t.end; k++) out[k] = 'title';
  for (let i = 0; i < tokens.length; i++) {
    if (out[i]) continue;
    const m = g.match(lower, raw, i, true, lower.length, true);
    if (!m) continue;
    const kind = m.surface === 'demonym' ? 'demonym' : m.entry.type;
    for (let k = i; k < i + m.length; k++) out[k] = `${k === i ? 'B' : 'I'}-${kind}`;
    i += m.length - 1;
  }
  return out;
}

/** FNV-1a of s[from, to): hashString of the slice, without making it. */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** What a word's features need that depends on the word alone: hashed once per distinct word. */
export interface WordParts {
  /** The lower-case form the parts were computed for (the memo is keyed by the folded form). */
  lw: string;
  lower: number;
  shape: number;
  shortShape: number;
  pre: number[];
  suf: number[];
  common: number;
  /** The word has two letters in a row, has no lower-case letter, starts with a capital (read per sentence). */
  letters2: boolean;
  upper: boolean;
  cap: boolean;
  /** The raw sum of this word's `wordFeatures` weights under `partialOf` (decoding's cache). */
  partial: Float64Array | null;
  partialOf: object | null;
}

const LETTERS2 = /\p{L}{2,}/u;
const UPPER_START = /^\p{Lu}/u;

const WORD_MEMO_MAX = 200_000;
const wordMemo = new Map<string, WordParts>();
let memoCommon: Set<number> | null = null;
const lexHashes = new Map<string, number>();

function wordParts(norm: string, lw: string, commonWords: Set<number>): WordParts {
  // The memo belongs to one set of common words (one model); bounded, it is simply emptied when full.
  if (memoCommon !== commonWords || wordMemo.size >= WORD_MEMO_MAX) {
    wordMemo.clear();
    memoCommon = commonWords;
  }
  const known = wordMemo.get(norm);
  if (known && known.lw === lw) return known;
  const shape = wordShape(norm);
  const h = hashString(lw);
  const n = lw.length;
  // Prefixes of 1–3 characters (the whole word when shorter), hashed incrementally.
  const pre = [0, 0, 0];
  let hp = 0x811c9dc5;
  for (let k = 0; k < 3; k++) {
    if (k < n) {
      hp ^= lw.charCodeAt(k);
      hp = Math.imul(hp, 0x01000193);
    }
    pre[k] = hp | 0;
  }
  const suf = [0, 0, 0, 0];
  for (let k = 1; k <= 4; k++) suf[k - 1] = hashRange(lw, Math.max(0, n - k), n) | 0;
  // The parts are kept as signed 32-bit integers (the same bits; features only mix them, see
  // hash.ts): read in unoptimized code, an unsigned one past 2^31 is a new heap number each time.
  // The casing tests read the folded form: folding changes only quotes, dashes and spaces, which are
  // no letters and have no case, so they answer as on the word as written.
  const parts = {
    lw, lower: h | 0, shape: hashString(shape) | 0, shortShape: hashString(shortShape(shape)) | 0, pre, suf, common: commonWords.has(h) ? 1 : 0,
    letters2: LETTERS2.test(norm), upper: norm === norm.toUpperCase(), cap: UPPER_START.test(norm), partial: null, partialOf: null,
  };
  wordMemo.set(norm, parts);
  return parts;
}

function lexHash(tag: string): number {
  let h = lexHashes.get(tag);
  if (h === undefined) lexHashes.set(tag, (h = hashString(tag) | 0));
  return h;
}

export function sentenceParts(tokens: Token[], commonWords: Set<number>, titles?: readonly TokenRange[]): SentenceParts {
  const lex = lexiconTags(tokens, titles);
  // A headline in capitals: at least three words, none with a lower-case letter.
  let words = 0;
  let allUpper = true;
  const parts: TokenParts[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = wordParts(t.norm, t.lower, commonWords);
    if (w.letters2) {
      words++;
      if (!w.upper) allUpper = false;
    }
    parts.push({
      lower: w.lower,
      shape: w.shape,
      shortShape: w.shortShape,
      pre: w.pre,
      suf: w.suf,
      lex: lex[i] ? lexHash(lex[i]!) : 0,
      common: w.common,
      cap: w.cap,
      word: w,
    });
  }
  return { parts, upperSentence: words >= 3 && allUpper };
}

/** Feature hashes of token i, given the two previous tags (as class indices, -1 before the start). */
export function features(sp: SentenceParts, i: number, prev1: number, prev2: number, out: number[]): number[] {
  out.length = 0;
  wordFeatures(sp.parts[i]!, out);
  return contextFeatures(sp, i, prev1, prev2, out);
}

/**
 * The features of the word alone (its form, shape and affixes), written from out[at] on (appended
 * by default). Decoding reuses one array and writes from 0: written in place, the array keeps its
 * storage, where emptying it (`length = 0`) frees the storage and the next pushes allocate it again,
 * for every token of a cold run.
 */
export function wordFeatures(t: Pick<TokenParts, 'lower' | 'shape' | 'pre' | 'suf'>, out: number[], at = out.length): number[] {
  let k = at;
  out[k++] = mix(2, t.lower);
  out[k++] = mix(3, t.shape);
  out[k++] = mix(6, t.pre[0]!);
  out[k++] = mix(7, t.pre[1]!);
  out[k++] = mix(8, t.pre[2]!);
  out[k++] = mix(9, t.suf[0]!);
  out[k++] = mix(10, t.suf[1]!);
  out[k++] = mix(11, t.suf[2]!);
  out[k++] = mix(12, t.suf[3]!);
  return out;
}

/** The features of token i in its sentence and after its previous tags, written from out[at] on as `wordFeatures`. */
export function contextFeatures(sp: SentenceParts, i: number, prev1: number, prev2: number, out: number[], at = out.length): number[] {
  const P = sp.parts;
  const t = P[i]!;
  const p1 = P[i - 1] ?? PAD;
  const p2 = P[i - 2] ?? PAD;
  const n1 = P[i + 1] ?? PAD;
  const n2 = P[i + 2] ?? PAD;
  const first = i === 0 ? 1 : 0;
  const up = sp.upperSentence ? 1 : 0;
  let k = at;
  out[k++] = mix(1, 0);
  out[k++] = mix(4, mix(t.shape, up));
  out[k++] = mix(5, mix(t.shortShape, first));
  out[k++] = mix(13, p1.lower);
  out[k++] = mix(14, p2.lower);
  out[k++] = mix(15, n1.lower);
  out[k++] = mix(16, n2.lower);
  out[k++] = mix(17, mix(p1.lower, t.lower));
  out[k++] = mix(18, mix(t.lower, n1.lower));
  out[k++] = mix(19, p1.shortShape);
  out[k++] = mix(20, n1.shortShape);
  out[k++] = mix(21, mix(p1.shortShape, mix(t.shortShape, n1.shortShape)));
  out[k++] = mix(22, t.lex);
  out[k++] = mix(23, p1.lex);
  out[k++] = mix(24, n1.lex);
  out[k++] = mix(25, mix(t.common, mix(t.cap ? 1 : 0, first * 2 + up)));
  out[k++] = mix(26, mix(n1.common, n1.cap ? 1 : 0));
  out[k++] = mix(27, mix(p1.common, p1.cap ? 1 : 0));
  out[k++] = mix(28, prev1 + 1);
  out[k++] = mix(29, mix(prev1 + 1, prev2 + 1));
  out[k++] = mix(30, mix(prev1 + 1, t.lower));
  out[k++] = mix(31, mix(prev1 + 1, t.shortShape));
  out[k++] = mix(32, mix(t.lex, t.shortShape));
  out[k++] = mix(33, mix(prev1 + 1, t.lex));
  out[k++] = mix(34, mix(n1.lower, n2.lower));
  out[k++] = mix(35, mix(p2.lower, p1.lower));
  return out;
}
