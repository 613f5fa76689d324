// Text stage: the text to read (the input's, or the visible text of its HTML), sentences and tokens
// with UTF-16 offsets into that text. The tokenizer is written here (not wink-nlp) so that it is
// deterministic and allocation-light.

import type { Component, Sentence, Token } from './doc.ts';
import { htmlToText, looksLikeHtml } from './html.ts';
import { words } from './words.ts';

export type { Sentence, Token } from './doc.ts';

export interface TextAnalysis {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
}

// A word may carry internal apostrophes, periods of abbreviations (U.S., Gov.) and ampersands (AT&T).
// Hyphens split words so that "US-Russia" yields two names; the hyphen is its own token.
const TOKEN_RE =
  /(?:[A-Za-z]\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’](?![sS]\b)[\p{L}\p{N}]+|&[\p{L}\p{N}]+)*|\p{N}+(?:[-.,:/]\p{N}+)*(?:st|nd|rd|th|s|%)?|['’](?:s|S)\b|[^\s]/gu;

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = words('abbreviations');
const SENTENCE_STARTERS = words('sentence_starters');

const FOLD: Record<string, string> = { '’': "'", '‘': "'", '“': '"', '”': '"', '–': '-', '—': '-', '\u00a0': ' ' };

function fold(s: string): string {
  let out = s;
  if (/[’‘“”–—\u00a0]/.test(s)) out = s.replace(/[’‘“”–—\u00a0]/g, (c) => FOLD[c] ?? c);
  return out;
}

/** Splits text into tokens. A period is attached to a known abbreviation ("Gov.") or an initial ("J."). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    let end = start + m[0].length;
    let raw = m[0];
    // "Gov." / "J." keep their period; "U.S." already includes it.
    if (text.charCodeAt(end) === 46 /* . */ && /^\p{L}+$/u.test(raw)) {
      const lower = raw.toLowerCase();
      if (ABBREVIATIONS.has(lower) || (raw.length === 1 && raw === raw.toUpperCase())) {
        end += 1;
        raw = text.slice(start, end);
        TOKEN_RE.lastIndex = end;
      }
    }
    const norm = fold(raw);
    tokens.push({ text: raw, norm, lower: norm.toLowerCase(), start, end, sent: 0 });
  }
  return tokens;
}

function endsSentence(tokens: Token[], i: number, text: string): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next) return true;
  // Paragraph or line break: headlines and bylines stand alone.
  const gap = text.slice(t.end, next.start);
  if (gap.includes('\n')) return true;
  const c = t.norm;
  const isStop = c === '.' || c === '!' || c === '?';
  const abbrevStop = /^(?:[A-Za-z]\.){2,}$/.test(c); // "U.S." may end a sentence
  if (!isStop && !abbrevStop) {
    // A closing quote right after a stop: the sentence ends after the quote.
    if ((c === '"' || c === "'") && i > 0 && /^[.!?]$/.test(tokens[i - 1]!.norm) && gap.length > 0) {
      return /^[A-Z"']/.test(next.norm);
    }
    return false;
  }
  if (gap.length === 0) return false;
  if (isStop && next.norm === '"' ) return false; // the quote closes first
  if (abbrevStop) return /^[A-Z]/.test(next.norm) && SENTENCE_STARTERS.has(next.lower);
  return /^[\p{Lu}\p{N}"'(\[]/u.test(next.norm);
}

/** Tokens and sentences of a text. Offsets point into `text` exactly as given. */
export function analyze(text: string): TextAnalysis {
  const tokens = tokenize(text);
  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    tokens[i]!.sent = sentences.length;
    if (endsSentence(tokens, i, text)) {
      sentences.push({ start: tokens[first]!.start, end: tokens[i]!.end, tokenStart: first, tokenEnd: i + 1 });
      first = i + 1;
    }
  }
  return { text, tokens, sentences };
}

/** A token written with a capital first letter. */
export const capitalized = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);

/**
 * A headline: a short sentence (at most 15 tokens) on a line of its own. Meetings read a headline's
 * event as the story's, and names resolve a headline's surname to the full name the body gives.
 */
export function isHeadline(a: Pick<TextAnalysis, 'text' | 'sentences'>, sent: number): boolean {
  const s = a.sentences[sent];
  if (!s) return false;
  return s.tokenEnd - s.tokenStart <= 15 && a.text.slice(s.end, a.sentences[sent + 1]?.start ?? s.end).includes('\n');
}

/** The `text` component: HTML read as its visible text (with a map back), then tokens and sentences. */
export const textComponent: Component = {
  name: 'text',
  requires: [],
  assigns: ['view', 'text', 'tokens', 'sentences'],
  defaults: {},
  essential: true,
  run(doc) {
    const view = looksLikeHtml(doc.input.text) ? htmlToText(doc.input.text) : null;
    const text = view ? view.text : doc.input.text;
    const { tokens, sentences } = analyze(text);
    return { view, text, tokens, sentences };
  },
};
