// Posts named after the holder's name, killers named by an apposition, languages that name no
// state, and a government named after its leader (issue 9), on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract, extractDocument } from '../../src/extract/index.ts';

const drafts = (text: string, type: string) =>
  extractDocument({ id: 'd', text }, { disable: ['relations.model'] }).drafts
    .filter((d) => d.type === type)
    .map((d) => `${d.source.id} ${d.target.id}`);

describe('a titled name and its holder after "of"', () => {
  it('"President X of Zambia" holds the post of Zambia, past a modifier before the title', () => {
    expect(drafts('Officials said President Joseph Mwanza of Zambia would attend.', 'holds_position')).toContain('person:joseph-mwanza state:zambia');
    expect(drafts('The talks included former President Joseph Mwanza of Zambia.', 'holds_position')).toContain('person:joseph-mwanza state:zambia');
  });

  it('no post after a lower-case word that names what the post is of, nor of a place', () => {
    expect(drafts('Rain fell as championship leader Aaron Voss of New Zealand crashed.', 'holds_position')).toEqual([]);
    expect(drafts('Sen. Linda Marsh of Oregon spoke on Monday.', 'holds_position')).toEqual([]);
  });
});

describe('killers named by an apposition', () => {
  it('"X, the assassin of Y" past the victim\'s title or description, and "the killer of Y, X"', () => {
    expect(drafts('In 1901, Piet Kramer, the assassin of President Hendrik Vos, was hanged.', 'killed')).toEqual(['person:piet-kramer person:hendrik-vos']);
    expect(drafts('Piet Kramer, the convicted killer of union leader Hendrik Vos, escaped on Sunday.', 'killed')).toEqual(['person:piet-kramer person:hendrik-vos']);
    expect(drafts('The murderer of Hendrik Vos, Piet Kramer, was never found.', 'killed')).toEqual(['person:piet-kramer person:hendrik-vos']);
  });

  it('no killer without the apposition or the named victim', () => {
    expect(drafts('Police named Piet Kramer, a friend of Hendrik Vos, as the killer of her husband.', 'killed')).toEqual([]);
    expect(drafts('Piet Kramer said the killer of Hendrik Vos was never found.', 'killed')).toEqual([]);
  });
});

describe('a language after "in" names no state', () => {
  const states = (text: string) => extractDocument({ id: 'd', text }).links.filter((l) => l.entity.type === 'state').map((l) => `${l.entity.id}${l.mention.anchor ? ' anchor' : ''}`);
  it('"broadcast in Spanish 1800 GMT", "said in French on Monday", "in Arabic and English"', () => {
    expect(states('Havana Radio Progreso Network in Spanish 1800 GMT 3 Mar 95')).toEqual([]);
    expect(states('The minister spoke in French on Monday.')).toEqual([]);
    expect(states('The statement was issued in Arabic and English.')).toEqual([]);
  });

  it('a demonym after "in" that modifies a noun still names its state', () => {
    expect(states('Investors bought stakes in Russian companies.')).toEqual(['state:russia anchor']);
  });
});

describe('a government named after its leader', () => {
  const text = 'President Martin Hale spoke on Monday. Critics said the Hale administration had ignored the floods in Texas.';
  it('records its leader, who holds no post in it', () => {
    const doc = extractDocument({ id: 'd', text });
    const admin = doc.links.find((l) => /administration/.test(l.entity.name))!.entity;
    expect(admin.leader?.id).toBe('person:martin-hale');
    const x = extract([{ id: 'd', text }]);
    expect(x.relations.filter((r) => r.type === 'holds_position' && r.target === admin.id)).toEqual([]);
  });
});
