// The per-document extraction cache: keys, atomic entries, unreadable entries, invalidation.
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionCache, extractorFingerprint, writeEntry } from '../../src/cli/cache.ts';
import { extractOne } from '../../src/extract/index.ts';
import { ROOT, tempDir } from '../helpers.ts';

const doc = { id: 'a.txt', text: 'Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius.' };

describe('extraction cache', () => {
  it('stores and returns an extraction; a miss is null', () => {
    const cache = new ExtractionCache(tempDir());
    expect(cache.get(doc)).toBeNull();
    const x = extractOne(doc);
    writeEntry(cache.file(doc), x);
    expect(cache.get(doc)).toEqual(x);
    expect(readdirSync(join(cache.file(doc), '..')).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('the key covers everything extraction reads: text, id, published date', () => {
    const cache = new ExtractionCache(tempDir());
    const files = new Set([
      cache.file(doc),
      cache.file({ ...doc, text: doc.text + ' ' }),
      cache.file({ ...doc, id: 'b.txt' }),
      cache.file({ ...doc, published: '2025-01-01' }),
      cache.file({ ...doc, title: 'Duda in Vilnius' }),
    ]);
    expect(files.size).toBe(5);
  });

  it('a truncated or foreign entry is a miss, not an error', () => {
    const cache = new ExtractionCache(tempDir());
    const file = cache.file(doc);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, '{"schemaVersion": 1, "documents": [');
    expect(cache.get(doc)).toBeNull();
    writeFileSync(file, JSON.stringify(extractOne({ ...doc, id: 'other' })));
    expect(cache.get(doc)).toBeNull();
  });

  it('the fingerprint changes with any file under src/extract; other versions are removed', () => {
    const copy = join(tempDir(), 'extract');
    cpSync(join(ROOT, 'src', 'extract'), copy, { recursive: true });
    const before = extractorFingerprint(copy);
    expect(before).toBe(extractorFingerprint(copy));
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    writeFileSync(join(copy, 'lexicon', 'media.tsv'), '\n', { flag: 'a' });
    expect(extractorFingerprint(copy)).not.toBe(before);
    const root = tempDir();
    const old = new ExtractionCache(root, 'aaaaaaaaaaaaaaaa');
    writeEntry(old.file(doc), extractOne(doc));
    const current = new ExtractionCache(root, 'bbbbbbbbbbbbbbbb');
    expect(current.get(doc)).toBeNull();
    expect(readdirSync(root)).toEqual(['vbbbbbbbbbbbbbbbb']);
  });
});
