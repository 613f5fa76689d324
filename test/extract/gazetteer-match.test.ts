// The gazetteer's longest match (lexicon/index.ts) behind its first-word filter: the filter may
// only skip words that start no entry. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { gazetteer, surfaceKey, taggerGazetteer } from '../../src/extract/lexicon/index.ts';
import { tokenize } from '../../src/extract/text.ts';

const at = (text: string, i: number) => {
  const tokens = tokenize(text);
  const m = gazetteer().match(tokens.map((t) => t.lower), tokens.map((t) => t.norm), i, true);
  return m ? `${m.entry.id}/${m.length}` : null;
};

describe('gazetteer match', () => {
  it('finds every entry by its name, in both gazetteers (the filter skips no first word)', () => {
    for (const g of [gazetteer(), taggerGazetteer()]) {
      let missed = 0;
      for (const e of g.entries.values()) {
        // Names written as the lexicon writes them, each as a sentence of its own.
        const lower = surfaceKey(e.name);
        const raw = tokenize(e.name).map((t) => t.norm);
        if (!/^[\p{Lu}\p{N}]/u.test(raw[0]!)) continue;
        if (!g.match(lower, raw, 0, true)) missed++;
      }
      expect(missed).toBe(0);
    }
  });

  it('finds entries inside running text, longest first, and nothing on common words', () => {
    expect(at('Talks opened in New Zealand on Monday.', 3)).toBe('state:new-zealand/2');
    expect(at('Talks opened in New Zealand on Monday.', 4)).toBe(null);
    expect(at('The office said so.', 1)).toBe(null);
    expect(at('The office said so.', 2)).toBe(null);
    expect(at('', 0)).toBe(null);
    expect(at('In Chile.', 5)).toBe(null); // past the end, as callers ask after a span
  });
});
