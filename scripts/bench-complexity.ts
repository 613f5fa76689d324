// `npm run bench:complexity`: complexity budgets, measured, not asserted. Extraction time per
// kilobyte should stay flat (within 2× of the smallest size) as one article grows from 10 kB to
// 5 MB, as one sentence grows, and as an HTML page holds from 10 to 10,000 <script> tags. Texts
// are generated here (seeded), so the numbers are reproducible without ../shared. Each size runs in
// its own process with a time limit: a size past it is reported as such and larger ones skipped.
//
//   npm run bench:complexity [-- --limit SECONDS] [--series article,sentence,scripts,outputs]
//
// `outputs` compares the peak memory of writing a build's files as whole strings and streamed.

import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { MANIFEST, writeOutputSet } from '../src/export/atomic.ts';
import { outputStreams } from '../src/export/index.ts';
import { extractOne } from '../src/extract/index.ts';
import { graphFromExtraction } from '../src/graph/index.ts';
import type { Entity, Extraction, Relation } from '../src/types.ts';
import { stableStringify } from '../src/util/json.ts';

const FIRST = ['Anna', 'Boris', 'Carlos', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ivan', 'Julia', 'Kofi', 'Lena', 'Mohammed', 'Nadia', 'Omar', 'Pedro', 'Qiang', 'Rosa', 'Sergei', 'Tomas', 'Ursula', 'Viktor', 'Wei', 'Xavier', 'Yusuf', 'Zara'];
const LAST = ['Abbott', 'Bauer', 'Castillo', 'Demir', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ivanov', 'Jensen', 'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Usman', 'Volkov', 'Weber', 'Xu', 'Yilmaz', 'Zhou', 'Almeida', 'Brennan', 'Costa', 'Dubois', 'Esposito', 'Ferreira'];
const TITLE = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Finance Minister', 'Ambassador'];
const STATE = ['Russian', 'French', 'German', 'Turkish', 'Polish', 'Brazilian', 'Japanese', 'Kenyan', 'Indian', 'Canadian'];
const CITY = ['Paris', 'Istanbul', 'Berlin', 'Warsaw', 'Nairobi', 'Tokyo', 'Brasilia', 'Ottawa', 'Geneva', 'Vienna'];
const DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** A seeded generator (mulberry32), so every run reads the same text. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function clauses(rnd: () => number): () => string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const forms = [
    () => `${pick(STATE)} ${pick(TITLE)} ${person()} met ${pick(STATE)} ${pick(TITLE).toLowerCase()} ${person()} in ${pick(CITY)} on ${pick(DAY)}`,
    () => `${pick(LAST)} told reporters that the talks with ${pick(LAST)} had been useful`,
    () => `${person()}, the ${pick(STATE)} ${pick(TITLE).toLowerCase()}, said ${pick(LAST)} would visit ${pick(CITY)}`,
    () => `officials in ${pick(CITY)} said ${pick(LAST)} and ${pick(LAST)} spoke by phone on ${pick(DAY)}`,
  ];
  return () => pick(forms)();
}

/** An article of about `bytes` characters: sentences of news, in paragraphs. */
export function article(bytes: number): string {
  const next = clauses(random(42));
  const parts: string[] = [];
  let n = 0;
  while (n < bytes) {
    const s = next() + (parts.length % 6 === 5 ? '.\n\n' : '. ');
    parts.push(s);
    n += s.length;
  }
  return parts.join('');
}

/** One run-on sentence of about `bytes` characters (clauses joined by ", and"). */
function sentence(bytes: number): string {
  const next = clauses(random(7));
  const parts: string[] = [];
  let n = 0;
  while (n < bytes) {
    const s = next();
    parts.push(s);
    n += s.length + 6;
  }
  return parts.join(', and ') + '.';
}

/**
 * An HTML page with the same visible text at every size (a 10 kB article) and `tags` <script>,
 * <style> and <svg> elements spread between its sentences: the time per kB measures the HTML.
 */
function scripts(tags: number): string {
  const sentences = article(10e3).split(/(?<=\. )/);
  const body = sentences.map((s) => [`<p>${s}</p>`]);
  for (let i = 0; i < tags; i++) body[i % body.length]!.push(`<script>var x${i} = "<p>not text</p>";</script><STYLE>p{margin:0}</STYLE><svg><text>hidden</text></svg>`);
  return `<!doctype html><html><head><title>Bench</title></head><body>${body.flat().join('\n')}</body></html>`;
}

const SERIES: Record<string, { label: string; sizes: number[]; make: (n: number) => string; unit: (n: number) => string }> = {
  article: { label: 'one article', sizes: [10e3, 40e3, 160e3, 640e3, 2.5e6, 5e6], make: article, unit: (n) => `${n / 1e3} kB` },
  sentence: { label: 'one sentence', sizes: [10e3, 40e3, 160e3, 640e3], make: sentence, unit: (n) => `${n / 1e3} kB` },
  scripts: { label: 'HTML <script> tags around a 10 kB article', sizes: [10, 100, 1000, 10000], make: scripts, unit: (n) => `${n} tags` },
};

/**
 * An extraction the size of `docs` news articles as issue 11 measured them (about 4.4 entities and
 * 2.3 relations per document; mentions and evidence sentences of news length).
 */
function corpus(docs: number): Extraction {
  const rnd = random(11);
  const next = clauses(rnd);
  const entities: Entity[] = [];
  for (let i = 0; i < docs * 4.4; i++) {
    const id = `person:p${i}`;
    entities.push({ id, type: 'person', name: `Person ${i}`, aliases: [`P. ${i}`], attributes: {}, mentions: Array.from({ length: 3 }, (_, k) => ({ doc: `d${(i + k) % docs}`, start: k * 40, end: k * 40 + 10, text: `Person ${i}` })) });
  }
  const relations: Relation[] = [];
  for (let i = 0; i < docs * 2.3; i++) {
    const [s, t] = [entities[i % entities.length]!.id, entities[(i * 7 + 1) % entities.length]!.id];
    relations.push({ id: `counterpart_of(${s},${t})#${i}`, type: 'counterpart_of', source: s, target: t, attributes: {}, confidence: 0.9, evidence: [0, 1].map((k) => ({ doc: `d${(i + k) % docs}`, start: 0, end: 200, text: `${next()}, ${next()}.` })) });
  }
  return { schemaVersion: 1, documents: Array.from({ length: docs }, (_, i) => ({ id: `d${i}`, sha256: '0'.repeat(64), chars: 3000 })), entities, relations };
}

/** The heap grown to write a graph's outputs, as whole strings or streamed, and the time. */
type OutputRun = { ms: number; mb: number; filesMb: number; gexfMb: number };

async function measureOutputs(mode: string, docs: number): Promise<OutputRun> {
  const x = corpus(docs);
  const g = graphFromExtraction(x, { seed: 1, iterations: 1 });
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  // The heap V8 had to commit for the write: the writing is synchronous, so no timer could sample
  // it, but the heap does not shrink before the next collections once it has grown.
  globalThis.gc?.();
  const base = getHeapStatistics().total_heap_size;
  const t = performance.now();
  const streams: Record<string, Iterable<string>> = outputStreams(x, g);
  // As whole strings, the way the files were rendered before they were streamed.
  const strings = (): Record<string, string> => ({
    ...Object.fromEntries(Object.entries(streams).map(([n, c]) => [n, [...c].join('')])),
    'graph.json': stableStringify(g.export()) + '\n',
    'extraction.json': stableStringify(x) + '\n',
  });
  // 'streams-no-gexf' tells what the GEXF string (graphology-gexf renders strings) costs.
  const noGexf = Object.fromEntries(Object.entries(streams).filter(([n]) => n !== 'graph.gexf'));
  await writeOutputSet(join(dir, 'out'), mode === 'strings' ? strings() : mode === 'streams-no-gexf' ? noGexf : streams);
  const ms = performance.now() - t;
  const peak = getHeapStatistics().total_heap_size;
  const files = (JSON.parse(readFileSync(join(dir, 'out', MANIFEST), 'utf8')) as { files: { name: string; bytes: number }[] }).files;
  rmSync(dir, { recursive: true, force: true });
  const size = (f: { bytes: number }[]) => f.reduce((n, x) => n + x.bytes, 0) / 2 ** 20;
  return { ms, mb: (peak - base) / 2 ** 20, filesMb: size(files), gexfMb: size(files.filter((f) => f.name === 'graph.gexf')) };
}

// A child process measures one size: generate, warm up on a small text, time extractOne.
if (process.argv[2] === '--outputs') {
  const r = await measureOutputs(process.argv[3]!, Number(process.argv[4]));
  if (process.send) process.send(r);
  else console.log(`${process.argv[3]}: heap grown ${r.mb.toFixed(0)} MB, ${r.ms.toFixed(0)} ms`);
  process.exit(0);
}
if (process.argv[2] === '--one') {
  const s = SERIES[process.argv[3]!]!;
  const text = s.make(Number(process.argv[4]));
  extractOne({ id: 'warm', text: s.make(s.sizes[0]!) });
  // Small sizes are repeated (best of up to 20 runs within 2 s) so that noise does not set the base.
  let best = Infinity;
  for (let run = 0, spent = 0; run < 20 && (run === 0 || spent < 2000); run++) {
    const t = performance.now();
    extractOne({ id: 'bench', text });
    const ms = performance.now() - t;
    best = Math.min(best, ms);
    spent += ms;
  }
  if (process.send) process.send({ ms: best, chars: text.length });
  else console.log(`${text.length} chars: ${best.toFixed(0)} ms`);
  process.exit(0);
}

function measure(series: string, size: number, limitMs: number): Promise<{ ms: number; chars: number } | null> {
  return new Promise((ok) => {
    const child = fork(import.meta.filename, ['--one', series, String(size)], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    let result: { ms: number; chars: number } | null = null;
    child.on('message', (m) => (result = m as { ms: number; chars: number }));
    child.on('exit', () => {
      clearTimeout(timer);
      ok(result);
    });
  });
}

const isMain = process.argv[1] !== undefined && import.meta.filename === (await import('node:fs')).realpathSync(process.argv[1]);
const arg = (name: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
const limit = Number(arg('limit') ?? 300) * 1000;
const chosen = (arg('series') ?? 'article,sentence,scripts,outputs').split(',');
if (isMain && chosen.includes('outputs')) {
  console.log('\noutputs of a build (synthetic extraction, issue 11\'s sizes): heap grown while writing them');
  console.log('  documents   files (GEXF)        as strings            streamed');
  for (const docs of [1000, 5000]) {
    const cells: string[] = [];
    let sizes = '';
    for (const mode of ['strings', 'streams']) {
      const r = await new Promise<OutputRun>((ok) => {
        const child = fork(import.meta.filename, ['--outputs', mode, String(docs)], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: 'inherit' });
        child.on('message', (m) => ok(m as OutputRun));
      });
      sizes = `${r.filesMb.toFixed(0).padStart(4)} MB (${r.gexfMb.toFixed(0)} MB)`;
      cells.push(`${r.mb.toFixed(0).padStart(5)} MB ${(r.ms / 1000).toFixed(1).padStart(5)} s`);
    }
    console.log(`  ${String(docs).padEnd(10)}  ${sizes.padEnd(18)}  ${cells.join('      ')}`);
  }
}
for (const name of isMain ? chosen.filter((c) => c !== 'outputs') : []) {
  const s = SERIES[name];
  if (!s) throw new Error(`bench:complexity: unknown series "${name}" (article, sentence, scripts, outputs)`);
  console.log(`\n${s.label}: extraction time per kB (budget: within 2× of the smallest)`);
  console.log('  size          chars        time       ms/kB   × smallest');
  let base: number | undefined;
  let over = false;
  for (const size of s.sizes) {
    if (over) {
      console.log(`  ${s.unit(size).padEnd(12)}  not run (a smaller size passed the ${limit / 1000} s limit)`);
      continue;
    }
    const r = await measure(name, size, limit);
    if (!r) {
      console.log(`  ${s.unit(size).padEnd(12)}  > ${limit / 1000} s (stopped)   OVER BUDGET`);
      over = true;
      continue;
    }
    const perKb = r.ms / (r.chars / 1000);
    base ??= perKb;
    const ratio = perKb / base;
    console.log(`  ${s.unit(size).padEnd(12)}${String(r.chars).padStart(9)}  ${(r.ms / 1000).toFixed(2).padStart(8)} s  ${perKb.toFixed(2).padStart(8)}  ${ratio.toFixed(1).padStart(8)}×${ratio > 2 ? '  OVER BUDGET' : ''}`);
  }
}
