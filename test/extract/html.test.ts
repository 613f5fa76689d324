// HTML input: visible text, entity decoding, and offsets that point into the HTML as given.
import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml, toSource } from '../../src/extract/html.ts';
import { extract } from '../../src/extract/index.ts';

describe('HTML input', () => {
  const html = '<html><head><title>x</title><script>var a = "<p>Evil</p>";</script></head><body><h1>Summit news</h1><p>Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan in Ankara&nbsp;on Tuesday, AT&amp;T&#39;s staff said.</p></body></html>';

  it('detects HTML and keeps a map from text back to the source', () => {
    expect(looksLikeHtml(html)).toBe(true);
    expect(looksLikeHtml('Plain text with a < sign and <3 hearts.')).toBe(false);
    const v = htmlToText(html);
    expect(v.text).not.toContain('Evil');
    expect(v.text).toContain("AT&T's staff");
    const i = v.text.indexOf('Ankara');
    const [s, e] = toSource(v, i, i + 'Ankara'.length);
    expect(html.slice(s, e)).toBe('Ankara');
    const j = v.text.indexOf('AT&T');
    const [s2, e2] = toSource(v, j, j + 4);
    expect(html.slice(s2, e2)).toBe('AT&amp;T');
  });

  it('extracts from HTML with offsets into the HTML as given', () => {
    const x = extract([{ id: 'page', text: html }]);
    const p = x.entities.find((e) => e.id === 'person:kyriakos-mitsotakis')!;
    expect(p).toBeDefined();
    for (const e of x.entities) for (const m of e.mentions) expect(html.slice(m.start, m.end)).toBe(m.text);
    for (const r of x.relations) for (const ev of r.evidence) expect(html.slice(ev.start, ev.end)).toBe(ev.text);
    expect(x.relations.some((r) => r.type === 'participant_in')).toBe(true);
  });
});
