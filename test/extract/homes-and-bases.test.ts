// Where people live and bodies are based, from a place used as a modifier: "a Fargo native"
// (home-nouns.ts), "Tom Ward of Denver said" (residence.ts), "the Denver company Acme" and "Acme
// Corp. of Denver" (places.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';

const drafts = (text: string, rule: string, type: string) =>
  extractDocument({ id: 'd', text })
    .drafts.filter((d) => d.rule === rule && d.type === type)
    .map((d) => `${d.source.id} ${d.target.id}`);
const homes = (text: string) => drafts(text, 'relations.residence', 'lives_in');
const bases = (text: string) => drafts(text, 'relations.places', 'based_in');

describe('a place that modifies "native" or "resident"', () => {
  it('"X, a Fargo native" and "Moscow resident X": the person lives there', () => {
    expect(homes('Tom Ward, a Fargo native, mailed the letter on Friday.')).toContain('person:tom-ward place:fargo');
    expect(homes('Moscow resident Tom Ward mailed the letter on Friday.')).toContain('person:tom-ward place:moscow');
    expect(homes('Tom Ward, a longtime Denver resident, mailed the letter.')).toContain('person:tom-ward place:denver');
  });

  it('"X is a Fargo, N.D., native": the town and its state', () => {
    const found = homes('Tom Ward is a Fargo, N.D., native.');
    expect(found).toContain('person:tom-ward place:fargo');
    expect(found).toContain('person:tom-ward place:north-dakota');
  });

  it('a demonym gives a nationality, and a resident nobody names is no one', () => {
    expect(homes('Tom Ward, an Iraqi native, mailed the letter on Friday.')).toEqual([]);
    expect(homes('Tom Ward met a Moscow resident who declined to give his name.')).toEqual([]);
  });
});

describe('"X of Denver" when the clause goes on', () => {
  it('"Tom Ward of Denver said": the person lives there', () => {
    expect(homes('Tom Ward of Denver said the bridge was closed.')).toContain('person:tom-ward place:denver');
    expect(homes('Tom Ward of Denver was among the passengers.')).toContain('person:tom-ward place:denver');
  });

  it('"Dan Hill of the Denver police": the place names another body, not a home', () => {
    expect(homes('Dan Hill of the Denver police said the bridge was closed.')).toEqual([]);
  });
});

describe('a body placed by a modifier', () => {
  it('"the Denver company Acme Corp.": a named place, a body noun, the name', () => {
    expect(bases('The Denver company Acme Corp. said it would hire 200 workers.')).toContain('organization:acme-corp place:denver');
  });

  it('not after a demonym, nor across a clause', () => {
    expect(bases('The Iranian exile group Mujahideen Khalq held a rally.')).toEqual([]);
    expect(bases('Denver said the rebel group Hamas had left.')).toEqual([]);
  });

  it('"Acme Corp. of Denver said": a town after "of"', () => {
    expect(bases('Acme Corp. of Denver said it would hire 200 workers.')).toContain('organization:acme-corp place:denver');
    expect(bases('Acme Corp. of Denver police said it would hire 200 workers.')).toEqual([]);
    // A direction or a feature of the land read as a body's name places nothing.
    expect(bases('South of Denver, police found the stolen truck.')).toEqual([]);
    expect(bases('The Army of Northern Virginia surrendered in April.')).toEqual([]);
  });
});
