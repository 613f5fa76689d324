// `newsgraph eval gold GOLD.json ARTICLE [--pred EXTRACTION.json] [--json]`: scores newsgraph (or
// a saved extraction) against a gold file in the format of ../shared/gold/.

import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { scoreGold, type Gold, type GoldReport } from '../eval/gold.ts';
import type { Score } from '../eval/score.ts';
import { extract } from '../extract/index.ts';
import type { Extraction } from '../types.ts';
import { parseArgs } from './args.ts';
import { InputError, UsageError } from './errors.ts';
import type { Io } from './main.ts';

function readJson<T>(file: string): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(file, 'cannot read file');
  }
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new InputError(file, `not valid JSON (${(err as Error).message})`);
  }
}

const pct = (s: Score) => `${(100 * s.precision).toFixed(1).padStart(6)} ${(100 * s.recall).toFixed(1).padStart(6)} ${(100 * s.f1).toFixed(1).padStart(6)}   hits ${s.hits}, errors ${s.errors}, misses ${s.misses}`;

export function formatGoldReport(r: GoldReport): string {
  return [
    '            P      R      F1',
    `entities ${pct(r.entities)}`,
    `relations${pct(r.relations)}`,
    r.entityErrors.length ? `entity errors: ${r.entityErrors.join(', ')}` : '',
    r.entityMisses.length ? `entity misses: ${r.entityMisses.join(', ')}` : '',
    r.relationErrors.length ? `relation errors: ${r.relationErrors.join('; ')}` : '',
    r.relationMisses.length ? `relation misses: ${r.relationMisses.join('; ')}` : '',
  ].filter(Boolean).join('\n') + '\n';
}

export async function runEval(argv: string[], io: Io): Promise<number> {
  const { options, positionals } = parseArgs('eval', argv, { pred: '', json: false });
  const [format, ...files] = positionals;
  if (format !== 'gold') throw new UsageError('eval: usage: newsgraph eval gold GOLD.json ARTICLE [--pred EXTRACTION.json] [--json]');
  if (files.length !== 2) throw new UsageError('eval gold: expects GOLD.json and ARTICLE');
  const [goldFile, article] = files.map((f) => resolve(io.cwd, f)) as [string, string];
  const gold = readJson<Gold>(goldFile);
  if (!Array.isArray(gold.entities) || !Array.isArray(gold.relations)) throw new InputError(goldFile, 'not a gold file (needs "entities" and "relations")');
  let text: string;
  try {
    text = readFileSync(article, 'utf8');
  } catch {
    throw new InputError(article, 'cannot read file');
  }
  const docId = relative(io.cwd, article) || article;
  const x: Extraction = options.pred ? readJson<Extraction>(resolve(io.cwd, options.pred)) : extract([{ id: docId, text }]);
  const id = options.pred ? (x.documents.find((d) => d.chars === text.length)?.id ?? docId) : docId;
  const report = scoreGold(x, gold, text, id);
  io.stdout(options.json ? JSON.stringify(report, null, 2) + '\n' : formatGoldReport(report));
  return 0;
}
