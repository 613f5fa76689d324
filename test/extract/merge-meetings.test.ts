// Meetings across documents, through the whole pipeline on sentences written for these tests:
// ids scoped to their document, joined only for the same participants, place and date; never
// named by a bare noun.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { isBareMeetingName } from '../../src/extract/hygiene.ts';
import type { Entity, Extraction } from '../../src/types.ts';

const meetings = (x: Extraction): Entity[] => x.entities.filter((e) => e.type === 'meeting');
const participants = (x: Extraction, id: string) => x.relations.filter((r) => r.type === 'participant_in' && r.target === id).map((r) => r.source).sort();

const TALKS = 'Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Tuesday.';

describe('meetings across documents', () => {
  it('two articles on the same talks (participants, place, date) give one meeting', () => {
    const x = extract([
      { id: 'a', text: TALKS, published: '2025-03-06' },
      { id: 'b', text: `${TALKS} The two leaders discussed trade.`, published: '2025-03-06' },
    ]);
    const m = meetings(x);
    expect(m).toHaveLength(1);
    expect(m[0]!.attributes.date).toBe('2025-03-04');
    expect(new Set(m[0]!.mentions.map((s) => s.doc))).toEqual(new Set(['a', 'b']));
    expect(participants(x, m[0]!.id)).toEqual(['person:william-ruto', 'person:yoweri-museveni']);
    expect(x.merges!.filter((r) => r.rule === 'meeting')).toHaveLength(1);
  });

  it('keeps apart meetings of one place on other dates, or with other participants', () => {
    const x = extract([
      { id: 'a', text: TALKS, published: '2025-03-06' },
      { id: 'b', text: TALKS, published: '2025-04-10' },
      { id: 'c', text: 'Kenyan President William Ruto met Tanzanian President Samia Suluhu in Kampala on Tuesday.', published: '2025-03-06' },
    ]);
    const m = meetings(x);
    expect(m).toHaveLength(3);
    expect(m.map((e) => e.id.split('--')[1]).sort()).toEqual(['a', 'b', 'c']);
    expect(x.merges!.filter((r) => r.rule === 'meeting')).toEqual([]);
  });

  it('never joins meetings by their place name alone: each document\'s is its own', () => {
    const x = extract([
      { id: 'a', text: 'Ministers held talks in Geneva.' },
      { id: 'b', text: 'Negotiators held talks in Geneva.' },
    ]);
    const m = meetings(x);
    expect(m.map((e) => e.id)).toEqual(['meeting:geneva-talks--a', 'meeting:geneva-talks--b']);
  });
});

describe('meeting names', () => {
  it('names a meeting by its place and resolved date, or by its parties', () => {
    const x = extract([
      { id: 'a', text: 'Nigerian and Ghanaian ministers held talks in Abuja on Friday.', published: '2025-05-12' },
      { id: 'b', text: 'Peruvian President Dina Boluarte held a phone call with Chilean President Gabriel Boric.' },
    ]);
    expect(meetings(x).map((e) => e.name)).toEqual(['Abuja talks (2025-05-09)', 'Boluarte–Boric phone call']);
  });

  it('qualifies a meeting the text says nothing more of by the document title, else its file name', () => {
    const text = 'The talks were postponed again, officials said.';
    const x = extract([
      { id: 'news/week-12.txt', text },
      { id: 'news/week-13.txt', text, title: 'Officials postpone the talks' },
      { id: 'news/week-14.txt', text: `${text} Later, a meeting was called off.` },
    ]);
    const names = meetings(x).map((e) => e.name).sort();
    expect(names).toEqual(['meeting (week-14)', 'talks (Officials postpone the talks)', 'talks (week-12)', 'talks (week-14)']);
    for (const n of names) expect(isBareMeetingName(n)).toBe(false);
    expect(new Set(meetings(x).map((e) => e.id)).size).toBe(4);
  });

  it('names an event the text says nothing more of by the words before its head, then the document', () => {
    const x = extract([
      { id: 'news/day-1.txt', text: 'A former governor addressed the Democratic convention, aides said.' },
      { id: 'news/day-2.txt', text: 'Delegates flew home after a Latin American meeting ended.' },
      // An article, a sentence's first word or a lower-case word that names no event ends the words.
      { id: 'news/day-3.txt', text: 'Talks resumed. The crucial talks were postponed.' },
      // A hyphen inside a word joins its capitalized parts.
      { id: 'news/day-4.txt', text: 'Delegates flew home after the Afro-Asian meeting ended.' },
    ]);
    const names = meetings(x).map((e) => e.name).sort();
    expect(names).toEqual(['Afro-Asian meeting (day-4)', 'Democratic convention (day-1)', 'Latin American meeting (day-2)', 'talks (day-3)']);
    for (const n of names) expect(isBareMeetingName(n)).toBe(false);
  });

  it('keeps two events of one document named alike apart: a visit told as past and one hoped for', () => {
    const m = meetings(extract([{ id: 'd', text: 'Hale visited Nairobi on Monday. He said Ruto would visit Nairobi next month.' }]));
    expect(m.map((e) => e.id)).toEqual(['meeting:nairobi-visit--d', 'meeting:nairobi-visit-2--d']);
    expect(m.map((e) => e.attributes.status ?? 'real')).toEqual(['real', 'hypothetical']);
  });

  it('is deterministic: the same documents give the same names and ids', () => {
    const docs = [{ id: 'a', text: TALKS, published: '2025-03-06' }, { id: 'b', text: 'The talks were postponed.' }];
    expect(JSON.stringify(meetings(extract(docs)))).toBe(JSON.stringify(meetings(extract([...docs].reverse()))));
  });
});
