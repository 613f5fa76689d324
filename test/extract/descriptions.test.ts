// Definite descriptions of states, bodies and outlets ("the country's", "the party", "the paper"),
// on sentences written for these tests: each links to the one entity of a fitting kind named in its
// sentence or the two before, and to none when two fit, when none is near, or when the text names
// the entity right there ("the government of X", "the newspaper Y").
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { docOutput } from '../../src/extract/output.ts';

const NO_MODEL = { disable: ['relations.model'] };

/** The descriptions of a text as "words -> entity name". */
function described(text: string): string[] {
  const doc = extractDocument({ id: 'd', text }, NO_MODEL);
  return doc.links
    .filter((l) => l.mention.via === 'described')
    .map((l) => `${doc.tokens.slice(l.mention.start, l.mention.end).map((t) => t.text).join(' ')} -> ${l.entity.name}`);
}

describe('definite descriptions', () => {
  it('"the country" is the one state named just before', () => {
    expect(described("Norway raised its fuel tax on Monday. Critics said the country's farmers would pay most.")).toEqual(['country -> Norway']);
  });

  it('two states in the window, or none near enough, link nothing', () => {
    expect(described("Norway and Chile signed a fishing pact on Monday. Critics said the country's farmers would pay most.")).toEqual([]);
    expect(described('Norway raised its fuel tax on Monday. Farmers protested. Truckers protested. Bakers protested. The country was calm by night.')).toEqual([]);
  });

  it('"the party" is a party named before, not another body', () => {
    expect(described("The Green Unity Party met in Bergen on Sunday. The party's chairman resigned.")).toEqual(['party -> Green Unity Party']);
    expect(described('The Bergen Chamber of Commerce met on Sunday. The party ended late.')).toEqual([]);
  });

  it('"the rebels" is a group the text shows armed', () => {
    expect(described('Soldiers fought Zamba Liberation Front guerrillas near the border on Friday. The rebels withdrew at dawn.')).toEqual(['rebels -> Zamba Liberation Front']);
  });

  it('"the agency" is a news agency, "the newspaper" no news agency', () => {
    expect(described('Reuters reported the fire on Monday. The agency quoted a fireman.')).toEqual(['agency -> Reuters']);
    expect(described('Reuters reported the fire on Monday. The newspaper quoted a fireman.')).toEqual([]);
  });

  it('a noun of the name stands for it ("the commission")', () => {
    expect(described('The Harbour Safety Commission met on Friday. The commission said ferries were safe.')).toEqual(['commission -> Harbour Safety Commission']);
  });

  it('a description the text completes on the spot names no entity before', () => {
    expect(described('Norway raised its fuel tax on Monday. The government of Chile did not.')).toEqual([]);
    expect(described('Norway raised its fuel tax on Monday. The presence of government inspectors was noted.')).toEqual([]);
  });

  it('a description is kept out of the entity\'s reported mentions (it is no name of it)', () => {
    const doc = extractDocument({ id: 'd', text: "Norway raised its fuel tax on Monday. Critics said the country's farmers would pay most." }, NO_MODEL);
    expect(doc.links.some((l) => l.mention.via === 'described')).toBe(true);
    const norway = [...docOutput(doc).entities.values()].find((e) => e.name === 'Norway');
    expect(norway?.mentions.map((m) => m.text)).toEqual(['Norway']);
  });
});
