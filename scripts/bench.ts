// Extraction throughput on one core. Warm: the CoNLL-2003 dev text (../shared/data), each document
// rebuilt as natural text and extracted in this process after a warm-up, model and lexicon loading
// timed apart. Cold: the whole `newsgraph extract` command (compiled bundle, start-up, cross-document
// merge and output included) on the CoNLL-2003 train text, in a new process each round, as a user
// runs it; once more through tsx (NEWSGRAPH_TSX=1) for comparison. A benchmark, not a test: run
// `taskset -c 0 npm run bench` (options: --rounds N, --no-cold).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

if (!process.argv.includes('--no-cold')) {
  const train = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'conll03', 'eng.train');
  const docs = readConll03(readFileSync(train, 'utf8')).map((d, i) => ({ id: `train-${i}`, text: detokenize(d.sentences.map((s) => s.tokens)).text }));
  const trainTokens = docs.reduce((n, d) => n + tokenize(d.text).length, 0);
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const input = join(dir, 'train.jsonl');
  writeFileSync(input, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const bin = resolve(import.meta.dirname, '..', 'bin', 'newsgraph.mjs');
  const cold = (env: Record<string, string>) => {
    t = performance.now();
    const r = spawnSync(process.execPath, [bin, 'extract', input, '-o', join(dir, 'x.json'), '--no-cache', '--jobs', '1', '--quiet'], { env: { ...process.env, ...env }, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench: newsgraph extract failed: ${r.stderr}`);
    return performance.now() - t;
  };
  try {
    cold({}); // builds the bundle if src/ changed, so that no round pays for it
    const colds = Array.from({ length: rounds }, () => cold({}));
    const tsx = cold({ NEWSGRAPH_TSX: '1' });
    const bestCold = Math.min(...colds);
    console.log(`cold: newsgraph extract, CoNLL-2003 train, ${docs.length} documents, ${trainTokens} tokens, new process each round (start-up and merge included)`);
    console.log(`  compiled bundle   ${bestCold.toFixed(0)} ms best (${colds.map((x) => x.toFixed(0)).join(', ')}), ${Math.round(trainTokens / (bestCold / 1000)).toLocaleString('en-US')} tokens/s`);
    console.log(`  through tsx       ${tsx.toFixed(0)} ms (one round), ${Math.round(trainTokens / (tsx / 1000)).toLocaleString('en-US')} tokens/s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
