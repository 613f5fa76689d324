// Parties named by their members or by one word ("the Democrats", "Labour"), on sentences written for
// these tests: alone they are an organization; beside a capitalized word they belong to a longer
// name; in lower case or in a post they are no party; with "the X Party" of the text they are it.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.ts';
import { partyMentions, partyNamed } from '../../src/extract/party-names.ts';
import { resolveDocument } from '../../src/extract/resolve.ts';
import { analyze } from '../../src/extract/text.ts';
import { findTitles } from '../../src/extract/titles.ts';

/** Party mentions of a text with nothing tagged, as their words. */
function parties(text: string): string[] {
  const { tokens } = analyze(text);
  const titled = new Set(findTitles(tokens).flatMap((t) => Array.from({ length: t.end - t.start }, (_, i) => t.start + i)));
  return partyMentions(tokens, () => false, (k) => titled.has(k)).map((m) => tokens.slice(m.start, m.end).map((t) => t.text).join(' '));
}

describe('party names alone', () => {
  it('a capitalized party word standing alone is a party', () => {
    expect(parties('Republicans controlled the House while the Democrats gathered.')).toEqual(['Republicans', 'Democrats']);
    expect(parties('Peres led the former Labour government.')).toEqual(['Labour']);
  });

  it('a post after the word leaves it a party ("Labour Prime Minister X")', () => {
    expect(parties('He accused Labour Prime Minister Ann Vell of delay.')).toEqual(['Labour']);
  });

  it('a word of a longer name, lower-case words and headline capitals are no party on their own', () => {
    expect(parties('The Social Democrats and the Australian Democrats met.')).toEqual([]);
    expect(parties('The Labour Party met. Neither the socialists nor the communists came.')).toEqual([]);
    expect(parties('DEMOCRATS GATHER IN CHICAGO.')).toEqual([]);
  });

  it('a word already in a name is left to it', () => {
    const { tokens } = analyze('Democrats spoke.');
    expect(partyMentions(tokens, (k) => k === 0, () => false)).toEqual([]);
  });
});

describe('the party a member word names', () => {
  const bodies = [{ name: 'Democratic Party' }, { name: 'Socialist Party' }, { name: 'Social Democratic Party' }, { name: 'Labour Party' }];

  it('is the one "STEM Party" of the text', () => {
    expect(partyNamed('Democrats', bodies)?.name).toBe('Democratic Party');
    expect(partyNamed('Socialists', bodies)?.name).toBe('Socialist Party');
    expect(partyNamed('Labour', bodies)?.name).toBe('Labour Party');
  });

  it('is none when the text has no such party, or the word is no party word', () => {
    expect(partyNamed('Republicans', bodies)).toBeUndefined();
    expect(partyNamed('Social', bodies)).toBeUndefined();
  });

  it('joins the party and its members into one entity in a document', () => {
    const text = 'The Democratic Party met on Monday. Democrats cheered.';
    const { tokens, sentences } = analyze(text);
    const tagged = [{ start: 1, end: 3, type: 'ORG' as const }];
    const mentions = findMentions(text, tokens, sentences, findTitles(tokens), tagged);
    const orgs = resolveDocument({ text, tokens, sentences }, mentions, []).entities.filter((e) => e.type === 'organization');
    expect(orgs.map((e) => [e.name, [...e.aliases]])).toEqual([['Democratic Party', ['Democrats']]]);
  });
});
