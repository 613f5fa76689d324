// Names the tagger typed as bodies that the words before them show to be persons'
// (addressed-persons.ts), and sentence-opening adverbs that name no one, on sentences written for
// these tests with the tagger's spans given by hand.
import { describe, expect, it } from 'vitest';
import type { TaggedSpan } from '../../src/extract/doc.ts';
import { findMentions } from '../../src/extract/mentions.ts';
import { resolveDocument } from '../../src/extract/resolve.ts';
import { analyze } from '../../src/extract/text.ts';
import { findTitles } from '../../src/extract/titles.ts';
import { mentionsWithSpans as mentions } from '../helpers.ts';

/** The entities of a text whose tagger spans are given as [first token, length, type]. */
function entities(text: string, spans: [number, number, TaggedSpan['type']][]): string[] {
  const { tokens, sentences } = analyze(text);
  const tagged = spans.map(([start, n, type]) => ({ start, end: start + n, type }));
  const found = findMentions(text, tokens, sentences, findTitles(tokens), tagged);
  return resolveDocument({ text, tokens, sentences }, found, []).entities.map((e) => `${e.type}:${e.name}`).sort();
}

describe('a name typed as a body, addressed as a person', () => {
  it('is a person after a form of address written as one', () => {
    expect(mentions('Later Mr. Dunsworth denied the charges.', [[2, 1, 'ORG']])).toEqual(['person:Dunsworth']);
    expect(mentions('Later Mr Dunsworth denied the charges.', [[2, 1, 'LOC']])).toEqual(['person:Dunsworth']);
  });

  it('stays a body after a word of address written out, which opens names of bodies too', () => {
    expect(mentions('Later General Dunsworth denied the charges.', [[2, 1, 'ORG']])).toEqual(['organization:Dunsworth']);
  });

  it("is an outlet's reporter after the outlet's possessive, when the name has two or three words", () => {
    expect(mentions("The BBC's Hollis Wenderby reports from the capital.", [[1, 1, 'ORG'], [3, 2, 'ORG']])).toEqual(['media:BBC', 'person:Hollis Wenderby']);
    // The outlet the tagger left out, read from the lexicon.
    expect(mentions("The BBC's Hollis Wenderby reports from the capital.", [[3, 2, 'ORG']])).toEqual(['media:BBC', 'person:Hollis Wenderby']);
  });

  it("stays what it was after a body's possessive, or when its last word is a body's", () => {
    expect(mentions("Ford's Hollis Wenderby reports from the capital.", [[0, 1, 'ORG'], [2, 2, 'ORG']])).toEqual(['organization:Ford', 'media:Hollis Wenderby']);
    expect(mentions("The BBC's Arabic Service reports from the capital.", [[1, 1, 'ORG'], [3, 2, 'ORG']])).toEqual(['media:BBC', 'media:Arabic Service']);
    expect(mentions("The BBC's Wenderby reports from the capital.", [[1, 1, 'ORG'], [3, 1, 'ORG']])).toEqual(['media:BBC', 'media:Wenderby']);
    // A name before a title qualifies it: "the BBC's West Africa correspondent".
    expect(mentions("The BBC's West Africa correspondent reports.", [[1, 1, 'ORG'], [3, 2, 'ORG']])).not.toContain('person:West Africa');
  });
});

describe('a name typed as a body after a calling', () => {
  it('is a person when it has two or three words the lexicon does not know', () => {
    expect(mentions('Crowds backed the radical cleric Ali Hassan Mansur on Friday.', [[5, 3, 'ORG']])).toEqual(['person:Ali Hassan Mansur']);
    expect(mentions('The actress Dana Rowe spoke.', [[2, 2, 'ORG']])).toEqual(['person:Dana Rowe']);
  });

  it('stays what it was when it has one word, is in the lexicon, or follows a plural', () => {
    expect(mentions('The cleric Mansur spoke.', [[2, 1, 'ORG']])).toEqual(['organization:Mansur']);
    expect(mentions('The veteran Arizona lawmaker spoke.', [[2, 1, 'LOC']])).toEqual(['place:Arizona']);
    // A plural calling comes before a team's name: "champions Dorfel United".
    expect(mentions('The champions Dorfel United lost.', [[2, 2, 'ORG']])).toEqual(['organization:Dorfel United']);
  });
});

describe('a one-word name typed as a body where the text gives it a title elsewhere', () => {
  it('is the titled person', () => {
    expect(entities('President Okonjo spoke. Okonjo won the vote.', [[1, 1, 'PER'], [4, 1, 'ORG']])).toEqual(['person:Okonjo']);
  });

  it('stays a body when no mention of the name is titled, a place when no title is capitalized', () => {
    expect(entities('Okonjo spoke. Okonjo won the vote.', [[0, 1, 'PER'], [3, 1, 'ORG']])).toEqual(['organization:Okonjo']);
    // A place by a capitalized title only: "chief" before the tagger's person reads as a title.
    expect(entities("Senator Okonjo spoke. Okonjo's supporters cheered.", [[1, 1, 'PER'], [4, 1, 'LOC']])).toEqual(['person:Okonjo']);
    expect(entities("Sudan's Darfur region is dry. The chief Darfur rebels left.", [[2, 1, 'LOC'], [9, 1, 'PER']])).toContain('place:Darfur');
  });
});

describe('a sentence-opening adverb', () => {
  it('is no person', () => {
    expect(mentions('Meantime, the talks went on. Additionally, the rebels agreed. Moreover, they left.', [[0, 1, 'PER'], [7, 1, 'PER'], [13, 1, 'PER']])).toEqual([]);
  });
});
