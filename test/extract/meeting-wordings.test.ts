// Meeting wordings of modern wire copy (issue 9): refused participation, "on the sidelines of",
// "in the Russian city of Kazan", "the two leaders" (own sentences, new names).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';

const read = (text: string) => {
  const d = extractDocument({ id: 'd', text }, { disable: ['relations.model'] });
  const heads = new Map(d.entities.filter((e) => e.frame).map((e) => [e, e.frame!.mentions.map((m) => d.tokens[m.end - 1]!.text).join('+')]));
  const rel = (type: string) => d.drafts.filter((r) => r.rule === 'relations.meetings' && r.type === type);
  return {
    frames: d.frames.map((f) => `${f.mentions.map((m) => d.tokens[m.end - 1]!.text).join('+')}${f.status ? ` ${f.status}` : ''}`),
    parts: [...new Set(rel('participant_in').map((r) => `${r.source.id} ${heads.get(r.target)}`))].sort(),
    places: [...new Set(rel('located_in').map((r) => `${heads.get(r.source)} ${r.target.id}`))].sort(),
  };
};

describe('refused participation', () => {
  it('who refused, declined or boycotted takes no part; the event still took place', () => {
    const a = read('Army chief Tomas Varga has refused to join peace talks in Valparaiso.');
    expect(a.parts).toEqual([]);
    expect(a.frames).toEqual(['talks']);
    expect(read('Prime Minister Ines Duarte declined to attend the summit in Lima.').parts).toEqual([]);
    expect(read('Opposition leader Marek Halas boycotted the talks in Geneva.').parts).toEqual([]);
  });

  it('"refused to meet Y" is no meeting; "declined to comment on the talks" leaves the talks as they were', () => {
    expect(read('President Oskar Lind refused to meet Ines Duarte.').frames).toEqual(['meet negated']);
    expect(read('President Oskar Lind refused to hold talks with Ines Duarte.').frames).toEqual(['talks negated']);
    const c = read('President Oskar Lind has declined to comment on the talks in Geneva.');
    expect(c.frames).toEqual(['talks']);
    expect(c.places).toEqual(['talks place:geneva']);
  });

  it('an agreed meeting keeps its participants', () => {
    expect(read('President Oskar Lind agreed to meet Ines Duarte.').parts).toEqual(['person:ines-duarte meet', 'person:oskar-lind meet']);
  });
});

describe('the place after a settlement noun', () => {
  it('"in the Russian city of Kazan", "in the Sudanese capital Khartoum" place the event', () => {
    expect(read('Leaders held a summit in the Russian city of Kazan on Tuesday.').places).toEqual(['summit place:kazan']);
    expect(read('Oskar Lind met Ines Duarte in the Sudanese capital Khartoum.').places).toEqual(['met place:khartoum']);
    expect(read('Oskar Lind met Ines Duarte in the morning.').places).toEqual([]);
  });
});

describe('on the sidelines of an event', () => {
  it('the meeting beside a summit is its own event, placed where the summit is; the summit gets neither person', () => {
    const a = read('Prime Minister Oskar Lind met President Ines Duarte on the sidelines of the G20 summit in Rio de Janeiro.');
    expect(a.frames).toEqual(['met', 'summit']);
    expect(a.parts).toEqual(['person:ines-duarte met', 'person:oskar-lind met']);
    expect(a.places).toEqual(['met place:rio-de-janeiro', 'summit place:rio-de-janeiro']);
    const b = read('On the sidelines of the G20 summit in Rio, Oskar Lind met Ines Duarte.');
    expect(b.frames).toEqual(['summit', 'met']);
    expect(b.parts).toEqual(['person:ines-duarte met', 'person:oskar-lind met']);
    expect(b.places).toEqual(['met place:rio', 'summit place:rio']);
  });

  it('"met in Turkey for talks" is still one event', () => {
    expect(read('Oskar Lind met Ines Duarte in Turkey on Monday for talks.').frames).toEqual(['met+talks']);
  });
});

describe('"the two leaders", "both men"', () => {
  it('the subject of an event is the last two persons named', () => {
    const a = read('Oskar Lind met Ines Duarte on Monday. The two leaders held talks on trade. Both men will meet again in May.');
    expect(a.parts).toEqual(['person:ines-duarte meet', 'person:ines-duarte met+talks', 'person:oskar-lind meet', 'person:oskar-lind met+talks']);
  });

  it('not with fewer than two persons, nor from far back', () => {
    expect(read('Oskar Lind arrived on Monday. The two leaders held talks on trade.').parts).toEqual([]);
    expect(read('Oskar Lind met Ines Duarte on Monday. Rain fell. Markets rose. Prices fell. The two leaders held talks on trade.').parts.filter((p) => p.endsWith(' talks'))).toEqual([]);
  });
});
