// `newsgraph build --from X.json…`: extraction files (from `newsgraph extract`, one per shard) read
// back for merging without re-extracting. A file that is not an extraction, or that repeats a
// document another file has, is reported in one line and left out.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SCHEMA_VERSION, type Extraction } from '../types.ts';
import { InputError } from './errors.ts';

export interface LoadedExtractions {
  parts: Extraction[];
  errors: InputError[];
}

function check(file: string, x: unknown): Extraction {
  const o = x as Partial<Extraction> | null;
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new InputError(file, 'not an extraction (expected a JSON object)');
  if (o.schemaVersion !== SCHEMA_VERSION) throw new InputError(file, `not an extraction of schema version ${SCHEMA_VERSION} (got ${JSON.stringify(o.schemaVersion)})`);
  for (const k of ['documents', 'entities', 'relations'] as const) if (!Array.isArray(o[k])) throw new InputError(file, `not an extraction ("${k}" is not a list)`);
  for (const d of o.documents!) if (typeof d?.id !== 'string') throw new InputError(file, 'not an extraction (a document has no string "id")');
  return o as Extraction;
}

export function readExtractions(files: string[], cwd: string): LoadedExtractions {
  const out: LoadedExtractions = { parts: [], errors: [] };
  const owner = new Map<string, string>();
  for (const file of files) {
    try {
      let text: string;
      try {
        text = readFileSync(resolve(cwd, file), 'utf8');
      } catch (err) {
        throw new InputError(file, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read (${(err as Error).message})`);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (err) {
        throw new InputError(file, `not valid JSON (${(err as Error).message})`);
      }
      const x = check(file, json);
      const dup = x.documents.find((d) => owner.has(d.id));
      if (dup) throw new InputError(file, `document "${dup.id}" is also in ${owner.get(dup.id)} (skipped this file)`);
      for (const d of x.documents) owner.set(d.id, file);
      out.parts.push(x);
    } catch (err) {
      if (err instanceof InputError) out.errors.push(err);
      else throw err;
    }
  }
  return out;
}
