// Atomic output: a build's files are one set. They are streamed into a folder beside the target,
// a manifest naming them is written last, and the folder is swapped in with two renames; a kill at
// any moment leaves the old set or the new one, and the next write (or `recoverOutputSet`) finishes
// or undoes what a killed one left. Single files (extract -o) are a temp file renamed over the target.

import { createHash } from 'node:crypto';
import {
  closeSync, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** A file's content: a string, or chunks (sync or async) so large outputs are never one string. */
export type Content = string | Iterable<string> | AsyncIterable<string>;

/** Written last into a staged set: its presence means every file it names is complete. */
export const MANIFEST = '.newsgraph-set.json';
/** A folder with more entries than this that newsgraph did not write is not taken for an output folder. */
const MAX_FOREIGN = 20;
const FLUSH_AT = 1 << 20;

interface Manifest {
  newsgraph: 1;
  files: { name: string; bytes: number; sha256: string }[];
}

/** The folders and lock beside `dir`, all in its parent so that renames stay on one file system. */
function places(dir: string) {
  const parent = dirname(dir);
  const base = basename(dir);
  return {
    parent,
    lock: join(parent, `.${base}.newsgraph-lock`),
    next: join(parent, `.${base}.newsgraph-new`),
    prev: join(parent, `.${base}.newsgraph-old`),
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One writer per folder: the lock file holds its pid; a lock whose process is gone is taken over. */
function lock(dir: string, lockFile: string): () => void {
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw err;
      const pid = Number(readFileSync(lockFile, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) throw new Error(`${dir}: another newsgraph (pid ${pid}) is writing this folder`);
      unlinkSync(lockFile);
    }
  }
}

function syncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function readManifest(dir: string): Manifest | null {
  try {
    const m = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest;
    return m.newsgraph === 1 && Array.isArray(m.files) ? m : null;
  } catch {
    return null;
  }
}

function isComplete(dir: string): Manifest | null {
  const m = readManifest(dir);
  if (!m) return null;
  for (const f of m.files) {
    try {
      if (statSync(join(dir, f.name)).size !== f.bytes) return null;
    } catch {
      return null;
    }
  }
  return m;
}

/** Streams one content into a new file, flushing in large writes, then syncs it to disk. */
async function writeContent(path: string, content: Content): Promise<{ bytes: number; sha256: string }> {
  const fd = openSync(path, 'w');
  const hash = createHash('sha256');
  let bytes = 0;
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    const buf = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    size = 0;
    hash.update(buf);
    bytes += buf.length;
    for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off);
  };
  const add = (chunk: string) => {
    pending.push(chunk);
    size += chunk.length;
    if (size >= FLUSH_AT) flush();
  };
  try {
    if (typeof content === 'string') add(content);
    else if (Symbol.iterator in content) for (const chunk of content) add(chunk);
    else for await (const chunk of content) add(chunk);
    flush();
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** Finishes a complete staged set: what else the folder held moves across, then the swap. */
function rollForward(dir: string, p: ReturnType<typeof places>, m: Manifest): void {
  if (existsSync(dir)) {
    const ours = new Set([MANIFEST, ...m.files.map((f) => f.name), ...(readManifest(dir)?.files.map((f) => f.name) ?? [])]);
    for (const name of readdirSync(dir)) if (!ours.has(name)) renameSync(join(dir, name), join(p.next, name));
    renameSync(dir, p.prev);
  }
  renameSync(p.next, dir);
  syncDir(p.parent);
  rmSync(p.prev, { recursive: true, force: true });
}

/**
 * Brings the folder back to one complete set after a killed write: a complete staged set is
 * swapped in, an incomplete one removed, an old set put back if the folder is missing. The caller
 * holds the lock (or knows no writer runs).
 */
function recover(dir: string, p: ReturnType<typeof places>): void {
  if (existsSync(p.next)) {
    const m = isComplete(p.next);
    if (m) rollForward(dir, p, m);
    else rmSync(p.next, { recursive: true, force: true });
  }
  if (!existsSync(dir) && existsSync(p.prev)) renameSync(p.prev, dir);
  rmSync(p.prev, { recursive: true, force: true });
  // Temp files of the writer before output sets (".graph.json.tmp-PID").
  if (existsSync(dir)) for (const name of readdirSync(dir)) if (/^\..+\.tmp-\d+$/.test(name)) rmSync(join(dir, name), { force: true });
}

/** The real folder a path names (a symbolic link to a folder is followed: its target is replaced). */
function target(dir: string): string {
  const abs = resolve(dir);
  return existsSync(abs) ? realpathSync(abs) : abs;
}

/** Finishes or undoes what a killed write left beside `dir`; a no-op when a live writer holds it. */
export function recoverOutputSet(dir: string): void {
  const real = target(dir);
  const p = places(real);
  if (!existsSync(p.lock) && !existsSync(p.next) && !existsSync(p.prev)) return;
  let unlock: () => void;
  try {
    unlock = lock(real, p.lock);
  } catch {
    return;
  }
  try {
    recover(real, p);
  } finally {
    unlock();
  }
}

/**
 * What the folder holds besides outputs moves into the new set by rename: a few entries on the same
 * file system (a README, a cache). Anything else means the folder is not an output folder.
 */
function checkForeign(dir: string, real: string, names: string[]): void {
  const ours = new Set([MANIFEST, ...names, ...(readManifest(real)?.files.map((f) => f.name) ?? [])]);
  const foreign = readdirSync(real).filter((n) => !ours.has(n));
  const why = `the output folder is replaced as a whole, so give --out a folder of its own`;
  if (foreign.length > MAX_FOREIGN) throw new Error(`${dir}: holds ${foreign.length} entries newsgraph did not write (${foreign.slice(0, 3).join(', ')}, …); ${why}`);
  const dev = statSync(real).dev;
  const mounted = foreign.find((n) => lstatSync(join(real, n)).dev !== dev);
  if (mounted !== undefined) throw new Error(`${dir}: ${mounted} is on another file system; ${why}`);
}

/**
 * Writes `files` as one set into `dir`: either all of them replace the previous set or, on any
 * failure, the previous set stays as it was. Entries of `dir` that are not outputs (a README, a
 * cache folder) are kept. Returns the paths written.
 */
export async function writeOutputSet(dir: string, files: Record<string, Content>): Promise<string[]> {
  const real = target(dir);
  const fromDir = relative(real, process.cwd());
  if (!(fromDir.startsWith('..') || isAbsolute(fromDir)) || real === dirname(real)) {
    throw new Error(`${dir}: the output folder is replaced as a whole, so it must not be or contain the working directory`);
  }
  const p = places(real);
  mkdirSync(p.parent, { recursive: true });
  const unlock = lock(real, p.lock);
  try {
    recover(real, p);
    if (existsSync(real)) checkForeign(dir, real, Object.keys(files));
    mkdirSync(p.next);
    const manifest: Manifest = { newsgraph: 1, files: [] };
    try {
      for (const [name, content] of Object.entries(files)) {
        if (name.includes(sep) || name.startsWith('.')) throw new Error(`output name "${name}" must be a plain file name`);
        manifest.files.push({ name, ...(await writeContent(join(p.next, name), content)) });
      }
      await writeContent(join(p.next, `${MANIFEST}.tmp`), JSON.stringify(manifest, null, 2) + '\n');
      renameSync(join(p.next, `${MANIFEST}.tmp`), join(p.next, MANIFEST));
      syncDir(p.next);
    } catch (err) {
      rmSync(p.next, { recursive: true, force: true });
      throw err;
    }
    rollForward(real, p, manifest);
  } finally {
    unlock();
  }
  return Object.keys(files).map((name) => join(dir, name));
}

/** Writes one file atomically: a temp file beside it, synced, renamed over it. */
export async function writeFileAtomic(path: string, content: Content): Promise<void> {
  const dir = dirname(resolve(path));
  const prefix = `.${basename(path)}.newsgraph-tmp-`;
  // Temp files of killed writers (their process is gone) are removed first.
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (name.startsWith(prefix) && !isAlive(Number(name.slice(prefix.length)))) rmSync(join(dir, name), { force: true });
  }
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `${prefix}${process.pid}`);
  try {
    await writeContent(tmp, content);
    renameSync(tmp, path);
    syncDir(dir);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
