// The `newsgraph` command: argument parsing, the commands (extract, build, view, eval) and the
// mapping of failures to exit codes. Stages never print; only this folder does I/O.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuild, runExtract } from './build.ts';
import { InputError, UsageError } from './errors.ts';
import { runEval } from './eval.ts';
import { runView } from './view.ts';
import type { Io } from './io.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const HELP = `newsgraph — news articles to a knowledge graph with evidence

Usage:
  newsgraph extract INPUT... [-o FILE] [--shard K/N]   Extraction JSON to FILE or stdout
  newsgraph build INPUT... [--out DIR] [--curation FILE]
                                               extraction, graph, layout and exports into DIR (default graph-output)
  newsgraph build --from X.json... [--out DIR] the same from extraction files (shards), without re-extracting
  newsgraph view [DIR] [--port N]              serve the viewer with DIR's graph on 127.0.0.1 (default port 5177)
  newsgraph eval gold GOLD.json ARTICLE [--pred X.json]   score against a gold file
  newsgraph eval conll03 FILE | conll04 FILE               benchmark scores (--json for JSON)

INPUT: a .txt or .md file, a directory (recursed, sorted), - for stdin, or a .jsonl file of
{"id", "text", "title"?, "url"?, "published"?} objects, one per line.

Options (extract and build):
  -j, --jobs N    extraction threads (default 0: one per core); outputs do not depend on it
  --cache DIR     per-document extraction cache (default: .newsgraph-cache beside the output;
                  none for extract to stdout)
  --no-cache      extract every document again, store nothing
  -q, --quiet     no progress, no summary and no hygiene report (bad input is still reported)
  --explain       print each cross-document merge decision (rule, entities, documents) on stderr
  --shard K/N     extract: only the documents whose id hashes to shard K of N
Options (build):
  --seed N        layout and community seed (default 42)
  --relayout      lay out from scratch (by default nodes keep their place from DIR's previous graph.json)
  --neo4j         also write DIR/neo4j/: CSVs for neo4j-admin database import and a Cypher schema
  --curation FILE apply the merges and splits of a curation.json (saved from the viewer) first
  -h, --help      this help
  -v, --version   the version

Exit codes: 0 success, 1 input or runtime failure, 2 usage error.`;

export type { Io } from './io.ts';

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stderrIsTTY: process.stderr.isTTY === true,
  columns: process.stderr.columns,
  stdin: () => readFileSync(0),
  cwd: process.cwd(),
};

function version(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(HELP + '\n');
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(version() + '\n');
    return 0;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(HELP + '\n');
    return 0;
  }
  switch (command) {
    case 'extract':
      return runExtract(rest, io);
    case 'build':
      return runBuild(rest, io);
    case 'view':
      return runView(rest, io, ROOT);
    case 'eval':
      return runEval(rest, io);
    default:
      throw new UsageError(`unknown command "${command}" (try newsgraph --help)`);
  }
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`newsgraph ${err.message}\n`);
      return 2;
    }
    if (err instanceof InputError) {
      io.stderr(`newsgraph: ${err.message}\n`);
      return 1;
    }
    const e = err as NodeJS.ErrnoException;
    io.stderr(`newsgraph: ${e.path ? `${e.path}: ` : ''}${e.message}\n`);
    return 1;
  }
}
