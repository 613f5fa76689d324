// The gazetteer's longest match (lexicon/index.ts) behind its first-word filter: the filter may
// only skip words that start no entry. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { gazetteer, surfaceKey } from '../../src/extract/lexicon/index.ts';
import { tokenize } from '../../src/extract/text.ts';

const at = (text: string, i: number) => {
  const tokens = tokenize(text);
  const m = gazetteer().match(tokens.map((t) => t.lower), tokens.map((t) => t.norm), i, true);
  return m ? `${m.entry.id}/${m.length}` : null;
};

describe('gazetteer match', () => {
  it('finds every entry by its name (the filter skips no first word)', () => {
    const g = gazetteer();
    let missed = 0;
    for (const e of g.entries.values()) {
      // Names written as the lexicon writes them, each as a sentence of its own.
      const lower = surfaceKey(e.name);
      const raw = tokenize(e.name).map((t) => t.norm);
      if (!/^[\p{Lu}\p{N}]/u.test(raw[0]!)) continue;
      if (!g.match(lower, raw, 0, true)) missed++;
    }
    expect(missed).toBe(0);
  });

  it('finds entries inside running text, longest first, and nothing on common words', () => {
    expect(at('Talks opened in New Zealand on Monday.', 3)).toBe('state:new-zealand/2');
    expect(at('Talks opened in New Zealand on Monday.', 4)).toBe(null);
    expect(at('The office said so.', 1)).toBe(null);
    expect(at('The office said so.', 2)).toBe(null);
    expect(at('', 0)).toBe(null);
    expect(at('In Chile.', 5)).toBe(null); // past the end, as callers ask after a span
  });

  it('a lower-case particle an entry writes ("al Qaida") matches for typing, never an article, never for the tagger', () => {
    expect(at('They flew to the Netherlands.', 3)).toBe(null);
    expect(at('They flew to the Netherlands.', 4)).toBe('state:netherlands/1');
    expect(at('Officials said al Qaida claimed it.', 2)).toBe('organization:al-qaeda/2');
    const lower = ['officials', 'said', 'al', 'qaida'];
    expect(gazetteer().match(lower, ['Officials', 'said', 'al', 'Qaida'], 2, true, lower.length, true)).toBeNull();
  });
});
