// A corpus for the viewer's tests and the README screenshot, built at run time from the public-
// domain GMB sentences (Voice of America news) in ../shared: consecutive sentences grouped into
// documents, each with a url on voanews.com and a published date one day apart (GMB has no dates;
// these make the time filters testable). Nothing of it is committed.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../helpers.ts';

export const GMB = join(SHARED, 'data', 'gmb', 'ner_dataset.conll');

/** Rebuilds natural text from tokens: no space before closing punctuation, none after opening. */
function detokenize(tokens: string[]): string {
  let out = '';
  for (const t of tokens) {
    if (out && !/^([,.;:!?%)\]]|'s|n't)$/.test(t) && !/[([$]$/.test(out)) out += ' ';
    out += t;
  }
  return out;
}

/** Writes DIR/corpus.jsonl with `docs` documents of `sentences` sentences each; returns its path. */
export function writeGmbCorpus(dir: string, docs = 120, sentences = 8): string {
  const lines = readFileSync(GMB, 'utf8').split('\n');
  const sents: string[] = [];
  let cur: string[] = [];
  for (const line of lines) {
    if (!line.trim()) {
      if (cur.length) sents.push(detokenize(cur));
      cur = [];
      if (sents.length >= docs * sentences) break;
    } else cur.push(line.split('\t')[0]!);
  }
  const out: string[] = [];
  const day0 = Date.UTC(2025, 0, 1);
  for (let i = 0; i < docs; i++) {
    const text = sents.slice(i * sentences, (i + 1) * sentences).join(' ');
    const published = new Date(day0 + i * 86_400_000).toISOString().slice(0, 10);
    out.push(JSON.stringify({ id: `gmb-${String(i).padStart(3, '0')}`, title: `${text.split(' ').slice(0, 8).join(' ')}…`, url: `https://www.voanews.com/gmb/${i}`, published, text }));
  }
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, out.join('\n') + '\n');
  return file;
}
