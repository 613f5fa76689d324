// HTML input: the visible text of a page with a map from every text character back to the HTML
// source, so that mention and evidence offsets still point into the document as given.
// Linear in the page: skipped elements are found with one case-insensitive search from the tag
// on, never by re-reading the page, and the maps are filled in place.

export interface TextView {
  /** The plain text the pipeline reads. */
  text: string;
  /** Source range of text UTF-16 unit i: [srcStart[i], srcEnd[i]). */
  srcStart: Int32Array;
  srcEnd: Int32Array;
}

const BLOCK = /^(p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|article|section|header|footer|blockquote|title|figcaption|aside|main|nav|pre|hr|dd|dt)$/i;
const SKIP = /^(script|style|noscript|template|svg|head|iframe|object)$/i;
/** A tag's name, right after its "<"; the tag runs to the next ">" if that is near enough. */
const TAG_NAME = /\/?([a-zA-Z][a-zA-Z0-9-]*)/y;
const MAX_TAG = 2048;
const ENTITY = /&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,8}|[a-zA-Z]{1,8});/y;
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  ndash: '–', mdash: '—', hellip: '…', eacute: 'é', egrave: 'è', uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç', copy: '©',
};

/** True when the text is an HTML document or fragment rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return /<(!doctype html|html|body|p|div|article|br|span|h[1-6]|a\s)[\s>/]/i.test(s.slice(0, 4096));
}

export function htmlToText(html: string): TextView {
  const n = html.length;
  // The text is never longer than the source: every tag, entity or character gives at most as
  // many UTF-16 units as it has (the shortest reference, "&#1;", is 4 units for at most 2).
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const parts: string[] = [];
  let len = 0;
  let run = -1; // start of the current run of characters copied as they are
  const flush = (to: number) => {
    if (run < 0) return;
    parts.push(html.slice(run, to));
    for (let k = run; k < to; k++, len++) {
      starts[len] = k;
      ends[len] = k + 1;
    }
    run = -1;
  };
  // Every UTF-16 unit of `s` maps to the whole source range [a, b).
  const emit = (s: string, a: number, b: number) => {
    flush(a);
    parts.push(s);
    for (let k = 0; k < s.length; k++, len++) {
      starts[len] = a;
      ends[len] = b;
    }
  };
  const closers = new Map<string, RegExp>();
  let nextGt = -1; // position of the next ">" at or after i (2^32 - 1 when there is none)
  let i = 0;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      if (html.startsWith('<!--', i)) {
        flush(i);
        const e = html.indexOf('-->', i + 4);
        i = e < 0 ? n : e + 3;
        continue;
      }
      TAG_NAME.lastIndex = i + 1;
      const m = TAG_NAME.exec(html);
      // The next ">" is remembered, so a page full of "<" without ">" is still read once.
      if (m && nextGt < i) nextGt = html.indexOf('>', i) >>> 0;
      if (m && nextGt - i < MAX_TAG) {
        flush(i);
        const name = m[1]!.toLowerCase();
        const tagEnd = nextGt + 1;
        if (m[0][0] !== '/' && SKIP.test(name) && html.charCodeAt(nextGt - 1) !== 47 /* / */) {
          let close = closers.get(name);
          if (!close) closers.set(name, (close = new RegExp(`</${name}`, 'ig')));
          close.lastIndex = tagEnd;
          const found = close.exec(html);
          const after = found ? html.indexOf('>', found.index) : -1;
          i = after < 0 ? n : after + 1;
          continue;
        }
        if (BLOCK.test(name)) emit('\n', i, tagEnd);
        i = tagEnd;
        continue;
      }
    } else if (c === 38 /* & */) {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(html);
      const decoded = m ? decodeEntity(m[1]!) : undefined;
      if (m && decoded !== undefined) {
        emit(decoded, i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    if (run < 0) run = i;
    i++;
  }
  flush(n);
  return { text: parts.join(''), srcStart: starts.slice(0, len), srcEnd: ends.slice(0, len) };
}

function decodeEntity(body: string): string | undefined {
  if (body[0] !== '#') return NAMED[body];
  const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : undefined;
}

/** Source range of a text range (non-empty). */
export function toSource(view: TextView, start: number, end: number): [number, number] {
  return [view.srcStart[start]!, view.srcEnd[end - 1]!];
}
