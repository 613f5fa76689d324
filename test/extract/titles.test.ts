// Titles and posts (titles.ts): the lexicon's titles, which the tagger's features read, and the
// posts only the titles stage reads, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.ts';
import { analyze } from '../../src/extract/text.ts';
import { findPosts, findTitles, titlesBySentence } from '../../src/extract/titles.ts';

const posts = (text: string, find = findPosts) => {
  const { tokens } = analyze(text);
  return find(tokens).map((t) => `${t.position}@${t.start}`);
};

describe('posts the tagger does not read', () => {
  it('are titles of the stage but not of the tagger\'s features', () => {
    expect(posts('Speaker Tomas Veld will convene the assembly.')).toEqual(['speaker@0']);
    expect(posts('Speaker Tomas Veld will convene the assembly.', findTitles)).toEqual([]);
    expect(posts('The farm commissioner and the Foreign Minister met.')).toEqual(['commissioner@2', 'foreign minister@5']);
  });

  it('name the person after them, though the tagger named none', () => {
    const text = 'Speaker Tomas Veld will convene the assembly.';
    const { tokens, sentences } = analyze(text);
    const found = findMentions(text, tokens, sentences, findPosts(tokens), []).map((m) => `${m.type}:${tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`);
    expect(found).toEqual(['person:Tomas Veld']);
  });

  it('with a portfolio before them are one post, not a body ("Excise Commissioner")', () => {
    const text = 'Excise Commissioner Tomas Veld denied it.';
    const { tokens, sentences } = analyze(text);
    const found = findMentions(text, tokens, sentences, findPosts(tokens), [{ start: 0, end: 4, type: 'ORG' }]).map((m) => `${m.type}:${tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`);
    expect(found).toEqual(['person:Tomas Veld']);
  });

  it('name no one when no capitalized name follows', () => {
    const text = 'The speaker said the commissioner was away.';
    const { tokens, sentences } = analyze(text);
    expect(findMentions(text, tokens, sentences, findPosts(tokens), [])).toEqual([]);
  });
});

describe('titles per sentence, read off the document (the tagger\'s feature)', () => {
  const perSentence = (text: string) => {
    const { tokens, sentences } = analyze(text);
    const fromDoc = titlesBySentence(tokens, sentences);
    const alone = sentences.map((s) => findTitles(tokens.slice(s.tokenStart, s.tokenEnd)).map((t) => ({ start: t.start, end: t.end })));
    return { fromDoc, alone };
  };

  it('are the titles found on each sentence alone, with offsets into the sentence', () => {
    const { fromDoc, alone } = perSentence('The Foreign Minister met the mayor. Later the Defence Minister and a spokesman spoke. Nobody else did.');
    expect(fromDoc).toEqual(alone);
    expect(fromDoc[1]!.length).toBeGreaterThan(1);
    expect(fromDoc[2]).toEqual([]);
  });

  it('leave a sentence to be read alone where a title runs across its boundary', () => {
    // A headline line ends the first sentence inside "prime minister"; alone, the second reads "Minister".
    const { tokens, sentences } = analyze('TALKS WITH THE PRIME\nMinister Dale Orr left.');
    expect(sentences.length).toBe(2);
    expect(findTitles(tokens).some((t) => t.start < sentences[1]!.tokenStart && t.end > sentences[1]!.tokenStart)).toBe(true);
    expect(titlesBySentence(tokens, sentences)).toEqual([undefined, undefined]);
    expect(findTitles(tokens.slice(sentences[1]!.tokenStart)).map((t) => t.position)).toEqual(['minister']);
  });
});
