// Extraction throughput on one core: the CoNLL-2003 dev text (../shared/data), each document
// rebuilt as natural text and extracted in one process. Model and lexicon loading are timed
// apart. A benchmark, not a test: run `npm run bench`.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detokenize, readConll03 } from '../src/eval/conll.ts';
import { extract } from '../src/extract/index.ts';
import { gazetteer } from '../src/extract/lexicon/index.ts';
import { tagger } from '../src/extract/tagger/index.ts';
import { tokenize } from '../src/extract/text.ts';

const file = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'conll03', 'eng.testa');
if (!existsSync(file)) {
  console.error(`bench: ${file} not found (../shared/data must sit beside the project)`);
  process.exit(1);
}
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 3;

let t = performance.now();
gazetteer();
const lexMs = performance.now() - t;
t = performance.now();
tagger();
const modelMs = performance.now() - t;

const texts = readConll03(readFileSync(file, 'utf8')).map((d) => detokenize(d.sentences.map((s) => s.tokens)).text);
const tokens = texts.reduce((n, x) => n + tokenize(x).length, 0);
// Warm-up (JIT), then timed rounds; the best round is reported, as is usual for throughput.
texts.slice(0, 20).forEach((text, i) => extract([{ id: `w${i}`, text }]));
const times: number[] = [];
for (let r = 0; r < rounds; r++) {
  t = performance.now();
  texts.forEach((text, i) => extract([{ id: `d${i}`, text }]));
  times.push(performance.now() - t);
}
const best = Math.min(...times);
const peakRss = process.resourceUsage().maxRSS * 1024;
console.log(`bench: CoNLL-2003 dev, ${texts.length} documents, ${tokens} tokens, ${rounds} rounds, one process (one core)`);
console.log(`  lexicon load      ${lexMs.toFixed(0)} ms`);
console.log(`  tagger model load ${modelMs.toFixed(0)} ms`);
console.log(`  extraction        ${best.toFixed(0)} ms best round (${times.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`  throughput        ${Math.round(tokens / (best / 1000)).toLocaleString('en-US')} tokens/s, ${(texts.length / (best / 1000)).toFixed(0)} documents/s`);
console.log(`  peak memory       ${(peakRss / 1e6).toFixed(0)} MB resident (maxRSS)`);
