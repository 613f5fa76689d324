// `npm run bench:complexity`: complexity budgets, measured, not asserted. Extraction time per
// kilobyte should stay flat (within 2× of the smallest size) as one article grows from 10 kB to
// 5 MB, as one sentence grows, and as an HTML page holds from 10 to 10,000 <script> tags. Texts
// are generated here (seeded), so the numbers are reproducible without ../shared. Each size runs in
// its own process with a time limit: a size past it is reported as such and larger ones skipped.
//
//   npm run bench:complexity [-- --limit SECONDS] [--series article,sentence,scripts]

import { fork } from 'node:child_process';
import { extractOne } from '../src/extract/index.ts';

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

/** An HTML page of `tags` paragraphs, each followed by a <script>, <style> and <svg> element. */
function scripts(tags: number): string {
  const next = clauses(random(3));
  const body: string[] = [];
  for (let i = 0; i < tags; i++) body.push(`<p>${next()}.</p><script>var x${i} = "<p>not text</p>";</script><STYLE>p{margin:0}</STYLE><svg><text>hidden</text></svg>`);
  return `<!doctype html><html><head><title>Bench</title></head><body>${body.join('\n')}</body></html>`;
}

const SERIES: Record<string, { label: string; sizes: number[]; make: (n: number) => string; unit: (n: number) => string }> = {
  article: { label: 'one article', sizes: [10e3, 40e3, 160e3, 640e3, 2.5e6, 5e6], make: article, unit: (n) => `${n / 1e3} kB` },
  sentence: { label: 'one sentence', sizes: [10e3, 40e3, 160e3, 640e3], make: sentence, unit: (n) => `${n / 1e3} kB` },
  scripts: { label: 'HTML <script> tags', sizes: [10, 100, 1000, 10000], make: scripts, unit: (n) => `${n} tags` },
};

// A child process measures one size: generate, warm up on a small text, time extractOne.
if (process.argv[2] === "--one") {
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
const chosen = (arg('series') ?? 'article,sentence,scripts').split(',');
for (const name of isMain ? chosen : []) {
  const s = SERIES[name];
  if (!s) throw new Error(`bench:complexity: unknown series "${name}" (article, sentence, scripts)`);
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
