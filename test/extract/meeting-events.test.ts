// Meeting detection and grouping on unseen wording (issue 9): sports reports, compounds ("round-trip
// flights", "summit meeting"), a body's own event, an earlier event, calls told by the verb, "the
// visit" after "visited" (own sentences, invented names).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';

const read = (text: string) => {
  const d = extractDocument({ id: 'd', text }, { disable: ['relations.model'] });
  const heads = new Map(d.entities.filter((e) => e.frame).map((e) => [e, e.frame!.mentions.map((m) => d.tokens[m.end - 1]!.text).join('+')]));
  return {
    frames: d.frames.map((f) => `${f.mentions.map((m) => d.text.slice(d.tokens[m.start]!.start, d.tokens[m.end - 1]!.end)).join('+')}${f.status ? ` ${f.status}` : ''}`),
    kinds: d.frames.map((f) => f.kind),
    parts: [...new Set(d.drafts.filter((r) => r.rule === 'relations.meetings' && r.type === 'participant_in').map((r) => `${r.source.id} ${heads.get(r.target)}`))].sort(),
  };
};

describe('sports reports', () => {
  it('a sports report has no meetings: its meetings, tours and "meets" are contests', () => {
    expect(read('TENNIS - LIND MEETS DUARTE IN SEMIFINAL.\nOskar Lind meets Ines Duarte on Friday after an international meeting in Lyon.').frames).toEqual([]);
    expect(read('CYCLING - VARGA WINS STAGE OF TOUR OF CALDORA.\nTomas Varga won the first stage of the tour on Tuesday.').frames).toEqual([]);
  });

  it('the same words outside a sports report are events', () => {
    expect(read('Lind meets Duarte in Lyon.\nOskar Lind meets Ines Duarte on Friday.').frames.length).toBeGreaterThan(0);
  });
});

describe('event words inside compounds', () => {
  it('"round-trip flights" and "a meeting zone" are no events; "a trip to Lima" is one', () => {
    expect(read('The accord allows four round-trip flights a week between Lima and Quito.').frames).toEqual([]);
    expect(read('Observers should go to the agreed meeting zone near the border.').frames).toEqual([]);
    expect(read('Foreign Minister Oskar Lind made a trip to Lima on Monday.').frames).toEqual(['trip']);
  });

  it('"a summit meeting" is one event, a summit', () => {
    const a = read('Leaders gathered in Oslo for a summit meeting on Friday.\nThe Oslo summit ended with a joint statement.');
    expect(a.frames).toEqual(['summit meeting+summit']);
    expect(a.kinds).toEqual(['summit']);
    expect(read('Leaders held a summit in Oslo.\nThe meeting ended on Friday.').frames).toEqual(['summit+meeting']);
  });
});

describe('another event than the one told', () => {
  it('"their previous meeting" and "the earlier talks" are earlier events', () => {
    expect(read('Lind in Lima.\nOskar Lind met Ines Duarte in Lima on Monday.\nTheir previous meeting was in May.').frames).toEqual(['met', 'meeting']);
    expect(read('Lind in Lima.\nOskar Lind held talks with Ines Duarte in Lima on Monday.\nThe earlier talks had failed.').frames).toEqual(['talks', 'talks']);
    expect(read('Lind in Lima.\nOskar Lind met Ines Duarte in Lima on Monday.\nThe meeting lasted two hours.').frames).toEqual(['met+meeting']);
  });

  it('a definite event named by the body that holds it, with another head word, is that body\'s event', () => {
    expect(read('Officials held talks with Germany on Monday.\nThe matter was left to the next European Commission meeting.').frames).toEqual(['talks', 'meeting planned']);
    expect(read('Officials held talks in Baghdad on Monday.\nThe Baghdad meeting ended without a statement.').frames).toEqual(['talks+meeting']);
  });
});

describe('calls and visits told by the verb', () => {
  it('"X telephoned Y" is a call between the two; "telephoned a radio station" is none', () => {
    const a = read('President Oskar Lind telephoned Chancellor Ines Duarte on Sunday.');
    expect(a.kinds).toEqual(['call']);
    expect(a.parts).toEqual(['person:ines-duarte telephoned', 'person:oskar-lind telephoned']);
    expect(read('Oskar Lind telephoned a radio station on Sunday.').frames).toEqual([]);
  });

  it('"the visit" after "X visited Y" is that visit, unless the verb told an earlier one in passing', () => {
    expect(read('President Ines Duarte visited Lima on Tuesday.\nThe visit was her first abroad.').frames).toEqual(['visited+visit']);
    expect(read('Ines Duarte, who had already visited Lima, arrived in Quito.\nThe visit was her first abroad.').frames).toEqual(['visited', 'visit']);
  });
});

describe('"to visit PLACE" and press review items', () => {
  it('"is to visit Egypt" after a visit elsewhere is a visit of its own, and "a visit to Egypt" later is that one', () => {
    const a = read('Seven Norwegian ministers will visit Canada next month.\nForeign Minister Oskar Lind is to visit Egypt soon.\nA visit to Egypt was last made by a minister in 1990.');
    expect(a.frames.map((f) => f.replace(/ \w+$/, ''))).toEqual(['visit', 'visit+visit']);
    expect(a.parts).toContain('person:oskar-lind visit+visit');
  });

  it('"the first minister to visit Egypt" after arriving in Cairo for a visit is that visit', () => {
    expect(read('Oskar Lind arrived in Cairo on Monday for a three-day visit.\nHe is the first Norwegian minister to visit Egypt since 1990.').frames).toEqual(['visit+visit']);
  });

  const review = (items: string[]) =>
    read(['PRESS DIGEST - NORWAY - MAY 3.', 'These are the leading stories in the Norwegian press on Friday.', 'AFTENBLADET', ...items].join('\n'));

  it('an event word of one "- item" line does not refer to the event of another item', () => {
    expect(review(['- Oskar Lind met Ines Duarte in Oslo on Thursday.', '- Fishery talks will begin in June, the ministry says.']).frames.length).toBe(2);
    expect(review(['-- Oskar Lind met Ines Duarte in Oslo on Thursday.', '-- Fishery talks will begin in June, the ministry says.']).frames.length).toBe(2);
    // A separator line is no item.
    expect(review(['- Oskar Lind met Ines Duarte in Oslo on Thursday.', '- - - -', 'Fishery talks will begin in June, the ministry says.']).frames.length).toBe(1);
  });

  it('within one item, and in a story without items, the bare event word is the event told', () => {
    expect(review(['- Oskar Lind met Ines Duarte in Oslo on Thursday.', 'Fishery talks will begin in June, the ministry says.']).frames.length).toBe(1);
    expect(read('Oskar Lind met Ines Duarte in Oslo on Thursday.\nFishery talks will begin in June, the ministry says.').frames.length).toBe(1);
  });
});
