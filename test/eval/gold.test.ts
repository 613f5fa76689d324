// The gold-format scorer on a small hand-made gold: normalization, strong and weak matches, duplicates.
import { describe, expect, it } from 'vitest';
import { normalizeName, scoreGold, type Gold } from '../../src/eval/gold.ts';
import type { Extraction } from '../../src/types.ts';

const text = 'Ann Lee met Bo Park in Oslo. Lee said the talks went well.';
const gold: Gold = {
  entities: [
    { id: 'lee', type: 'person', name: 'Ann Lee', aliases: ['Lee'] },
    { id: 'park', type: 'person', name: 'Bo Park', aliases: [] },
    { id: 'm', type: 'meeting', name: 'Oslo talks', mentions: ['met', 'talks'] },
  ],
  optional_entities: [{ id: 'oslo', type: 'place', name: 'Oslo', aliases: [] }],
  relations: [['lee', 'participant_in', 'm'], ['park', 'participant_in', 'm']],
  optional_relations: [['m', 'located_in', 'oslo']],
};
const span = (s: string, n = 0) => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(s, i + 1);
  return { doc: 'd', start: i, end: i + s.length, text: s };
};
const ent = (id: string, type: Extraction['entities'][0]['type'], name: string, spans: ReturnType<typeof span>[]) => ({ id, type, name, aliases: [], attributes: {}, mentions: spans });

describe('gold scorer', () => {
  it('normalizes names as the gold README says', () => {
    expect(normalizeName("The Kremlin's")).toBe('kremlin');
    expect(normalizeName('Türkiye')).toBe('turkiye');
    expect(normalizeName('U.S.')).toBe('u s');
  });

  it('matches strong and weak, counts duplicates and wrong relations as errors', () => {
    const x: Extraction = {
      schemaVersion: 1,
      documents: [],
      entities: [
        ent('p:lee', 'person', 'Ann Lee', [span('Ann Lee')]),
        ent('p:lee2', 'person', 'Lee', [span('Lee', 1)]), // duplicate node
        ent('p:park', 'person', 'Park', [span('Bo Park')]), // weak (overlap)
        ent('m:x', 'meeting', 'meeting', [span('met')]),
        ent('pl:oslo', 'place', 'Oslo', [span('Oslo')]), // optional: ignored
      ],
      relations: [
        { id: '1', type: 'participant_in', source: 'p:lee', target: 'm:x', attributes: {}, confidence: 1, evidence: [span('Ann Lee met Bo Park in Oslo.')] },
        { id: '2', type: 'located_in', source: 'm:x', target: 'pl:oslo', attributes: {}, confidence: 1, evidence: [span('Ann Lee met Bo Park in Oslo.')] },
        { id: '3', type: 'supports', source: 'p:lee', target: 'p:park', attributes: {}, confidence: 1, evidence: [span('Ann Lee met Bo Park in Oslo.')] },
      ],
    };
    const r = scoreGold(x, gold, text, 'd');
    expect(r.entities).toMatchObject({ hits: 3, errors: 1, misses: 0 });
    expect(r.relations).toMatchObject({ hits: 1, errors: 1, misses: 1 });
  });
});
