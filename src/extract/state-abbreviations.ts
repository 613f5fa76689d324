// U.S. states written as AP abbreviations after a city ("MONTPELIER, Vt.", "Lees Summit, Mo.",
// "a Glenview, Ill.-based company"): a mention of the state under its full name, so that the city
// is located in it. Read only right after "City," because alone the words are others ("Mo", "Del").

import type { LexEntry, Token } from './doc.ts';
import { gazetteer } from './lexicon/index.ts';
import { capitalized } from './text.ts';


/**
 * The state abbreviated at token i (with its period, unless that period ends the sentence) when a capitalized word and a comma come
 * right before it: the token range's end and the state's entry, else null.
 */
export function stateAbbreviationAt(tokens: readonly Token[], i: number, sentenceStart: number, sentenceEnd: number): { end: number; entry: LexEntry } | null {
  if (i - 2 < sentenceStart || tokens[i - 1]!.norm !== ',' || !capitalized(tokens[i - 2]) || !capitalized(tokens[i])) return null;
  const table = gazetteer().usStateAbbreviations;
  // "W.Va." is written as several tokens with nothing between them.
  let written = '';
  for (let k = i; k < Math.min(sentenceEnd, i + 4); k++) {
    if (k > i && tokens[k]!.start !== tokens[k - 1]!.end) break;
    written += tokens[k]!.norm;
    const entry = table.get(written);
    // The period that ends the sentence is the sentence's, not the name's ("in Jacksonville, Fla.").
    if (entry) return { end: tokens[k]!.norm === '.' && k + 1 === sentenceEnd ? k : k + 1, entry };
  }
  return null;
}
