// HTML input: the visible text of a page with a map from every text character back to the HTML
// source, so that mention and evidence offsets still point into the document as given.

export interface TextView {
  /** The plain text the pipeline reads. */
  text: string;
  /** Source range of text character i: [srcStart[i], srcEnd[i]). */
  srcStart: Int32Array;
  srcEnd: Int32Array;
}

const BLOCK = /^(p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|article|section|header|footer|blockquote|title|figcaption|aside|main|nav|pre|hr|dd|dt)$/i;
const SKIP = /^(script|style|noscript|template|svg|head|iframe|object)$/i;
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  ndash: '–', mdash: '—', hellip: '…', eacute: 'é', egrave: 'è', uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç', copy: '©',
};

/** True when the text is an HTML document or fragment rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return /<(!doctype html|html|body|p|div|article|br|span|h[1-6]|a\s)[\s>/]/i.test(s.slice(0, 4096));
}

export function htmlToText(html: string): TextView {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (s: string, a: number, b: number) => {
    for (const ch of s) {
      chars.push(ch);
      starts.push(a);
      ends.push(b);
    }
  };
  let i = 0;
  const n = html.length;
  while (i < n) {
    const c = html[i]!;
    if (c === '<') {
      if (html.startsWith('<!--', i)) {
        const e = html.indexOf('-->', i + 4);
        i = e < 0 ? n : e + 3;
        continue;
      }
      const m = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/.exec(html.slice(i, i + 2048));
      if (!m) {
        emit('<', i, i + 1);
        i++;
        continue;
      }
      const name = m[1]!;
      const closing = m[0][1] === '/';
      const tagEnd = i + m[0].length;
      if (!closing && SKIP.test(name) && !m[0].endsWith('/>')) {
        const close = html.toLowerCase().indexOf(`</${name.toLowerCase()}`, tagEnd);
        const after = close < 0 ? n : html.indexOf('>', close);
        i = after < 0 ? n : after + 1;
        continue;
      }
      if (BLOCK.test(name)) emit('\n', i, tagEnd);
      i = tagEnd;
      continue;
    }
    if (c === '&') {
      const m = /^&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/.exec(html.slice(i, i + 12));
      if (m) {
        const body = m[1]!;
        let decoded: string | undefined;
        if (body.startsWith('#x')) decoded = safeCodePoint(parseInt(body.slice(2), 16));
        else if (body.startsWith('#')) decoded = safeCodePoint(parseInt(body.slice(1), 10));
        else decoded = NAMED[body];
        if (decoded !== undefined) {
          emit(decoded, i, i + m[0].length);
          i += m[0].length;
          continue;
        }
      }
    }
    emit(c, i, i + 1);
    i++;
  }
  return { text: chars.join(''), srcStart: Int32Array.from(starts), srcEnd: Int32Array.from(ends) };
}

function safeCodePoint(cp: number): string | undefined {
  return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : undefined;
}

/** Source range of a text range (non-empty). */
export function toSource(view: TextView, start: number, end: number): [number, number] {
  return [view.srcStart[start]!, view.srcEnd[end - 1]!];
}
