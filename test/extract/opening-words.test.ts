// A common word opening a sentence is no person (opening-words.ts), on sentences written for these
// tests with the tagger's spans given by hand.
import { describe, expect, it } from 'vitest';
import { commonWordOpeners } from '../../src/extract/opening-words.ts';
import { analyze } from '../../src/extract/text.ts';
import { mentionsWithSpans } from '../helpers.ts';

const mentions = mentionsWithSpans;

describe('a common word opening a sentence', () => {
  it('is no person when the article writes it in lower case elsewhere', () => {
    expect(mentions('Trade fell. Barter deals rose. Officials said barter was common.', [[3, 1, 'PER']])).toEqual([]);
    // Past an opening quote too.
    expect(mentions('"Barter deals rose," officials said of barter.', [[1, 1, 'PER']])).toEqual([]);
  });

  it('stays a person when the article never writes it in lower case, or capitalizes it inside a sentence', () => {
    expect(mentions('Trade fell. Barter deals rose.', [[3, 1, 'PER']])).toEqual(['person:Barter']);
    // "Said" of "Edward Said": the name is capitalized inside a sentence, though "said" is common.
    expect(mentions('It was written by Edward Said. Said, a scholar, said so.', [[4, 2, 'PER'], [7, 1, 'PER']])).toEqual(['person:Edward Said', 'person:Said']);
  });

  it('judges only one-word persons at a sentence start', () => {
    const { tokens, sentences } = analyze('Trade fell. Barter deals rose. Officials said barter and trade were common.');
    const opener = commonWordOpeners(tokens, sentences);
    expect(opener({ start: 3, end: 4, type: 'PER' })).toBe(true);
    expect(opener({ start: 3, end: 4, type: 'ORG' })).toBe(false);
    expect(opener({ start: 3, end: 5, type: 'PER' })).toBe(false);
    expect(opener({ start: 0, end: 1, type: 'PER' })).toBe(true);
    expect(opener({ start: 4, end: 5, type: 'PER' })).toBe(false);
  });
});
