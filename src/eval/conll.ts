// Readers of the benchmark formats (CoNLL-2003 columns, CoNLL04 JSON, GMB columns) and the
// detokenizer that rebuilds natural text from tokens while keeping each token's offsets.

export interface TokSpan {
  start: number;
  /** Exclusive token index. */
  end: number;
  type: string;
}

export interface BenchSentence {
  tokens: string[];
  entities: TokSpan[];
  relations?: { type: string; head: number; tail: number }[];
}

export interface BenchDocument {
  sentences: BenchSentence[];
}

/** BIO or IOB1 tags → typed spans (a B- tag, or a type change, starts a new span). */
export function spansFromTags(tags: string[]): TokSpan[] {
  const out: TokSpan[] = [];
  let cur: TokSpan | null = null;
  tags.forEach((tag, i) => {
    if (tag === 'O' || tag === '') {
      cur = null;
      return;
    }
    const [prefix, type] = [tag.slice(0, 1), tag.slice(2)];
    if (!cur || prefix === 'B' || cur.type !== type) {
      cur = { start: i, end: i + 1, type };
      out.push(cur);
    } else cur.end = i + 1;
  });
  return out;
}

/** CoNLL-2003: "word POS chunk NER" lines, blank lines between sentences, -DOCSTART- between documents. */
export function readConll03(text: string): BenchDocument[] {
  const docs: BenchDocument[] = [];
  let doc: BenchDocument | null = null;
  let toks: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (toks.length) {
      if (!doc) docs.push((doc = { sentences: [] }));
      doc.sentences.push({ tokens: toks, entities: spansFromTags(tags) });
    }
    toks = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      docs.push((doc = { sentences: [] }));
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.split(' ');
    toks.push(cols[0]!);
    tags.push(cols[cols.length - 1]!);
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}

/** GMB extract: "word<TAB>POS<TAB>tag" (IOB2), blank lines between sentences: a list of sentences. */
export function readGmb(text: string): BenchSentence[] {
  const out: BenchSentence[] = [];
  let toks: string[] = [];
  let tags: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (toks.length) out.push({ tokens: toks, entities: spansFromTags(tags) });
      toks = [];
      tags = [];
      continue;
    }
    const cols = line.split('\t');
    toks.push(cols[0]!);
    tags.push(cols[2] ?? 'O');
  }
  if (toks.length) out.push({ tokens: toks, entities: spansFromTags(tags) });
  return out;
}

interface Conll04Json {
  tokens: string[];
  entities: { type: string; start: number; end: number }[];
  relations: { type: string; head: number; tail: number }[];
}

/** CoNLL04 in the SpERT JSON format: each sentence is one document. */
export function readConll04(json: string): BenchDocument[] {
  const data = JSON.parse(json) as Conll04Json[];
  return data.map((s) => ({ sentences: [{ tokens: s.tokens, entities: s.entities.map((e) => ({ ...e })), relations: s.relations }] }));
}

export interface Detokenized {
  text: string;
  /** [sentence][token] → [start, end). */
  offsets: [number, number][][];
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'S|n't|'|'re|'ve|'ll|'d|'m)$/;
const NO_SPACE_AFTER = /^[($[{]$/;

/** Natural text from tokens: sentences on their own lines, no space before ", . ; : ! ? % ) 's n't", none after "( $". */
export function detokenize(sentences: string[][]): Detokenized {
  let text = '';
  const offsets: [number, number][][] = [];
  sentences.forEach((toks, si) => {
    if (si > 0) text += '\n';
    const offs: [number, number][] = [];
    toks.forEach((t, i) => {
      const tok = t.replace(/^``$|^''$/, '"').replace(/^`$/, "'");
      if (i > 0 && !NO_SPACE_BEFORE.test(tok) && !NO_SPACE_AFTER.test(toks[i - 1]!)) text += ' ';
      offs.push([text.length, text.length + tok.length]);
      text += tok;
    });
    offsets.push(offs);
  });
  return { text, offsets };
}
