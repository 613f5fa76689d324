// `newsgraph eval`: scores newsgraph against
//   gold DIR                                          every NAME.json + NAME.txt of a folder, as one corpus
//   gold GOLD.json ARTICLE [--pred EXTRACTION.json]   the gold format of ../shared/gold/
//   conll03 FILE                                      CoNLL-2003 columns: PER/LOC/ORG exact-span micro F1
//   conll04 FILE                                      CoNLL04 JSON: entities, and relations (strict)
// Prints a table, or the report as JSON with --json.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { predictDocument, scoreEntitySpans, type EntityBenchReport } from '../eval/benchmark.ts';
import { readConll03, readConll04, type BenchDocument } from '../eval/conll.ts';
import { aggregate, formatCorpusReport, type CorpusReport } from '../eval/corpus.ts';
import { scoreGold, type Gold, type GoldReport } from '../eval/gold.ts';
import { scoreConll04Relations, type RelationBenchReport } from '../eval/relations04.ts';
import type { Score } from '../eval/score.ts';
import { extract, type ExtractOptions } from '../extract/index.ts';
import { preparePipeline } from '../extract/pipeline.ts';
import type { Extraction } from '../types.ts';
import { parseArgs } from './args.ts';
import { InputError, UsageError } from './errors.ts';
import type { Io } from './io.ts';

const USAGE = 'eval: usage: newsgraph eval gold DIR | eval gold GOLD.json ARTICLE [--pred EXTRACTION.json] | eval conll03 FILE | eval conll04 FILE  [--json] [--disable COMPONENT,...]';

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new InputError(file, 'cannot read file');
  }
}
function readJson<T>(file: string): T {
  try {
    return JSON.parse(readText(file)) as T;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(file, `not valid JSON (${(err as Error).message})`);
  }
}

const row = (name: string, s: Score) =>
  `${name.padEnd(12)}${(100 * s.precision).toFixed(1).padStart(7)}${(100 * s.recall).toFixed(1).padStart(7)}${(100 * s.f1).toFixed(1).padStart(7)}   hits ${s.hits}, errors ${s.errors}, misses ${s.misses}`;
const HEADER = `${''.padEnd(12)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}`;

export function formatGoldReport(r: GoldReport): string {
  return [
    HEADER,
    row('entities', r.entities),
    row('relations', r.relations),
    r.entityErrors.length ? `entity errors: ${r.entityErrors.join(', ')}` : '',
    r.entityMisses.length ? `entity misses: ${r.entityMisses.join(', ')}` : '',
    r.relationErrors.length ? `relation errors: ${r.relationErrors.join('; ')}` : '',
    r.relationMisses.length ? `relation misses: ${r.relationMisses.join('; ')}` : '',
  ].filter(Boolean).join('\n') + '\n';
}

function formatBench(name: string, e: EntityBenchReport, r?: RelationBenchReport): string {
  const lines = [`${name}: ${e.documents} documents`, HEADER, row('entities', e.overall)];
  for (const [t, s] of Object.entries(e.byType)) lines.push(row(`  ${t}`, s));
  if (r) {
    lines.push(row('relations', r.overall));
    for (const [t, s] of Object.entries(r.byType)) lines.push(row(`  ${t}`, s));
  }
  return lines.join('\n') + '\n';
}

/** Extracts each benchmark document on its own and scores it. */
export function evaluateBenchmark(docs: BenchDocument[], withRelations: boolean, run: ExtractOptions = {}): { entities: EntityBenchReport; relations?: RelationBenchReport } {
  const results = docs.map((d, i) => predictDocument(d, (doc) => extract([doc], run), `doc-${i + 1}`));
  const entities = scoreEntitySpans(docs, results);
  return withRelations ? { entities, relations: scoreConll04Relations(docs, results) } : { entities };
}

export async function runEval(argv: string[], io: Io): Promise<number> {
  const { options, positionals } = parseArgs('eval', argv, { pred: '', json: false, disable: '' });
  const run: ExtractOptions = { disable: options.disable ? options.disable.split(',').map((x) => x.trim()).filter(Boolean) : [] };
  try {
    preparePipeline(run);
  } catch (err) {
    throw new UsageError(`eval: ${(err as Error).message.replace(/^extract: /, '')}`);
  }
  const [format, ...files] = positionals;
  if (format === 'conll03' || format === 'conll04') {
    if (files.length !== 1) throw new UsageError(`eval ${format}: expects one FILE`);
    const file = resolve(io.cwd, files[0]!);
    const text = readText(file);
    let docs: BenchDocument[];
    try {
      docs = format === 'conll03' ? readConll03(text) : readConll04(text);
    } catch (err) {
      throw new InputError(file, `not a ${format} file (${(err as Error).message})`);
    }
    if (docs.length === 0) throw new InputError(file, `no ${format} documents found`);
    const report = evaluateBenchmark(docs, format === 'conll04', run);
    io.stdout(options.json ? JSON.stringify(report, null, 2) + '\n' : formatBench(`${format} ${files[0]}`, report.entities, report.relations));
    return 0;
  }
  if (format !== 'gold') throw new UsageError(USAGE);
  if (files.length === 1) {
    const dir = resolve(io.cwd, files[0]!);
    if (!isDirectory(dir)) throw new UsageError('eval gold: expects a folder of NAME.json + NAME.txt, or GOLD.json and ARTICLE');
    const report = evaluateGoldDir(dir, run);
    io.stdout(options.json ? JSON.stringify(report, null, 2) + '\n' : formatCorpusReport(`gold ${files[0]}`, report));
    return 0;
  }
  if (files.length !== 2) throw new UsageError('eval gold: expects a folder, or GOLD.json and ARTICLE');
  const [goldFile, article] = files.map((f) => resolve(io.cwd, f)) as [string, string];
  const gold = readGold(goldFile);
  const text = readText(article);
  const docId = relative(io.cwd, article) || article;
  const x: Extraction = options.pred ? readJson<Extraction>(resolve(io.cwd, options.pred)) : extract([{ id: docId, text }], run);
  const id = options.pred ? (x.documents.find((d) => d.chars === text.length)?.id ?? docId) : docId;
  const report = scoreGold(x, gold, text, id);
  io.stdout(options.json ? JSON.stringify(report, null, 2) + '\n' : formatGoldReport(report));
  return 0;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function readGold(file: string): Gold {
  const gold = readJson<Gold>(file);
  if (!gold || !Array.isArray(gold.entities) || !Array.isArray(gold.relations)) throw new InputError(file, 'not a gold file (needs "entities" and "relations")');
  return gold;
}

/** Scores every NAME.json of a folder against NAME.txt, each article extracted on its own. */
export function evaluateGoldDir(dir: string, run: ExtractOptions = {}): CorpusReport {
  const names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const reports: { name: string; report: GoldReport }[] = [];
  for (const f of names) {
    const article = join(dir, f.replace(/\.json$/, '.txt'));
    const gold = readGold(join(dir, f));
    const text = readText(article);
    const id = basename(article);
    reports.push({ name: id, report: scoreGold(extract([{ id, text }], run), gold, text, id) });
  }
  if (reports.length === 0) throw new InputError(dir, 'no NAME.json gold files in this folder');
  return aggregate(reports);
}
