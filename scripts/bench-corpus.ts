// Corpus-scale benchmark (`npm run bench:corpus`): builds corpora of 1,000 / 5,000 / 10,000 news
// documents from ../shared/data (CoNLL-2003 documents, and GMB's VOA sentences grouped into
// documents of 12; repeated passes regroup them with a shift, so every document is distinct) in a
// temp dir that is removed afterwards, runs the real command cold (`newsgraph build`, no cache)
// with --jobs 1 and 2, and prints a table: wall time, tokens/s, peak RSS, the stage times from the
// summary line, and the growth exponent. Then the incremental case: a cached 1,000-document build,
// one article added, rebuilt: its time and the median move of the existing nodes. Reported, never
// asserted. Options: --sizes 1000,5000 --jobs 1,2 --keep (leave the temp dir), --corpus-only (write
// the corpora as .jsonl, print where, and stop).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { detokenize, readConll03, readGmb } from '../src/eval/conll.ts';
import { tokenize } from '../src/extract/text.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = resolve(ROOT, '..', 'shared', 'data');
const arg = (name: string, dflt: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : dflt);
const SIZES = arg('--sizes', '1000,5000,10000').split(',').map(Number);
const JOBS = arg('--jobs', '1,2').split(',').map(Number);
const KEEP = process.argv.includes('--keep');
const GMB_DOC = 12;

interface Doc { id: string; text: string }

function sources(): { conll: string[]; gmb: string[][] } {
  for (const f of ['conll03/eng.train', 'conll03/eng.testa', 'gmb/ner_dataset.conll']) {
    if (!existsSync(join(DATA, f))) {
      console.error(`bench:corpus: ${join(DATA, f)} not found (../shared/data must sit beside the project)`);
      process.exit(1);
    }
  }
  const conll = ['eng.train', 'eng.testa'].flatMap((f) => readConll03(readFileSync(join(DATA, 'conll03', f), 'utf8')).map((d) => detokenize(d.sentences.map((s) => s.tokens)).text));
  // GMB's last sentence is cut: left out.
  const gmb = readGmb(readFileSync(join(DATA, 'gmb', 'ner_dataset.conll'), 'utf8')).slice(0, -1).map((s) => s.tokens);
  return { conll, gmb };
}

/** n distinct documents: CoNLL-2003 documents, then GMB groups; later passes shift the GMB grouping. */
function corpus(n: number, src: { conll: string[]; gmb: string[][] }): Doc[] {
  const out: Doc[] = [];
  for (let pass = 0; out.length < n; pass++) {
    if (pass === 0) src.conll.forEach((text, i) => out.length < n && out.push({ id: `conll-${String(i).padStart(4, '0')}`, text }));
    const shift = (pass * 5) % GMB_DOC;
    for (let s = shift; s + GMB_DOC <= src.gmb.length && out.length < n; s += GMB_DOC) {
      out.push({ id: `gmb-p${pass}-${String(s).padStart(5, '0')}`, text: detokenize(src.gmb.slice(s, s + GMB_DOC)).text });
    }
  }
  return out;
}

interface Run { wall: number; rssMb: number; stages: string; nodes: number; edges: number; code: number | null }

/** The real command, cold, in its own process; /usr/bin/time gives the peak RSS. */
function build(dir: string, input: string, out: string, extra: string[]): Run {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, join(ROOT, 'bin', 'newsgraph.mjs'), 'build', input, '--out', out, ...extra], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = (performance.now() - t) / 1000;
  const rss = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  const lines = r.stderr.split('\n');
  const summary = lines.find((l) => l.startsWith('newsgraph build:') && l.includes(' in '));
  // A failed run: its last stage reached and its error line.
  const failure = () => `failed in ${lines.filter((l) => l.endsWith('…')).pop()?.replace('newsgraph build: ', '').replace('…', '') ?? 'start'}: ${lines.find((l) => l.startsWith('newsgraph: ')) ?? lines.filter(Boolean).pop()}`;
  const stages = summary ? summary.slice(summary.indexOf(': ', summary.indexOf(' in ')) + 2) : failure();
  let nodes = 0, edges = 0;
  if (existsSync(join(out, 'graph.json'))) {
    const g = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as { nodes: unknown[]; edges: unknown[] };
    [nodes, edges] = [g.nodes.length, g.edges.length];
  }
  return { wall, rssMb: rss, stages, nodes, edges, code: r.status };
}

function positions(out: string): Map<string, [number, number]> {
  const g = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as { nodes: { key: string; attributes: { x: number; y: number } }[] };
  return new Map(g.nodes.map((n) => [n.key, [n.attributes.x, n.attributes.y]]));
}

const src = sources();
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-corpus-'));
if (process.argv.includes('--corpus-only')) {
  for (const n of SIZES) writeFileSync(join(dir, `corpus-${n}.jsonl`), corpus(n, src).map((d) => JSON.stringify(d)).join('\n') + '\n');
  console.log(dir);
  process.exit(0);
}
console.log(`bench:corpus: in ${dir}; ${new Date().toISOString()}; node ${process.version}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at start (2 cores: above 2, other work competes and times grow)`);
const rows: string[] = ['| documents | tokens | jobs | wall | tokens/s | peak RSS | nodes / edges | stages (s) |', '|---|---|---|---|---|---|---|---|'];
const walls = new Map<number, [number, number][]>();
try {
  for (const n of SIZES) {
    const docs = corpus(n, src);
    const tokens = docs.reduce((k, d) => k + tokenize(d.text).length, 0);
    const input = join(dir, `corpus-${n}.jsonl`);
    writeFileSync(input, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    for (const jobs of JOBS) {
      const r = build(dir, input, join(dir, `out-${n}-${jobs}`), ['--jobs', String(jobs), '--no-cache']);
      if (r.code !== 0) console.error(`bench:corpus: build of ${n} documents exited ${r.code}: ${r.stages}`);
      rows.push(`| ${n.toLocaleString('en-US')} | ${tokens.toLocaleString('en-US')} | ${jobs} | ${r.wall.toFixed(1)} s | ${Math.round(tokens / r.wall).toLocaleString('en-US')} | ${Math.round(r.rssMb)} MB | ${r.nodes.toLocaleString('en-US')} / ${r.edges.toLocaleString('en-US')} | ${r.stages} |`);
      console.log(`${rows[rows.length - 1]} load ${loadavg()[0]!.toFixed(1)}`);
      if (r.code === 0) (walls.get(jobs) ?? walls.set(jobs, []).get(jobs)!).push([n, r.wall]);
    }
  }
  console.log('\n' + rows.join('\n'));
  for (const [jobs, w] of walls) {
    if (w.length < 2) continue;
    const [[n0, t0], [n1, t1]] = [w[0]!, w[w.length - 1]!];
    console.log(`growth with --jobs ${jobs}: wall ∝ documents^${(Math.log(t1 / t0) / Math.log(n1 / n0)).toFixed(2)} (${n0} → ${n1})`);
  }

  // Incremental: a cached build of 1,000 documents, then one more document.
  const base = corpus(1001, src);
  const inc = join(dir, 'incremental');
  const input = join(dir, 'inc.jsonl');
  writeFileSync(input, base.slice(0, 1000).map((d) => JSON.stringify(d)).join('\n') + '\n');
  const first = build(dir, input, inc, []);
  const before = positions(inc);
  writeFileSync(input, base.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const again = build(dir, input, inc, []);
  const after = positions(inc);
  const moves = [...before].filter(([k]) => after.has(k)).map(([k, [x, y]]) => Math.hypot(after.get(k)![0] - x, after.get(k)![1] - y)).sort((a, b) => a - b);
  const xs = [...after.values()].map((p) => p[0]);
  const width = Math.max(...xs) - Math.min(...xs);
  const median = moves[Math.floor(moves.length / 2)] ?? 0;
  console.log(`\nincremental: 1,000 documents built in ${first.wall.toFixed(1)} s (cache filled); one document added: rebuilt in ${again.wall.toFixed(1)} s (${again.stages})`);
  console.log(`  existing nodes: ${moves.length}, median move ${median.toFixed(2)} units (${((100 * median) / width).toFixed(2)}% of the canvas width ${width.toFixed(0)}), largest ${(moves[moves.length - 1] ?? 0).toFixed(2)}`);
} finally {
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
}
