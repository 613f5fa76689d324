// Entity rules for modern news copy, on sentences written for these tests: datelines before an
// outlet, particles of a name cut by the tagger, plural group names, honorifics, coded armed groups,
// names the tagger took for places, a headline's weak vote.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { mentionsWithSpans } from '../helpers.ts';

const run = (text: string) => extract([{ id: 'd', text }]);
const named = (text: string) => run(text).entities.filter((e) => e.type !== 'meeting').map((e) => `${e.type}:${e.name}`).sort();

describe('modern copy: entities', () => {
  it('a dateline city in capitals before a two-word outlet is the city, not the outlet\'s acronym', () => {
    const x = run('MUSCAT (Al Jazeera) — Rebels said on Wednesday they had fired missiles. The envoy met officials in Muscat.');
    expect(x.entities.find((e) => e.id === 'media:al-jazeera')!.aliases).toEqual([]);
    expect(x.entities.map((e) => e.id)).toContain('place:muscat');
  });

  it('a given name the tagger typed apart before name particles joins the surname; other words do not', () => {
    expect(mentionsWithSpans('The chair, Ingrid von der Kessel, spoke.', [[3, 1, 'LOC'], [6, 1, 'PER']])).toEqual(['person:Ingrid von der Kessel']);
    expect(mentionsWithSpans('They met in Ostrava and Ingrid Kessel spoke.', [[3, 1, 'LOC'], [5, 2, 'PER']])).toEqual(['place:Ostrava', 'person:Ingrid Kessel']);
  });

  it('a one-word group in the plural is the group of the singular', () => {
    expect(named('Houthi rebels said on Wednesday they had fired missiles. The Houthis, who hold the north, vowed to go on.')).toContain('organization:Houthi');
    expect(named('Houthi rebels said on Wednesday they had fired missiles. The Houthis, who hold the north, vowed to go on.')).not.toContain('organization:Houthis');
  });

  it('a lone letter is no place ("said on X.")', () => {
    expect(mentionsWithSpans('The group said on X. Officials denied it.', [[4, 1, 'LOC']])).toEqual([]);
  });

  it('"Emir" is kept out of the name and names no one alone after "the"', () => {
    const x = named("Kuwait's Emir Sheikh Jaber al-Ahmad al-Sabah received the envoy on Monday. The Emir said talks went well.");
    expect(x).toContain('person:Jaber al-Ahmad al-Sabah');
    expect(x.filter((n) => n.startsWith('person:'))).toHaveLength(1);
  });

  it('a code of capitals and digits before "rebels" is an armed group everywhere in the text; other codes are not', () => {
    const x = named('In eastern Kivu, K17 rebels seized the town of Ostra on Monday. The K17 denied any abuses. An A320 plane landed later.');
    expect(x).toContain('organization:K17');
    expect(x.some((n) => n.includes('A320'))).toBe(false);
  });

  it('a name the tagger took for a place ending in "Corps", "Army" or "Forces" is a body; a dam is a place', () => {
    expect(mentionsWithSpans('The Ostran Corps was renamed.', [[1, 2, 'LOC']])).toEqual(['organization:Ostran Corps']);
    expect(mentionsWithSpans('A patrol crossed the Palk Strait.', [[4, 2, 'LOC']])).toEqual(['place:Palk Strait']);
    expect(mentionsWithSpans('The rebels fought the Sudanese Armed Forces near Kosti.', [[4, 3, 'MISC'], [8, 1, 'LOC']])).toEqual(['organization:Sudanese Armed Forces', 'place:Kosti']);
    expect(mentionsWithSpans('They discussed the Kessel Dam dispute.', [[3, 2, 'ORG']])).toEqual(['place:Kessel Dam']);
  });

  it('on a tie of types, the headline\'s vote counts less than the body\'s', () => {
    const x = named("RSF seizes El Fasher as African Union calls for truce\n\nThe rebels said on Monday they had taken full control of El Fasher, the army's last stronghold.");
    expect(x).toContain('place:El Fasher');
    expect(x).not.toContain('organization:El Fasher');
  });
});
