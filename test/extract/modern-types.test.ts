// Types of 2000s-2020s names that the tagger, trained on 1996 text, takes for bodies: a surname in
// capitals after the given name (reference copy's style), a province or district whose name ends in
// the capitalized noun, a sea or strait named before "of", a direction before a region's name, a
// cemetery, the Prophet, holidays, awards and contests. Sentences
// written for these tests; the tagger's spans are given.
import { describe, expect, it } from 'vitest';
import type { TaggedSpan } from '../../src/extract/doc.ts';
import { findMentions } from '../../src/extract/mentions.ts';
import { analyze } from '../../src/extract/text.ts';
import { findTitles } from '../../src/extract/titles.ts';

const mentionsOf = (text: string, tagged: TaggedSpan[]) => {
  const { tokens, sentences } = analyze(text);
  return findMentions(text, tokens, sentences, findTitles(tokens), tagged).map((m) => `${m.type}:${tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`);
};

describe('a surname written in capitals after a given name', () => {
  it('is a person\'s name, whatever the tagger typed it', () => {
    expect(mentionsOf('The exiled leader Tomas VELARDO returned in 1990.', [{ start: 3, end: 5, type: 'ORG' }])).toEqual(['person:Tomas VELARDO']);
    expect(mentionsOf('Elections brought Rosa MENDEZ-LOPEZ to power.', [{ start: 2, end: 6, type: 'ORG' }])).toEqual(['person:Rosa MENDEZ - LOPEZ']);
    expect(mentionsOf('The coup put Elias BRANDT in charge.', [{ start: 3, end: 5, type: 'LOC' }])).toEqual(['person:Elias BRANDT']);
  });

  it('an acronym, a common or people\'s word before the capitals, or a legal form after them keep the body', () => {
    expect(mentionsOf('Troops of the Communist KORVA left.', [{ start: 3, end: 5, type: 'ORG' }])).toEqual(['organization:Communist KORVA']);
    expect(mentionsOf('A fund to Fight HUNGER was set up.', [{ start: 3, end: 5, type: 'ORG' }])).toEqual(['organization:Fight HUNGER']);
    expect(mentionsOf('The label signed with Sony BMG last year.', [{ start: 4, end: 6, type: 'ORG' }])).toEqual(['organization:Sony BMG']);
    expect(mentionsOf('Shares of Kelso TRADING Ltd rose.', [{ start: 2, end: 4, type: 'ORG' }])).not.toContain('person:Kelso TRADING');
    expect(mentionsOf('Talks with Kelmar NATO staff ended.', [{ start: 2, end: 4, type: 'ORG' }])).not.toContain('person:Kelmar NATO');
  });
});

describe('a name ending in a capitalized region noun', () => {
  it('is a place, whatever the tagger typed it', () => {
    expect(mentionsOf('Gunmen attacked a post in Zorava Province on Monday.', [{ start: 5, end: 7, type: 'ORG' }])).toEqual(['place:Zorava Province']);
    expect(mentionsOf('Floods hit the Upper Kelmar District again.', [{ start: 3, end: 6, type: 'ORG' }])).toEqual(['place:Upper Kelmar District']);
  });

  it('a team in sports results, or a name holding a body word, stays a body', () => {
    expect(mentionsOf('SOCCER - LEAGUE RESULTS\nZorava County 2 Kelso Rovers 1', [{ start: 4, end: 6, type: 'ORG' }, { start: 7, end: 9, type: 'ORG' }])).toContain('organization:Zorava County');
    expect(mentionsOf('Officials of the Kelmar Health Ministry District spoke.', [{ start: 3, end: 7, type: 'ORG' }])).not.toContain('place:Kelmar Health Ministry District');
  });
});

describe('a feature of the land named before "of"', () => {
  it('is a place', () => {
    expect(mentionsOf('Tankers crossed the Strait of Velmora on Monday.', [{ start: 3, end: 6, type: 'ORG' }])).toEqual(['place:Strait of Velmora']);
    expect(mentionsOf('A storm formed over the Bay of Kelmar.', [{ start: 5, end: 8, type: 'ORG' }])).toEqual(['place:Bay of Kelmar']);
  });

  it('a body named "of" a place stays a body', () => {
    expect(mentionsOf('The Bank of Velmora raised rates.', [{ start: 1, end: 4, type: 'ORG' }])).toEqual(['organization:Bank of Velmora']);
  });
});

describe('a direction before one name', () => {
  it('is a region, whatever the tagger typed it', () => {
    expect(mentionsOf('Drones struck targets in South Velmora on Monday.', [{ start: 4, end: 6, type: 'ORG' }])).toEqual(['place:South Velmora']);
    expect(mentionsOf('Trade across Central Kelmaria grew.', [{ start: 2, end: 4, type: 'ORG' }])).toEqual(['place:Central Kelmaria']);
  });

  it('a body\'s head word, a score after it or a sports story keep a body', () => {
    expect(mentionsOf('The Central Bank raised rates.', [{ start: 1, end: 3, type: 'ORG' }])).toEqual(['organization:Central Bank']);
    expect(mentionsOf('Leaders of the Northern League met.', [{ start: 3, end: 5, type: 'ORG' }])).toEqual(['organization:Northern League']);
    expect(mentionsOf('North Velmora 2 Kelso 1', [{ start: 0, end: 2, type: 'ORG' }, { start: 3, end: 4, type: 'ORG' }])).toContain('organization:North Velmora');
    expect(mentionsOf('SOCCER - RESULTS\nWest Velmora beat Kelso on Sunday.', [{ start: 3, end: 5, type: 'ORG' }])).toContain('organization:West Velmora');
  });
});

describe('venues and the Prophet', () => {
  it('a cemetery or a zoo is a place', () => {
    expect(mentionsOf('He was buried at Velmora National Cemetery.', [{ start: 4, end: 7, type: 'ORG' }])).toEqual(['place:Velmora National Cemetery']);
    expect(mentionsOf('A panda was born at the Kelmar Zoo.', [{ start: 6, end: 8, type: 'ORG' }])).toEqual(['place:Kelmar Zoo']);
  });

  it('"Prophet" before a name is a form of address: the name is a person\'s', () => {
    const got = mentionsOf('Cartoons of the Prophet Hamadi angered many.', [{ start: 3, end: 5, type: 'ORG' }]);
    expect(got.some((m) => m.startsWith('person:'))).toBe(true);
    expect(got.some((m) => m.startsWith('organization:'))).toBe(false);
  });
});

describe('names of holidays, awards and contests', () => {
  it('are no mention, though the tagger typed them as a body or a place', () => {
    expect(mentionsOf('Crowds marked Kelmar Unity Day on Sunday.', [{ start: 2, end: 5, type: 'ORG' }])).toEqual([]);
    expect(mentionsOf('She won the Velmora Poetry Prize last year.', [{ start: 3, end: 6, type: 'ORG' }])).toEqual([]);
    expect(mentionsOf('He trained for the Zorava Games in August.', [{ start: 4, end: 6, type: 'LOC' }])).toEqual([]);
  });

  it('a person named so, a capitalized word after the name, or a name of one word stay', () => {
    expect(mentionsOf('Singer Anna Day arrived on Monday.', [{ start: 1, end: 3, type: 'PER' }])).toEqual(['person:Anna Day']);
    expect(mentionsOf('Shares of Kelso Cup Holdings rose.', [{ start: 2, end: 4, type: 'ORG' }])).toEqual(['organization:Kelso Cup']);
    expect(mentionsOf('Prize said the deal was off.', [{ start: 0, end: 1, type: 'ORG' }])).toEqual(['organization:Prize']);
  });
});
