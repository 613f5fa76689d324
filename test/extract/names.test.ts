// The name index of names.ts: which full name of a text a short form names.
import { describe, expect, it } from 'vitest';
import { NameIndex, oneWordVariant, spellingVariants } from '../../src/extract/names.ts';

const index = (...names: string[]) => {
  const ix = new NameIndex<string>();
  for (const n of names) ix.add(n.split(' '), n);
  return ix;
};

describe('NameIndex', () => {
  it('a surname several full names share is the first one added; a first name or a one-word name is not', () => {
    const ix = index('Anna Berg', 'Carl Berg');
    expect(ix.unique(['Berg'])).toBeUndefined();
    expect(ix.firstWithSurname('Berg', () => true)).toBe('Anna Berg');
    expect(ix.firstWithSurname('Berg', (v) => v !== 'Anna Berg')).toBe('Carl Berg');
    expect(ix.firstWithSurname('Anna', () => true)).toBeUndefined();
    expect(index('Berg').firstWithSurname('Berg', () => true)).toBeUndefined();
  });

  it('an inner word of one name of three words or more names it; of two names, neither', () => {
    const ix = index('Luis Alberto Ortega Ruiz', 'Tomas Reed Jr');
    expect(ix.uniqueInner('Ortega')).toBe('Luis Alberto Ortega Ruiz');
    expect(ix.uniqueInner('Reed')).toBe('Tomas Reed Jr');
    expect(ix.uniqueInner('Luis')).toBeUndefined();
    expect(ix.uniqueInner('Ruiz')).toBeUndefined();
    expect(index('Ana Ortega Ruiz', 'Pedro Ortega Diaz').uniqueInner('Ortega')).toBeUndefined();
  });

  it('a surname misspelt by one letter is the one full name it fits; not short ones, other initials, or two that fit', () => {
    const ix = index('Marc Dutroux', 'Sergei Yastrzhembsky', 'Ann Lee');
    expect(ix.uniqueMisspeltSurname('Detroux')).toBe('Marc Dutroux');
    expect(ix.uniqueMisspeltSurname('Yastrezhembsky')).toBe('Sergei Yastrzhembsky');
    expect(ix.uniqueMisspeltSurname('Dutroux')).toBeUndefined(); // the surname itself: unique() finds it
    expect(ix.uniqueMisspeltSurname('Lea')).toBeUndefined();
    expect(ix.uniqueMisspeltSurname('Putroux')).toBeUndefined();
    expect(ix.uniqueMisspeltSurname('Dtuorux')).toBeUndefined();
    expect(index('Anna Karlsen', 'Per Karlson').uniqueMisspeltSurname('Karlsan')).toBeUndefined();
  });
});

describe('two spellings of one name', () => {
  const w = (n: string) => n.split(' ');
  it('a surname one letter apart past its first letter, or with another first vowel, is the same name', () => {
    expect(spellingVariants(w('Khaled Meshaal'), w('Khaled Mashaal'))).toBe(true);
    expect(spellingVariants(w('Omar el-Bashir'), w('Omar al-Bashir'))).toBe(true);
    expect(oneWordVariant(w('Marc Dutroux'), w('Mark Dutroux'))).toBe(true);
  });

  it('another first consonant makes another name ("Perry" / "Kerry", "Pang" / "Wang")', () => {
    expect(spellingVariants(w('John Perry'), w('John Kerry'))).toBe(false);
    expect(oneWordVariant(w('Pang Chen'), w('Wang Chen'))).toBe(false);
    expect(oneWordVariant(w('Tom Hanson'), w('Tom Janson'))).toBe(false);
  });
});
