// The `extract` and `build` commands: read the documents (or, for `build --from`, extraction files),
// extract them through the cache and the worker pool, merge, and for a build lay out the graph
// (from the previous build's positions when there is one) and write every output atomically.
// Progress and a summary line with the time of each stage go to stderr.

import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { recoverOutputSet, writeFileAtomic, writeOutputSet } from '../export/atomic.ts';
import { extractionToJson, outputStreams } from '../export/index.ts';
import { extractionJsonChunks } from '../export/json.ts';
import { extractionToNeo4j } from '../export/neo4j.ts';
import { applyCurationFile } from '../curation/index.ts';
import { formatHygiene, type HygieneReport } from '../extract/hygiene.ts';
import { mergeExtractions, type MergeOptions } from '../extract/index.ts';
import { applyLayout, buildGraph, computeMetrics, positionsOf, type LayoutReport, type Positions } from '../graph/index.ts';
import type { Extraction, InputDocument } from '../types.ts';
import { parseArgs } from './args.ts';
import { extractBatch } from './batch.ts';
import { ExtractionCache } from './cache.ts';
import { InputError, printable, UsageError } from './errors.ts';
import { readInputs } from './input.ts';
import type { Io } from './io.ts';
import { Progress, stageSummary } from './progress.ts';
import { readExtractions } from './sources.ts';

/** Options both commands take, validated once (see `common`). */
const COMMON = { jobs: 0, cache: '', noCache: false, quiet: false, explain: false };
const EXTRACT_DEFAULTS = { ...COMMON, out: '', shard: '' };
const BUILD_DEFAULTS = { ...COMMON, out: 'graph-output', seed: 42, from: false, neo4j: false, relayout: false, curation: '' };
const ALIASES = { '-o': 'out', '-j': 'jobs', '-q': 'quiet' } as const;
export const CACHE_DIR = '.newsgraph-cache';
const MAX_JOBS = 64;

interface Common {
  jobs: number;
  progress: Progress;
  /** The cache folder in use, or null. */
  cacheRoot: string | null;
}

/** --jobs (0: one per core), the cache folder (--cache, else beside the output, --no-cache: none), progress. */
function common(command: string, o: typeof COMMON, io: Io, defaultCache: string | null): Common {
  if (!Number.isInteger(o.jobs) || o.jobs < 0 || o.jobs > MAX_JOBS) throw new UsageError(`${command}: --jobs must be a whole number from 1 to ${MAX_JOBS} (0 for one per core), got ${o.jobs}`);
  if (o.noCache && o.cache) throw new UsageError(`${command}: --cache and --no-cache together`);
  return {
    jobs: o.jobs === 0 ? availableParallelism() : o.jobs,
    progress: new Progress(command, { write: io.stderr, isTTY: io.stderrIsTTY, columns: io.columns }, { quiet: o.quiet }),
    cacheRoot: o.noCache ? null : o.cache ? resolve(io.cwd, o.cache) : defaultCache,
  };
}

/** --explain: each cross-document merge decision, one line on stderr (stdout may carry the extraction). */
function explainOption(command: string, explain: boolean, progress: Progress): MergeOptions {
  return explain ? { explain: (line) => progress.print(`newsgraph ${command}: ${line}\n`) } : {};
}

/** "K/N": the documents whose id hashes to K of N (1-based), for one machine of N. */
function parseShard(command: string, spec: string): ((id: string) => boolean) | null {
  if (spec === '') return null;
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  const [k, n] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!m || n < 1 || k < 1 || k > n) throw new UsageError(`${command}: --shard expects K/N with 1 ≤ K ≤ N, got "${spec}"`);
  return (id) => shardOf(id, n) === k;
}

/** The shard (1..n) of a document id: the first 48 bits of its SHA-256, modulo n. */
export function shardOf(id: string, n: number): number {
  return (parseInt(createHash('sha256').update(id).digest('hex').slice(0, 12), 16) % n) + 1;
}

/** Reads documents; reports bad ones. Throws when nothing usable is left. */
function loadDocuments(command: string, inputs: string[], io: Io, progress: Progress): { documents: InputDocument[]; skipped: number } {
  if (inputs.length === 0) throw new UsageError(`${command}: no INPUT given (a file, a directory, - or a .jsonl file)`);
  const { documents, errors } = readInputs(inputs, io.cwd, io.stdin);
  for (const e of errors) progress.print(`newsgraph ${command}: skipped ${e.message}\n`);
  if (documents.length === 0) throw new InputError(inputs.join(' '), 'no readable document');
  return { documents, skipped: errors.length };
}

interface Extracted {
  parts: Extraction[];
  skipped: number;
}

/** Documents → per-document extractions, through the cache and the pool; failures reported and left out. */
async function extractDocuments(command: string, documents: InputDocument[], c: Common): Promise<Extracted> {
  c.progress.stage('extract');
  const cache = c.cacheRoot ? new ExtractionCache(c.cacheRoot) : null;
  let failed = 0;
  const r = await extractBatch(documents, {
    jobs: c.jobs,
    cache,
    progress: c.progress,
    onError: (doc, reason) => {
      failed++;
      c.progress.print(`newsgraph ${command}: skipped ${printable(`${doc.id}: extraction failed (${reason})`)}\n`);
    },
  });
  if (r.parts.length === 0) throw new InputError(documents.map((d) => d.id).join(' '), 'no document could be extracted');
  const jobs = Math.min(c.jobs, Math.max(1, r.extracted));
  c.progress.note('extract', `${r.extracted} extracted${cache ? `, ${r.cached} cached` : ''}, ${jobs} job${jobs === 1 ? '' : 's'}`);
  return { parts: r.parts, skipped: failed };
}

export async function runExtract(argv: string[], io: Io): Promise<number> {
  const { options, positionals } = parseArgs('extract', argv, EXTRACT_DEFAULTS, ALIASES);
  const inShard = parseShard('extract', options.shard);
  // To stdout there is no output folder to keep a cache beside: only with --cache.
  const c = common('extract', options, io, options.out ? join(dirname(resolve(io.cwd, options.out)), CACHE_DIR) : null);
  c.progress.stage('read');
  const loaded = loadDocuments('extract', positionals, io, c.progress);
  const documents = inShard ? loaded.documents.filter((d) => inShard(d.id)) : loaded.documents;
  if (documents.length === 0) throw new InputError(positionals.join(' '), `no document in shard ${options.shard}`);
  const { parts, skipped } = await extractDocuments('extract', documents, c);
  c.progress.stage('merge');
  // A shard's rules run when `build --from` merges all shards: here its documents are joined by id only.
  const x = mergeExtractions(parts, { ...explainOption('extract', options.explain, c.progress), crossDocument: !inShard });
  parts.length = 0; // the per-document extractions can go: a large corpus holds them twice otherwise
  c.progress.stage('write');
  if (options.out) await writeFileAtomic(resolve(io.cwd, options.out), extractionJsonChunks(x));
  else io.stdout(extractionToJson(x));
  const { total, stages } = c.progress.finish();
  const bad = loaded.skipped + skipped;
  if (!options.quiet) io.stderr(`newsgraph extract: ${x.documents.length} document(s), ${x.entities.length} entities, ${x.relations.length} relations${bad ? ` (${bad} skipped)` : ''} in ${(total / 1000).toFixed(2)} s: ${stageSummary(stages)}\n`);
  return bad > 0 ? 1 : 0;
}

/** Positions of the previous build in DIR (its graph.json), or undefined when there is none. */
function previousPositions(dir: string): Positions | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, 'graph.json'), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const p = positionsOf(JSON.parse(text));
    return p.size > 0 ? p : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every file of a build as one set (export/atomic.ts), then, with --neo4j, its neo4j/ folder as a
 * set of its own inside it.
 */
async function writeBuild(dir: string, files: Record<string, Iterable<string>>, neo4j: Record<string, string> | null): Promise<void> {
  await writeOutputSet(dir, files);
  if (neo4j) await writeOutputSet(join(dir, 'neo4j'), neo4j);
}

function layoutNote(r: LayoutReport): string {
  const simulated = r.iterations > 0 ? `${r.simulated} simulated × ${r.iterations} iterations` : 'none simulated';
  return `${r.mode}: ${r.mode === 'incremental' ? `${r.kept} kept, ` : ''}${simulated}, ${r.packed} packed`;
}

export async function runBuild(argv: string[], io: Io): Promise<number> {
  const { options, positionals } = parseArgs('build', argv, BUILD_DEFAULTS, ALIASES);
  const dir = resolve(io.cwd, options.out);
  // A set a killed build left half swapped is finished first, so its positions can be reused.
  recoverOutputSet(dir);
  const c = common('build', options, io, join(dirname(dir), CACHE_DIR));
  c.progress.stage('read');
  let parts: Extraction[];
  let skipped: number;
  if (options.from) {
    if (positionals.length === 0) throw new UsageError('build: --from needs extraction files (from newsgraph extract)');
    const loaded = readExtractions(positionals, io.cwd);
    for (const e of loaded.errors) c.progress.print(`newsgraph build: skipped ${e.message}\n`);
    if (loaded.parts.length === 0) throw new InputError(positionals.join(' '), 'no usable extraction file');
    parts = loaded.parts;
    skipped = loaded.errors.length;
  } else {
    const loaded = loadDocuments('build', positionals, io, c.progress);
    const ex = await extractDocuments('build', loaded.documents, c);
    parts = ex.parts;
    skipped = loaded.skipped + ex.skipped;
  }
  c.progress.stage('merge');
  let x = mergeExtractions(parts, explainOption('build', options.explain, c.progress));
  parts.length = 0; // the per-document extractions can go: a large corpus holds them twice otherwise
  if (options.curation) {
    // An analyst's merges and splits (curation.json, from the viewer) apply before the graph is built.
    const cur = applyCurationFile(resolve(io.cwd, options.curation), x);
    for (const s of cur.skipped) c.progress.print(`newsgraph build: ${printable(`${options.curation}: decision ${s.index + 1} skipped: ${s.reason}`)}\n`);
    x = cur.extraction;
    skipped += cur.skipped.length;
  }
  c.progress.stage('graph');
  const g = buildGraph(x);
  computeMetrics(g, options.seed);
  c.progress.stage('layout');
  c.progress.note('layout', layoutNote(applyLayout(g, { seed: options.seed, previous: options.relayout ? undefined : previousPositions(dir) })));
  c.progress.stage('export');
  await writeBuild(dir, outputStreams(x, g), options.neo4j ? extractionToNeo4j(x) : null);
  const { total, stages } = c.progress.finish();
  if (!options.quiet) {
    io.stderr(`newsgraph build: ${x.documents.length} document(s), ${x.entities.length} entities, ${x.relations.length} relations → ${printable(options.out)}/${skipped ? ` (${skipped} skipped)` : ''} in ${(total / 1000).toFixed(2)} s: ${stageSummary(stages)}\n`);
    for (const line of formatHygiene(g.getAttribute('hygiene') as HygieneReport)) io.stderr(`newsgraph build: hygiene: ${line}\n`);
  }
  return skipped > 0 ? 1 : 0;
}
