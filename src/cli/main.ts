// The `newsgraph` command: argument parsing, the commands (extract, build, view, eval) and the
// mapping of failures to exit codes. Stages never print; only this folder does I/O.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outputStreams, extractionToJson } from '../export/index.ts';
import { extractionJsonChunks } from '../export/json.ts';
import { writeFileAtomic, writeOutputSet } from '../export/atomic.ts';
import { extract } from '../extract/index.ts';
import { graphFromExtraction } from '../graph/index.ts';
import type { Extraction, InputDocument } from '../types.ts';
import { parseArgs } from './args.ts';
import { InputError, printable, UsageError } from './errors.ts';
import { readInputs } from './input.ts';
import { runEval } from './eval.ts';
import { runView } from './view.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const HELP = `newsgraph — news articles to a knowledge graph with evidence

Usage:
  newsgraph extract INPUT... [-o FILE]         Extraction JSON to FILE or stdout
  newsgraph build INPUT... [--out DIR]         extraction, graph, layout and exports into DIR (default graph-output)
  newsgraph view [DIR] [--port N]              serve the viewer with DIR's graph on 127.0.0.1 (default port 5177)
  newsgraph eval gold GOLD.json ARTICLE [--pred X.json]   score against a gold file
  newsgraph eval conll03 FILE | conll04 FILE               benchmark scores (--json for JSON)

INPUT: a .txt or .md file, a directory (recursed, sorted), - for stdin, or a .jsonl file of
{"id", "text", "title"?, "url"?, "published"?} objects, one per line.

Options:
  --seed N        layout and community seed (build; default 42)
  -h, --help      this help
  -v, --version   the version

Exit codes: 0 success, 1 input or runtime failure, 2 usage error.`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Uint8Array;
  cwd: string;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: () => readFileSync(0),
  cwd: process.cwd(),
};

function version(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Reads documents; reports bad ones on stderr. Throws when nothing usable is left. */
function loadDocuments(command: string, inputs: string[], io: Io) {
  if (inputs.length === 0) throw new UsageError(`${command}: no INPUT given (a file, a directory, - or a .jsonl file)`);
  const { documents, errors } = readInputs(inputs, io.cwd, io.stdin);
  for (const e of errors) io.stderr(`newsgraph ${command}: skipped ${e.message}\n`);
  if (documents.length === 0) throw new InputError(inputs.join(' '), 'no readable document');
  return { documents, skipped: errors.length };
}

/** Extraction of a batch where a document that fails is reported in one line and left out. */
function extractReporting(command: string, documents: InputDocument[], io: Io, failed: { n: number }): Extraction {
  const x = extract(documents, {
    onError: (doc, err) => {
      failed.n++;
      io.stderr(`newsgraph ${command}: skipped ${printable(`${doc.id}: extraction failed (${err.message.split('\n')[0]})`)}\n`);
    },
  });
  if (x.documents.length === 0) throw new InputError(documents.map((d) => d.id).join(' '), 'no document could be extracted');
  return x;
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
    case 'extract': {
      const { options, positionals } = parseArgs('extract', rest, { out: '' }, { '-o': 'out' });
      const { documents, skipped } = loadDocuments('extract', positionals, io);
      const failed = { n: 0 };
      const x = extractReporting('extract', documents, io, failed);
      if (options.out) await writeFileAtomic(resolve(io.cwd, options.out), extractionJsonChunks(x));
      else io.stdout(extractionToJson(x));
      return skipped + failed.n > 0 ? 1 : 0;
    }
    case 'build': {
      const { options, positionals } = parseArgs('build', rest, { out: 'graph-output', seed: 42 }, { '-o': 'out' });
      const { documents, skipped } = loadDocuments('build', positionals, io);
      const failed = { n: 0 };
      const x = extractReporting('build', documents, io, failed);
      const g = graphFromExtraction(x, { seed: options.seed });
      const dir = resolve(io.cwd, options.out);
      await writeOutputSet(dir, outputStreams(x, g));
      io.stderr(`newsgraph build: ${x.documents.length} document(s), ${x.entities.length} entities, ${x.relations.length} relations → ${printable(options.out)}/${skipped + failed.n ? ` (${skipped + failed.n} skipped)` : ''}\n`);
      return skipped + failed.n > 0 ? 1 : 0;
    }
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
    io.stderr(`newsgraph: ${printable(`${e.path ? `${e.path}: ` : ''}${e.message}`)}\n`);
    return 1;
  }
}
