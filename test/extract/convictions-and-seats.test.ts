// Killers named by a court's finding or a confession and passives with a manner word
// (killings.ts), and bodies placed by "in" after a legal form or a school's head (places.ts), on
// sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';

const drafts = (text: string, type: string) =>
  extractDocument({ id: 'd', text }, { disable: ['relations.model'] }).drafts
    .filter((d) => d.type === type)
    .map((d) => `${d.source.id} ${d.target.id}`);

describe('a conviction or a confession before a killing\'s gerund', () => {
  it('"X was convicted of murdering Y", "X pleaded guilty to killing Y and Z", "X admitted killing Y"', () => {
    expect(drafts('Tom Garrick was convicted of murdering shopkeeper Ann Belden in 1988.', 'killed')).toEqual(['person:tom-garrick person:ann-belden']);
    expect(drafts('In court, Tom Garrick pleaded guilty to killing Ann Belden and Joe Marsh.', 'killed')).toEqual(['person:tom-garrick person:ann-belden', 'person:tom-garrick person:joe-marsh']);
    expect(drafts('Police said Tom Garrick had admitted killing Ann Belden.', 'killed')).toEqual(['person:tom-garrick person:ann-belden']);
  });

  it('an accusation or a charge states no killing', () => {
    expect(drafts('Tom Garrick was charged with killing Ann Belden.', 'killed')).toEqual([]);
    expect(drafts('Tom Garrick was accused of murdering Ann Belden.', 'killed')).toEqual([]);
    expect(drafts('Tom Garrick was convicted of fraud after killing time in Reno.', 'killed')).toEqual([]);
  });
});

describe('a passive of killing with a manner word', () => {
  it('"was fatally shot by X", "was shot to death by X", "was shot dead by X"', () => {
    expect(drafts('Ann Belden was fatally shot by Tom Garrick outside her home.', 'killed')).toEqual(['person:tom-garrick person:ann-belden']);
    expect(drafts('Joe Marsh was shot to death by Tom Garrick in 1990.', 'killed')).toEqual(['person:tom-garrick person:joe-marsh']);
    expect(drafts('Joe Marsh was shot dead by Tom Garrick in 1990.', 'killed')).toEqual(['person:tom-garrick person:joe-marsh']);
  });

  it('past a place or a time before "by", and back past an apposition to the victim', () => {
    expect(drafts('Ann Belden was shot to death in Reno, Nev., by Tom Garrick.', 'killed')).toEqual(['person:tom-garrick person:ann-belden']);
    expect(drafts('Ann Belden was killed on Monday by Tom Garrick.', 'killed')).toEqual(['person:tom-garrick person:ann-belden']);
    expect(drafts('Ann Belden, the town\'s mayor, was shot by Tom Garrick.', 'killed')).toEqual(['person:tom-garrick person:ann-belden']);
  });

  it('no killer past another person or a clause before "by"', () => {
    expect(drafts('Ann Belden was shot in the leg by police and Tom Garrick fled.', 'killed')).toEqual([]);
    expect(drafts('Ann Belden was killed in Reno and Joe Marsh was arrested by Tom Garrick.', 'killed')).toEqual([]);
  });

  it('no killer without "by" and a person', () => {
    expect(drafts('Ann Belden was shot dead in her home.', 'killed')).toEqual([]);
    expect(drafts('Tom Garrick was fatally shot during the raid by police.', 'killed')).toEqual([]);
  });
});

describe('a body placed by "in" after its legal form or a school\'s head', () => {
  it('"Brinkley Steel Inc. in Toledo", "Halvorsen Mills Co. in Fargo, N.D.", "the Halvorsen Institute in Oslo"', () => {
    expect(drafts('Brinkley Steel Inc. in Toledo said it would cut 300 jobs.', 'based_in')).toEqual(['organization:brinkley-steel-inc place:toledo']);
    const fargo = drafts('The order came from Halvorsen Mills Co. in Fargo, N.D., on Monday.', 'based_in');
    expect(fargo).toContain('organization:halvorsen-mills-co place:fargo');
    expect(fargo).toContain('organization:halvorsen-mills-co place:north-dakota');
    expect(drafts('He studied at the Halvorsen Institute in Oslo for two years.', 'based_in')).toEqual(['organization:halvorsen-institute place:oslo']);
  });

  it('not after another name, nor a state, nor a town that modifies the next word', () => {
    expect(drafts('Officials of Brinkley Steel in Toledo said it would cut jobs.', 'based_in')).toEqual([]);
    expect(drafts('Brinkley Steel Inc. in Germany said it would cut jobs.', 'based_in')).toEqual([]);
    expect(drafts('Shares of Brinkley Steel Corp in Tokyo trading fell.', 'based_in')).toEqual([]);
  });
});
