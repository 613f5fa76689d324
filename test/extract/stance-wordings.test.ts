// supports and opposes in wordings the plain "X criticised Y" rules missed (issue 9), on sentences
// written for these tests: a verb coordinated after "and", an accused "it", a demanded removal, a
// stance only expected, names past "Mr." or after "and", the passive ("was condemned by X", ",
// backed by X") and "pro-"/"anti-" before a state. Rule drafts only, with the relation model left
// out, and a negative case for each.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';

const drafts = (text: string, type: string) =>
  extractDocument({ id: 'd', text }, { disable: ['relations.model'] }).drafts
    .filter((d) => d.type === type)
    .map((d) => `${d.source.id} ${d.target.id}`);

describe('stance of a verb coordinated after "and"', () => {
  it('takes the clause\'s subject, not the name nearest before the verb', () => {
    const r = drafts('Karl Weber said on Monday he would ask the Austrian government to lift E.U. sanctions on Serbia and blamed Vienna for the delay.', 'opposes');
    expect(r).toContain('person:karl-weber state:austria');
    expect(r).not.toContain('organization:european-union state:austria');
  });

  it('takes the holder named after a body\'s title, and nothing when no name opens the clause', () => {
    expect(drafts('World Bank President Anna Berg met President Tomas Novak and praised Slovakia for its reforms.', 'supports')).toContain('person:anna-berg state:slovakia');
    expect(drafts('On Monday the crowd cheered Novak and praised Slovakia for its reforms.', 'supports')).toEqual([]);
  });
});

describe('an accused "it"', () => {
  it('stands for the body named last before the accusation', () => {
    expect(drafts('Ghana recalled its envoy from Togo in 1999, accusing it of sheltering rebels.', 'opposes')).toContain('state:ghana state:togo');
    expect(drafts('The African Union suspended Mali after accusing it of ignoring the courts.', 'opposes')).toContain('organization:african-union state:mali');
  });

  it('is no name that modifies a noun ("a U.S.-Peru trade deal, criticizing it")', () => {
    expect(drafts('Leftist lawmakers attacked a Chile-Peru trade pact on Monday, criticizing it for favouring mining firms.', 'opposes')).toEqual([]);
  });
});

describe('a demanded removal', () => {
  it('"called for the resignation of X" opposes X', () => {
    expect(drafts('Senator Paul Hardy called for the resignation of Interior Minister Lena Koch.', 'opposes')).toContain('person:paul-hardy person:lena-koch');
  });

  it('"called for X\'s resignation" opposes X', () => {
    expect(drafts("Senator Paul Hardy called for Lena Koch's resignation.", 'opposes')).toContain('person:paul-hardy person:lena-koch');
  });

  it('a resignation no one demands is no stance', () => {
    expect(drafts('Senator Paul Hardy welcomed the resignation of Interior Minister Lena Koch.', 'opposes')).toEqual([]);
  });
});

describe('a stance expected or conditional', () => {
  it('"is expected to criticize X", "would oppose X" take no stance; "has criticized X" does', () => {
    expect(drafts('A panel headed by Anna Berg is expected to criticize Mr. Olsen for the losses.', 'opposes')).toEqual([]);
    expect(drafts('Tomas Novak would oppose Mr. Olsen in any vote.', 'opposes')).toEqual([]);
    expect(drafts('Tomas Novak has criticized Mr. Olsen for the losses.', 'opposes')).toContain('person:tomas-novak person:olsen');
  });
});

describe('accused and backed names', () => {
  it('past a form of address, and each of two accused after "and" when a reason follows', () => {
    expect(drafts('Poland has criticized Mr. Kowalczyk, calling him reckless.', 'opposes')).toContain('state:poland person:kowalczyk');
    const r = drafts('Maria Lopez accused Mr. Olsen and Foreign Minister Ivan Petrov of lying.', 'opposes');
    expect(r).toEqual(expect.arrayContaining(['person:maria-lopez person:olsen', 'person:maria-lopez person:ivan-petrov']));
    expect(drafts('Israel criticized Egypt and Jordan welcomed the plan.', 'opposes')).not.toContain('state:israel state:jordan');
  });

  it('"backed X\'s opponent" backs no X', () => {
    expect(drafts("Georgia backed Mr. Olsen's opponent in the vote.", 'supports')).toEqual([]);
    expect(drafts("Georgia backed Mr. Olsen's candidacy in the vote.", 'supports')).toContain('state:georgia person:olsen');
  });

  it('a state\'s people or things before a possessive take no stance for it; its post holder does', () => {
    expect(drafts("Peru's opposition politicians blame Chile for the crisis.", 'opposes')).toEqual([]);
    expect(drafts("Peru's foreign minister blamed Chile for the crisis.", 'opposes')).toContain('state:peru state:chile');
  });
});

describe('stance in the passive', () => {
  it('"X was condemned by Y" and "X, backed by A and B" give Y\'s and each backer\'s stance', () => {
    expect(drafts('The Chilean government was condemned by Amnesty International on Friday.', 'opposes')).toContain('organization:amnesty-international state:chile');
    const r = drafts('Norway, Denmark and Finland, backed by Canada, asked for a vote.', 'supports');
    expect(r).toEqual(expect.arrayContaining(['state:canada state:norway', 'state:canada state:denmark', 'state:canada state:finland']));
  });

  it('a thing criticised, or a name a preposition governs, takes no stance', () => {
    expect(drafts("Tomas Novak's budget was criticised by Anna Berg.", 'opposes')).toEqual([]);
    expect(drafts('Rebels in Niger, backed by Libya, seized a town.', 'supports')).toEqual([]);
  });
});

describe('"pro-" and "anti-" before a state', () => {
  it('make the person or body they describe support or oppose the state', () => {
    expect(drafts('The pro-Serbian Prime Minister Ivo Markov resigned on Monday.', 'supports')).toContain('person:ivo-markov state:serbia');
    expect(drafts('The anti-Moscow Chechen Freedom Party held a rally.', 'opposes')).toContain('organization:chechen-freedom-party state:russia');
  });

  it('the prefixed state is not the one whose post the title names', () => {
    expect(drafts('The pro-Serbian Prime Minister Ivo Markov resigned on Monday.', 'holds_position')).toEqual([]);
    expect(drafts('The Serbian Prime Minister Ivo Markov resigned on Monday.', 'holds_position')).toEqual(['person:ivo-markov state:serbia']);
  });

  it('name no state when the prefix is before a common word', () => {
    expect(drafts('The pro-Western Prime Minister Ivo Markov resigned on Monday.', 'supports')).toEqual([]);
  });
});
