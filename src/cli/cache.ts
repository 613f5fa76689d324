// The content-addressed cache of per-document extractions (`.newsgraph-cache/` beside the output,
// or --cache DIR). A key is the hash of the document (id, text, title, url, published) and of the
// extractor's fingerprint: the package version and every file under src/extract (code, models,
// lexicons), hashed from the files themselves at start, so that any edit invalidates the cache
// without anyone bumping a number. Entries are written to a temp file and renamed, so a killed run
// leaves whole entries or none; an unreadable entry is a miss.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import type { Extraction, InputDocument } from '../types.ts';

const EXTRACT_DIR = fileURLToPath(new URL('../extract/', import.meta.url));
const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url));

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/**
 * The extractor's fingerprint: package version, every file under src/extract and the lock file
 * (the lexicon's data packages), hashed: computed once per run, about 10 ms (3 MB).
 */
export function extractorFingerprint(extractDir = EXTRACT_DIR): string {
  const h = createHash('sha256');
  for (const f of ['package.json', 'package-lock.json']) {
    const p = join(ROOT_DIR, f);
    if (existsSync(p)) h.update(f).update('\0').update(readFileSync(p)).update('\0');
  }
  for (const f of filesUnder(extractDir)) h.update(relative(extractDir, f).split('\\').join('/')).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

export class ExtractionCache {
  /** Entries of this extractor version live in their own folder; other versions' are removed. */
  readonly dir: string;

  constructor(root: string, fingerprint = extractorFingerprint()) {
    this.dir = join(root, `v${fingerprint}`);
    mkdirSync(this.dir, { recursive: true });
    for (const e of readdirSync(root, { withFileTypes: true })) {
      if (e.isDirectory() && /^v[0-9a-f]{16}$/.test(e.name) && join(root, e.name) !== this.dir) rmSync(join(root, e.name), { recursive: true, force: true });
    }
  }

  /** The entry file of a document: its name is the hash of everything extraction reads. */
  file(doc: InputDocument): string {
    const key = createHash('sha256').update(JSON.stringify([doc.id, doc.text, doc.title ?? null, doc.url ?? null, doc.published ?? null])).digest('hex');
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The cached extraction, or null (absent, or not a whole entry). */
  get(doc: InputDocument): Extraction | null {
    let text: string;
    try {
      text = readFileSync(this.file(doc), 'utf8');
    } catch {
      return null;
    }
    try {
      const x = JSON.parse(text) as Extraction;
      return x.documents?.[0]?.id === doc.id ? x : null;
    } catch {
      return null;
    }
  }
}

/** Writes an entry atomically (temp file, then rename): readers see a whole entry or none. */
export function writeEntry(file: string, x: Extraction): void {
  const dir = join(file, '..');
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${threadId}`;
  writeFileSync(tmp, JSON.stringify(x));
  renameSync(tmp, file);
}
