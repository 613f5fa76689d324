// Input reading for the CLI: .txt/.md files, directories (recursed, sorted), "-" for stdin and
// .jsonl files of {id, text, title?, url?, published?}. Bad documents are collected, not fatal:
// the caller reports each in one line and processes the rest.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { InputDocument } from '../types.ts';
import { InputError } from './errors.ts';

export const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.text', '.markdown', '.html', '.htm']);
const DOC_EXTENSIONS = new Set([...TEXT_EXTENSIONS, '.jsonl']);

export interface ReadResult {
  documents: InputDocument[];
  errors: InputError[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new InputError(file, 'not valid UTF-8 text');
  }
  if (text.includes('\u0000')) throw new InputError(file, 'binary file (contains NUL bytes)');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function listDir(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listDir(p));
    else if (e.isFile() && DOC_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}

function parseJsonl(file: string, text: string, res: ReadResult): void {
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      res.errors.push(new InputError(where, 'not a JSON object'));
      return;
    }
    const o = obj as Record<string, unknown>;
    if (!o || typeof o !== 'object' || Array.isArray(o)) return void res.errors.push(new InputError(where, 'not a JSON object'));
    if (typeof o.id !== 'string' || o.id === '') return void res.errors.push(new InputError(where, 'missing string "id"'));
    if (typeof o.text !== 'string') return void res.errors.push(new InputError(where, 'missing string "text"'));
    if (o.text.trim() === '') return void res.errors.push(new InputError(where, 'empty "text"'));
    const doc: InputDocument = { id: o.id, text: o.text };
    for (const k of ['title', 'url', 'published'] as const) {
      if (o[k] === undefined || o[k] === null) continue;
      if (typeof o[k] !== 'string') return void res.errors.push(new InputError(where, `"${k}" must be a string`));
      doc[k] = o[k] as string;
    }
    res.documents.push(doc);
  });
}

function readOne(path: string, cwd: string, res: ReadResult): void {
  const id = relative(cwd, path) || path;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    res.errors.push(new InputError(path, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read (${(err as Error).message})`));
    return;
  }
  try {
    const text = decode(path, bytes);
    if (extname(path).toLowerCase() === '.jsonl') parseJsonl(path, text, res);
    else if (text.trim() === '') res.errors.push(new InputError(path, 'empty document'));
    else res.documents.push({ id: id.split('\\').join('/'), text });
  } catch (err) {
    if (err instanceof InputError) res.errors.push(err);
    else throw err;
  }
}

/** Reads every input; `stdin` is only read when "-" is given. */
export function readInputs(inputs: string[], cwd: string, stdin: () => Uint8Array): ReadResult {
  const res: ReadResult = { documents: [], errors: [] };
  for (const input of inputs) {
    if (input === '-') {
      try {
        const text = decode('<stdin>', stdin());
        if (text.trim() === '') res.errors.push(new InputError('<stdin>', 'empty document'));
        else res.documents.push({ id: 'stdin', text });
      } catch (err) {
        if (err instanceof InputError) res.errors.push(err);
        else throw err;
      }
      continue;
    }
    let st;
    try {
      st = statSync(input);
    } catch {
      res.errors.push(new InputError(input, 'no such file or directory'));
      continue;
    }
    if (st.isDirectory()) {
      const files = listDir(input);
      if (files.length === 0) res.errors.push(new InputError(input, 'directory has no .txt, .md or .jsonl files'));
      for (const f of files) readOne(f, cwd, res);
    } else if (DOC_EXTENSIONS.has(extname(input).toLowerCase())) readOne(input, cwd, res);
    else res.errors.push(new InputError(input, `unsupported file type "${extname(input) || '(none)'}" (expected .txt, .md or .jsonl)`));
  }
  const seen = new Set<string>();
  res.documents = res.documents.filter((d) => {
    if (seen.has(d.id)) {
      res.errors.push(new InputError(d.id, 'duplicate document id (skipped the later one)'));
      return false;
    }
    seen.add(d.id);
    return true;
  });
  return res;
}
