// Input reading for the CLI: .txt/.md/.html files, directories (recursed, sorted), "-" for stdin
// and .jsonl files of {id, text, title?, url?, published?}, read one line at a time so that a large
// corpus is never held whole. `documents()` yields each document or the reason it was skipped; a
// bad document never stops the rest.

import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { InputDocument } from '../types.ts';
import { InputError } from './errors.ts';

export const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.text', '.markdown', '.html', '.htm']);
const DOC_EXTENSIONS = new Set([...TEXT_EXTENSIONS, '.jsonl']);
const CHUNK = 1 << 16;

/** One input read: a document (with where it came from) or the reason something was skipped. */
export type InputItem = { doc: InputDocument; where: string; error?: undefined } | { error: InputError; doc?: undefined };

export interface ReadResult {
  documents: InputDocument[];
  errors: InputError[];
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossy = new TextDecoder('utf-8');

/**
 * Document text as given: a UTF-8 byte order mark stays (as U+FEFF, which the tokenizer reads as
 * space), so that offsets count from the first byte of the file as a UTF-8 reader sees it.
 */
function decode(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new InputError(file, 'not valid UTF-8 text');
  }
  if (text.includes('\u0000')) throw new InputError(file, 'binary file (contains NUL bytes)');
  return text;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True for an ISO 8601 date or date-time ("2025-01-10", "2025-01-10T08:00:00+13:00") of a real day. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  const timeOk = m[4] === undefined || (Number(m[4]) < 24 && Number(m[5]) < 60 && (m[6] === undefined || Number(m[6]) < 60));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d && timeOk;
}

/** One .jsonl line as a document, or the reason it is not one. */
export function parseJsonlLine(where: string, line: string): InputItem {
  const fail = (reason: string): InputItem => ({ error: new InputError(where, reason) });
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (err) {
    return fail(`not valid JSON (${(err as Error).message})`);
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return fail(`not a JSON object (got ${Array.isArray(obj) ? 'an array' : obj === null ? 'null' : typeof obj})`);
  const o = obj as Record<string, unknown>;
  if (typeof o.id !== 'string' || o.id === '') return fail('missing string "id"');
  if (typeof o.text !== 'string') return fail('missing string "text"');
  if (o.text.trim() === '') return fail('empty "text"');
  if (o.text.includes('\u0000')) return fail('"text" contains NUL characters');
  const doc: InputDocument = { id: o.id, text: o.text };
  for (const k of ['title', 'url', 'published'] as const) {
    const v = o[k];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return fail(`"${k}" must be a string`);
    doc[k] = v;
  }
  if (doc.published !== undefined && !isIsoDate(doc.published)) return fail(`"published" must be an ISO 8601 date such as 2025-01-10, got "${doc.published.slice(0, 40)}"`);
  return { doc, where };
}

/** The lines of an open file, read in chunks: memory holds one line, not the file. */
function* lines(fd: number): Generator<Uint8Array> {
  const buf = Buffer.allocUnsafe(CHUNK);
  let pending: Buffer[] = [];
  for (;;) {
    const n = readSync(fd, buf, 0, CHUNK, null);
    if (n === 0) break;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0 && nl < n; nl = buf.indexOf(10, from)) {
      pending.push(buf.subarray(from, nl));
      yield Buffer.concat(pending);
      pending = [];
      from = nl + 1;
    }
    if (from < n) pending.push(Buffer.from(buf.subarray(from, n)));
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}

function* readJsonl(file: string, fd: number): Generator<InputItem> {
  let no = 0;
  for (const bytes of lines(fd)) {
    no++;
    const where = `${file}:${no}`;
    let line: string;
    try {
      line = decoder.decode(bytes);
    } catch {
      yield { error: new InputError(where, 'not valid UTF-8 text') };
      continue;
    }
    if (no === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.trim() === '') continue;
    yield parseJsonlLine(where, line);
  }
}

function kind(st: Stats): string {
  return st.isFIFO() ? 'a FIFO' : st.isSocket() ? 'a socket' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : st.isDirectory() ? 'a directory' : 'a special file';
}

/** Reads one file; never blocks on a FIFO (opened non-blocking, then checked to be a regular file). */
function* readFile(path: string | Buffer, shown: string, id: string): Generator<InputItem> {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    yield { error: new InputError(shown, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? (err as Error).message})`) };
    return;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return void (yield { error: new InputError(shown, `${kind(st)}, not a file (skipped)`) });
    if (extname(shown).toLowerCase() === '.jsonl') return void (yield* readJsonl(shown, fd));
    const text = decode(shown, readAll(fd));
    if (text.trim() === '') yield { error: new InputError(shown, 'empty document') };
    else yield { doc: { id, text }, where: shown };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    yield { error: err };
  } finally {
    closeSync(fd);
  }
}

function readAll(fd: number): Buffer {
  const chunks: Buffer[] = [];
  for (;;) {
    const buf = Buffer.allocUnsafe(CHUNK);
    const n = readSync(fd, buf, 0, CHUNK, null);
    if (n === 0) return Buffer.concat(chunks);
    chunks.push(n === CHUNK ? buf : buf.subarray(0, n));
  }
}

/** A document id from a path: relative to the working directory, "/"-separated on every system. */
function idOf(cwd: string, path: string): string {
  const rel = relative(cwd, path) || path;
  // Only where "\" is the separator: on POSIX it is a character of the name ("a\b.txt" ≠ "a/b.txt").
  return sep === '\\' ? rel.split('\\').join('/') : rel;
}

/**
 * A directory's documents, sorted by name bytes; hidden entries skipped; symbolic links followed
 * (a loop is reported once); names that are not UTF-8 are read by their bytes.
 */
function* walk(dir: Buffer, shownDir: string, absDir: string, cwd: string, seen: Set<string>): Generator<InputItem> {
  let real: string;
  let entries;
  try {
    real = realpathSync(dir).toString();
    entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    yield { error: new InputError(shownDir, code === 'EACCES' ? 'directory not readable (permission denied)' : `cannot list directory (${code ?? (err as Error).message})`) };
    return;
  }
  if (seen.has(real)) return void (yield { error: new InputError(shownDir, 'directory already read (a symbolic link loop?), skipped') });
  seen.add(real);
  entries.sort((a, b) => Buffer.compare(a.name, b.name));
  for (const e of entries) {
    if (e.name[0] === 0x2e /* . */) continue;
    const path = Buffer.concat([dir, Buffer.from('/'), e.name]);
    const name = lossy.decode(e.name);
    const shown = join(shownDir, name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      let st: Stats;
      try {
        st = statSync(path);
      } catch {
        if (DOC_EXTENSIONS.has(extname(name).toLowerCase())) yield { error: new InputError(shown, 'broken symbolic link') };
        continue;
      }
      isDir = st.isDirectory();
      isFile = !isDir;
    } else if (!isDir && !isFile) isFile = true; // a FIFO or device with a document's name is reported by readFile
    if (isDir) yield* walk(path, shown, join(absDir, name), cwd, seen);
    else if (isFile && DOC_EXTENSIONS.has(extname(name).toLowerCase())) yield* readFile(path, shown, idOf(cwd, join(absDir, name)));
  }
}

/**
 * Every document of the inputs, in order, each once: a later document with an id already seen is
 * reported with both places. `stdin` is only called when "-" is given.
 */
export function* documents(inputs: string[], cwd: string, stdin: () => Uint8Array): Generator<InputItem> {
  const first = new Map<string, string>();
  for (const item of undeduplicated(inputs, cwd, stdin)) {
    if (item.doc) {
      const before = first.get(item.doc.id);
      if (before !== undefined) {
        yield { error: new InputError(item.where, `duplicate document id "${item.doc.id}" (first read from ${before}), skipped`) };
        continue;
      }
      first.set(item.doc.id, item.where);
    }
    yield item;
  }
}

function* undeduplicated(inputs: string[], cwd: string, stdin: () => Uint8Array): Generator<InputItem> {
  for (const input of inputs) {
    if (input === '-') {
      try {
        const text = decode('<stdin>', stdin());
        if (text.trim() === '') yield { error: new InputError('<stdin>', 'empty document') };
        else yield { doc: { id: 'stdin', text }, where: '<stdin>' };
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        yield { error: err };
      }
      continue;
    }
    const path = resolve(cwd, input);
    let st: Stats;
    try {
      st = statSync(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      yield { error: new InputError(input, code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code})`) };
      continue;
    }
    if (st.isDirectory()) {
      let any = false;
      for (const item of walk(Buffer.from(path), input, path, cwd, new Set())) {
        any = true;
        yield item;
      }
      if (!any) yield { error: new InputError(input, 'directory has no .txt, .md, .html or .jsonl files') };
    } else if (DOC_EXTENSIONS.has(extname(input).toLowerCase())) yield* readFile(path, input, idOf(cwd, path));
    else yield { error: new InputError(input, `unsupported file type "${extname(input) || '(none)'}" (expected .txt, .md, .html or .jsonl)`) };
  }
}

/** Reads every input into memory (small batches; `documents()` streams). */
export function readInputs(inputs: string[], cwd: string, stdin: () => Uint8Array): ReadResult {
  const res: ReadResult = { documents: [], errors: [] };
  for (const item of documents(inputs, cwd, stdin)) {
    if (item.doc) res.documents.push(item.doc);
    else res.errors.push(item.error);
  }
  return res;
}
