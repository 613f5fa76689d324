// Names of 2000s-2020s copy that the tagger, trained on 1996 text, cuts or types wrongly: a
// "Secretary of <portfolio>" title run into its holder's name, and provinces or districts typed as
// persons or bodies, names of treaties and laws, a surname alone, a name cut on a hyphen. Sentences
// written for these tests; the tagger's spans are given.
import { describe, expect, it } from 'vitest';
import type { TaggedSpan } from '../../src/extract/doc.ts';
import { findMentions } from '../../src/extract/mentions.ts';
import { hyphenEnds } from '../../src/extract/span-repairs.ts';
import { analyze } from '../../src/extract/text.ts';
import { findTitles } from '../../src/extract/titles.ts';

const mentionsOf = (text: string, tagged: TaggedSpan[]) => {
  const { tokens, sentences } = analyze(text);
  return findMentions(text, tokens, sentences, findTitles(tokens), tagged).map((m) => `${m.type}:${tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`);
};

describe('"Secretary of <portfolio>" before a name', () => {
  it('the portfolio is the title\'s and the name after it a person', () => {
    expect(mentionsOf('Secretary of Defense Tom Harlow met the envoy.', [{ start: 2, end: 5, type: 'ORG' }])).toEqual(['person:Tom Harlow']);
    expect(mentionsOf('Secretary of the Treasury Ann Volker spoke.', [{ start: 3, end: 6, type: 'ORG' }])).toEqual(['person:Ann Volker']);
    expect(mentionsOf('Secretary of Homeland Security Jim Otter spoke.', [{ start: 2, end: 6, type: 'ORG' }])).toEqual(['person:Jim Otter']);
  });

  it('a body\'s name after the portfolio, or a name ending in a common word, stays a body', () => {
    expect(mentionsOf('Secretary of Energy Policy Review spoke.', [{ start: 2, end: 5, type: 'ORG' }])).toEqual(['organization:Energy Policy Review']);
    expect(mentionsOf('Secretary of Defense Procurement Agency spoke.', [{ start: 2, end: 5, type: 'ORG' }])).toEqual(['organization:Defense Procurement Agency']);
    // No post before "of": the words are a body's name.
    expect(mentionsOf('The Department of Defense Tom Harlow spoke.', [{ start: 3, end: 6, type: 'ORG' }])).not.toContain('person:Tom Harlow');
  });
});

describe('a name before a lower-case region noun', () => {
  it('is a place, whatever the tagger typed it', () => {
    expect(mentionsOf('Gunmen attacked the Zorava district on Monday.', [{ start: 3, end: 4, type: 'PER' }])).toEqual(['place:Zorava']);
    expect(mentionsOf('Fighting spread in northern Kelmar province.', [{ start: 4, end: 5, type: 'ORG' }])).toEqual(['place:Kelmar']);
  });

  it('a body holding a body word, a capitalized noun after the name, or "state" leave the type alone', () => {
    expect(mentionsOf('The Health Department of Kelmar province said so.', [{ start: 1, end: 5, type: 'ORG' }])).toEqual(['organization:Health Department of Kelmar']);
    expect(mentionsOf('Voters in the Zorava District backed him.', [{ start: 3, end: 4, type: 'PER' }])).toEqual(['person:Zorava']);
    expect(mentionsOf('He met Zorava state officials.', [{ start: 2, end: 3, type: 'PER' }])).toEqual(['person:Zorava']);
  });
});

describe('names of treaties, laws and declarations', () => {
  it('are no mention, and neither are their initials', () => {
    expect(mentionsOf('Both states signed the Baltic Fishing Accord on Monday.', [{ start: 4, end: 7, type: 'ORG' }])).toEqual([]);
    expect(mentionsOf('Critics attacked the Harbor Safety Act again.', [{ start: 3, end: 6, type: 'PER' }])).toEqual([]);
    expect(mentionsOf('The Northern Trade Agreement (NTA) took effect. The NTA cut tariffs.', [{ start: 1, end: 4, type: 'ORG' }, { start: 5, end: 6, type: 'ORG' }, { start: 10, end: 11, type: 'ORG' }])).toEqual([]);
  });

  it('a capitalized word after the document word, a lone word or a lower-case head leave the name alone', () => {
    expect(mentionsOf('Shares of Penn Charter Holdings rose.', [{ start: 2, end: 4, type: 'ORG' }])).toEqual(['organization:Penn Charter']);
    expect(mentionsOf('Charter said the deal was off.', [{ start: 0, end: 1, type: 'ORG' }])).toEqual(['organization:Charter']);
    expect(mentionsOf('Kelso Group signed an agreement.', [{ start: 0, end: 2, type: 'ORG' }])).toEqual(['organization:Kelso Group']);
  });

  it('a name the text also gives as the start of a longer one is its short form, kept', () => {
    const text = 'Shares of Penn Charter Holdings Corp rose. Penn Charter said sales grew.';
    expect(mentionsOf(text, [{ start: 2, end: 6, type: 'ORG' }, { start: 8, end: 10, type: 'ORG' }])).toEqual(['organization:Penn Charter Holdings Corp', 'organization:Penn Charter']);
  });
});

describe('a person\'s surname alone, typed as a body or a place', () => {
  it('is the person when a longer name of the story ends in it', () => {
    const got = mentionsOf('Envoy Karim al-Tawfi arrived on Monday. Al-Tawfi said the talks went well.', [{ start: 1, end: 5, type: 'PER' }, { start: 9, end: 12, type: 'ORG' }]);
    expect(got).toContain('person:Al - Tawfi');
    expect(got).not.toContain('organization:Al - Tawfi');
  });

  it('a place before a comma, a party\'s name, or a word no person\'s name ends in keeps its type', () => {
    expect(mentionsOf('Rev. Jon Mardel spoke. Crowds gathered near Mardel, Arkansas on Sunday.', [{ start: 1, end: 3, type: 'PER' }, { start: 8, end: 9, type: 'LOC' }])).toContain('place:Mardel');
    expect(mentionsOf('Anna Kolbe leads the Christian Democrats. The Democrats won.', [{ start: 0, end: 2, type: 'PER' }, { start: 4, end: 6, type: 'PER' }, { start: 8, end: 9, type: 'ORG' }])).toContain('organization:Democrats');
    expect(mentionsOf('Envoy Karim al-Tawfi arrived on Monday. Al-Rimal said the talks went well.', [{ start: 1, end: 5, type: 'PER' }, { start: 9, end: 12, type: 'ORG' }])).toContain('organization:Al - Rimal');
  });
});

describe('a name ending on a hyphen', () => {
  const ends = (text: string, start: number, end: number, type: string) => {
    const { tokens } = analyze(text);
    const [sp] = hyphenEnds([{ start, end, type }], tokens);
    return text.slice(tokens[sp!.start]!.start, tokens[sp!.end - 1]!.end);
  };

  it('a given name\'s syllables written with a hyphen are the name\'s', () => {
    // Tokens: Leader(0) Pak(1) Sun(2) -(3) il(4) ...
    expect(ends('Leader Pak Sun-il spoke on Monday.', 1, 4, 'person')).toBe('Pak Sun-il');
    expect(ends('Envoy Ro Ki-moon spoke on Monday.', 1, 4, 'PER')).toBe('Ro Ki-moon');
    // "Marwan al-Tawfi": a capitalized word written onto the hyphen.
    expect(ends('Envoy Marwan al-Tawfi spoke on Monday.', 1, 4, 'person')).toBe('Marwan al-Tawfi');
  });

  it('otherwise the hyphen is cut off: a dash, or a compound after a body\'s name', () => {
    expect(ends('The Kelso-led cabinet met.', 1, 3, 'organization')).toBe('Kelso');
    expect(ends('He met Sam Pak-the new envoy-on Monday.', 2, 5, 'person')).toBe('Sam Pak');
    expect(ends('He met Anna Brown-real name Anna Kolbe.', 2, 5, 'person')).toBe('Anna Brown');
    expect(ends('He met Anna Karlsson-with aides.', 2, 5, 'person')).toBe('Anna Karlsson');
  });
});
