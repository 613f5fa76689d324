// The message between the extraction pool and its workers: a document to extract (and where to
// cache the result), and the extraction or the error that comes back.

import type { Extraction, InputDocument } from '../types.ts';

export interface Task {
  i: number;
  doc: InputDocument;
  /** Where the worker stores the result (see cache.ts), or undefined without a cache. */
  cacheFile?: string;
}

export type TaskResult = { i: number; extraction: Extraction; error?: undefined } | { i: number; error: string; extraction?: undefined };
