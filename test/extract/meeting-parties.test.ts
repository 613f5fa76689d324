// States and bodies as sides of a meeting (issue 9): "A and B resumed talks", "A and the EU began
// talks", "Iraq's talks with X", coordinated demonyms before a state's actors ("Latvian and Estonian
// negotiators met"), a side's delegation at the event, negotiators; and what names no side (own
// sentences, rule drafts only).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';

const parts = (text: string) => {
  const d = extractDocument({ id: 'd', text }, { disable: ['relations.model'] });
  return [...new Set(d.drafts.filter((r) => r.rule === 'relations.meetings' && r.type === 'participant_in').map((r) => r.source.name))].sort();
};

describe('states and bodies as the subject of an event', () => {
  it('"A and B resumed talks": both take part', () => {
    expect(parts('Peru and Chile resumed talks on fishing rights last week.')).toEqual(['Chile', 'Peru']);
  });

  it('"A and the EU began talks": a body after "the" joins the subject', () => {
    expect(parts('Norway and the EU began talks in Oslo on Monday.')).toEqual(['European Union', 'Norway']);
  });

  it('no subject when the talks resume on their own, nor for a place before "and the"', () => {
    expect(parts('The talks on fishing rights resumed in Lima on Monday.')).toEqual([]);
    expect(parts('Peru said on Monday that talks would resume soon.')).toEqual([]);
  });
});

describe('"X\'s talks with Y": the owner of the event', () => {
  it('a state or body before the possessive takes part', () => {
    expect(parts("Chile's talks with the IMF broke down on Friday.")).toEqual(['Chile', 'International Monetary Fund']);
    expect(parts("NATO's annual summit opened in Madrid.")).toEqual(['NATO']);
  });

  it('not a place, a date or a possessive before another noun', () => {
    expect(parts("Geneva's peace talks were delayed again.")).toEqual([]);
    expect(parts("Sunday's talks in Lima failed.")).toEqual([]);
    expect(parts("Chile's envoy said the talks had failed.")).toEqual([]);
  });
});

describe('coordinated demonyms before a state\'s actors', () => {
  it('"Latvian and Estonian negotiators met": both states', () => {
    expect(parts('Latvian and Estonian negotiators met in Riga on Tuesday.')).toEqual(['Estonia', 'Latvia']);
    expect(parts('Talks between the Peruvian and Chilean delegations stalled.')).toEqual(['Chile', 'Peru']);
  });

  it('not before other nouns, nor one person of a people', () => {
    expect(parts('Latvian and Estonian fans met in Riga on Tuesday.')).toEqual([]);
    expect(parts('A Latvian and an Estonian met in Riga on Tuesday.')).toEqual([]);
  });
});

describe('the owner only right before the event word', () => {
  it('"X\'s government favoured talks": no owner past a noun and a verb', () => {
    expect(parts("Chile's government favoured talks with all parties.")).toEqual([]);
  });
});

describe('the states named after a verb of saying', () => {
  it('"The Kremlin said Lima and Santiago would meet": the states, not the body that said it', () => {
    expect(parts('The Kremlin said Lima and Santiago would meet in Quito next week.')).toEqual(['Chile', 'Peru']);
  });

  it('a person named after the saying stays the subject', () => {
    expect(parts('The Kremlin said President Ana Cruz would meet the envoy in Quito.')).toEqual(['Ana Cruz']);
  });
});

describe('a side\'s party named at the event', () => {
  it('"hosted a Chadian delegation for talks", "talks with the Malian side": the state or body takes part', () => {
    expect(parts('Niger hosted a Chadian delegation for talks on Monday.')).toEqual(['Chad', 'Niger']);
    expect(parts('Officials held talks with the Malian side in Niamey.')).toEqual(['Mali']);
    // Not a team: "the Chadian team" is as often a side of a game.
    expect(parts('The Chadian team won the match before talks began.')).toEqual([]);
  });
});

describe('negotiators', () => {
  it('a negotiator named in the sentence of talks takes part in them', () => {
    expect(parts('Chief Malian negotiator Amadou Keita said the talks would resume on Monday.')).toEqual(['Amadou Keita']);
    // Another post does not: a spokesman speaks of talks he need not attend.
    expect(parts('Malian government spokesman Amadou Keita said the talks would resume on Monday.')).toEqual([]);
  });
});
