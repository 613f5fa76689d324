// Pronouns linked to the entity they stand for ("He met X", "its leader"), on sentences written for
// these tests: each links to the subject of the sentence before when it fits, or to the only person
// named near; none inside a quotation, none when the subject before is of another kind, none when
// two persons compete, none for a dummy "it".
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { docOutput } from '../../src/extract/output.ts';

const NO_MODEL = { disable: ['relations.model'] };

/** The pronouns of a text as "pronoun -> entity name". */
function linked(text: string): string[] {
  const doc = extractDocument({ id: 'p', text }, NO_MODEL);
  return doc.links
    .filter((l) => l.mention.via === 'pronoun')
    .map((l) => `${doc.tokens[l.mention.start]!.text} -> ${l.entity.name}`);
}

describe('pronouns', () => {
  it('"he" is the person who was the subject of the sentence before', () => {
    expect(linked('Senator Paul Wendell arrived in Bergen on Monday. He met Mayor Anna Kjos at the harbour.')).toEqual(['He -> Paul Wendell']);
  });

  it('a quoted speaker is the subject of a sentence that opens with a quotation', () => {
    expect(linked('"We will not give up the harbour," Paul Wendell said. He spoke after talks with Anna Kjos.')).toEqual(['He -> Paul Wendell']);
  });

  it('the only person named in the sentences before, when the one before has no subject found', () => {
    expect(linked('Paul Wendell flew to Bergen on Monday. On arrival, the talks began at once. Later his aides left.')).toEqual(['his -> Paul Wendell']);
  });

  it('no link when the subject before is no person, or two persons compete with no subject found', () => {
    expect(linked('The Harbour Safety Commission met Paul Wendell on Monday. He left at noon.')).toEqual([]);
    expect(linked('On Monday, Paul Wendell and Anna Kjos held talks in Bergen. He left at noon.')).toEqual([]);
  });

  it('no link inside a quotation, nor when a person is named before it in its own sentence', () => {
    expect(linked('Paul Wendell arrived on Monday. "I think he is wrong," a fisherman said.')).toEqual([]);
    expect(linked('Paul Wendell arrived on Monday. "Nobody knows if he is wrong," Anna Kjos said.')).toEqual([]);
    expect(linked('Paul Wendell arrived on Monday. Anna Kjos said he was late.')).toEqual([]);
  });

  it('no link when the sentence opens with a new holder of a post ("A spokesman for X told Y he…"); a definite one goes back', () => {
    expect(linked('Paul Wendell spoke in Bergen on Monday. A spokesman for the harbour board told reporters he was worried.')).toEqual([]);
    expect(linked('Paul Wendell spoke in Bergen on Monday. The president said he was worried.')).toEqual(['he -> Paul Wendell']);
  });

  it('"it" and "its" are the organization or state that was the subject before; a dummy "it" is none', () => {
    expect(linked('The Green Unity Party met in Bergen on Sunday. It chose Anna Kjos as its leader.')).toEqual(['It -> Green Unity Party', 'its -> Green Unity Party']);
    expect(linked('The Green Unity Party met in Bergen on Sunday. It is expected to choose a leader.')).toEqual([]);
    expect(linked('Paul Wendell met in Bergen on Sunday. Its harbour was closed.')).toEqual([]);
  });

  it('a pronoun is kept out of the entity\'s reported mentions', () => {
    const doc = extractDocument({ id: 'p', text: 'Paul Wendell arrived in Bergen on Monday. He met Anna Kjos.' }, NO_MODEL);
    expect(doc.links.some((l) => l.mention.via === 'pronoun')).toBe(true);
    const person = [...docOutput(doc).entities.values()].find((e) => e.name === 'Paul Wendell');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Paul Wendell']);
  });

  it('a relation stated with a pronoun reaches its entity ("He is the deputy leader of X", "Its leader, Y")', () => {
    const relations = (text: string) => {
      const out = docOutput(extractDocument({ id: 'p', text }, NO_MODEL));
      return [...out.relations.values()].filter((r) => r.type === 'holds_position').map((r) => `${out.entities.get(r.source)?.name} -> ${out.entities.get(r.target)?.name}`);
    };
    expect(relations('Paul Wendell arrived in Bergen on Monday. He is the deputy leader of the Green Unity Party.')).toEqual(['Paul Wendell -> Green Unity Party']);
    expect(relations('The Green Unity Party met in Bergen on Sunday. Its leader, Anna Kjos, spoke first.')).toEqual(['Anna Kjos -> Green Unity Party']);
  });
});
