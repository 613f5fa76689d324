// The text stage: offsets, tokens, sentences, determinism.
import { describe, expect, it } from 'vitest';
import { analyze, tokenize } from '../../src/extract/text.ts';

describe('text stage', () => {
  it('keeps offsets into the text as given, typographic quotes included', () => {
    const text = 'Gov. Ann Lee’s aides met the U.S. envoy — “fine,” she said.\n\nNext para here.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits possessives, hyphens and keeps abbreviations whole', () => {
    const words = tokenize("The U.S.-Chinese talks and Lee's plan, said Gov. Smith.").map((t) => t.text);
    expect(words).toContain('U.S.');
    expect(words).toContain('Chinese');
    expect(words).toContain("'s");
    expect(words).toContain('Gov.');
  });

  it('splits sentences at stops and line breaks but not after titles', () => {
    const a = analyze('Dr. Smith arrived in Paris. He met Mrs. Jones on Monday!\nHeadline without stop\nLast one?');
    const sents = a.sentences.map((s) => a.text.slice(s.start, s.end));
    expect(sents).toEqual(['Dr. Smith arrived in Paris.', 'He met Mrs. Jones on Monday!', 'Headline without stop', 'Last one?']);
  });

  it('is deterministic across calls in one process', () => {
    const text = "Lahd's men said. Lahd's men said again. “Quote,” he said.";
    const first = JSON.stringify(analyze(text));
    for (let i = 0; i < 5; i++) expect(JSON.stringify(analyze(text))).toBe(first);
  });
});
