// Nominal coreference (coref.ts, post-descriptions.ts) on sentences written for these tests: a post
// said again ("the minister said", "the 61-year-old premier", "the Russian president") links to the
// one person titled or drafted with that post; none when two persons fit, when a name or another
// holder follows the post, for a new or lower-ranked holder, or inside a phrase about the post.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { docOutput } from '../../src/extract/output.ts';
import { samePost } from '../../src/extract/post-descriptions.ts';

const NO_MODEL = { disable: ['relations.model'] };

/** The posts said again of a person, as "words -> person name". */
function roles(text: string, disable: string[] = []): string[] {
  const doc = extractDocument({ id: 'd', text }, { disable: [...NO_MODEL.disable, ...disable] });
  return doc.links
    .filter((l) => l.mention.via === 'nominal' && l.entity.type === 'person')
    .map((l) => `${doc.tokens.slice(l.mention.start, l.mention.end).map((t) => t.text).join(' ')} -> ${l.entity.name}`);
}

describe('persons named again by their title', () => {
  it('"the minister" is the one person titled minister before', () => {
    expect(roles('Foreign Minister Arvo Kallas flew to Oslo on Monday. The minister said the talks would be hard.')).toEqual(['minister -> Arvo Kallas']);
  });

  it('a post written with its usual words and modifiers ("the visiting premier", "the 61-year-old premier")', () => {
    expect(roles('Prime Minister Dana Morvik arrived in Lima on Tuesday. The visiting premier laid a wreath.')).toEqual(['visiting premier -> Dana Morvik']);
    expect(roles('Prime Minister Dana Morvik arrived in Lima on Tuesday. The 61-year-old premier laid a wreath.')).toEqual(['61 - year - old premier -> Dana Morvik']);
  });

  it('past the window, the only person the document titled with the post', () => {
    const text = 'President Oskar Lind opened the bridge on Friday. Crowds cheered. Bands played. Traffic stopped. The president later flew home.';
    expect(roles(text)).toEqual(['president -> Oskar Lind']);
  });

  it('a deputy is no holder of the post itself, whether the title or a word before it says so', () => {
    expect(roles('Deputy Foreign Minister Arvo Kallas flew to Oslo on Monday. The minister said the talks would be hard.')).toEqual([]);
    expect(roles('The vote went to deputy Parliamentary Speaker Ilse Roone on Monday. The parliamentary speaker must now call a new vote.')).toEqual([]);
    expect(samePost('minister', 'foreign minister')).toBe(true);
    expect(samePost('president', 'vice president')).toBe(false);
  });

  it('a former holder is "the former president", not "the president"', () => {
    expect(roles('Former President Oskar Lind opened the bridge on Friday. The president later flew home.')).toEqual([]);
    expect(roles('Former President Oskar Lind opened the bridge on Friday. The former president later flew home.')).toEqual(['former president -> Oskar Lind']);
  });

  it('"to" before a verb names no other post', () => {
    expect(roles('President Oskar Lind opened the bridge on Friday. Aides urged the president to rest.')).toEqual(['president -> Oskar Lind']);
    expect(roles('Ambassador Oskar Lind opened the bridge on Friday. The ambassador to Chile was absent.')).toEqual([]);
  });

  it('a new or next holder is another person; a body named before the post must be in the title held', () => {
    expect(roles('President Oskar Lind opened the bridge on Friday. The new president will be sworn in next month.')).toEqual([]);
    expect(roles('General Mara Toth inspected the troops on Friday. The army general praised them.')).toEqual([]);
    expect(roles('Police Chief Mara Toth inspected the cadets on Friday. The police chief praised them.')).toEqual(['police chief -> Mara Toth']);
  });

  it('two persons with the post link nothing', () => {
    expect(roles('President Oskar Lind met President Ruta Vanag in Riga on Friday. The president said trade would grow.')).toEqual([]);
  });

  it('a person near the description wins over one titled long before', () => {
    const text = 'President Oskar Lind opened the bridge on Friday. Crowds cheered. Bands played. Traffic stopped. President Ruta Vanag visited the fair. The president praised it.';
    expect(roles(text)).toEqual(['president -> Ruta Vanag']);
  });

  it('a name or a holder after the post, or a post inside a phrase about it, is no mention of the person titled before', () => {
    expect(roles('Foreign Minister Arvo Kallas flew to Oslo on Monday. The minister Jan Berg met him.')).toEqual([]);
    expect(roles('Foreign Minister Arvo Kallas flew to Oslo on Monday. The minister, Jan Berg, met him.')).not.toContain('minister -> Arvo Kallas');
    expect(roles('President Oskar Lind opened the bridge on Friday. The president of the senate was absent.')).toEqual([]);
    expect(roles('President Oskar Lind opened the bridge on Friday. The president at the bank was absent.')).toEqual([]);
    expect(roles('President Oskar Lind opened the bridge on Friday. His rival claimed the title of president.')).toEqual([]);
  });

  it('the post is listed among the mentions of its person', () => {
    const doc = extractDocument({ id: 'd', text: 'Foreign Minister Arvo Kallas flew to Oslo on Monday. The minister said the talks would be hard.' }, NO_MODEL);
    const person = [...docOutput(doc).entities.values()].find((e) => e.name === 'Arvo Kallas');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Arvo Kallas', 'minister']);
  });
});

describe('persons named again by a post the rules drafted', () => {
  it('"the Chilean president" is the one person drafted as president of Chile', () => {
    const text = 'Chile\'s president, Oskar Lind, flew to Oslo. Norway welcomed the Chilean president on Monday.';
    expect(roles(text)).toContain('Chilean president -> Oskar Lind');
    expect(roles(text, ['coref'])).not.toContain('Chilean president -> Oskar Lind');
  });

  it('the post named in apposition is that person, not another holder', () => {
    expect(roles('France\'s president, Oskar Lind, flew to Oslo on Monday.')).toEqual(['France \'s president -> Oskar Lind']);
  });

  it('two persons drafted with the post link nothing', () => {
    expect(roles('French President Oskar Lind met Italian President Ruta Vanag in Oslo. The French president praised the Italian president.')).toEqual(['French president -> Oskar Lind', 'Italian president -> Ruta Vanag']);
    expect(roles('President Oskar Lind met President Ruta Vanag in Oslo. The president of France spoke.')).toEqual([]);
  });
});
