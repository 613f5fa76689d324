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

  // Regression: issue 13, defect 1 — an emoji reference before the names shifted every offset by one.
  it('"<p>&#x1F600; Russian President Vladimir Putin met …": offsets after an astral character reference', () => {
    const page = '<p>&#x1F600; Russian President Vladimir Putin met French President Emmanuel Macron in Paris.</p>';
    const v = htmlToText(page);
    expect(v.text.startsWith('\n\u{1F600} Russian')).toBe(true);
    expect(v.srcStart.length).toBe(v.text.length);
    const x = extract([{ id: 'emoji', text: page }]);
    const names = x.entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(names).toContain('Vladimir Putin');
    expect(names).toContain('Paris');
    for (const e of x.entities) for (const m of e.mentions) expect(page.slice(m.start, m.end)).toBe(m.text);
    for (const r of x.relations) for (const ev of r.evidence) expect(page.slice(ev.start, ev.end)).toBe(ev.text);
  });

  it('maps every unit of a reference to its whole source (&#x1F600; &#X41; &eacute;)', () => {
    const page = '<p>a&#x1F600;b&#X41;&eacute;</p>';
    const v = htmlToText(page);
    expect(v.text).toBe('\na\u{1F600}bAé\n');
    const i = v.text.indexOf('\u{1F600}');
    expect(toSource(v, i, i + 2)).toEqual([4, 13]);
    expect(toSource(v, i + 2, i + 3)).toEqual([13, 14]);
  });

  // Regression: issue 13, defect 2 — 8,000 <script> tags lower-cased the whole page once per tag.
  it('"8,000 <script> tags": skipped elements are found without re-reading the page', () => {
    let page = '';
    for (let k = 0; k < 8000; k++) page += `<p>Para ${k}</p><SCRIPT>var x = "<p>${k}</p>";</script ><style>p{}</STYLE>`;
    const v = htmlToText(page);
    expect(v.text).toContain('Para 7999');
    expect(v.text).not.toContain('var x');
    const i = v.text.indexOf('Para 7999');
    expect(page.slice(...toSource(v, i, i + 9))).toBe('Para 7999');
  });

  it('keeps a "<" that starts no tag, and unclosed skipped elements end the text', () => {
    expect(htmlToText('<p>1 <2 and a<b</p>').text).toBe('\n1 <2 and a'); // "<b</p>" is one tag, as before
    expect(htmlToText('<p>x</p><script>never closed').text).toBe('\nx\n');
    expect(htmlToText('<p>x<!-- never closed').text).toBe('\nx');
  });
});
